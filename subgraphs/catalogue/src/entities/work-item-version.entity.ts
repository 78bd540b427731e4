import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UnitOfMeasure, VersionApproval } from './enums.js';

@ObjectType({ description: 'A work item as it is from one date to another: what a diary entry of that date earns' })
@Entity({ tableName: 'work_item_version' })
export class WorkItemVersion {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field(() => Int, { description: '1 for the first version' })
  @Property({ type: 'integer' })
  version: number;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of this version; null while it lasts' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  searchName: string;

  @Field()
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => UnitOfMeasure)
  @Property({ type: 'text' })
  unit: UnitOfMeasure;

  @Field(() => Float, { description: 'Standard minutes for one unit' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  standardMinutes: number;

  @Field(() => Float, { description: 'Scoring coefficient (hệ số): complexity weight of one unit' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficient: number;

  @Field(() => String, { nullable: true, description: 'For hard-to-count work: what counts as one unit' })
  @Property({ type: 'text', nullable: true })
  criteria: string | null = null;

  @Field({ description: 'What evidence is expected' })
  @Property({ type: 'text' })
  evidence: string = '';

  @Field({ description: 'Entries without evidence are flagged for review' })
  @Property()
  evidenceRequired: boolean = false;

  @Field(() => VersionApproval, { description: 'Only approved versions are in force; group C versions wait for the agency’s head' })
  @Property({ type: 'text' })
  approval: VersionApproval = VersionApproval.APPROVED;

  @Field({ description: 'Who recorded this version' })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
