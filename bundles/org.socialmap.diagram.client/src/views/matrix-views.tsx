/** @jsx svg */
// The curator x presence matrix: headers and cells in the server's grid.
import { RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { MatrixCell, MatrixHeader } from '../model';

const ROLE_LETTERS: Record<string, string> = { owner: 'O', contributor: 'C', backup: 'B' };

@injectable()
export class MatrixHeaderView extends ShapeView {
    render(header: Readonly<MatrixHeader>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(header, context)) {
            return undefined;
        }
        return (
            <g class-matrix-header={true} class-selected={header.selected}>
                <rect class-node-body={true} x={0} y={0} width={Math.max(header.size.width, 0)} height={Math.max(header.size.height, 0)} />
                {context.renderChildren(header)}
            </g>
        );
    }
}

@injectable()
export class MatrixCellView extends ShapeView {
    render(cell: Readonly<MatrixCell>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(cell, context)) {
            return undefined;
        }
        const width = Math.max(cell.size.width, 0);
        const height = Math.max(cell.size.height, 0);
        const role = cell.role;
        const dots = [0, 1, 2].map(index => (
            <circle
                class-affinity-dot={true}
                class-filled={index < cell.affinity}
                cx={width / 2 + (index - 1) * 8}
                cy={height - 6}
                r={2.5}
            />
        ));
        return (
            <g class-matrix-cell={true} class-selected={cell.selected} class-mouseover={cell.hoverFeedback} {...{ [`class-role-${role || 'none'}`]: true }}>
                <title>{`${role || 'no role'}; affinity ${cell.affinity} of 3 — click to change the role`}</title>
                <rect class-node-body={true} x={0} y={0} width={width} height={height} />
                <text class-role-letter={true} x={width / 2} y={height / 2 + 1}>
                    {ROLE_LETTERS[role] ?? ''}
                </text>
                {dots}
                {context.renderChildren(cell)}
            </g>
        );
    }
}
