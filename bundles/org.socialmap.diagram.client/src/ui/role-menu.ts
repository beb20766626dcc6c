// The small menu a click on a matrix cell opens: set the member's role on the presence, or clear it.
import { CURATION_ROLES, CurationRole, SocialmapActions } from '../actions';
import { DiagramSession } from '../diagram-session';
import { MatrixCellClick } from '../matrix-cell-clicks';
import { button, element } from './dom';

export class RoleMenu {
    protected readonly menu = element('div', { className: 'role-menu', attrs: { role: 'menu', hidden: '' } });

    constructor(protected readonly session: DiagramSession) {
        document.body.append(this.menu);
        session.onMatrixCellClicked(click => this.open(click));
        document.addEventListener('keydown', event => event.key === 'Escape' && this.close());
        document.addEventListener('mousedown', event => !this.menu.contains(event.target as Node) && this.close());
    }

    protected open({ cell, clientX, clientY }: MatrixCellClick): void {
        const choose = (role: CurationRole): void => {
            this.close();
            this.session.dispatch(SocialmapActions.setCurationRole(cell.member, cell.presence, role));
        };
        const choices: Array<[CurationRole, string]> = [...CURATION_ROLES.map(role => [role, role] as [CurationRole, string]), ['', 'no role']];
        this.menu.replaceChildren(
            element('p', { text: `${this.session.nameOf(cell.member)} on ${this.session.nameOf(cell.presence)}` }),
            ...choices.map(([role, label]) => {
                const choice = button(label, `Set the role to ${label}`, () => choose(role), { 'data-role': role || 'none' });
                choice.classList.toggle('current', role === cell.role);
                return choice;
            })
        );
        this.menu.style.left = `${clientX + 4}px`;
        this.menu.style.top = `${clientY + 4}px`;
        this.menu.hidden = false;
    }

    protected close(): void {
        this.menu.hidden = true;
    }
}
