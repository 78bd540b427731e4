import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UnitOfMeasure } from './unit-of-measure.js';

/** Personnel's Employee, extended with diaries; the fields after id are required from personnel. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Employee {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => ID)
  agencyId?: string;

  @Directive('@external')
  @Field(() => ID, { nullable: true })
  divisionId?: string | null;

  @Directive('@external')
  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;
}

/** The catalogue's WorkItem, extended with usage facts for its hygiene queries; its keepers are required from the catalogue. */
@ObjectType()
@Directive('@key(fields: "id")')
export class WorkItem {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => [ID])
  keeperAgencyIds?: string[];

  // Provided where entries and assignments name their item (the catalogue's answer, kept: see
  // services/facts.service.ts itemLabels), so a diary page needs no call to the catalogue.
  @Directive('@external')
  @Field()
  code?: string;

  @Directive('@external')
  @Field()
  name?: string;

  @Directive('@external')
  @Field(() => UnitOfMeasure)
  unit?: UnitOfMeasure;
}

/** Personnel's Agency (agencies and divisions), extended with unit-wide diary and assignment views. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Directive('@external')
  @Field(() => [ID])
  staffIds?: string[];
}
