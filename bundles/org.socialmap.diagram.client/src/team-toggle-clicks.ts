// A click on a team's toggle collapses or expands the team: the same `collapsed` property the side
// panel sets, so it is one undoable command on the server, kept in the layout.
import { Action, GModelElement, MouseListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { SocialmapActions } from './actions';
import { TeamNode, isExpanded } from './model';

@injectable()
export class TeamToggleClicks extends MouseListener {
    override mouseDown(target: GModelElement, event: MouseEvent): Action[] {
        const onToggle = event.target instanceof Element && event.target.closest('.team-toggle') !== null;
        if (!onToggle || event.button !== 0 || !(target instanceof TeamNode)) {
            return [];
        }
        return [SocialmapActions.setProperty(target.id, 'collapsed', isExpanded(target))];
    }
}
