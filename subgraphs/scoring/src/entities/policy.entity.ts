import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { EffectiveDated, GraphQLJSONObject } from '@kpi/platform';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ScoringRules } from '../rules/policy.js';

@ObjectType({
  description:
    'A version of the province’s scoring policy, in force from a date: weights, Decree 335 deductions, the overdue gate, the ' +
    'leader rule, KPI shares, bands and the excellent cap. Sector KPI standards (catalogue) override the weights per sector.',
})
@Entity({ tableName: 'scoring_policy' })
@Unique({ properties: ['effectiveFrom'] }) // one version a day: the policy in force on a date is never ambiguous
export class ScoringPolicy extends EffectiveDated {
  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  version: number;

  @Field({ description: 'The preset it started from (DECREE_335, KHANH_HOA)' })
  @Property({ type: 'text' })
  preset: string;

  @Field(() => GraphQLJSONObject, { description: 'The rules, as data (see docs/scoring.md for each one and its source)' })
  @Property({ type: 'json' })
  rules: ScoringRules;
}
