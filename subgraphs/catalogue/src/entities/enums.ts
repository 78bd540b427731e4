import { registerEnumType } from 'type-graphql';

export enum WorkItemGroup {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(WorkItemGroup, {
  name: 'WorkItemGroup',
  description: 'Khanh Hoa’s four groups of work items',
  valuesConfig: {
    A: { description: 'Tied to leadership and management posts; every leadership position performs them' },
    B: { description: 'The province-wide shared professional list, owned by the province' },
    C: { description: 'An agency’s own list, approved by its head, owned by the agency' },
    D: { description: 'Other work: a sector’s professional items, owned by the sector’s department' },
  },
});

export enum UnitOfMeasure {
  DOCUMENT = 'DOCUMENT',
  DOSSIER = 'DOSSIER',
  REPORT = 'REPORT',
  MEETING = 'MEETING',
  INSPECTION = 'INSPECTION',
  SESSION = 'SESSION',
  CASE = 'CASE',
  VISIT = 'VISIT',
  EVENT = 'EVENT',
  PLAN = 'PLAN',
  CONTRACT = 'CONTRACT',
  DAY = 'DAY',
  ITEM = 'ITEM',
}
registerEnumType(UnitOfMeasure, { name: 'UnitOfMeasure', description: 'What one counted unit of a work item is' });

export enum WorkItemStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}
registerEnumType(WorkItemStatus, { name: 'WorkItemStatus' });

/**
 * Whether a version is in force. Group C versions (an agency's own list) wait for the head of the
 * agency; every other version is approved when it is recorded.
 */
export enum VersionApproval {
  APPROVED = 'APPROVED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(VersionApproval, {
  name: 'WorkItemVersionApproval',
  description: 'Whether a version is in force: an agency’s own items (group C) wait for the head of the agency',
  valuesConfig: {
    APPROVED: { description: 'In force from its date: what diary entries of those dates earn' },
    PENDING: { description: 'Waiting for the head of the owning agency; not in force, not loggable' },
    REJECTED: { description: 'Refused by the head; kept for the record, never in force' },
    WITHDRAWN: { description: 'Replaced by a newer proposal before a decision, or dropped when the item was retired' },
  },
});

/** The four job-position categories, as personnel defines them. */
export enum PositionCategory {
  LEADERSHIP = 'LEADERSHIP',
  PROFESSIONAL = 'PROFESSIONAL',
  SHARED_PROFESSIONAL = 'SHARED_PROFESSIONAL',
  SUPPORT = 'SUPPORT',
}
registerEnumType(PositionCategory, { name: 'PositionCategory', description: 'The four categories of job positions (vị trí việc làm)' });

export enum ChangeKind {
  ADD = 'ADD',
  CHANGE = 'CHANGE',
  RETIRE = 'RETIRE',
}
registerEnumType(ChangeKind, { name: 'CatalogueChangeKind' });

export enum ChangeStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ChangeStatus, { name: 'CatalogueChangeStatus' });
