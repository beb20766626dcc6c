// The words a presence's corner tag shows for the state classes the server sets (docs/diagrams.md),
// so the states read in print and without colour.

const STATE_TAGS: ReadonlyArray<[cssClass: string, tag: string]> = [
    ['aggregator', 'aggregator'],
    ['showcase', 'showcase'],
    ['dormant', 'dormant'],
    ['obsolete', 'obsolete'],
    ['closed', 'platform closed'],
    ['unknown-platform', 'unknown platform']
];

export function stateTags(cssClasses: readonly string[] | undefined): string[] {
    return STATE_TAGS.filter(([cssClass]) => cssClasses?.includes(cssClass)).map(([, tag]) => tag);
}
