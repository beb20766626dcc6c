// How each edge type is drawn: the marker shape and where it sits. Colours and dashes are in
// socialmap.css under the same class names, so the diagram and the legend cannot disagree.

export type MarkerShape = 'triangle' | 'chevron' | 'double-chevron' | 'diamond' | 'circle';

export interface EdgeStyle {
    /** The edge type's last segment, e.g. `gateway` for `edge:gateway`; also its CSS class suffix. */
    kind: string;
    /** What the legend calls it. */
    label: string;
    marker: MarkerShape;
    markerAt: 'source' | 'target';
}

export const LINK_STYLES: readonly EdgeStyle[] = [
    { kind: 'gateway', label: 'gateway (the website leads here)', marker: 'triangle', markerAt: 'target' },
    { kind: 'feeds', label: 'feeds', marker: 'chevron', markerAt: 'target' },
    { kind: 'crossPosts', label: 'cross-posts', marker: 'double-chevron', markerAt: 'target' },
    { kind: 'aggregates', label: 'aggregates', marker: 'diamond', markerAt: 'source' },
    { kind: 'embeds', label: 'embeds', marker: 'circle', markerAt: 'target' }
];

export const CURATION_STYLES: readonly EdgeStyle[] = [
    { kind: 'owner', label: 'owner', marker: 'triangle', markerAt: 'target' },
    { kind: 'contributor', label: 'contributor', marker: 'chevron', markerAt: 'target' },
    { kind: 'backup', label: 'backup', marker: 'chevron', markerAt: 'target' }
];

export function edgeStyle(kind: string): EdgeStyle | undefined {
    return [...LINK_STYLES, ...CURATION_STYLES].find(style => style.kind === kind);
}

interface Point {
    x: number;
    y: number;
}

/**
 * The SVG path of a marker whose tip is at `tip`, pointing away from `from`, in absolute coordinates.
 * Built along the x axis, then rotated and moved, so each shape is written once.
 */
export function markerPath(shape: MarkerShape, tip: Point, from: Point): string {
    const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const place = (x: number, y: number): string => {
        const px = tip.x + x * cos - y * sin;
        const py = tip.y + x * sin + y * cos;
        return `${round(px)},${round(py)}`;
    };
    switch (shape) {
        case 'triangle':
            return `M ${place(0, 0)} L ${place(-10, -4.5)} L ${place(-10, 4.5)} Z`;
        case 'chevron':
            return `M ${place(-9, -4.5)} L ${place(0, 0)} L ${place(-9, 4.5)}`;
        case 'double-chevron':
            return `M ${place(-9, -4.5)} L ${place(0, 0)} L ${place(-9, 4.5)} M ${place(-15, -4.5)} L ${place(-6, 0)} L ${place(-15, 4.5)}`;
        case 'diamond':
            return `M ${place(0, 0)} L ${place(-7, -4.5)} L ${place(-14, 0)} L ${place(-7, 4.5)} Z`;
        case 'circle':
            return `M ${place(0, 0)} A 4 4 0 1 1 ${place(-8, 0)} A 4 4 0 1 1 ${place(0, 0)} Z`;
    }
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
