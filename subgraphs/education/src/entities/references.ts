import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Personnel's Employee, extended with the teaching load. The fields after id are required from
 * personnel (the gateway fetches them and signs the request they travel in): who may read a load
 * is decided on them, as the diary decides who reads a diary.
 */
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

/** Personnel's Agency, extended with what the sector knows of it as a school. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID) id: string;
}
