import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Entities owned by personnel that the catalogue extends. They carry only their key and the
 * fields the catalogue @requires from personnel.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => [String])
  sectorCodes?: string[];
}

@ObjectType()
@Directive('@key(fields: "id")')
export class JobPosition {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field()
  isLeadership?: boolean;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Employee {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => JobPosition, { nullable: true })
  position?: JobPosition | null;
}
