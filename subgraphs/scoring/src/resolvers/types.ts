import { GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'A new version of the scoring policy: a preset with the province’s changes' })
export class ScoringPolicyInput {
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field({ description: 'DECREE_335 (bands 90/70/50) or KHANH_HOA (90/>80/>50)' }) preset: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Rules that differ from the preset, e.g. { "overdueGate": 0.15 }' })
  overrides?: Record<string, unknown>;
  @Field() reason: string;
}

@ObjectType()
export class RecomputeReport {
  @Field() period: string;
  @Field(() => Int) people: number;
  @Field(() => Int, { description: 'Scores that differ from those stored (0 for a closed period, or something is wrong)' })
  changed: number;
}

@ObjectType({ description: 'A unit’s stored scores for a period: how many at each level, and the mean' })
export class UnitScoreSummary {
  @Field() period: string;
  @Field(() => Int) people: number;
  @Field(() => Int) scored: number;
  @Field(() => Float, { nullable: true }) meanScore: number | null;
  @Field(() => Int) excellent: number;
  @Field(() => Int) good: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) notCompleted: number;
}

@ObjectType({ description: 'Of a stretch’s facts, those a history import brought in from the previous software' })
export class ImportedFacts {
  @Field(() => Int, { description: 'Approved diary entries imported' }) entries: number;
  @Field(() => Int, { description: 'Assignments (led or co-operated) imported' }) products: number;
}
