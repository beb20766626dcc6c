/** @jsx svg */
// Findings (GLSP markers) as a badge on the element: colour and glyph by the worst severity,
// the count when there are several, every message in the tooltip.
import { GIssueMarker, GIssueSeverity, IView, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

const SEVERITY_ORDER: GIssueSeverity[] = ['error', 'warning', 'info'];
const GLYPHS: Record<GIssueSeverity, string> = { error: '!', warning: '!', info: 'i' };

export function worstSeverity(severities: readonly GIssueSeverity[]): GIssueSeverity {
    return SEVERITY_ORDER.find(severity => severities.includes(severity)) ?? 'info';
}

@injectable()
export class SeverityMarkerView implements IView {
    render(marker: Readonly<GIssueMarker>, _context: RenderingContext): VNode {
        const severity = worstSeverity(marker.issues.map(issue => issue.severity));
        const count = marker.issues.length;
        return (
            <g class-severity-marker={true} {...{ [`class-severity-${severity}`]: true }}>
                <title>{marker.issues.map(issue => `${issue.severity}: ${issue.message}`).join('\n')}</title>
                {severity === 'warning' ? (
                    <path class-severity-shape={true} d='M 8,0 L 16,15 L 0,15 Z' />
                ) : (
                    <circle class-severity-shape={true} cx={8} cy={8} r={8} />
                )}
                <text class-severity-glyph={true} x={8} y={severity === 'warning' ? 13 : 12}>
                    {GLYPHS[severity]}
                </text>
                {count > 1 ? (
                    <text class-severity-count={true} x={18} y={8}>
                        {String(count)}
                    </text>
                ) : (
                    ''
                )}
            </g>
        );
    }
}
