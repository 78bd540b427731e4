import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, Timestamped, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EntryFlag, EntrySource, EntryStatus } from './enums.js';

@ObjectType({
  description:
    'What a person did on a working day against one work item. The item’s standard minutes and coefficient as they were on ' +
    'the work date are part of the record: later catalogue edits never change what it earned.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'diary_entry' })
export class DiaryEntry extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  /** Where the person worked when the entry was written: the review and analytics scope. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  workDate: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field(() => Int, { description: 'The catalogue version of the item on the work date' })
  @Property({ type: 'integer' })
  workItemVersion: number;

  @Field(() => Float, { description: 'Standard minutes per unit, as on the work date' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  standardMinutes: number;

  @Field(() => Float, { description: 'Coefficient, as on the work date' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficient: number;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  quantity: number;

  @Field(() => Int, { description: 'Minutes actually spent, as the person claims' })
  @Property({ type: 'integer' })
  actualMinutes: number;

  @Field(() => ID, { nullable: true, description: 'The work assignment it advances, if any' })
  @Property({ type: 'uuid', nullable: true })
  assignmentId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: 'Evidence reference, e.g. an E-Office document number' })
  @Property({ type: 'text', nullable: true })
  evidenceRef: string | null = null;

  @Field({ description: 'Whether the item expected evidence on the work date' })
  @Property()
  evidenceRequired: boolean = false;

  @Field(() => EntrySource)
  @Property({ type: 'text' })
  source: EntrySource = EntrySource.MANUAL;

  @Field(() => String, { nullable: true, description: 'Intake: the sending system’s id for the event' })
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  /** Intake: which integration client sent it (idempotency is per client). */
  @Property({ type: 'text', nullable: true })
  client: string | null = null;

  @Field(() => EntryStatus)
  @Property({ type: 'text' })
  status: EntryStatus = EntryStatus.SUBMITTED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => [EntryFlag])
  @Property({ type: 'text[]' })
  flags: EntryFlag[] = [];

  @Field({ description: 'Who wrote it (the person, an admin with an override, or an integration client)' })
  @Property({ type: 'text' })
  recordedBy: string;

  /** Standard minutes earned: quantity × standard minutes. */
  get earnedMinutes() {
    return Number(this.quantity) * Number(this.standardMinutes);
  }

  /** Work points: quantity × standard minutes × coefficient. */
  get workPoints() {
    return this.earnedMinutes * Number(this.coefficient);
  }
}
