import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { EffectiveDated, newId, GraphQLJSONObject, GraphQLLocalDate, PARTNER } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The diary rules in force from a date: when a month closes, when an entry counts as declared late, and the warning limits. ' +
    'Effective-dated, so a past period is judged by the rules it had.',
})
@Entity({ tableName: 'diary_policy' })
@Unique({ properties: ['effectiveFrom'] }) // one version a day (as the table's constraint)
export class DiaryPolicy extends EffectiveDated {
  @Field(() => Int, { description: 'A month closes at the start of this day of the following month (Khanh Hoa: 25)' })
  @Property({ type: 'smallint' })
  closeDay: number;

  @Field(() => Int, { description: 'Extra days after the close day before the lock takes hold' })
  @Property({ type: 'smallint' })
  graceDays: number;

  @Field(() => Int, { description: 'An entry written more than this many working days after its work date is a late declaration' })
  @Property({ type: 'smallint' })
  lateAfterWorkingDays: number;

  @Field(() => Int, { description: 'The standard working day when the position sets none' })
  @Property({ type: 'smallint' })
  standardDayMinutes: number;

  @Field(() => Float, { description: 'Claimed minutes above this multiple of standard time × quantity are flagged' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  farAboveFactor: number;
}

@ObjectType({ description: 'An explicit, audited reopening of a closed month, until a moment' })
@Entity({ tableName: 'period_reopening' })
export class PeriodReopening {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => GraphQLLocalDate, { description: 'The first day of the reopened month' })
  @Property({ type: 'string', columnType: 'date' })
  month: string;

  @Field(() => ID, { nullable: true, description: 'Reopened for one agency only, or for all when null' })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  until: Date;

  @Field()
  @Property({ type: 'text' })
  reopenedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  reopenedAt: Date = new Date();

  @Field()
  @Property({ type: 'text' })
  reason: string;
}

@ObjectType({ description: 'How an integration client’s document type maps to a work item (maintained by agency admins)' })
@Entity({ tableName: 'work_item_mapping' })
export class WorkItemMapping {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Directive(PARTNER)
  @Field({ description: 'The integration client, e.g. eoffice' })
  @Property({ type: 'text' })
  client: string;

  @Directive(PARTNER)
  @Field(() => ID, { nullable: true, description: 'The agency it applies to; null for the province-wide default' })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Directive(PARTNER)
  @Field()
  @Property({ type: 'text' })
  documentType: string;

  @Directive(PARTNER)
  @Field(() => ID)
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field()
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

@ObjectType({
  description:
    'Who did what to diaries outside the ordinary: overrides after close, returns, reopenings, leave, the calendar, ' +
    'the diary policy and the intake mappings',
})
@Entity({ tableName: 'diary_audit' })
export class DiaryAudit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({
    description:
      'override-create, override-update, override-delete, returned, reopen:<month>, calendar:<day>:<kind>, ' +
      'policy:<effectiveFrom>, leave-recorded, leave-cancelled, mapping:<client>/<documentType>',
  })
  @Property({ type: 'text' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'The diary entry concerned (it may since have been deleted)' })
  @Property({ type: 'uuid', nullable: true })
  entryId: string | null = null;

  /** The agency the act concerns: what an agency admin may read. Null for province-wide acts. */
  @Field(() => ID, { nullable: true, description: 'The agency concerned; null for province-wide acts' })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The person whose diary or leave it concerns' })
  @Property({ type: 'uuid', nullable: true })
  employeeId: string | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What was done: the values set, the leave cancelled' })
  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;

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
