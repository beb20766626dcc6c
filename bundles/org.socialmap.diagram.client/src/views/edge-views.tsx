/** @jsx svg */
// Links (map) and curations (team): one view, styled by the edge type's last segment.
import { GEdge, GEdgeView, Point, RenderingContext, getSubType, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { Classes, VNode } from 'snabbdom';
import { edgeStyle, markerPath } from './edge-styles';

@injectable()
export class StyledEdgeView extends GEdgeView {
    /** GLSP spreads these into the edge's JSX properties, hence the `class-` prefix. */
    protected override additionalClasses(edge: Readonly<GEdge>): Classes {
        return { 'class-socialmap-edge': true, [`class-edge-${getSubType(edge)}`]: true };
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        const style = edgeStyle(getSubType(edge));
        if (style && segments.length >= 2) {
            const [tip, from] =
                style.markerAt === 'target'
                    ? [segments[segments.length - 1], segments[segments.length - 2]]
                    : [segments[0], segments[1]];
            additionals.push(
                <path class-edge-marker={true} class-marker-open={style.marker.endsWith('chevron')} d={markerPath(style.marker, tip, from)} />
            );
        }
        return additionals;
    }
}
