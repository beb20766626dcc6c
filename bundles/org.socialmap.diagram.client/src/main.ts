// The page: reads what its URL asks for, asks the server for the session, draws the chosen diagram
// of the chosen client company and wires the bars and panels to it.
import 'reflect-metadata';

import { RedoAction, RequestExportAction, SaveModelAction, UndoAction } from '@eclipse-glsp/client';
import { SocialmapActions } from './actions';
import { DiagramSession } from './diagram-session';
import { markStep } from './page-timings';
import { PageParams, diagramType, pageUrlFor, parsePageParams, sessionUrl, webSocketUrl } from './page-params';
import { chooseClient, fetchSession } from './session';
import { FilterPanel } from './ui/filter-panel';
import { legend } from './ui/legend';
import { MessageBar } from './ui/message-bar';
import { RoleMenu } from './ui/role-menu';
import { SidePanel } from './ui/side-panel';
import { TopBar } from './ui/top-bar';
import { installWindowHooks } from './window-hooks';
// Last, so that its rules come after the GLSP styles the modules above bring in.
import '../css/socialmap.css';

function part(id: string): HTMLElement {
    const found = document.getElementById(id);
    if (!found) {
        throw new Error(`index.html lacks the element #${id}.`);
    }
    return found;
}

async function openPage(messages: MessageBar): Promise<DiagramSession> {
    const params = parsePageParams(location.search);
    const session = await fetchSession(sessionUrl(location.href, params.token));
    markStep('session');
    const client = chooseClient(session.clients, params.client);
    if (!client) {
        throw new Error(`${session.file} has no client company to draw.`);
    }
    if (params.client && params.client !== client.id) {
        messages.show('warning', `${session.file} has no client company "${params.client}": showing ${client.name}.`);
    }
    document.title = `${client.name} · ${session.file} · Socialmap`;
    const go = (next: PageParams): void => location.assign(pageUrlFor(location.href, next));

    // Commands wait for the diagram; until it is there, they do nothing.
    let diagram: DiagramSession | undefined;
    const send = (action: Parameters<DiagramSession['dispatch']>[0]): void => void diagram?.dispatch(action);
    const filters = part('filter-panel');
    const legendBox = part('legend');
    legendBox.replaceChildren(legend(params.diagram));
    document.body.dataset.diagram = params.diagram;
    const topBar = new TopBar(
        part('top-bar'),
        { file: session.file, diagram: params.diagram, clients: session.clients, client: client.id },
        {
            showDiagram: kind => go({ ...params, diagram: kind, client: client.id }),
            showClient: id => go({ ...params, client: id }),
            layout: keepPinned => send(SocialmapActions.layoutAll(keepPinned)),
            undo: () => send(UndoAction.create()),
            redo: () => send(RedoAction.create()),
            save: () => send(SaveModelAction.create()),
            exportSvg: () => send(RequestExportAction.create('svg')),
            exportPng: () => send(RequestExportAction.create('png')),
            toggleFilters: () => (filters.hidden = !filters.hidden),
            toggleLegend: () => (legendBox.hidden = !legendBox.hidden)
        }
    );

    diagram = await DiagramSession.open({
        webSocketUrl: webSocketUrl(location.href, params.token),
        sourceUri: session.sourceUri,
        diagramType: diagramType(params.diagram),
        client: client.id
    });
    const opened = diagram;
    topBar.setDirty(opened.isDirty);
    opened.onDirtyChanged(isDirty => topBar.setDirty(isDirty));
    // The Eclipse editor hosting the page follows the selection through this attribute (Properties view, tree).
    opened.onSelectionChanged(ids => (document.body.dataset.selection = JSON.stringify(ids)));
    opened.onReply(reply => reply.kind === 'message' && messages.show(reply.severity, reply.message, reply.details));
    opened.connection.onClose(() => {
        document.body.dataset.diagramState = 'disconnected';
        messages.show('error', 'The connection to the Socialmap server was lost: reload the page when it runs again.');
    });
    new SidePanel(part('side-panel'), opened);
    new FilterPanel(filters, opened);
    new RoleMenu(opened);
    return opened;
}

markStep('script');
const messages = new MessageBar(part('message-bar'));
const opening = openPage(messages);
installWindowHooks(opening);
opening.catch((error: unknown) => {
    document.body.dataset.diagramState = 'failed';
    messages.show('error', error instanceof Error ? error.message : String(error));
});
