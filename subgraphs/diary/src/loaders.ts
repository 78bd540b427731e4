import { groupLoader, recordLoader } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DayKind, type Assignment, type DiaryPolicy } from './entities/index.js';
import { DiaryStore, type UsageRow } from './store/diary.store.js';

const rangeKey = (id: string, from: string, to: string) => `${id}|${from}|${to}`;

/**
 * Per-request loaders. Range loaders batch the people (or items) asked for with the same date
 * range into one query: a page of 200 people's diaries for a month is one statement.
 */
export function createLoaders(em: EntityManager) {
  const store = new DiaryStore(em);
  const byRange = <T>(fetch: (ids: string[], from: string, to: string) => Promise<T[]>, idOf: (row: T) => string) =>
    new DataLoader<string, T[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const key of keys) {
        const [id, from, to] = key.split('|') as [string, string, string];
        groups.set(`${from}|${to}`, [...(groups.get(`${from}|${to}`) ?? []), id]);
      }
      const results = new Map<string, T[]>();
      await Promise.all(
        [...groups].map(async ([range, ids]) => {
          const [from, to] = range.split('|') as [string, string];
          for (const row of await fetch(ids, from, to)) {
            const key = rangeKey(idOf(row), from, to);
            results.set(key, [...(results.get(key) ?? []), row]);
          }
        }),
      );
      return keys.map((key) => results.get(key) ?? []);
    });
  let policies: Promise<DiaryPolicy[]> | undefined;
  const calendars = new Map<string, Promise<Map<string, DayKind>>>();
  const calendarRows = new Map<string, ReturnType<DiaryStore['calendar']>>();
  return {
    store,
    entry: recordLoader(
      (ids: readonly string[]) => store.entriesByIds(ids),
      (e) => e.id,
    ),
    entries: byRange(
      (ids, from, to) => store.entriesOf(ids, from, to),
      (e) => e.employeeId,
    ),
    leaves: byRange(
      (ids, from, to) => store.leavesOf(ids, from, to),
      (l) => l.employeeId,
    ),
    usage: byRange(
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
    /** A page of people's assignments (led or helped with), one statement; lists filter further. */
    assignmentsOf: new DataLoader<string, Assignment[]>(async (ids) => {
      const rows = await store.assignmentsOf(ids, { limit: 20_000 });
      return ids.map((id) => rows.filter((a) => a.leadId === id || a.coOperatorIds.includes(id)));
    }),
    daysWithEntries: byRange(
      (ids, from, to) => store.daysWithEntries(ids, from, to),
      (r) => r.employeeId,
    ),
    /** Assignments due in a range of many units at once; an assignment counts for its division and its agency. */
    unitAssignments: new DataLoader<string, Assignment[]>(async (keys) => {
      const groups = Map.groupBy(keys, (key) => key.slice(key.indexOf('|') + 1));
      const results = new Map<string, Assignment[]>();
      await Promise.all(
        [...groups].map(async ([range, group]) => {
          const [from, to] = range.split('|') as [string, string];
          const units = group.map((key) => key.split('|')[0]!);
          const rows = await store.assignmentsOfUnits(units, from, to);
          for (const unit of units)
            results.set(
              rangeKey(unit, from, to),
              rows.filter((a) => a.divisionId === unit || a.agencyId === unit),
            );
        }),
      );
      return keys.map((key) => results.get(key) ?? []);
    }),
    rangeKey,
    policies: () => (policies ??= store.policies()),
    /** The calendar's rows from `from` to `to`, once per range per request. */
    calendarRows(from: string, to: string) {
      const key = `${from}|${to}`;
      if (!calendarRows.has(key)) calendarRows.set(key, store.calendar(from, to));
      return calendarRows.get(key)!;
    },
    /** Calendar exceptions from `from` to `to`, as a map day → kind; one query per range per request. */
    calendar(from: string, to: string) {
      const key = `${from}|${to}`;
      if (!calendars.has(key))
        calendars.set(
          key,
          store.calendar(from, to).then((days) => new Map(days.map((d) => [d.day, d.kind]))),
        );
      return calendars.get(key)!;
    },
  };
}

export type DiaryLoaders = ReturnType<typeof createLoaders>;
export { groupLoader };
