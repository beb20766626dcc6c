// The curator badge of a presence on the map: its owner's initials and how many curate it.

export interface CuratorBadge {
    text: string;
    title: string;
    /** Nobody owns the presence: drawn hollow, as something to fix. */
    unowned: boolean;
}

export function initials(name: string): string {
    const words = name.trim().split(/\s+/).filter(Boolean);
    const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
    return letters.map(word => [...word][0]?.toUpperCase() ?? '').join('');
}

/** From the presence's `owner` (a name, '' for none) and `curators` (a count, owner included) args. */
export function curatorBadge(owner: string, curators: number): CuratorBadge {
    const count = Number.isFinite(curators) ? Math.max(0, Math.round(curators)) : 0;
    const others = owner ? Math.max(count - 1, 0) : count;
    if (!owner) {
        return {
            text: others > 0 ? `?+${others}` : '?',
            title: others > 0 ? `No owner; ${others} other curator${others === 1 ? '' : 's'}` : 'Nobody curates it',
            unowned: true
        };
    }
    return {
        text: others > 0 ? `${initials(owner)}+${others}` : initials(owner),
        title: `Owner: ${owner}${others > 0 ? `; ${others} other curator${others === 1 ? '' : 's'}` : ''}`,
        unowned: false
    };
}
