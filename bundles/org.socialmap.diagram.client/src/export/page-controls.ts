// Controls drawn in the diagram for the user to click (a team's collapse toggle) are not part of the
// picture: exports, the report and `socialmap render` leave them out. Each is an SVG group with the
// class `page-control` and no group inside it.

export const PAGE_CONTROL_CLASS = 'page-control';

const PAGE_CONTROL_GROUP = new RegExp(`<g\\b[^>]*\\bclass="(?:[^"]*\\s)?${PAGE_CONTROL_CLASS}(?:\\s[^"]*)?"[^>]*>[\\s\\S]*?</g>`, 'g');

/** The exported SVG without the page's controls. */
export function withoutPageControls(svg: string): string {
    return svg.replace(PAGE_CONTROL_GROUP, '');
}
