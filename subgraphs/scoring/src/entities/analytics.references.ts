import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The catalogue's WorkItem, referred to by the province analytics (catalogue usage). */
@ObjectType()
@Directive('@key(fields: "id")')
export class WorkItem {
  @Field(() => ID) id: string;
}

/** Personnel's JobPosition, referred to by the province analytics (staffing needs). */
@ObjectType()
@Directive('@key(fields: "id")')
export class JobPosition {
  @Field(() => ID) id: string;
}
