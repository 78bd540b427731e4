import { Directive, Field, ID, ObjectType } from 'type-graphql';

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
