// Small GModels of the three diagrams exactly as docs/diagrams.md describes them, for the fake
// server the browser test runs the client against. Sizes are left to the client's layout
// (layout 'vbox'), as the real server leaves them.

type Json = Record<string, unknown>;

const label = (id: string, type: string, text: string): Json => ({ id, type, text });
const icon = (owner: string, platform: string): Json => ({ id: `${owner}-icon`, type: 'icon:platform', args: { platform } });
const box: Json = { layout: 'vbox', layoutOptions: { hAlign: 'center', paddingTop: 8, paddingBottom: 8, paddingLeft: 10, paddingRight: 10, vGap: 2 } };

function presence(id: string, name: string, handle: string, platform: string, kind: string, position: Json, cssClasses: string[] = [], owner = '', curators = 0): Json {
    return {
        id,
        type: 'node:presence',
        position,
        cssClasses,
        ...box,
        args: { platform, platformName: platform, kind, status: cssClasses.includes('dormant') ? 'dormant' : 'active', owner, curators },
        children: [icon(id, platform), label(`${id}-name`, 'label:name', name), label(`${id}-handle`, 'label:handle', handle), label(`${id}-kind`, 'label:kind', kind)]
    };
}

function link(source: string, kind: string, target: string): Json {
    return { id: `link:${source}:${kind}:${target}`, type: `edge:${kind}`, sourceId: source, targetId: target };
}

export function mapModel(): Json {
    return {
        id: 'map',
        type: 'graph',
        revision: 1,
        children: [
            {
                id: 'company-site',
                type: 'node:website',
                position: { x: 40, y: 160 },
                ...box,
                children: [label('company-site-name', 'label:name', 'Company site'), label('company-site-handle', 'label:handle', 'www.example.com')]
            },
            presence('facebook-page', 'Facebook page', '@example', 'facebook', 'social network', { x: 320, y: 20 }, [], 'Anna Rossi', 2),
            presence('blog', 'Blog', 'blog.example.com', 'blogger', 'blog', { x: 320, y: 180 }, ['aggregator']),
            presence('old-network', 'Old network', '@ex', 'google-plus', 'social network', { x: 320, y: 340 }, ['closed', 'dormant']),
            presence('regional', 'Regional', '@ex', 'nowhere', 'regional network', { x: 600, y: 20 }, ['unknown-platform', 'showcase']),
            presence('video', 'Video channel', '@exvideo', 'dailymotion', 'video', { x: 600, y: 240 }, ['obsolete']),
            link('company-site', 'gateway', 'facebook-page'),
            link('blog', 'feeds', 'facebook-page'),
            link('facebook-page', 'crossPosts', 'regional'),
            link('blog', 'aggregates', 'video'),
            link('company-site', 'embeds', 'blog')
        ]
    };
}

function member(id: string, name: string, role: string, curated: number, weekly: number): Json {
    return {
        id,
        type: 'node:member',
        ...box,
        children: [
            label(`${id}-name`, 'label:name', name),
            label(`${id}-function`, 'label:function', role),
            { id: `${id}-load`, type: 'bar:load', args: { curatedHours: curated, weeklyHours: weekly } }
        ]
    };
}

export function teamModel(): Json {
    return {
        id: 'team',
        type: 'graph',
        revision: 1,
        children: [
            {
                id: 'web-team',
                type: 'node:team',
                position: { x: 20, y: 20 },
                ...box,
                args: { expanded: true },
                children: [
                    label('web-team-name', 'label:name', 'Web team'),
                    {
                        id: 'web-team-members',
                        type: 'comp:members',
                        layout: 'vbox',
                        layoutOptions: { vGap: 8 },
                        children: [member('anna', 'Anna', 'Marketing', 6, 10), member('bruno', 'Bruno', 'Customer care', 14, 10)]
                    }
                ]
            },
            presence('facebook-page', 'Facebook page', '@example', 'facebook', 'social network', { x: 360, y: 20 }),
            presence('blog', 'Blog', 'blog.example.com', 'blogger', 'blog', { x: 360, y: 200 }),
            { id: 'curation:anna:facebook-page', type: 'edge:owner', sourceId: 'anna', targetId: 'facebook-page', children: [label('curation:anna:facebook-page-hours', 'label:hours', '4 h')] },
            { id: 'curation:bruno:facebook-page', type: 'edge:backup', sourceId: 'bruno', targetId: 'facebook-page' },
            { id: 'curation:bruno:blog', type: 'edge:contributor', sourceId: 'bruno', targetId: 'blog' }
        ]
    };
}

export function matrixModel(): Json {
    const members = ['anna', 'bruno'];
    const presences = ['facebook-page', 'blog'];
    const roles: Record<string, string> = { 'anna/facebook-page': 'owner', 'bruno/blog': 'contributor' };
    const children: Json[] = [
        ...members.map((id, row) => ({
            id,
            type: 'matrix:member',
            position: { x: 0, y: 60 + row * 40 },
            size: { width: 120, height: 40 },
            children: [{ ...label(`${id}-name`, 'label:name', id === 'anna' ? 'Anna' : 'Bruno'), position: { x: 8, y: 24 } }]
        })),
        ...presences.map((id, column) => ({
            id,
            type: 'matrix:presence',
            position: { x: 120 + column * 60, y: 0 },
            size: { width: 60, height: 60 },
            children: [
                { ...icon(id, id === 'blog' ? 'blogger' : 'facebook'), position: { x: 18, y: 4 }, size: { width: 24, height: 24 } },
                { ...label(`${id}-name`, 'label:name', id === 'blog' ? 'Blog' : 'Facebook'), position: { x: 4, y: 48 } }
            ]
        }))
    ];
    members.forEach((memberId, row) =>
        presences.forEach((presenceId, column) =>
            children.push({
                id: `cell:${memberId}:${presenceId}`,
                type: 'matrix:cell',
                position: { x: 120 + column * 60, y: 60 + row * 40 },
                size: { width: 60, height: 40 },
                args: { member: memberId, presence: presenceId, role: roles[`${memberId}/${presenceId}`] ?? '', affinity: row + column + 1 }
            })
        )
    );
    return { id: 'matrix', type: 'graph', revision: 1, children };
}

export const FIXTURE_MARKERS = [
    { elementId: 'old-network', kind: 'error', label: 'closed-platform', description: 'Old network is on a platform that has closed.' },
    { elementId: 'old-network', kind: 'warning', label: 'dormant', description: 'Old network has not posted for a year.' },
    { elementId: 'regional', kind: 'info', label: 'showcase', description: 'Regional serves no purpose.' }
];

export const FIXTURE_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#3b5998"/></svg>';
