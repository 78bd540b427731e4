import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ScoringRules } from '../rules/policy.js';

@ObjectType({
  description:
    'A version of the province’s scoring policy, in force from a date: weights, Decree 335 deductions, the overdue gate, the ' +
    'leader rule, KPI shares, bands and the excellent cap. Sector KPI standards (catalogue) override the weights per sector.',
})
@Entity({ tableName: 'scoring_policy' })
export class ScoringPolicy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  version: number;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date', unique: true })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field({ description: 'The preset it started from (DECREE_335, KHANH_HOA)' })
  @Property({ type: 'text' })
  preset: string;

  @Field(() => GraphQLJSONObject, { description: 'The rules, as data (see docs/scoring.md for each one and its source)' })
  @Property({ type: 'json' })
  rules: ScoringRules;

  @Field()
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
