// Tells the page when the user clicks a matrix cell, so it can offer the roles to choose from.
import { Action, Emitter, Event, GModelElement, MouseListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { MatrixCell } from './model';

export interface MatrixCellClick {
    cell: MatrixCell;
    clientX: number;
    clientY: number;
}

@injectable()
export class MatrixCellClicks extends MouseListener {
    protected readonly onClickEmitter = new Emitter<MatrixCellClick>();

    get onClick(): Event<MatrixCellClick> {
        return this.onClickEmitter.event;
    }

    override mouseUp(target: GModelElement, event: MouseEvent): Action[] {
        const cell = cellOf(target);
        if (cell && event.button === 0) {
            this.onClickEmitter.fire({ cell, clientX: event.clientX, clientY: event.clientY });
        }
        return [];
    }
}

/** The cell itself, or the cell a clicked child (a label) belongs to. */
function cellOf(target: GModelElement): MatrixCell | undefined {
    for (let current: GModelElement | undefined = target; current; current = 'parent' in current ? (current.parent as GModelElement) : undefined) {
        if (current instanceof MatrixCell) {
            return current;
        }
    }
    return undefined;
}
