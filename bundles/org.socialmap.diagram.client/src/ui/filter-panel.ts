// The filters of the shown diagram (kept in the layout file by the server): platform kinds to hide,
// one curator's presences only, closed platforms hidden, only elements with findings.
import { DiagramFilter, NO_FILTER, PropertyChoice, SocialmapActions } from '../actions';
import { DiagramSession } from '../diagram-session';
import { element } from './dom';

export class FilterPanel {
    protected filter: DiagramFilter = NO_FILTER;
    protected kinds: PropertyChoice[] = [];
    protected curators: PropertyChoice[] = [];

    constructor(
        protected readonly container: HTMLElement,
        protected readonly session: DiagramSession
    ) {
        session.onReply(reply => {
            if (reply.kind === 'setFilterOptions') {
                this.filter = { ...NO_FILTER, ...reply.filter };
                this.kinds = reply.kinds;
                this.curators = reply.curators;
                this.render();
            }
        });
        this.render();
        session.dispatch(SocialmapActions.requestFilterOptions());
    }

    protected change(changes: Partial<DiagramFilter>): void {
        this.filter = { ...this.filter, ...changes };
        this.session.dispatch(SocialmapActions.setDiagramFilter(this.filter));
    }

    protected render(): void {
        const kindBoxes = this.kinds.map(kind =>
            checkbox(kind.label, !this.filter.hiddenKinds.includes(kind.value), `kind:${kind.value}`, shown =>
                this.change({
                    hiddenKinds: shown
                        ? this.filter.hiddenKinds.filter(hidden => hidden !== kind.value)
                        : [...this.filter.hiddenKinds, kind.value]
                })
            )
        );
        const curatorSelect = element('select', { attrs: { 'data-filter': 'curator' } }, [
            element('option', { text: 'every curator', attrs: { value: '' } }),
            ...this.curators.map(curator => element('option', { text: curator.label, attrs: { value: curator.value } }))
        ]);
        curatorSelect.value = this.filter.curator;
        curatorSelect.addEventListener('change', () => this.change({ curator: curatorSelect.value }));

        this.container.replaceChildren(
            element('h3', { text: 'Filters' }),
            element('fieldset', {}, [element('legend', { text: 'Platform kinds shown' }), ...kindBoxes]),
            element('label', { text: 'Curated by ' }, [curatorSelect]),
            checkbox('Hide closed platforms', this.filter.hideClosed, 'hideClosed', hideClosed => this.change({ hideClosed })),
            checkbox('Only elements with findings', this.filter.findingsOnly, 'findingsOnly', findingsOnly => this.change({ findingsOnly }))
        );
    }
}

function checkbox(label: string, checked: boolean, name: string, onChange: (checked: boolean) => void): HTMLElement {
    const input = element('input', { attrs: { type: 'checkbox', 'data-filter': name } });
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    return element('label', { className: 'filter-option' }, [input, ` ${label}`]);
}
