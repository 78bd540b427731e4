import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, GraphQLLocalDate, PARTNER } from '@kpi/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PeriodKind, PeriodStatus } from './enums.js';

@Directive(PARTNER)
@ObjectType({ description: 'A month, quarter or year being scored; closing it freezes its scores with their inputs' })
@Entity({ tableName: 'scoring_period' })
export class ScoringPeriod {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: '2026-11, 2026-Q4 or 2026' })
  @Property({ type: 'text', unique: true })
  code: string;

  @Field(() => PeriodKind)
  @Property({ type: 'text' })
  kind: PeriodKind;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  fromDate: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  toDate: string;

  @Field(() => PeriodStatus)
  @Property({ type: 'text' })
  status: PeriodStatus = PeriodStatus.OPEN;

  @Field(() => Int, { nullable: true, description: 'The policy version of its last computation (kept once closed)' })
  @Property({ type: 'integer', nullable: true })
  policyVersion: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When its stored scores were last computed' })
  @Property({ type: 'timestamptz', nullable: true })
  computedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;
}

@ObjectType({ description: 'An audited act on scoring: a close, a reopening, a policy change, a recomputation' })
@Entity({ tableName: 'scoring_audit' })
export class ScoringAudit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  periodCode: string | null = null;

  @Field()
  @Property({ type: 'text' })
  actor: string;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
