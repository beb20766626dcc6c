// Labels as GLSP draws them, plus a class naming their type (`label-name`, `label-handle`, ...)
// so the stylesheet can tell a name from a handle.
import { GLabel, GLabelView, RenderingContext, getSubType, setClass } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

@injectable()
export class TypedLabelView extends GLabelView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const vnode = super.render(label, context);
        if (vnode) {
            setClass(vnode, `label-${getSubType(label)}`, true);
        }
        return vnode;
    }
}
