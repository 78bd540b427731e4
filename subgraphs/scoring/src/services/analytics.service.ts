import { badInput, forbidden, round } from '@kpi/platform';
import type { PositionCategory } from '../entities/index.js';
import {
  AgencyDiaryDiscipline,
  AgencyScoreGroup,
  AnomalyKind,
  CatalogueUsageReport,
  CategoryScoreGroup,
  PositionStaffingNeed,
  ProvinceOverview,
  ScoreDistribution,
  ScoreGroup,
  ScoreTrendPoint,
  ScoringAnomaly,
  WorkItemPeriodUsage,
} from './analytics.types.js';
import {
  ANALYTICS_POLICY as POLICY,
  canReadProvinceAnalytics,
  discipline,
  highOutliers,
  histogram,
  previousPeriodCode,
  ratio,
  staffingEstimate,
} from '../rules/analytics.js';
import { periodRange } from '../rules/periods.js';
import type { GroupDimension, ItemUsageRow, SegmentGroupRow } from '../store/analytics.store.js';
import type { ScoringContext } from './context.js';
import { figure, figure1, said } from '../messages.js';

const roundOrNull = (n: number | null, digits = 2) => (n === null ? null : round(n, digits));
const hours = (minutes: number) => figure1(minutes / 60);
/** Highest first, nulls last, then by key: a stable order for equal figures. */
const byDesc =
  <T>(figure: (t: T) => number | null, key: (t: T) => string | null) =>
  (a: T, b: T) => {
    const [x, y] = [figure(a), figure(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
    return (key(a) ?? '').localeCompare(key(b) ?? '');
  };

function assertReads(ctx: ScoringContext) {
  if (!canReadProvinceAnalytics(ctx.identity)) throw forbidden(said.provinceAnalytics());
}

function assertBetween(field: string, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, said.wholeNumber({ field, min, max }));
}

/** The overview of a period, or null while it has no stored scores (a province admin computes or closes it first). */
export async function provinceOverview(ctx: ScoringContext, code: string): Promise<ProvinceOverview | null> {
  assertReads(ctx);
  const range = periodRange(code);
  const period = await ctx.loaders.period.load(range.code);
  return period ? Object.assign(new ProvinceOverview(), { period }) : null;
}

export async function distribution(ctx: ScoringContext, overview: ProvinceOverview): Promise<ScoreDistribution> {
  const d = await ctx.loaders.analytics.distribution(overview.period.id);
  return {
    people: d.people,
    scored: d.scored,
    meanScore: roundOrNull(d.meanScore),
    levels: { excellent: d.excellent, good: d.good, completed: d.completed, notCompleted: d.notCompleted },
    histogram: histogram(d.points),
  };
}

async function groupsOf(ctx: ScoringContext, overview: ProvinceOverview, dimension: GroupDimension) {
  const rows = await ctx.loaders.analyticsGroups.load(overview.period.id);
  return rows.filter((r) => r.dimension === dimension);
}

const scoreGroup = (r: SegmentGroupRow): ScoreGroup => ({
  key: r.key,
  headcount: r.headcount,
  people: round(r.people),
  scored: round(r.scored),
  meanScore: roundOrNull(r.meanScore),
  levels: {
    excellent: round(r.excellent),
    good: round(r.good),
    completed: round(r.completed),
    notCompleted: round(r.notCompleted),
  },
});
const byMeanScore = byDesc<ScoreGroup>(
  (g) => g.meanScore,
  (g) => g.key,
);

/** Agencies, sectors or position categories, the highest mean score first. */
export async function byAgency(ctx: ScoringContext, overview: ProvinceOverview): Promise<AgencyScoreGroup[]> {
  return (await groupsOf(ctx, overview, 'agency')).map((r) => ({ ...scoreGroup(r), agency: { id: r.key! } })).sort(byMeanScore);
}

export async function bySector(ctx: ScoringContext, overview: ProvinceOverview): Promise<ScoreGroup[]> {
  return (await groupsOf(ctx, overview, 'sector')).map(scoreGroup).sort(byMeanScore);
}

export async function byCategory(ctx: ScoringContext, overview: ProvinceOverview): Promise<CategoryScoreGroup[]> {
  return (await groupsOf(ctx, overview, 'category'))
    .map((r) => ({ ...scoreGroup(r), category: r.key as PositionCategory | null }))
    .sort(byMeanScore);
}

/** The period and the `months − 1` before it (of the same kind) that have stored scores, oldest first. */
export async function trend(ctx: ScoringContext, overview: ProvinceOverview, months: number): Promise<ScoreTrendPoint[]> {
  assertBetween('months', months, 1, 36);
  const rows = await ctx.loaders.analytics.trend(overview.period.kind, overview.period.fromDate, months);
  return rows.map((r) => ({
    period: r.code,
    people: r.people,
    scored: r.scored,
    meanScore: roundOrNull(r.meanScore),
    notCompletedShare: ratio(r.notCompleted, r.people),
    declaredHoursPerWorkingDay: r.availableDays > 0 ? round(r.approvedActualMinutes / r.availableDays / 60) : null,
  }));
}

/** Per agency, the highest missing-diary rate first. */
export async function diaryDiscipline(ctx: ScoringContext, overview: ProvinceOverview): Promise<AgencyDiaryDiscipline[]> {
  return (await groupsOf(ctx, overview, 'agency'))
    .map((r) => {
      const d = discipline(r);
      return {
        agency: { id: r.key! },
        headcount: r.headcount,
        availableDays: d.availableDays,
        declaredDays: r.declaredDays,
        missingDiaryRate: d.missingDiaryRate,
        daysOverStandard: r.daysOverStandard,
        overStandardDayShare: d.overStandardDayShare,
        entries: r.entries,
        lateDeclarations: r.lateDeclarations,
        lateDeclarationShare: d.lateDeclarationShare,
        farAboveStandardEntries: r.farAboveStandardEntries,
      };
    })
    .sort(
      byDesc(
        (d) => d.missingDiaryRate,
        (d) => d.agency.id,
      ),
    );
}

/** Agencies whose mean approved minutes per declared day stand out (robust z over the agencies with enough declared days). */
function agencyHighHours(rows: SegmentGroupRow[], first: number): ScoringAnomaly[] {
  const judged = rows.filter((r) => r.declaredDays >= POLICY.agencyMinDeclaredDays);
  const { median, outliers } = highOutliers(judged, (r) => r.approvedActualMinutes / r.declaredDays);
  return outliers.slice(0, first).map((o, i) => ({
    kind: AnomalyKind.AGENCY_HIGH_HOURS,
    agency: { id: o.item.key! },
    employee: null,
    figure: round(o.value, 1),
    baseline: roundOrNull(median, 1),
    measure: said.measureAgencyHours(),
    message: said.agencyHighHours({
      hours: hours(o.value),
      median: hours(median!),
      z: figure1(o.z),
      threshold: figure(POLICY.robustZThreshold),
      agencies: figure(judged.length),
    }),
    rank: i + 1,
    found: outliers.length,
  }));
}

/** The three kinds of flags, at most `first` of each, the largest first: three statements (one shared with byAgency). */
export async function anomalies(ctx: ScoringContext, overview: ProvinceOverview, first: number): Promise<ScoringAnomaly[]> {
  assertBetween('first', first, 1, 500);
  const { id, code } = overview.period;
  const previous = previousPeriodCode(code);
  const [groups, claims, jumps] = await Promise.all([
    groupsOf(ctx, overview, 'agency'),
    ctx.loaders.analytics.claimsAboveStandard(id, POLICY.claimsRatioThreshold, POLICY.claimsMinApprovedEntries, first),
    ctx.loaders.analytics.jumps(id, previous, POLICY.suddenJumpPoints, first),
  ]);
  return [
    ...agencyHighHours(groups, first),
    ...claims.map((c, i) => ({
      kind: AnomalyKind.CLAIMS_FAR_ABOVE_STANDARD,
      agency: { id: c.agencyId },
      employee: { id: c.employeeId },
      figure: round(c.ratio),
      baseline: roundOrNull(c.baseline),
      measure: said.measureClaims(),
      message: said.claimsFarAboveStandard({
        ratio: figure(round(c.ratio)),
        actual: figure(Math.round(c.actualMinutes)),
        standard: figure(Math.round(c.standardMinutes)),
        entries: figure(c.approvedEntries),
        baseline: c.baseline === null ? '—' : figure(round(c.baseline)),
      }),
      rank: i + 1,
      found: c.found,
    })),
    ...jumps.map((j, i) => ({
      kind: AnomalyKind.SUDDEN_JUMP,
      agency: { id: j.agencyId },
      employee: { id: j.employeeId },
      figure: round(j.change),
      baseline: roundOrNull(j.meanChange),
      measure: said.measureJump(),
      message: said.suddenJump({
        previous: figure(round(j.previous)),
        previousPeriod: previous,
        score: figure(round(j.score)),
        period: code,
        change: `${j.change > 0 ? '+' : ''}${figure(round(j.change))}`,
        meanChange: j.meanChange === null ? '—' : figure(round(j.meanChange)),
      }),
      rank: i + 1,
      found: j.found,
    })),
  ];
}

const usage = (r: ItemUsageRow): WorkItemPeriodUsage => ({
  workItem: { id: r.workItemId },
  entries: r.entries,
  people: r.people,
  quantity: round(r.quantity),
  actualMinutes: round(r.actualMinutes),
  standardMinutes: round(r.standardMinutes),
  actualToStandard: ratio(r.actualMinutes, r.standardMinutes, 2),
});

/** The `first` most and least used work items of the period (one statement whatever `first`). */
export async function catalogueUsage(ctx: ScoringContext, overview: ProvinceOverview, first: number): Promise<CatalogueUsageReport> {
  assertBetween('first', first, 1, 500);
  const rows = await ctx.loaders.analytics.itemUsage(overview.period.id, first);
  return {
    itemsUsed: rows[0]?.used ?? 0,
    mostUsed: rows
      .filter((r) => r.top <= first)
      .sort((a, b) => a.top - b.top)
      .map(usage),
    leastUsed: rows
      .filter((r) => r.bottom <= first)
      .sort((a, b) => a.bottom - b.bottom)
      .map(usage),
  };
}

/** Per job position (of one agency, or the province): measured workload against capacity, the largest gap first. */
export async function staffingNeeds(
  ctx: ScoringContext,
  overview: ProvinceOverview,
  agencyId: string | null,
): Promise<PositionStaffingNeed[]> {
  const rows = await ctx.loaders.analytics.positions(overview.period.id, agencyId);
  return rows
    .map((r) => ({
      position: { id: r.positionId },
      agency: { id: r.agencyId },
      headcount: r.headcount,
      holders: round(r.holders),
      workloadMinutes: round(r.workloadMinutes),
      capacityMinutes: round(r.capacityMinutes),
      ...staffingEstimate(r),
    }))
    .sort(
      byDesc(
        (n) => n.gap,
        (n) => n.position.id,
      ),
    );
}
