// What the page's own URL asks for (docs/diagrams.md, "URLs"), and the URLs derived from it.
// Pure functions of strings, so the node unit tests cover them without a browser.

export const DIAGRAM_KINDS = ['map', 'team', 'matrix'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

export interface PageParams {
    token: string;
    diagram: DiagramKind;
    /** The client company's id, or undefined for "the first one the session lists". */
    client?: string;
}

export class PageParamsError extends Error {}

export function parsePageParams(search: string): PageParams {
    const query = new URLSearchParams(search);
    const token = query.get('token');
    if (!token) {
        throw new PageParamsError('This page needs the token that "socialmap serve" printed: open the full URL it gave (…?token=…).');
    }
    const diagramParam = query.get('diagram') ?? 'map';
    if (!isDiagramKind(diagramParam)) {
        throw new PageParamsError(`Unknown diagram "${diagramParam}": use ${DIAGRAM_KINDS.join(', ')}.`);
    }
    const client = query.get('client') || undefined;
    return { token, diagram: diagramParam, client };
}

function isDiagramKind(value: string): value is DiagramKind {
    return (DIAGRAM_KINDS as readonly string[]).includes(value);
}

/** The GLSP diagram type the server registers for a diagram kind. */
export function diagramType(kind: DiagramKind): string {
    return `socialmap-${kind}`;
}

/** The websocket of the page's own server: same host and port, `ws:` for `http:`, `wss:` for `https:`. */
export function webSocketUrl(pageUrl: string, token: string): string {
    const url = new URL('/socialmap', pageUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.search = new URLSearchParams({ token }).toString();
    return url.toString();
}

export function sessionUrl(pageUrl: string, token: string): string {
    const url = new URL('/api/session', pageUrl);
    url.search = new URLSearchParams({ token }).toString();
    return url.toString();
}

/** The page URL showing another diagram or client company, keeping the token. */
export function pageUrlFor(pageUrl: string, params: PageParams): string {
    const url = new URL(pageUrl);
    const query = new URLSearchParams({ diagram: params.diagram });
    if (params.client) {
        query.set('client', params.client);
    }
    query.set('token', params.token);
    url.search = query.toString();
    url.hash = '';
    return url.toString();
}

/** The URL of a platform's icon; the platform id is encoded, since catalogs are contributed by others. */
export function platformIconUrl(platform: string): string {
    return `/icons/${encodeURIComponent(platform)}.svg`;
}
