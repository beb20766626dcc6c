// One diagram's GLSP container: GLSP's default and standalone modules, Socialmap's element types
// and page hooks. GLSP's own standalone default module is left out: its Ctrl+Shift+L would send
// GLSP's layout next to ours, and the page shows messages itself.
import {
    IDiagramOptions,
    STANDALONE_MODULES,
    createDiagramOptionsModule,
    initializeDiagramContainer,
    standaloneDefaultModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { elementTypesModule } from './element-types-module';
import { socialmapModule } from './socialmap-module';

/** The id of the page's diagram <div>; sprotty prefixes element ids with it in the DOM (`diagram_ID`). */
export const DIAGRAM_DIV = 'diagram';

export function createDiagramContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options, { baseDiv: DIAGRAM_DIV, hiddenDiv: `${DIAGRAM_DIV}-hidden` }),
        elementTypesModule,
        socialmapModule,
        { add: STANDALONE_MODULES.filter(module => module !== standaloneDefaultModule) }
    );
}
