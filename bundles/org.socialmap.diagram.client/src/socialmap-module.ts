// The page's hooks into the GLSP container: the server's replies for the panels, the layout keys,
// the exporters, and the "rendered" mark a test or the Eclipse embedding waits on.
import {
    Action,
    DefaultPngDiagramExporter,
    DefaultSvgDiagramExporter,
    EndProgressAction,
    FallbackActionHandler,
    FeatureModule,
    GModelElement,
    IDiagramStartup,
    KeyListener,
    StartProgressAction,
    TYPES,
    UpdateProgressAction,
    bindAsService,
    configureActionHandler,
    matchesKeystroke
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { SERVER_REPLY_KINDS, SocialmapActions } from './actions';
import { CanvasPngExporter, SelfContainedSvgExporter } from './export/exporters';
import { MatrixCellClicks } from './matrix-cell-clicks';
import { markStep } from './page-timings';
import { ServerReplies } from './server-replies';
import { TeamToggleClicks } from './team-toggle-clicks';

/** Ctrl+Shift+L lays out what the user has not placed by hand; with Alt, everything. */
@injectable()
export class LayoutKeyListener extends KeyListener {
    override keyDown(_element: GModelElement, event: KeyboardEvent): Action[] {
        if (matchesKeystroke(event, 'KeyL', 'ctrlCmd', 'shift')) {
            return [SocialmapActions.layoutAll(true)];
        }
        if (matchesKeystroke(event, 'KeyL', 'ctrlCmd', 'shift', 'alt')) {
            return [SocialmapActions.layoutAll(false)];
        }
        return [];
    }
}

@injectable()
export class RenderedMark implements IDiagramStartup {
    preRequestModel(): void {
        markStep('requested');
    }

    postModelInitialization(): void {
        markStep('drawn');
        document.body.dataset.diagramState = 'ready';
    }
}

export const socialmapModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bind(ServerReplies).toSelf().inSingletonScope();
        for (const kind of SERVER_REPLY_KINDS) {
            configureActionHandler(context, kind, ServerReplies);
        }
        // The server may report progress; the page has no progress bar, so these are only logged.
        bind(FallbackActionHandler).toSelf().inSingletonScope();
        for (const kind of [StartProgressAction.KIND, UpdateProgressAction.KIND, EndProgressAction.KIND]) {
            configureActionHandler(context, kind, FallbackActionHandler);
        }
        bindAsService(context, TYPES.KeyListener, LayoutKeyListener);
        bindAsService(context, TYPES.MouseListener, MatrixCellClicks);
        bindAsService(context, TYPES.MouseListener, TeamToggleClicks);
        bindAsService(context, TYPES.IDiagramStartup, RenderedMark);

        bind(SelfContainedSvgExporter).toSelf().inSingletonScope();
        rebind(DefaultSvgDiagramExporter).toService(SelfContainedSvgExporter);
        bind(CanvasPngExporter).toSelf().inSingletonScope();
        rebind(DefaultPngDiagramExporter).toService(CanvasPngExporter);
    },
    { featureId: Symbol('socialmap') }
);
