import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PARTNER } from '@kpi/platform';
import { JobPosition, WorkItem } from '../entities/analytics.references.js';
import { Agency, Employee, PositionCategory, ScoringPeriod } from '../entities/index.js';
import { ANALYTICS_POLICY as POLICY } from '../rules/analytics.js';

@ObjectType({
  description:
    'Province analytics of a period, from its stored scores (after computeScoringPeriod or closeScoringPeriod). Each field ' +
    'is computed only when asked for. A person’s stretches count where the person worked then, each by its share of the ' +
    'person’s available days (see docs/analytics.md).',
})
export class ProvinceOverview {
  @Directive(PARTNER)
  @Field(() => ScoringPeriod, { description: 'The period, with when its scores were computed and whether they are frozen' })
  period: ScoringPeriod;
}

@Directive(PARTNER)
@ObjectType({ description: 'How many people at each level' })
export class ScoreLevelCounts {
  @Field(() => Int) excellent: number;
  @Field(() => Int) good: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) notCompleted: number;
}

@ObjectType({ description: 'People-equivalents at each level (a transferred person is split between groups by available days)' })
export class ScoreLevelShares {
  @Field(() => Float) excellent: number;
  @Field(() => Float) good: number;
  @Field(() => Float) completed: number;
  @Field(() => Float) notCompleted: number;
}

@Directive(PARTNER)
@ObjectType({ description: 'Scores from `from` (included) to `to` (excluded; the last bucket includes 100)' })
export class ScoreHistogramBucket {
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
  @Field(() => Int) people: number;
}

@Directive(PARTNER)
@ObjectType({ description: 'The province’s stored scores for a period: levels, the mean, and a histogram in 10-point buckets' })
export class ScoreDistribution {
  @Field(() => Int, { description: 'People with a stored score row (scored or not)' }) people: number;
  @Field(() => Int, { description: 'People with a score (no data at all leaves it empty; the level is then NOT_COMPLETED)' })
  scored: number;
  @Field(() => Float, { nullable: true }) meanScore: number | null;
  @Field(() => ScoreLevelCounts) levels: ScoreLevelCounts;
  @Field(() => [ScoreHistogramBucket], { description: 'Every bucket from 0 to 100, empty ones included' })
  histogram: ScoreHistogramBucket[];
}

@ObjectType({
  description:
    'Scores of a group of people (a sector, a position category; an agency): people as people-equivalents — each stretch ' +
    'counts by its share of the person’s available days — and the mean score and levels weighted by the same shares',
})
export class ScoreGroup {
  @Field(() => String, {
    nullable: true,
    description: 'Agency id, sector code or position category; null: no sector standard / no position',
  })
  key: string | null;
  @Field(() => Int, { description: 'People with at least one stretch in the group' }) headcount: number;
  @Field(() => Float, { description: 'People-equivalents: Σ of each stretch’s share of its person’s available days' }) people: number;
  @Field(() => Float, { description: 'People-equivalents with a score' }) scored: number;
  @Field(() => Float, { nullable: true, description: 'Σ share × score ÷ Σ share, over those with a score' }) meanScore: number | null;
  @Field(() => ScoreLevelShares) levels: ScoreLevelShares;
}

@ObjectType({ description: 'An agency’s people and scores in a period: the stretches worked in it' })
export class AgencyScoreGroup extends ScoreGroup {
  @Field(() => Agency) agency: Agency;
}

@ObjectType({ description: 'A position category’s people and scores in a period' })
export class CategoryScoreGroup extends ScoreGroup {
  @Field(() => PositionCategory, { nullable: true, description: 'Null: stretches without a job position' })
  category: PositionCategory | null;
}

@ObjectType({ description: 'One period of a trend, from its stored scores' })
export class ScoreTrendPoint {
  @Field({ description: 'The period’s code, e.g. 2026-10' }) period: string;
  @Field(() => Int) people: number;
  @Field(() => Int) scored: number;
  @Field(() => Float, { nullable: true }) meanScore: number | null;
  @Field(() => Float, { nullable: true, description: 'People not completed ÷ people' }) notCompletedShare: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Σ approved actual minutes ÷ Σ (working days − leave days) ÷ 60: the mean declared hours per available working day',
  })
  declaredHoursPerWorkingDay: number | null;
}

@ObjectType({ description: 'An agency’s diary discipline in a period, from the facts of the stretches worked in it' })
export class AgencyDiaryDiscipline {
  @Field(() => Agency) agency: Agency;
  @Field(() => Int) headcount: number;
  @Field(() => Int, { description: 'Σ (working days − leave days)' }) availableDays: number;
  @Field(() => Int, { description: 'Σ working days not on leave with at least one entry' }) declaredDays: number;
  @Field(() => Float, { nullable: true, description: '1 − declared days ÷ available days' }) missingDiaryRate: number | null;
  @Field(() => Int, { description: 'Σ days whose recorded time passed the standard day (the OVER_STANDARD_DAY warning)' })
  daysOverStandard: number;
  @Field(() => Float, { nullable: true, description: 'Days over the standard day ÷ declared days' }) overStandardDayShare: number | null;
  @Field(() => Int) entries: number;
  @Field(() => Int) lateDeclarations: number;
  @Field(() => Float, { nullable: true, description: 'Entries declared late ÷ entries' }) lateDeclarationShare: number | null;
  @Field(() => Int, { description: 'Entries with the FAR_ABOVE_STANDARD warning' }) farAboveStandardEntries: number;
}

export enum AnomalyKind {
  AGENCY_HIGH_HOURS = 'AGENCY_HIGH_HOURS',
  CLAIMS_FAR_ABOVE_STANDARD = 'CLAIMS_FAR_ABOVE_STANDARD',
  SUDDEN_JUMP = 'SUDDEN_JUMP',
}
registerEnumType(AnomalyKind, {
  name: 'ScoringAnomalyKind',
  valuesConfig: {
    AGENCY_HIGH_HOURS: {
      description: `An agency’s mean approved minutes per declared day stands out: robust z (median, MAD) above ${POLICY.robustZThreshold}`,
    },
    CLAIMS_FAR_ABOVE_STANDARD: {
      description:
        `A person’s approved actual minutes exceed ${POLICY.claimsRatioThreshold} × the standard minutes of that work ` +
        `(at least ${POLICY.claimsMinApprovedEntries} approved entries)`,
    },
    SUDDEN_JUMP: {
      description: `A person’s score moved by ${POLICY.suddenJumpPoints} points or more against the previous period’s stored score`,
    },
  },
});

@ObjectType({ description: 'Something to look at: an outlier, not a verdict' })
export class ScoringAnomaly {
  @Field(() => AnomalyKind) kind: AnomalyKind;
  @Field(() => Agency, { nullable: true, description: 'The agency flagged, or the person’s agency (where they worked longest)' })
  agency: Agency | null;
  @Field(() => Employee, { nullable: true, description: 'The person flagged (not for agency flags)' }) employee: Employee | null;
  @Field(() => Float, { description: 'The flagged figure, in `measure`' }) figure: number;
  @Field(() => Float, { nullable: true, description: 'The province’s figure to compare with, in the same measure' }) baseline:
    number | null;
  @Field({ description: 'What figure and baseline measure' }) measure: string;
  @Field() message: string;
  @Field(() => Int, { description: '1 for the largest of its kind' }) rank: number;
  @Field(() => Int, { description: 'How many flags of this kind the period has (the list shows the largest)' }) found: number;
}

@ObjectType({ description: 'A work item’s use in a period: approved entries, from the stored scores’ facts, across its versions' })
export class WorkItemPeriodUsage {
  @Field(() => WorkItem) workItem: WorkItem;
  @Field(() => Int) entries: number;
  @Field(() => Int) people: number;
  @Field(() => Float) quantity: number;
  @Field(() => Float) actualMinutes: number;
  @Field(() => Float, { description: 'Σ quantity × standard minutes' }) standardMinutes: number;
  @Field(() => Float, { nullable: true, description: 'Actual ÷ standard minutes: above 1 the work takes longer than its standard' })
  actualToStandard: number | null;
}

@ObjectType({ description: 'The catalogue as used in a period' })
export class CatalogueUsageReport {
  @Field(() => Int, { description: 'Items with at least one approved entry' }) itemsUsed: number;
  @Field(() => [WorkItemPeriodUsage], { description: 'By entries, most first' }) mostUsed: WorkItemPeriodUsage[];
  @Field(() => [WorkItemPeriodUsage], {
    description: 'By entries, least first (items never used are not in the scores: see WorkItem.usage)',
  })
  leastUsed: WorkItemPeriodUsage[];
}

@ObjectType({
  description:
    'A job position’s measured workload against its holders’ capacity in a period (Khanh Hoa’s method; an estimate to ' +
    'read over several months, see docs/analytics.md)',
})
export class PositionStaffingNeed {
  @Field(() => JobPosition) position: JobPosition;
  @Field(() => Agency) agency: Agency;
  @Field(() => Int, { description: 'People who held it at some time in the period' }) headcount: number;
  @Field(() => Float, { description: 'People-equivalents who held it (stretches by their share of the person’s available days)' })
  holders: number;
  @Field(() => Float, { description: 'Σ quantity × standard minutes of the approved work done in it (no coefficient)' })
  workloadMinutes: number;
  @Field(() => Float, { description: 'Σ the holders’ capacity: available days × the standard day (or the sector standard)' })
  capacityMinutes: number;
  @Field(() => Float, { nullable: true, description: 'Workload ÷ capacity' }) utilisation: number | null;
  @Field(() => Float, { nullable: true, description: 'Workload ÷ (capacity ÷ holders), to one decimal' }) positionsNeeded: number | null;
  @Field(() => Float, { nullable: true, description: 'Positions needed − holders: positive means understaffed' }) gap: number | null;
}
