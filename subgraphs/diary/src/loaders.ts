import { byRange, groupLoader, KeptOwnRows, perRange, rangeKey, rangeLoader, recordLoader, type Peers } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DayKind, type Assignment, type CalendarDay, type DiaryPolicy } from './entities/index.js';
import { DiaryStore, type UsageRow } from './store/diary.store.js';
import type { ItemLabels } from './peers/catalogue.js';

/**
 * The calendar's exceptions and the policy's versions: a few rows that change a few times a year,
 * read by nearly every request (a staff dashboard asks the diary three times), kept in the process
 * under the diary's revision (migration 20261216090000).
 */
const keptRows = new KeptOwnRows('diary');

/**
 * Per-request loaders. Range loaders batch the people (or items) asked for with the same date
 * range into one query: a page of 200 people's diaries for a month is one statement.
 */
export function createLoaders(em: EntityManager, peers?: Peers) {
  const store = new DiaryStore(em);
  const kept = keptRows.forRequest(em, peers?.watched('diary'));
  let policies: Promise<readonly DiaryPolicy[]> | undefined;
  // The whole calendar (a few dozen rows a year), whatever ranges the request's fields look at:
  // a month's figures, its deadlines 45 days on, every exception.
  let calendar: Promise<readonly CalendarDay[]> | undefined;
  const wholeCalendar = () => (calendar ??= kept('calendar', () => store.wholeCalendar()));
  const calendarRows = perRange(async (from, to) => (await wholeCalendar()).filter((d) => d.day >= from && d.day <= to));
  return {
    store,
    entry: recordLoader(
      (ids: readonly string[]) => store.entriesByIds(ids),
      (e) => e.id,
    ),
    entries: rangeLoader(
      (ids, from, to) => store.entriesOf(ids, from, to),
      (e) => e.employeeId,
    ),
    leaves: rangeLoader(
      (ids, from, to) => store.leavesOf(ids, from, to),
      (l) => l.employeeId,
    ),
    usage: rangeLoader(
      (ids, from, to) => store.usage(ids, from, to, false),
      (u: UsageRow) => u.workItemId,
    ),
    assignment: recordLoader(
      (ids: readonly string[]) => store.assignmentsByIds(ids),
      (a) => a.id,
    ),
    assignmentEvents: groupLoader(
      (ids: readonly string[]) => store.assignmentEvents(ids),
      (e) => e.assignmentId,
    ),
    recorded: recordLoader(
      (ids: readonly string[]) => store.recordedOn(ids),
      (r) => r.assignmentId,
    ),
    assignmentsOf: assignmentsOfPeople(store),
    daysWithEntries: rangeLoader(
      (ids, from, to) => store.daysWithEntries(ids, from, to),
      (r) => r.employeeId,
    ),
    unitAssignments: assignmentsOfUnits(store),
    rangeKey,
    /** The owners' revisions this request reads (once each): what the diary keeps of their facts is used under them. */
    revisions: {} as { catalogue?: Promise<string>; directory?: Promise<string> },
    /** Work items' code, name and unit (resolvers/work-item.resolver.ts), made on first use. */
    itemLabels: undefined as DataLoader<string, ItemLabels | null> | undefined,
    /** The labels a list loaded ahead (resolvers/work-item.resolver.ts), answered without a promise. */
    itemLabelsReady: undefined as Map<string, ItemLabels> | undefined,
    policies: () => (policies ??= kept('policies', () => store.policies())),
    /** The calendar's rows from `from` to `to`, once per range per request. */
    calendarRows,
    /** Calendar exceptions from `from` to `to`, as a map day → kind; one query per range per request. */
    calendar: perRange(async (from, to) => new Map((await calendarRows(from, to)).map((d) => [d.day, d.kind as DayKind]))),
  };
}

/** A page of people's assignments (led or helped with), one statement; lists filter further. */
const assignmentsOfPeople = (store: DiaryStore) =>
  new DataLoader<string, Assignment[]>(async (ids) => {
    const rows = await store.assignmentsOf(ids, 20_000);
    return ids.map((id) => rows.filter((a) => a.leadId === id || a.coOperatorIds.includes(id)));
  });

/** Assignments due in a range of many units at once, one statement a range; an assignment counts for its division and its agency. */
const assignmentsOfUnits = (store: DiaryStore) =>
  new DataLoader<string, Assignment[]>(async (keys) => {
    const results = new Map<string, Assignment[]>();
    await Promise.all(
      [...byRange(keys)].map(async ([range, units]) => {
        const [from, to] = range.split('|') as [string, string];
        const rows = await store.assignmentsOfUnits(units, from, to);
        for (const unit of units)
          results.set(
            rangeKey(unit, from, to),
            rows.filter((a) => a.divisionId === unit || a.agencyId === unit),
          );
      }),
    );
    return keys.map((key) => results.get(key) ?? []);
  });

export type DiaryLoaders = ReturnType<typeof createLoaders>;
export { groupLoader };
