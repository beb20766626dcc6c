// The legend of the shown diagram, drawn with the diagram's own CSS classes and marker shapes.
import { DiagramKind } from '../page-params';
import { CURATION_STYLES, EdgeStyle, LINK_STYLES, markerPath } from '../views/edge-styles';
import { loadBarGeometry } from '../views/load-bar-geometry';
import { element, svgElement } from './dom';

const NODE_STATES: ReadonlyArray<[cssClass: string, label: string]> = [
    ['aggregator', 'aggregator'],
    ['showcase', 'showcase: no purpose, no core-business contribution'],
    ['dormant', 'dormant presence'],
    ['obsolete', 'obsolete presence'],
    ['closed', 'platform closed'],
    ['unknown-platform', 'platform in no installed catalog']
];

const SEVERITIES = ['error', 'warning', 'info'];

function sample(width: number, height: number, ...children: SVGElement[]): SVGElement {
    return svgElement('svg', { width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}` }, children);
}

function row(picture: SVGElement, label: string): HTMLElement {
    return element('li', {}, [picture, element('span', { text: label })]);
}

function edgeRow(style: EdgeStyle): HTMLElement {
    const [tip, from] = style.markerAt === 'target' ? [{ x: 52, y: 8 }, { x: 4, y: 8 }] : [{ x: 4, y: 8 }, { x: 52, y: 8 }];
    const classes = ['edge-marker', style.marker.endsWith('chevron') ? 'marker-open' : ''].join(' ').trim();
    const picture = sample(
        56,
        16,
        svgElement('g', { class: `sprotty-edge socialmap-edge edge-${style.kind}` }, [
            svgElement('path', { d: 'M 4,8 L 52,8' }),
            svgElement('path', { class: classes, d: markerPath(style.marker, tip, from) })
        ])
    );
    return row(picture, style.label);
}

function nodeRow(cssClass: string, label: string): HTMLElement {
    const picture = sample(
        56,
        22,
        svgElement('g', { class: `socialmap-node presence ${cssClass}` }, [
            svgElement('rect', { class: 'node-body', x: '2', y: '2', width: '52', height: '18', rx: '5', ry: '5' })
        ])
    );
    return row(picture, label);
}

function loadBarRow(curated: number, weekly: number, label: string): HTMLElement {
    const geometry = loadBarGeometry(curated, weekly, 52);
    const picture = sample(
        56,
        16,
        svgElement('g', { class: `load-bar${geometry.overCapacity ? ' over-capacity' : ''}` }, [
            svgElement('rect', { class: 'load-track', x: '2', y: '3', width: '52', height: '10', rx: '2', ry: '2' }),
            svgElement('rect', { class: 'load-fill', x: '2', y: '3', width: String(geometry.fillWidth), height: '10', rx: '2', ry: '2' })
        ])
    );
    return row(picture, label);
}

function roleRow(role: string, label: string): HTMLElement {
    const picture = sample(
        56,
        22,
        svgElement('g', { class: `matrix-cell role-${role}` }, [svgElement('rect', { class: 'node-body', x: '16', y: '1', width: '24', height: '20' })])
    );
    return row(picture, label);
}

function badgeRow(text: string, unowned: boolean, label: string): HTMLElement {
    const picture = sample(
        56,
        20,
        svgElement('g', { class: `curator-badge${unowned ? ' unowned' : ''}`, transform: 'translate(28,10)' }, [
            svgElement('rect', { x: '-17', y: '-9', width: '34', height: '18', rx: '9', ry: '9' }),
            svgElement('text', { x: '0', y: '4' }, [document.createTextNode(text)])
        ])
    );
    return row(picture, label);
}

function severityRow(severity: string): HTMLElement {
    const picture = sample(
        56,
        18,
        svgElement('g', { class: `severity-marker severity-${severity}`, transform: 'translate(20,1)' }, [
            severity === 'warning'
                ? svgElement('path', { class: 'severity-shape', d: 'M 8,0 L 16,15 L 0,15 Z' })
                : svgElement('circle', { class: 'severity-shape', cx: '8', cy: '8', r: '8' })
        ])
    );
    return row(picture, `finding: ${severity}`);
}

export function legend(kind: DiagramKind): HTMLElement {
    const rows: HTMLElement[] = [];
    if (kind === 'map') {
        rows.push(
            ...LINK_STYLES.map(edgeRow),
            ...NODE_STATES.map(([cssClass, label]) => nodeRow(cssClass, label)),
            badgeRow('AR+1', false, "owner's initials, and how many more curate"),
            badgeRow('?', true, 'nobody owns the presence')
        );
    } else if (kind === 'team') {
        rows.push(
            ...CURATION_STYLES.map(edgeRow),
            loadBarRow(6, 10, 'curated hours within the weekly hours'),
            loadBarRow(14, 10, 'over capacity')
        );
    } else {
        rows.push(
            roleRow('owner', 'owner'),
            roleRow('contributor', 'contributor'),
            roleRow('backup', 'backup'),
            roleRow('none', 'no role'),
            element('li', { text: '● ● ● affinity for the platform, 0 to 3' })
        );
    }
    rows.push(...SEVERITIES.map(severityRow));
    return element('div', { className: 'legend-body' }, [element('h3', { text: 'Legend' }), element('ul', {}, rows)]);
}
