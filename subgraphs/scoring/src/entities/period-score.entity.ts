import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DiaryFacts, IndicatorValues, SegmentContext } from '../rules/indicators.js';
import type { Weights } from '../rules/policy.js';
import { Gate, Level, PositionCategory } from './enums.js';

@ObjectType({ description: 'The 7 indicator groups (Hue model), 0–100; null where nothing applies (its weight is shared out)' })
export class Indicators {
  @Field(() => Float, { nullable: true, description: 'Work points against capacity, with Decree 335’s finished ÷ assigned products' })
  quantity: number | null;
  @Field(() => Float, { nullable: true, description: 'Decree 335 progress: on time, each delay −25 %' }) timeliness: number | null;
  @Field(() => Float, { nullable: true, description: 'Decree 335 quality: meeting requirements, each major error −25 %' })
  quality: number | null;
  @Field(() => Float, { nullable: true, description: 'Keeping the diary unprompted: days declared, less late declarations' })
  proactivity: number | null;
  @Field(() => Float, { nullable: true, description: 'Co-operated work finished on time' }) coordination: number | null;
  @Field(() => Float, { nullable: true, description: 'The leader’s rating, when given' }) creativity: number | null;
  @Field(() => Float, { nullable: true, description: '100 × (1 − overdue share)' }) overdue: number | null;
}

@ObjectType()
export class IndicatorWeightsUsed {
  @Field(() => Int) quantity: number;
  @Field(() => Int) timeliness: number;
  @Field(() => Int) quality: number;
  @Field(() => Int) proactivity: number;
  @Field(() => Int) coordination: number;
  @Field(() => Int) creativity: number;
  @Field(() => Int) overdue: number;
}

/** Scores stored before units counted (5 December 2026) have none of the unit figures: null there. */
const SINCE_UNITS = ' (null in scores stored before units were counted)';

@ObjectType({
  description:
    'Decree 335 on the products the person led that were due (or submitted) in the stretch, counted in units (each ' +
    'assignment’s expected quantity) under a UNITS policy; the plain ratios before deductions let an assessor check the arithmetic',
})
export class ProductShares {
  @Field(() => Int, { description: 'Products assigned (not cancelled)' }) assigned: number;
  @Field(() => Int, { description: 'Products judged: due, or submitted before their deadline' }) judged: number;
  @Field(() => Int, { description: 'Judged products finished (submitted or completed)' }) completed: number;
  @Field(() => Float, { nullable: true, description: 'Units of the judged products' + SINCE_UNITS })
  judgedUnits: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Units delivered: of finished products, as reported done, at most as assigned' + SINCE_UNITS,
  })
  completedUnits: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Delivered units of completed products not rated unsatisfactory, before error deductions' + SINCE_UNITS,
  })
  unitsMeetingRequirements: number | null;
  @Field(() => Float, { nullable: true, description: 'Delivered units submitted on time or early' + SINCE_UNITS })
  unitsOnTime: number | null;
  @Field(() => Float, { nullable: true, description: 'Quantity: completed ÷ judged units, %' }) quantityPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Quality after deductions: each unexcused major error takes the policy’s share of its product, ÷ units with a verdict, %',
  })
  qualityPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Progress after deductions: each unexcused delay takes the policy’s share of its product, ÷ judged units, %',
  })
  progressPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The plain ratio: units meeting requirements ÷ units with a verdict (reviewed or still due), %' + SINCE_UNITS,
  })
  plainQualityPct: number | null;
  @Field(() => Float, { nullable: true, description: 'The plain ratio: units on time or early ÷ judged units, %' + SINCE_UNITS })
  plainProgressPct: number | null;
}

/** One stretch of a period in one placement: a transfer mid-period makes two. */
export interface SegmentRecord {
  from: string;
  to: string;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
  /** The supervisor then: the leader rule's line. */
  supervisorId: string | null;
  positionCategory: PositionCategory | null;
  isLeadership: boolean;
  sectorCode: string | null;
  /** The inputs, as they were when computed: what a closed period is recomputed from. */
  facts: DiaryFacts;
  context: SegmentContext;
  kpi: number | null;
  indicators: IndicatorValues;
  weights: Weights;
  workPoints: number;
  capacityMinutes: number;
  availableDays: number;
  products: ProductShares;
  overdueShare: number | null;
}

@ObjectType({ description: 'One kind of work a provider credited, with its quantity and work points' })
export class WorkSourceLine {
  @Field({ description: 'The provider’s stable code (e.g. TAUGHT, HOMEROOM)' }) code: string;
  @Field({ description: 'What a person reads' }) label: string;
  @Field(() => Float) quantity: number;
  @Field() unit: string;
  @Field(() => Float) workPoints: number;
}

@ObjectType({
  description:
    'Where a stretch’s work points came from: the diary (its approved entries, itemised in facts) or a provider of the ' +
    'scoring-facts contract (a sector’s subgraph, e.g. education’s taught periods), by name',
})
export class WorkSource {
  @Field({ description: 'The subgraph that provided the facts: diary, or a provider’s name (education…)' }) provider: string;
  @Field(() => Float) workPoints: number;
  @Field(() => [WorkSourceLine], { description: 'What a provider’s points are made of (the diary’s are in facts.items)' })
  lines: WorkSourceLine[];
}

@ObjectType({ description: 'A stretch of the period in one placement, scored where the person worked then' })
export class ScoreSegment {
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => ID) agencyId: string;
  @Field(() => ID, { nullable: true }) divisionId: string | null;
  @Field(() => ID, { nullable: true }) positionId: string | null;
  @Field(() => PositionCategory, { nullable: true }) positionCategory: PositionCategory | null;
  @Field() isLeadership: boolean;
  @Field(() => String, { nullable: true, description: 'The sector whose KPI standard applied, if any' }) sectorCode: string | null;
  @Field(() => Float, { nullable: true }) kpi: number | null;
  @Field(() => Indicators) indicators: Indicators;
  @Field(() => IndicatorWeightsUsed) weights: IndicatorWeightsUsed;
  @Field(() => Float, { description: 'Σ of the work sources’ points' }) workPoints: number;
  @Field(() => Float) capacityMinutes: number;
  @Field(() => Int) availableDays: number;
  @Field(() => ProductShares) products: ProductShares;
  @Field(() => Float, { nullable: true }) overdueShare: number | null;
  @Field(() => GraphQLJSONObject, {
    description: 'The diary facts used: days, entries, approved work per catalogue item and version, the products led and co-operated',
  })
  facts: DiaryFacts;
}

@ObjectType({
  description:
    'A person’s score for a period: indicators, KPI, the leader rule, classification, and the segments and facts behind ' +
    'them. Frozen once the period is closed.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'period_score' })
export class PeriodScore {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  periodId: string;

  @Field({ description: 'The period’s code, e.g. 2026-11' })
  @Property({ type: 'text' })
  periodCode: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  /** Where the person worked longest in the period: the scope for reading and for cap groups. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => PositionCategory, { nullable: true })
  @Property({ type: 'text', nullable: true })
  positionCategory: PositionCategory | null = null;

  @Field()
  @Property()
  isLeadership: boolean = false;

  @Field(() => Float, { nullable: true, description: 'The person’s own KPI (segments weighted by available days)' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  ownScore: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Leaders: the mean score of their subordinates' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  unitScore: number | null = null;

  @Field({ description: 'Leaders: whether any subordinate was not completed (the unit then counts at 50 %)' })
  @Property()
  anySubordinateNotCompleted: boolean = false;

  @Field(() => Float, { nullable: true, description: 'The KPI score: own, or for leaders with the unit’s results taken in' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  score: number | null = null;

  @Field(() => Level)
  @Property({ type: 'text' })
  level: Level;

  @Field(() => Level, { description: 'The level by the bands alone, before gates' })
  @Property({ type: 'text' })
  levelByBand: Level;

  @Field(() => Gate, { nullable: true })
  @Property({ type: 'text', nullable: true })
  gate: Gate | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,4)', nullable: true })
  overdueShare: number | null = null;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(12,2)' })
  workPoints: number = 0;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(12,2)' })
  capacityMinutes: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  availableDays: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  policyVersion: number;

  @Field({ description: 'Frozen with the period’s close: recomputing gives the same numbers' })
  @Property()
  frozen: boolean = false;

  @Field()
  @Property({ type: 'timestamptz' })
  computedAt: Date = new Date();

  @Property({ type: 'json' })
  segments: SegmentRecord[] = [];
}
