// Which class and view draw each GModel element type of docs/diagrams.md.
import {
    DefaultTypes,
    FeatureModule,
    GCompartment,
    GCompartmentView,
    GEdge,
    GLabel,
    GIssueMarker,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    overrideModelElement
} from '@eclipse-glsp/client';
import { LoadBar, MapNode, MatrixCell, MatrixHeader, MemberNode, PlatformIcon, TeamNode } from './model';
import { StyledEdgeView } from './views/edge-views';
import { TypedLabelView } from './views/label-view';
import { CURATION_STYLES, LINK_STYLES } from './views/edge-styles';
import { MatrixCellView, MatrixHeaderView } from './views/matrix-views';
import { LoadBarView, MapNodeView, MemberNodeView, PlatformIconView, TeamNodeView } from './views/node-views';
import { SeverityMarkerView } from './views/severity-marker-view';

/** Labels the user may rename in place (`applyLabelEdit` is a name). */
const EDITABLE_LABELS = ['label:name'];
const READ_ONLY_LABELS = ['label:handle', 'label:kind', 'label:note', 'label:function', 'label:hours'];

export const elementTypesModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);

        configureModelElement(context, 'node:website', MapNode, MapNodeView);
        configureModelElement(context, 'node:presence', MapNode, MapNodeView);
        configureModelElement(context, 'icon:platform', PlatformIcon, PlatformIconView);
        for (const style of LINK_STYLES) {
            configureModelElement(context, `edge:${style.kind}`, GEdge, StyledEdgeView);
        }

        configureModelElement(context, 'node:team', TeamNode, TeamNodeView);
        configureModelElement(context, 'comp:members', GCompartment, GCompartmentView);
        configureModelElement(context, 'node:member', MemberNode, MemberNodeView);
        configureModelElement(context, 'bar:load', LoadBar, LoadBarView);
        for (const style of CURATION_STYLES) {
            configureModelElement(context, `edge:${style.kind}`, GEdge, StyledEdgeView);
        }

        configureModelElement(context, 'matrix:member', MatrixHeader, MatrixHeaderView);
        configureModelElement(context, 'matrix:presence', MatrixHeader, MatrixHeaderView);
        configureModelElement(context, 'matrix:cell', MatrixCell, MatrixCellView);

        for (const type of EDITABLE_LABELS) {
            configureModelElement(context, type, GLabel, TypedLabelView, { enable: [editLabelFeature] });
        }
        for (const type of READ_ONLY_LABELS) {
            configureModelElement(context, type, GLabel, TypedLabelView);
        }
        overrideModelElement(context, DefaultTypes.ISSUE_MARKER, GIssueMarker, SeverityMarkerView);
    },
    { featureId: Symbol('socialmapElementTypes') }
);
