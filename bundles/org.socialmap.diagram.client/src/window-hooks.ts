// `window.socialmap`: what headless tests and the Eclipse embedding call on the page. Together with
// `document.body.dataset.diagramState` ('loading', 'ready', 'failed') it lets them wait on a condition.
import { Action, ExportResultAction, Marker, RequestAction, RequestExportAction } from '@eclipse-glsp/client';
import { DiagramSession } from './diagram-session';
import { pageTimings } from './page-timings';

export interface SocialmapWindowApi {
    /** Resolves when the diagram is drawn; rejects with the reason the page shows when it cannot be. */
    ready: Promise<void>;
    dispatch(action: Action): Promise<void>;
    /** The diagram as a self-contained SVG document (icons inlined). */
    exportSvg(): Promise<string>;
    /** The diagram as a PNG data URL, drawn on a plain canvas. */
    exportPng(): Promise<string>;
    selectedIds(): string[];
    /** How many models the server has sent: a test waits for it to grow after an edit. */
    modelUpdates(): number;
    /** The findings the server reported last, one marker per finding. */
    findings(): Marker[];
    /** When the page reached each step of its opening, in milliseconds since the epoch (page-timings.ts). */
    timings(): Record<string, number>;
}

declare global {
    interface Window {
        socialmap: SocialmapWindowApi;
    }
}

export function installWindowHooks(ready: Promise<DiagramSession>): void {
    let current: DiagramSession | undefined;
    ready.then(session => (current = session));
    const exportAs = async (format: 'svg' | 'png'): Promise<ExportResultAction> =>
        (await ready).request(RequestExportAction.create(format, { requestId: RequestAction.generateRequestId() }));

    window.socialmap = {
        ready: ready.then(() => undefined),
        dispatch: async action => (await ready).dispatch(action),
        exportSvg: async () => (await exportAs('svg')).data,
        exportPng: async () => `data:image/png;base64,${(await exportAs('png')).data}`,
        selectedIds: () => current?.selectedIds ?? [],
        modelUpdates: () => current?.modelUpdates ?? 0,
        findings: () => [...(current?.markers ?? [])],
        timings: pageTimings
    };
}
