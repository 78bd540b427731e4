import { DomainError, forbidden, isUuid } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { limit, said } from '../messages.js';
import { readsWorkFacts } from '../rules/access.js';
import { workFactsOfRange, type WorkFactLine } from '../rules/work-facts.js';
import type { FactsRange } from '../store/education.store.js';
import type { EducationContext } from './context.js';

/** The contract's bound on one call (schema/contracts/scoring-facts.graphql: scoring asks 2,000 at a time). */
export const MAX_FACT_RANGES = 5000;
const MAX_RANGE_DAYS = 366;

export interface WorkFacts extends FactsRange {
  workPoints: number;
  lines: WorkFactLine[];
}

function assertRanges(ranges: readonly FactsRange[]) {
  if (ranges.length === 0 || ranges.length > MAX_FACT_RANGES)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangesPerCall({ max: limit(MAX_FACT_RANGES) }), { field: 'ranges' });
  ranges.forEach((range, i) => {
    if (!isUuid(range.employeeId))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeEmployee({ index: i }), { field: `ranges.${i}.employeeId` });
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
    // The dates are real days (the LocalDate scalar checked them); their order and span are checked here.
    if (days < 0 || days >= MAX_RANGE_DAYS)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeDays({ index: i, max: limit(MAX_RANGE_DAYS) }), {
        field: `ranges.${i}`,
      });
  });
}

/**
 * The scoring-facts contract: each range's teaching turned into work points by education's own
 * rule (rules/work-facts.ts), for the graph's own services. One statement for the periods of every
 * range, one each for the roster, the schools and the duties; people on no roster get zero.
 */
export async function workFacts(ctx: EducationContext, ranges: readonly FactsRange[]): Promise<WorkFacts[]> {
  if (!readsWorkFacts(ctx.identity)) throw forbidden(said.workFacts());
  assertRanges(ranges);
  const store = ctx.loaders.store;
  const ids = [...new Set(ranges.map((r) => r.employeeId))];
  const [teachers, terms, norms, kinds, taught] = await Promise.all([
    store.teachers(ids),
    ctx.loaders.terms(),
    ctx.loaders.norms(),
    ctx.loaders.dutyKinds(),
    store.taughtInRanges(ranges),
  ]);
  const teacherOf = new Map(teachers.map((t) => [t.employeeId, t]));
  const schools = new Map((await store.schools([...new Set(teachers.map((t) => t.schoolAgencyId))])).map((s) => [s.agencyId, s]));
  const overlapping = terms.filter((t) => ranges.some((r) => t.startsOn <= r.to && r.from <= t.endsOn));
  const duties = Map.groupBy(
    await store.duties(
      teachers.map((t) => t.employeeId),
      overlapping.map((t) => t.code),
    ),
    (d) => d.teacherId,
  );
  return ranges.map((range, i) => {
    const teacher = teacherOf.get(range.employeeId);
    const echo = { employeeId: range.employeeId, from: range.from, to: range.to };
    if (!teacher) return { ...echo, workPoints: 0, lines: [] };
    const counts = taught.get(i + 1) ?? { taught: 0, substitutions: 0 };
    return {
      ...echo,
      ...workFactsOfRange({
        from: range.from,
        to: range.to,
        school: schools.get(teacher.schoolAgencyId)!,
        role: teacher.role,
        norms,
        kinds,
        terms: overlapping,
        taught: counts.taught,
        substitutions: counts.substitutions,
        duties: duties.get(teacher.employeeId) ?? [],
      }),
    };
  });
}
