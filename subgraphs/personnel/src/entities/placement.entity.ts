import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLLocalDate } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { PlacementKind } from './enums.js';
import { newId } from './ids.js';

@ObjectType({
  description:
    'One stretch of an employee’s career: where they worked, in which position, under whom, from a date to a date. ' +
    'The history answers "who held which position on date D"; later periods’ scores depend on it.',
})
@Entity({ tableName: 'employee_placement' })
export class Placement {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => PlacementKind)
  @Property({ type: 'text' })
  kind: PlacementKind;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  positionId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  supervisorId: string | null = null;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of this placement; null while it lasts' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field(() => String, { nullable: true, description: 'Number of the decision (quyết định) behind it' })
  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({
    description: 'Brought in by a history import (importPlacementHistory): the past from a previous system, not recorded as it happened',
  })
  @Property({ type: 'boolean' })
  imported: boolean = false;

  @Field({ description: 'Who recorded it (subject of the caller’s identity)' })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
