// Opens one diagram over the websocket and gives the page's panels a small, typed view of it:
// send actions, read the model, hear about selection, model, dirty state and the server's replies.
import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    Disposable,
    EditorContextService,
    GLSPActionDispatcher,
    GModelElement,
    GModelRoot,
    Marker,
    RequestAction,
    ResponseAction,
    SetMarkersAction,
    generateUuid,
    isNameable
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import { ServerReply } from './actions';
import { createDiagramContainer } from './diagram-container';
import { markStep } from './page-timings';
import { MatrixCellClick, MatrixCellClicks } from './matrix-cell-clicks';
import { ServerReplies } from './server-replies';
import { connectWebSocket } from './websocket-connection';

export interface DiagramRequest {
    webSocketUrl: string;
    sourceUri: string;
    diagramType: string;
    /** The client company's id, a `requestModel` option (docs/diagrams.md). */
    client: string;
}

export class DiagramSession {
    protected latestMarkers: Marker[] = [];
    protected receivedModels = 0;

    private constructor(
        protected readonly container: Container,
        readonly connection: MessageConnection
    ) {
        // Subscribed before the model is requested: the server sends the findings right after it.
        this.onReply(reply => {
            if (reply.kind === SetMarkersAction.KIND) {
                this.latestMarkers = reply.markers;
            }
        });
        this.onModelChanged(() => this.receivedModels++);
    }

    /** How many models (`setModel`, `updateModel`) the server has sent since the page opened. */
    get modelUpdates(): number {
        return this.receivedModels;
    }

    /** The findings the server reported last, one marker per finding. */
    get markers(): readonly Marker[] {
        return this.latestMarkers;
    }

    /** Connects, initializes the GLSP session and loads the model; resolves once the model is drawn. */
    static async open(request: DiagramRequest): Promise<DiagramSession> {
        // A dropped connection is not retried: the page says so, and a reload starts a new session.
        const connection = await connectWebSocket(request.webSocketUrl);
        markStep('connected');
        const glspClient = new BaseJsonrpcGLSPClient({ id: 'socialmap', connectionProvider: connection });
        const container = createDiagramContainer({
            clientId: `socialmap-${generateUuid()}`,
            diagramType: request.diagramType,
            sourceUri: request.sourceUri,
            glspClientProvider: async () => glspClient
        });
        const session = new DiagramSession(container, connection);
        try {
            await container.get(DiagramLoader).load({ requestModelOptions: { client: request.client } });
        } catch (error) {
            // GLSP's own error for a diagram type the server lacks says nothing a person can act on.
            const offered = glspClient.initializeResult?.serverActions;
            if (offered && !offered[request.diagramType]) {
                throw new Error(`This Socialmap server does not draw the "${request.diagramType}" diagram (it offers: ${Object.keys(offered).join(', ') || 'none'}).`);
            }
            throw error;
        }
        return session;
    }

    protected get editorContext(): EditorContextService {
        return this.container.get(EditorContextService);
    }

    dispatch(action: Action): Promise<void> {
        return this.container.get(GLSPActionDispatcher).dispatch(action);
    }

    request<R extends ResponseAction>(action: RequestAction<R>): Promise<R> {
        return this.container.get(GLSPActionDispatcher).request(action);
    }

    get root(): Readonly<GModelRoot> {
        return this.editorContext.modelRoot;
    }

    element(id: string): GModelElement | undefined {
        return this.root.index.getById(id);
    }

    /** The name the diagram shows for a model element, else its id. */
    nameOf(id: string): string {
        const found = this.element(id);
        return found && isNameable(found) ? found.name : id;
    }

    get selectedIds(): string[] {
        return this.editorContext.selectedElements.map(element => element.id);
    }

    get isDirty(): boolean {
        return this.editorContext.isDirty;
    }

    onSelectionChanged(listener: (selectedIds: string[]) => void): Disposable {
        return this.editorContext.onSelectionChanged(change => listener(change.selectedElements));
    }

    onModelChanged(listener: (root: Readonly<GModelRoot>) => void): Disposable {
        return this.editorContext.onModelRootChanged(listener);
    }

    onDirtyChanged(listener: (isDirty: boolean) => void): Disposable {
        return this.editorContext.onDirtyStateChanged(change => listener(change.isDirty));
    }

    onReply(listener: (reply: ServerReply) => void): Disposable {
        return this.container.get(ServerReplies).onReply(listener);
    }

    onMatrixCellClicked(listener: (click: MatrixCellClick) => void): Disposable {
        return this.container.get(MatrixCellClicks).onClick(listener);
    }
}
