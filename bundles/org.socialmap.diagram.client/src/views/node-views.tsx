/** @jsx svg */
// Websites, presences, teams and members: a body shape, a corner tag naming the element's states
// in words (so they read in print and without colour), then the server-laid-out children.
import { GNode, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { LoadBar, MapNode, MemberNode, PlatformIcon, TeamNode, isExpanded, numberArg, stringArg } from '../model';
import { PAGE_CONTROL_CLASS } from '../export/page-controls';
import { curatorBadge } from './curator-badge';
import { platformIconUrl } from '../page-params';
import { loadBarGeometry } from './load-bar-geometry';
import { stateTags } from './state-tags';

function body(node: GNode, radius: number): VNode {
    return (
        <rect
            class-node-body={true}
            x={0}
            y={0}
            rx={radius}
            ry={radius}
            width={Math.max(node.size.width, 0)}
            height={Math.max(node.size.height, 0)}
        />
    );
}

function selectionClasses(node: GNode): Record<string, boolean> {
    return { 'class-selected': node.selected, 'class-mouseover': node.hoverFeedback };
}

@injectable()
export class MapNodeView extends ShapeView {
    render(node: Readonly<MapNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const tags = stateTags(node.cssClasses);
        const isWebsite = node.type === 'node:website';
        return (
            <g class-socialmap-node={true} class-website={isWebsite} class-presence={!isWebsite} {...selectionClasses(node)}>
                {body(node, isWebsite ? 2 : 8)}
                {isWebsite ? <path class-website-bar={true} d={`M 0,10 H ${Math.max(node.size.width, 0)}`} /> : ''}
                {tags.length > 0 ? (
                    <text class-state-tag={true} x={Math.max(node.size.width, 0) - 6} y={-4}>
                        {tags.join(' · ')}
                    </text>
                ) : (
                    ''
                )}
                {isWebsite ? '' : renderCuratorBadge(node)}
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** Bottom right of a presence; only when the server sent the `owner` argument. */
function renderCuratorBadge(node: Readonly<MapNode>): VNode | '' {
    if (node.args?.owner === undefined) {
        return '';
    }
    const badge = curatorBadge(stringArg(node, 'owner'), numberArg(node, 'curators'));
    const width = Math.max(18, badge.text.length * 7 + 8);
    const x = Math.max(node.size.width, 0) - width / 2;
    const y = Math.max(node.size.height, 0);
    return (
        <g class-curator-badge={true} class-unowned={badge.unowned} transform={`translate(${x},${y})`}>
            <title>{badge.title}</title>
            <rect x={-width / 2} y={-9} width={width} height={18} rx={9} ry={9} />
            <text x={0} y={4}>
                {badge.text}
            </text>
        </g>
    );
}

@injectable()
export class TeamNodeView extends ShapeView {
    render(node: Readonly<TeamNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        return (
            <g class-socialmap-node={true} class-team={true} {...selectionClasses(node)}>
                {body(node, 10)}
                {teamToggle(node)}
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** Marks a control of the page, which exports leave out. */
const pageControl = { [`class-${PAGE_CONTROL_CLASS}`]: true };

/** Top right of a team: a minus that collapses it, a plus that expands it (team-toggle-clicks.ts). */
function teamToggle(node: Readonly<TeamNode>): VNode {
    const expanded = isExpanded(node);
    const size = 14;
    return (
        <g class-team-toggle={true} {...pageControl} transform={`translate(${Math.max(node.size.width, 0) - size - 6},6)`}>
            <title>{expanded ? 'Collapse the team: hide its members' : 'Expand the team: show its members'}</title>
            <rect x={0} y={0} width={size} height={size} rx={3} ry={3} />
            <path d={expanded ? 'M 3.5,7 H 10.5' : 'M 3.5,7 H 10.5 M 7,3.5 V 10.5'} />
        </g>
    );
}

@injectable()
export class MemberNodeView extends ShapeView {
    render(node: Readonly<MemberNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        return (
            <g class-socialmap-node={true} class-member={true} {...selectionClasses(node)}>
                {body(node, 6)}
                {context.renderChildren(node)}
            </g>
        );
    }
}

@injectable()
export class PlatformIconView extends ShapeView {
    render(icon: Readonly<PlatformIcon>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(icon, context)) {
            return undefined;
        }
        return (
            <g class-platform-icon={true}>
                <image href={platformIconUrl(icon.platform)} x={0} y={0} width={icon.size.width} height={icon.size.height} />
            </g>
        );
    }
}

@injectable()
export class LoadBarView extends ShapeView {
    render(bar: Readonly<LoadBar>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(bar, context)) {
            return undefined;
        }
        const geometry = loadBarGeometry(bar.curatedHours, bar.weeklyHours, bar.size.width);
        return (
            <g class-load-bar={true} class-over-capacity={geometry.overCapacity}>
                <title>{geometry.caption}</title>
                <rect class-load-track={true} x={0} y={0} width={bar.size.width} height={bar.size.height} rx={2} ry={2} />
                <rect class-load-fill={true} x={0} y={0} width={geometry.fillWidth} height={bar.size.height} rx={2} ry={2} />
                {geometry.overCapacity ? (
                    <path class-load-overflow={true} d={`M ${bar.size.width - 3},-2 V ${bar.size.height + 2}`} />
                ) : (
                    ''
                )}
                <text class-load-text={true} x={bar.size.width / 2} y={bar.size.height - 2.5}>
                    {geometry.caption}
                </text>
            </g>
        );
    }
}
