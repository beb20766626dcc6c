// Socialmap's own actions (docs/diagrams.md, "Operations"): the shapes the server reads and answers with.
import { Action, MessageAction, SetMarkersAction } from '@eclipse-glsp/client';

export type CurationRole = 'owner' | 'contributor' | 'backup' | '';
export const CURATION_ROLES: readonly Exclude<CurationRole, ''>[] = ['owner', 'contributor', 'backup'];

export interface SetCurationRoleAction extends Action {
    kind: 'setCurationRole';
    member: string;
    presence: string;
    role: CurationRole;
}

export interface RequestPropertiesAction extends Action {
    kind: 'requestProperties';
    elementId: string;
}

export type PropertyType = 'string' | 'text' | 'number' | 'enum' | 'boolean';
export type PropertyValue = string | number | boolean;

export interface PropertyChoice {
    value: string;
    label: string;
}

export interface Property {
    feature: string;
    label: string;
    type: PropertyType;
    value: PropertyValue | null;
    choices?: PropertyChoice[];
    readOnly: boolean;
}

export interface SetPropertiesAction extends Action {
    kind: 'setProperties';
    elementId: string;
    properties: Property[];
}

export interface SetPropertyAction extends Action {
    kind: 'setProperty';
    elementId: string;
    feature: string;
    value: PropertyValue;
}

export interface RequestQuickFixesAction extends Action {
    kind: 'requestQuickFixes';
    elementId: string;
}

export interface QuickFix {
    id: string;
    label: string;
}

export interface SetQuickFixesAction extends Action {
    kind: 'setQuickFixes';
    elementId: string;
    fixes: QuickFix[];
}

export interface ApplyQuickFixAction extends Action {
    kind: 'applyQuickFix';
    elementId: string;
    fixId: string;
}

export interface DiagramFilter {
    hiddenKinds: string[];
    /** A member id, or '' for every curator. */
    curator: string;
    hideClosed: boolean;
    findingsOnly: boolean;
}

export const NO_FILTER: DiagramFilter = { hiddenKinds: [], curator: '', hideClosed: false, findingsOnly: false };

export interface SetDiagramFilterAction extends Action, DiagramFilter {
    kind: 'setDiagramFilter';
}

export interface RequestFilterOptionsAction extends Action {
    kind: 'requestFilterOptions';
}

/** What the filter panel may offer, and the filter the layout file holds now. */
export interface SetFilterOptionsAction extends Action {
    kind: 'setFilterOptions';
    kinds: PropertyChoice[];
    curators: PropertyChoice[];
    filter: DiagramFilter;
}

export interface LayoutAllAction extends Action {
    kind: 'layoutAll';
    keepPinned: boolean;
}

export const SocialmapActions = {
    setCurationRole: (member: string, presence: string, role: CurationRole): SetCurationRoleAction => ({
        kind: 'setCurationRole',
        member,
        presence,
        role
    }),
    requestProperties: (elementId: string): RequestPropertiesAction => ({ kind: 'requestProperties', elementId }),
    setProperty: (elementId: string, feature: string, value: PropertyValue): SetPropertyAction => ({
        kind: 'setProperty',
        elementId,
        feature,
        value
    }),
    requestQuickFixes: (elementId: string): RequestQuickFixesAction => ({ kind: 'requestQuickFixes', elementId }),
    applyQuickFix: (elementId: string, fixId: string): ApplyQuickFixAction => ({ kind: 'applyQuickFix', elementId, fixId }),
    setDiagramFilter: (filter: DiagramFilter): SetDiagramFilterAction => ({ kind: 'setDiagramFilter', ...filter }),
    requestFilterOptions: (): RequestFilterOptionsAction => ({ kind: 'requestFilterOptions' }),
    layoutAll: (keepPinned: boolean): LayoutAllAction => ({ kind: 'layoutAll', keepPinned })
};

/** What the server sends that the page's panels show: answers to the requests above, findings, messages. */
export const SERVER_REPLY_KINDS = ['setProperties', 'setQuickFixes', 'setFilterOptions', SetMarkersAction.KIND, MessageAction.KIND] as const;
export type ServerReply = SetPropertiesAction | SetQuickFixesAction | SetFilterOptionsAction | SetMarkersAction | MessageAction;
