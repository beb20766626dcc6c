// The panel beside the diagram for the one selected element: its findings, the quick fixes the
// server offers for it, and its properties. Several or no elements selected: a hint instead.
import { Property, QuickFix, SocialmapActions } from '../actions';
import { DiagramSession } from '../diagram-session';
import { MatrixCell } from '../model';
import { button, element } from './dom';
import { propertyForm } from './property-form';

export class SidePanel {
    protected selectedId?: string;
    protected readonly heading = element('h2');
    protected readonly findings = element('section', { className: 'findings' });
    protected readonly fixes = element('section', { className: 'quick-fixes' });
    protected readonly properties = element('section', { className: 'properties' });

    constructor(
        container: HTMLElement,
        protected readonly session: DiagramSession
    ) {
        container.replaceChildren(this.heading, this.findings, this.fixes, this.properties);
        session.onSelectionChanged(ids => this.select(ids.length === 1 ? ids[0] : undefined, ids.length));
        session.onModelChanged(() => this.refresh());
        session.onReply(reply => {
            if (reply.kind === 'setMarkers') {
                this.showFindings();
                this.requestQuickFixes();
            } else if (reply.kind === 'setProperties' && reply.elementId === this.selectedId) {
                this.showProperties(reply.properties);
            } else if (reply.kind === 'setQuickFixes' && reply.elementId === this.selectedId) {
                this.showQuickFixes(reply.fixes);
            }
        });
        this.select(undefined, 0);
    }

    protected select(id: string | undefined, count: number): void {
        this.selectedId = id;
        this.properties.replaceChildren();
        this.fixes.replaceChildren();
        if (!id) {
            this.heading.textContent = count > 1 ? `${count} elements selected` : 'Nothing selected';
            this.findings.replaceChildren(element('p', { className: 'hint', text: 'Select one element to see its findings and properties.' }));
            return;
        }
        this.refresh();
    }

    /** After an edit, undo or reload the selected element may have changed, or be gone. */
    protected refresh(): void {
        if (!this.selectedId) {
            return;
        }
        const selected = this.session.element(this.selectedId);
        if (!selected) {
            this.select(undefined, 0);
            return;
        }
        this.showFindings();
        if (selected instanceof MatrixCell) {
            this.heading.textContent = `${this.session.nameOf(selected.member)} on ${this.session.nameOf(selected.presence)}`;
            this.properties.replaceChildren(
                element('p', {
                    text: `Role: ${selected.role || 'none'}; affinity ${selected.affinity} of 3. Click the cell to change the role.`
                })
            );
            return;
        }
        this.heading.textContent = this.session.nameOf(selected.id);
        this.session.dispatch(SocialmapActions.requestProperties(this.selectedId));
        this.requestQuickFixes();
    }

    protected requestQuickFixes(): void {
        if (this.selectedId && this.session.markers.some(marker => marker.elementId === this.selectedId)) {
            this.session.dispatch(SocialmapActions.requestQuickFixes(this.selectedId));
        } else {
            this.fixes.replaceChildren();
        }
    }

    protected showFindings(): void {
        const own = this.session.markers.filter(marker => marker.elementId === this.selectedId);
        this.findings.replaceChildren(
            element('h3', { text: 'Findings' }),
            own.length === 0
                ? element('p', { className: 'hint', text: 'No findings.' })
                : element(
                      'ul',
                      {},
                      own.map(marker =>
                          element('li', { className: `finding severity-${marker.kind}`, attrs: { title: marker.label } }, [
                              element('span', { className: 'finding-kind', text: marker.kind }),
                              ` ${marker.description}`
                          ])
                      )
                  )
        );
    }

    protected showQuickFixes(fixes: QuickFix[]): void {
        const elementId = this.selectedId;
        if (!elementId || fixes.length === 0) {
            this.fixes.replaceChildren();
            return;
        }
        this.fixes.replaceChildren(
            element('h3', { text: 'Quick fixes' }),
            ...fixes.map(fix =>
                button(fix.label, 'Apply this fix (undoable)', () => this.session.dispatch(SocialmapActions.applyQuickFix(elementId, fix.id)), {
                    'data-fix': fix.id
                })
            )
        );
    }

    protected showProperties(properties: Property[]): void {
        const elementId = this.selectedId;
        if (!elementId) {
            return;
        }
        // The form is redrawn after every edit; the field the user moved to keeps the focus.
        const focused = this.properties.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.feature : undefined;
        this.properties.replaceChildren(
            element('h3', { text: 'Properties' }),
            propertyForm(properties, (feature, value) => this.session.dispatch(SocialmapActions.setProperty(elementId, feature, value)))
        );
        if (focused) {
            this.properties.querySelector<HTMLElement>(`[data-feature="${CSS.escape(focused)}"]`)?.focus();
        }
    }
}
