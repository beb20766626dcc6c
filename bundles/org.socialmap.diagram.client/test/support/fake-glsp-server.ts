// A stand-in for `socialmap serve` that speaks the client/server contract of docs/diagrams.md with
// fixed models: static files from webroot/, /api/session, /icons/, and GLSP's JSON-RPC over a
// websocket. It records every action the client sends, so a test can check what the page asked for.
import { readFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { FIXTURE_ICON, FIXTURE_MARKERS, mapModel, matrixModel, teamModel } from './contract-fixtures';
import { TextSocket, acceptWebSocket } from './websocket';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface ReceivedAction {
    clientId: string;
    action: Json;
}

const SERVER_ACTION_KINDS = [
    'requestModel', 'computedBounds', 'requestTypeHints', 'requestContextActions', 'requestMarkers', 'saveModel', 'glspUndo', 'glspRedo',
    'createNode', 'createEdge', 'deleteElement', 'changeBounds', 'applyLabelEdit', 'layout', 'layoutAll', 'setCurationRole',
    'requestProperties', 'setProperty', 'requestQuickFixes', 'applyQuickFix', 'setDiagramFilter', 'requestFilterOptions'
];

const MODELS: Record<string, () => Json> = { 'socialmap-map': mapModel, 'socialmap-team': teamModel, 'socialmap-matrix': matrixModel };

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.txt': 'text/plain' };

export class FakeGlspServer {
    readonly received: ReceivedAction[] = [];
    protected readonly waiters: Array<{ test: (action: Json) => boolean; resolve: (action: Json) => void }> = [];
    protected readonly models = new Map<string, Json>();
    protected readonly diagramTypes = new Map<string, string>();
    protected socket?: TextSocket;
    /** Set to answer the websocket upgrade with 403, as the server does for a foreign Origin. */
    refuseWebSockets = false;
    /** The diagram types `initialize` offers. */
    offeredDiagramTypes = Object.keys(MODELS);

    private constructor(
        protected readonly server: Server,
        readonly token: string
    ) {}

    static async start(webroot: string, token = 'test-token'): Promise<FakeGlspServer> {
        const server = createServer();
        const fake = new FakeGlspServer(server, token);
        server.on('request', (request, response) => fake.serveHttp(webroot, request, response));
        server.on('upgrade', (request, socket) => {
            if (fake.refuseWebSockets || new URL(request.url ?? '', 'http://x').searchParams.get('token') !== token) {
                socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
                return;
            }
            fake.socket = acceptWebSocket(request, socket, (text, peer) => fake.onMessage(text, peer));
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        return fake;
    }

    get pageUrl(): string {
        return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    }

    /** Resolves with the first action, already received or still to come, that passes the test. */
    waitFor(kind: string, test: (action: Json) => boolean = () => true): Promise<Json> {
        const matches = (action: Json): boolean => action.kind === kind && test(action);
        const earlier = this.received.find(entry => matches(entry.action));
        if (earlier) {
            return Promise.resolve(earlier.action);
        }
        return new Promise(resolve => this.waiters.push({ test: matches, resolve }));
    }

    /** Sends an action to the client, as the server does after an edit. */
    send(action: Json): void {
        const clientId = [...this.diagramTypes.keys()].at(-1) ?? '';
        this.socket?.send(JSON.stringify({ jsonrpc: '2.0', method: 'process', params: { clientId, action } }));
    }

    close(): Promise<void> {
        this.server.closeAllConnections();
        return new Promise(resolve => this.server.close(() => resolve()));
    }

    protected async serveHttp(webroot: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
        const url = new URL(request.url ?? '/', this.pageUrl);
        if (url.pathname === '/api/session') {
            if (url.searchParams.get('token') !== this.token) {
                response.writeHead(403).end();
                return;
            }
            response.writeHead(200, { 'content-type': 'application/json' }).end(
                JSON.stringify({
                    file: 'fixture.socialmap',
                    sourceUri: 'file:///fixture.socialmap',
                    clients: [
                        { id: 'acme', name: 'Acme' },
                        { id: 'globex', name: 'Globex' }
                    ]
                })
            );
            return;
        }
        if (url.pathname.startsWith('/icons/')) {
            response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(FIXTURE_ICON);
            return;
        }
        const file = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
        try {
            const body = await readFile(join(webroot, file));
            response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
        } catch {
            response.writeHead(404).end();
        }
    }

    protected onMessage(text: string, peer: TextSocket): void {
        const message = JSON.parse(text) as Json;
        const answer = (result: unknown): void => peer.send(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }));
        switch (message.method) {
            case 'initialize':
                answer({ protocolVersion: '1.0.0', serverActions: Object.fromEntries(this.offeredDiagramTypes.map(type => [type, SERVER_ACTION_KINDS])) });
                return;
            case 'initializeClientSession':
                this.diagramTypes.set(message.params.clientSessionId, message.params.diagramType);
                answer(null);
                return;
            case 'disposeClientSession':
                answer(null);
                return;
            case 'process':
                this.onAction(message.params.clientId, message.params.action);
                return;
        }
    }

    protected onAction(clientId: string, action: Json): void {
        this.received.push({ clientId, action });
        for (const waiter of [...this.waiters]) {
            if (waiter.test(action)) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(action);
            }
        }
        const reply = (response: Json): void => this.send({ ...response, responseId: action.requestId ?? '' });
        const model = (): Json => this.models.get(clientId) ?? {};
        switch (action.kind) {
            case 'requestModel': {
                const fresh = MODELS[this.diagramTypes.get(clientId) ?? '']();
                this.models.set(clientId, fresh);
                this.send({ kind: 'requestBounds', newRoot: fresh, requestId: 'bounds-1' });
                return;
            }
            case 'computedBounds':
                applyBounds(model(), action);
                this.send({ kind: 'setModel', newRoot: model(), responseId: '' });
                this.send({ kind: 'setMarkers', markers: FIXTURE_MARKERS, reason: 'batch', responseId: '' });
                return;
            case 'requestTypeHints':
                reply({ kind: 'setTypeHints', shapeHints: SHAPE_HINTS, edgeHints: EDGE_HINTS });
                return;
            case 'requestContextActions':
                reply({ kind: 'setContextActions', actions: action.contextId === 'tool-palette' ? PALETTE : [] });
                return;
            case 'requestProperties':
                this.send({ kind: 'setProperties', elementId: action.elementId, properties: PROPERTIES });
                return;
            case 'requestQuickFixes':
                this.send({ kind: 'setQuickFixes', elementId: action.elementId, fixes: [{ id: 'mark-obsolete', label: 'Mark the presence obsolete' }] });
                return;
            case 'requestFilterOptions':
                this.send({
                    kind: 'setFilterOptions',
                    kinds: [
                        { value: 'social', label: 'social network' },
                        { value: 'blog', label: 'blog' }
                    ],
                    curators: [{ value: 'anna', label: 'Anna' }],
                    filter: { hiddenKinds: [], curator: '', hideClosed: false, findingsOnly: false }
                });
                return;
            case 'setCurationRole': {
                const cell = findElement(model(), `cell:${action.member}:${action.presence}`);
                if (cell) {
                    cell.args.role = action.role;
                    model().revision = (model().revision ?? 1) + 1;
                    this.send({ kind: 'updateModel', newRoot: model(), animate: false });
                }
                return;
            }
        }
    }
}

function findElement(element: Json, id: string): Json | undefined {
    if (element.id === id) {
        return element;
    }
    for (const child of element.children ?? []) {
        const found = findElement(child, id);
        if (found) {
            return found;
        }
    }
    return undefined;
}

function applyBounds(root: Json, computed: Json): void {
    for (const bounds of computed.bounds ?? []) {
        const element = findElement(root, bounds.elementId);
        if (element) {
            element.size = bounds.newSize;
            if (bounds.newPosition) {
                element.position = bounds.newPosition;
            }
        }
    }
    for (const alignment of computed.alignments ?? []) {
        const element = findElement(root, alignment.elementId);
        if (element) {
            element.alignment = alignment.newAlignment;
        }
    }
}

const SHAPE_HINTS = [
    { elementTypeId: 'graph', deletable: false, reparentable: false, repositionable: false, resizable: false, containableElementTypeIds: ['node:presence', 'node:website', 'node:team'] },
    { elementTypeId: 'node:presence', deletable: true, reparentable: false, repositionable: true, resizable: true },
    { elementTypeId: 'node:website', deletable: true, reparentable: false, repositionable: true, resizable: true },
    { elementTypeId: 'node:team', deletable: true, reparentable: false, repositionable: true, resizable: true, containableElementTypeIds: ['node:member'] },
    { elementTypeId: 'node:member', deletable: true, reparentable: true, repositionable: true, resizable: false },
    { elementTypeId: 'matrix:cell', deletable: false, reparentable: false, repositionable: false, resizable: false },
    { elementTypeId: 'matrix:member', deletable: false, reparentable: false, repositionable: false, resizable: false },
    { elementTypeId: 'matrix:presence', deletable: false, reparentable: false, repositionable: false, resizable: false }
];

const EDGE_HINTS = ['gateway', 'feeds', 'crossPosts', 'aggregates', 'embeds', 'owner', 'contributor', 'backup'].map(kind => ({
    elementTypeId: `edge:${kind}`,
    deletable: true,
    repositionable: true,
    routable: true
}));

const PALETTE = [
    {
        id: 'kind-social',
        label: 'social network',
        sortString: 'a',
        actions: [],
        children: [{ id: 'presence-facebook', label: 'Facebook', sortString: 'a', actions: [{ kind: 'triggerNodeCreation', elementTypeId: 'node:presence:facebook' }] }]
    },
    {
        id: 'links',
        label: 'Links',
        sortString: 'b',
        actions: [],
        children: [{ id: 'edge-gateway', label: 'gateway', sortString: 'a', actions: [{ kind: 'triggerEdgeCreation', elementTypeId: 'edge:gateway' }] }]
    }
];

const PROPERTIES = [
    { feature: 'name', label: 'Name', type: 'string', value: 'Old network', readOnly: false },
    { feature: 'weeklyPosts', label: 'Posts a week', type: 'number', value: 0, readOnly: false },
    { feature: 'status', label: 'Status', type: 'enum', value: 'dormant', readOnly: false, choices: [{ value: 'active', label: 'active' }, { value: 'dormant', label: 'dormant' }] },
    { feature: 'coreBusiness', label: 'Core business', type: 'boolean', value: false, readOnly: false },
    { feature: 'id', label: 'Id', type: 'string', value: 'old-network', readOnly: true }
];
