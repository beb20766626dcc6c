// The pixel size a PNG of an exported SVG gets, and the SVG's root tag pinned to it, so the image
// is drawn at full resolution rather than scaled up from the SVG's own size.

export interface RasterSize {
    width: number;
    height: number;
}

/** Browsers refuse or blank canvases much larger than this; 8192 works in Chromium and WebKitGTK. */
export const MAX_RASTER_SIDE = 8192;

const ROOT_TAG = /<svg\b[^>]*>/;

/** The SVG's drawing size from its viewBox, else its width and height attributes. */
export function svgSize(svg: string): RasterSize {
    const root = svg.match(ROOT_TAG)?.[0] ?? '';
    const viewBox = attribute(root, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
    if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
        return { width: viewBox[2], height: viewBox[3] };
    }
    const width = Number.parseFloat(attribute(root, 'width') ?? '');
    const height = Number.parseFloat(attribute(root, 'height') ?? '');
    if (Number.isFinite(width) && Number.isFinite(height)) {
        return { width, height };
    }
    throw new Error('PNG export: the SVG has neither a viewBox nor a width and height.');
}

/**
 * The raster size for a requested width and/or height (the other side keeps the aspect ratio),
 * or `scale` times the SVG's size; never larger than MAX_RASTER_SIDE on either side, never empty.
 */
export function rasterSize(svg: string, request: { width?: number; height?: number; scale: number }): RasterSize {
    const size = svgSize(svg);
    const aspect = size.height > 0 ? size.width / size.height : 1;
    let width = request.width ?? (request.height !== undefined ? request.height * aspect : size.width * request.scale);
    let height = request.height ?? width / aspect;
    const shrink = Math.min(1, MAX_RASTER_SIDE / width, MAX_RASTER_SIDE / height);
    width = Math.max(1, Math.round(width * shrink));
    height = Math.max(1, Math.round(height * shrink));
    return { width, height };
}

/** The SVG with its root tag's width and height set to `size` and any width/height in its style removed. */
export function withRasterSize(svg: string, size: RasterSize): string {
    return svg.replace(ROOT_TAG, root => {
        let tag = setAttribute(root, 'width', String(size.width));
        tag = setAttribute(tag, 'height', String(size.height));
        const style = attribute(tag, 'style');
        if (style !== undefined) {
            const kept = style
                .split(';')
                .map(declaration => declaration.trim())
                .filter(declaration => declaration && !/^(width|height)\s*:/i.test(declaration))
                .join('; ');
            tag = setAttribute(tag, 'style', kept);
        }
        return tag;
    });
}

function attribute(tag: string, name: string): string | undefined {
    return tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

function setAttribute(tag: string, name: string, value: string): string {
    const pattern = new RegExp(`\\s${name}="[^"]*"`);
    return pattern.test(tag) ? tag.replace(pattern, ` ${name}="${value}"`) : tag.replace(/^<svg\b/, `<svg ${name}="${value}"`);
}
