export * from './enums.js';
export { DiaryEntry, earnedMinutesOf, workPointsOf, type DiaryEntryRow } from './diary-entry.entity.js';
export { CalendarDay, Leave } from './calendar.entity.js';
export { DiaryPolicy, PeriodReopening, WorkItemMapping, DiaryAudit } from './policy.entity.js';
export { Employee, WorkItem, Agency } from './references.js';
export { Assignment, AssignmentEvent } from './assignment.entity.js';

import { Assignment, AssignmentEvent } from './assignment.entity.js';
import { CalendarDay, Leave } from './calendar.entity.js';
import { DiaryEntry } from './diary-entry.entity.js';
import { DiaryAudit, DiaryPolicy, PeriodReopening, WorkItemMapping } from './policy.entity.js';
export const entities = [
  DiaryEntry,
  CalendarDay,
  Leave,
  DiaryPolicy,
  PeriodReopening,
  WorkItemMapping,
  DiaryAudit,
  Assignment,
  AssignmentEvent,
];
