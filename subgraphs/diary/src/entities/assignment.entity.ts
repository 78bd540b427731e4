import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, Timestamped, GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AssignmentAction, AssignmentStatus, QualityRating } from './enums.js';

@ObjectType({
  description:
    'A work assignment (giao việc): a leader gives a work item to a lead, with co-operators, an expected quantity and a ' +
    'deadline. Every transition is recorded; on completion the assigner rates quality and records major errors and delays.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'assignment' })
export class Assignment extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field(() => Float, { description: 'How many units of the work item are expected (the assigned products)' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  expectedQuantity: number;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  assignerId: string;

  @Field(() => ID, { description: 'The person responsible (chủ trì)' })
  @Property({ type: 'uuid' })
  leadId: string;

  @Field(() => [ID], { description: 'Co-operators (phối hợp)' })
  @Property({ type: 'uuid[]' })
  coOperatorIds: string[] = [];

  /** The lead's agency and division when assigned: the scope of unit views and overdue shares. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => [String], { description: 'Attachments and evidence references (E-Office document numbers, file links)' })
  @Property({ type: 'text[]' })
  evidenceRefs: string[] = [];

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  assignedOn: string;

  @Field(() => GraphQLLocalDate, { description: 'The deadline first given' })
  @Property({ type: 'string', columnType: 'date' })
  originalDeadline: string;

  @Field(() => GraphQLLocalDate, { description: 'The deadline in force (moved only by an audited extension)' })
  @Property({ type: 'string', columnType: 'date' })
  deadline: string;

  @Field(() => AssignmentStatus)
  @Property({ type: 'text' })
  status: AssignmentStatus = AssignmentStatus.ASSIGNED;

  @Field(() => Date, { nullable: true, description: 'When the lead last reported it done' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day (Vietnam time) of the last submission: what timeliness is judged on',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  submittedOn: string | null = null;

  @Field(() => Float, { nullable: true, description: 'The quantity the lead reported done' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)', nullable: true })
  quantityDone: number | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Field(() => QualityRating, { nullable: true })
  @Property({ type: 'text', nullable: true })
  quality: QualityRating | null = null;

  @Field(() => Int, { description: 'Major errors found on completion (each takes 25 % of the product’s quality points)' })
  @Property({ type: 'smallint' })
  majorErrors: number = 0;

  @Field(() => Int, { description: 'Of the major errors, those with an objective cause confirmed (exempt)' })
  @Property({ type: 'smallint' })
  excusedErrors: number = 0;

  @Field(() => Int, { description: 'Delays recorded on completion (each takes 25 % of the product’s progress points)' })
  @Property({ type: 'smallint' })
  delays: number = 0;

  @Field(() => Int, { description: 'Of the delays, those with an objective cause confirmed (exempt)' })
  @Property({ type: 'smallint' })
  excusedDelays: number = 0;

  @Field(() => String, { nullable: true, description: 'The objective cause confirmed for excused errors or delays' })
  @Property({ type: 'text', nullable: true })
  objectiveCause: string | null = null;

  /** The key a history import brought it with (null: given in the graph). */
  @Property({ type: 'text', nullable: true })
  importKey: string | null = null;

  @Field({ description: 'Brought in by a history import from the province’s previous software, with its real dates and outcome' })
  get imported(): boolean {
    return this.importKey !== null;
  }
}

@ObjectType({ description: 'One recorded transition of an assignment: who, when, from what to what, and why' })
@Entity({ tableName: 'assignment_event' })
export class AssignmentEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  assignmentId: string;

  @Field(() => AssignmentAction)
  @Property({ type: 'text' })
  action: AssignmentAction;

  @Field(() => AssignmentStatus, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fromStatus: AssignmentStatus | null = null;

  @Field(() => AssignmentStatus)
  @Property({ type: 'text' })
  toStatus: AssignmentStatus;

  @Field({ description: 'The actor’s subject and name' })
  @Property({ type: 'text' })
  actor: string;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed: a new lead, a new deadline, the rating' })
  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;
}
