// Client-side classes of the GModel element types of docs/diagrams.md. The server's type hints then
// add or remove move, resize, delete and containment per type; these are the defaults before them.
import {
    Args,
    GChildElement,
    GLabel,
    GModelElement,
    GShapeElement,
    RectangularNode,
    EditableLabel,
    Nameable,
    WithEditableLabel,
    boundsFeature,
    fadeFeature,
    isEditableLabel,
    layoutableChildFeature,
    nameFeature,
    resizeFeature,
    selectFeature,
    withEditLabelFeature
} from '@eclipse-glsp/client';

/** Reads a string argument the server put on an element, '' when absent. */
export function stringArg(element: GModelElement, name: string): string {
    const value = (element as GModelElement & { args?: Args }).args?.[name];
    return value === undefined || value === null ? '' : String(value);
}

/** Reads a numeric argument, NaN when absent or not a number. */
export function numberArg(element: GModelElement, name: string): number {
    const value = (element as GModelElement & { args?: Args }).args?.[name];
    return typeof value === 'number' ? value : Number.parseFloat(String(value));
}

/** A node whose `label:name` child is its name: direct edit, the search palette and the side panel use it. */
export class NamedNode extends RectangularNode implements Nameable, WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...RectangularNode.DEFAULT_FEATURES, nameFeature, withEditLabelFeature, resizeFeature];
    args?: Args;

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === 'label:name');
        return label && isEditableLabel(label) ? label : undefined;
    }

    get name(): string {
        return this.editableLabel?.text ?? this.id;
    }
}

/** `node:website`, `node:presence`. */
export class MapNode extends NamedNode {}

/** `node:team`: a container of members (the server's type hints make it accept them). */
export class TeamNode extends NamedNode {}

/** Whether a team is drawn with its members: the server's `expanded` argument, true unless it says false. */
export function isExpanded(team: Readonly<TeamNode>): boolean {
    return team.args?.expanded !== false;
}

/** `node:member`: laid out by its team's `comp:members` compartment, like a label in a node. */
export class MemberNode extends NamedNode {
    static override readonly DEFAULT_FEATURES = [...NamedNode.DEFAULT_FEATURES, layoutableChildFeature];
}

/** `icon:platform`: laid out by the node's layout like a label, so it has a fixed size. */
export class PlatformIcon extends GShapeElement {
    static readonly DEFAULT_FEATURES = [boundsFeature, layoutableChildFeature, fadeFeature];
    args?: Args;
    override size = { width: 24, height: 24 };

    get platform(): string {
        return stringArg(this, 'platform');
    }
}

/** `bar:load`: a member's curated hours against their weekly hours. */
export class LoadBar extends GShapeElement {
    static readonly DEFAULT_FEATURES = [boundsFeature, layoutableChildFeature, fadeFeature];
    args?: Args;
    override size = { width: 120, height: 12 };

    get curatedHours(): number {
        return numberArg(this, 'curatedHours');
    }

    get weeklyHours(): number {
        return numberArg(this, 'weeklyHours');
    }
}

/** `matrix:member`, `matrix:presence`: headers placed by the server's grid; selectable, nothing more. */
export class MatrixHeader extends RectangularNode {
    static override readonly DEFAULT_FEATURES = [selectFeature, boundsFeature, fadeFeature, nameFeature];
    args?: Args;

    get name(): string {
        const label = this.children.find((child): child is GLabel => child instanceof GLabel);
        return label?.text ?? this.id;
    }
}

/** `matrix:cell`: a member's role on a presence and their affinity for its platform. */
export class MatrixCell extends RectangularNode {
    static override readonly DEFAULT_FEATURES = [selectFeature, boundsFeature, fadeFeature];
    args?: Args;

    get member(): string {
        return stringArg(this, 'member');
    }

    get presence(): string {
        return stringArg(this, 'presence');
    }

    get role(): string {
        return stringArg(this, 'role');
    }

    /** 0 to 3; 0 when the server sent none. */
    get affinity(): number {
        const affinity = numberArg(this, 'affinity');
        return Number.isFinite(affinity) ? Math.max(0, Math.min(3, Math.round(affinity))) : 0;
    }
}
