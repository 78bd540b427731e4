import { InitialDiary } from './20261125200000-initial.js';
import { Assignments } from './20261125210000-assignments.js';
import { AuditScope } from './20261126090000-audit-scope.js';
import { PolicyRecordedAt } from './20261203230000-policy-recorded-at.js';
import { DayIndexes } from './20261204090000-day-indexes.js';
import { EntriesByMonth } from './20261204120000-entries-by-month.js';
import { CoOperatorsIndex } from './20261205090000-co-operators-index.js';
import { DiaryJobs } from './20261206100000-jobs.js';
import { ImportedAssignments } from './20261206110000-imported-assignments.js';
import { DiaryJobLanguage } from './20261208000000-job-language.js';
import { Notifications } from './20261208100000-notifications.js';
import { EntryFacts } from './20261209140000-entry-facts.js';
import { DiaryRevision } from './20261216090000-revision.js';
import { PersonDayLookups } from './20261217090000-person-day-lookups.js';
import { WaitingByDivision } from './20261217100000-waiting-by-division.js';
import { UnchangedDays } from './20261218090000-unchanged-days.js';
import { PackedItemGroups } from './20261219100000-packed-item-groups.js';
import { DayStamps } from './20261221090000-day-stamps.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [
  { name: '20261125200000-initial', class: InitialDiary },
  { name: '20261125210000-assignments', class: Assignments },
  { name: '20261126090000-audit-scope', class: AuditScope },
  { name: '20261203230000-policy-recorded-at', class: PolicyRecordedAt },
  { name: '20261204090000-day-indexes', class: DayIndexes },
  { name: '20261204120000-entries-by-month', class: EntriesByMonth },
  { name: '20261205090000-co-operators-index', class: CoOperatorsIndex },
  { name: '20261206100000-jobs', class: DiaryJobs },
  { name: '20261206110000-imported-assignments', class: ImportedAssignments },
  { name: '20261208000000-job-language', class: DiaryJobLanguage },
  { name: '20261208100000-notifications', class: Notifications },
  { name: '20261209140000-entry-facts', class: EntryFacts },
  { name: '20261216090000-revision', class: DiaryRevision },
  { name: '20261217090000-person-day-lookups', class: PersonDayLookups },
  { name: '20261217100000-waiting-by-division', class: WaitingByDivision },
  { name: '20261218090000-unchanged-days', class: UnchangedDays },
  { name: '20261219100000-packed-item-groups', class: PackedItemGroups },
  { name: '20261221090000-day-stamps', class: DayStamps },
];
