import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Personnel's Employee, extended with scores; the fields after id are required from personnel to decide who reads them. */
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

/** Personnel's Agency (agencies and divisions), extended with score aggregates. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
