// Makes an exported SVG self-contained: the platform icons it references by URL become data URIs,
// so the file opens anywhere and a <canvas> can draw it (an <img> of an SVG loads no subresources).

const IMAGE_HREF = /(<image\b[^>]*?\s(?:xlink:)?href=")([^"]*)(")/g;

/** The distinct image URLs an SVG references, data URIs excluded. */
export function imageReferences(svg: string): string[] {
    const urls = new Set<string>();
    for (const match of svg.matchAll(IMAGE_HREF)) {
        const url = decodeXmlAttribute(match[2]);
        if (!url.startsWith('data:')) {
            urls.add(url);
        }
    }
    return [...urls];
}

/** Replaces each image URL that `dataUris` has with its data URI; the others are left as they are. */
export function inlineImages(svg: string, dataUris: ReadonlyMap<string, string>): string {
    return svg.replace(IMAGE_HREF, (whole, before: string, href: string, after: string) => {
        const dataUri = dataUris.get(decodeXmlAttribute(href));
        return dataUri === undefined ? whole : `${before}${encodeXmlAttribute(dataUri)}${after}`;
    });
}

/** An SVG document as a base64 data URI; base64 of its UTF-8 bytes, so any text survives. */
export function svgDataUri(svgText: string): string {
    const bytes = new TextEncoder().encode(svgText);
    let binary = '';
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Fetches each referenced image once and inlines it; an image that cannot be fetched stays a URL. */
export async function makeSelfContained(
    svg: string,
    fetchAsDataUri: (url: string) => Promise<string | undefined>
): Promise<string> {
    const urls = imageReferences(svg);
    const entries = await Promise.all(urls.map(async url => [url, await fetchAsDataUri(url)] as const));
    const dataUris = new Map(entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
    return inlineImages(svg, dataUris);
}

function decodeXmlAttribute(value: string): string {
    return value.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, entity: string) => XML_ENTITIES[entity]);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function encodeXmlAttribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
