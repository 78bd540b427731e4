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
