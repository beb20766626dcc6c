// A small helper to build the page's panels with plain DOM, without a UI framework.

export interface ElementOptions {
    className?: string;
    text?: string;
    attrs?: Record<string, string>;
    on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    options: ElementOptions = {},
    children: ReadonlyArray<Node | string> = []
): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    if (options.className) {
        created.className = options.className;
    }
    if (options.text !== undefined) {
        created.textContent = options.text;
    }
    for (const [name, value] of Object.entries(options.attrs ?? {})) {
        created.setAttribute(name, value);
    }
    for (const [type, listener] of Object.entries(options.on ?? {})) {
        created.addEventListener(type, listener as EventListener);
    }
    created.append(...children);
    return created;
}

export function button(label: string, title: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
    return element('button', { text: label, attrs: { type: 'button', title, ...attrs }, on: { click: () => onClick() } });
}

/** SVG elements for the legend's samples, drawn with the diagram's own CSS classes. */
export function svgElement(tag: string, attrs: Record<string, string>, children: ReadonlyArray<Node> = []): SVGElement {
    const created = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attrs)) {
        created.setAttribute(name, value);
    }
    created.append(...children);
    return created;
}
