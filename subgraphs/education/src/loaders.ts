import { recordLoader } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { DutyKindRow, NormRow, TermRow } from './rules/load.js';
import { EducationStore } from './store/education.store.js';

/**
 * Per-request loaders: a page of 500 teachers' loads for a term is a handful of statements (the
 * roster, the schools, the counts, the timetable, the duties), not five per teacher.
 */
export function createLoaders(em: EntityManager) {
  const store = new EducationStore(em);
  let terms: Promise<TermRow[]> | undefined;
  let norms: Promise<NormRow[]> | undefined;
  let kinds: Promise<DutyKindRow[]> | undefined;
  /** Keys `termCode|teacherId`: batched per term. */
  const perTerm = <T>(fetch: (ids: string[], termCode: string) => Promise<Map<string, T>>, empty: T) =>
    new DataLoader<string, T>(async (keys) => {
      const byTerm = Map.groupBy(keys, (key) => key.split('|')[0]!);
      const found = new Map<string, T>();
      for (const [termCode, termKeys] of byTerm) {
        const answers = await fetch(
          termKeys.map((key) => key.split('|')[1]!),
          termCode,
        );
        for (const [teacherId, value] of answers) found.set(`${termCode}|${teacherId}`, value);
      }
      return keys.map((key) => found.get(key) ?? empty);
    });
  const termOf = async (code: string) => (await (terms ??= store.terms())).find((t) => t.code === code) ?? null;
  return {
    store,
    teacher: recordLoader(
      (ids: readonly string[]) => store.teachers(ids),
      (t) => t.employeeId,
    ),
    school: recordLoader(
      (ids: readonly string[]) => store.schools(ids),
      (s) => s.agencyId,
    ),
    terms: () => (terms ??= store.terms()),
    termOf,
    norms: () => (norms ??= store.norms()),
    dutyKinds: () => (kinds ??= store.dutyKinds()),
    taught: perTerm(
      async (ids, termCode) => {
        const term = (await termOf(termCode))!;
        const rows = await store.taughtCounts(ids, term.startsOn, term.endsOn);
        return new Map(rows.map((r) => [r.teacherId, { taught: r.taught, substitutions: r.substitutions }]));
      },
      { taught: 0, substitutions: 0 },
    ),
    timetabled: perTerm(async (ids, termCode) => {
      const rows = await store.timetabled(ids, termCode);
      return new Map(rows.map((r) => [r.teacherId, r.perWeek]));
    }, 0),
    duties: perTerm(async (ids, termCode) => {
      const rows = await store.duties(ids, [termCode]);
      return Map.groupBy(rows, (r) => r.teacherId);
    }, []),
    teachersOfSchool: new DataLoader<string, Awaited<ReturnType<EducationStore['teachersOfSchools']>>>(async (schoolIds) => {
      const rows = await store.teachersOfSchools(schoolIds);
      const bySchool = Map.groupBy(rows, (t) => t.schoolAgencyId);
      return schoolIds.map((id) => bySchool.get(id) ?? []);
    }),
  };
}

export type EducationLoaders = ReturnType<typeof createLoaders>;
