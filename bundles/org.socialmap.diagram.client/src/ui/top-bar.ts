// The bar above the diagram: which diagram of which client company, and the editing commands.
import { ClientCompany } from '../session';
import { DIAGRAM_KINDS, DiagramKind } from '../page-params';
import { button, element } from './dom';

const DIAGRAM_TITLES: Record<DiagramKind, string> = { map: 'Social media map', team: 'Team', matrix: 'Curator × presence' };

export interface TopBarCommands {
    showDiagram(kind: DiagramKind): void;
    showClient(clientId: string): void;
    layout(keepPinned: boolean): void;
    undo(): void;
    redo(): void;
    save(): void;
    exportSvg(): void;
    exportPng(): void;
    toggleFilters(): void;
    toggleLegend(): void;
}

export interface TopBarState {
    file: string;
    diagram: DiagramKind;
    clients: ClientCompany[];
    client: string;
}

export class TopBar {
    protected readonly dirtyMark = element('span', { className: 'dirty-mark', text: '', attrs: { title: 'unsaved changes' } });

    constructor(container: HTMLElement, state: TopBarState, commands: TopBarCommands) {
        const tabs = DIAGRAM_KINDS.map(kind => {
            const tab = button(DIAGRAM_TITLES[kind], `Show the ${DIAGRAM_TITLES[kind].toLowerCase()} diagram`, () => commands.showDiagram(kind), {
                'data-diagram': kind
            });
            tab.classList.toggle('active', kind === state.diagram);
            return tab;
        });
        const clientSelect = element(
            'select',
            { attrs: { title: 'Client company', 'data-command': 'client' } },
            state.clients.map(client => element('option', { text: client.name, attrs: { value: client.id } }))
        );
        clientSelect.value = state.client;
        clientSelect.addEventListener('change', () => commands.showClient(clientSelect.value));

        const command = (label: string, title: string, name: string, run: () => void): HTMLButtonElement =>
            button(label, title, run, { 'data-command': name });
        container.replaceChildren(
            element('span', { className: 'file-name', text: state.file }, [this.dirtyMark]),
            element('nav', { className: 'diagram-tabs' }, tabs),
            clientSelect,
            element('span', { className: 'command-group' }, [
                command('Layout', 'Lay out what was not placed by hand (Ctrl+Shift+L)', 'layout', () => commands.layout(true)),
                command('Layout all', 'Lay out everything, hand-placed too (Ctrl+Shift+Alt+L)', 'layout-all', () => commands.layout(false))
            ]),
            element('span', { className: 'command-group' }, [
                command('Undo', 'Undo (Ctrl+Z)', 'undo', commands.undo),
                command('Redo', 'Redo (Ctrl+Shift+Z)', 'redo', commands.redo),
                command('Save', 'Save model and layout (Ctrl+S)', 'save', commands.save)
            ]),
            element('span', { className: 'command-group' }, [
                command('SVG', 'Export the diagram as SVG', 'export-svg', commands.exportSvg),
                command('PNG', 'Export the diagram as PNG', 'export-png', commands.exportPng)
            ]),
            element('span', { className: 'command-group' }, [
                command('Filters', 'Show or hide the filters', 'filters', commands.toggleFilters),
                command('Legend', 'Show or hide the legend', 'legend', commands.toggleLegend)
            ])
        );
    }

    setDirty(isDirty: boolean): void {
        this.dirtyMark.textContent = isDirty ? ' ●' : '';
        document.body.dataset.dirty = String(isDirty);
    }
}
