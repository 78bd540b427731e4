import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, Timestamped, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { WorkItemGroup, WorkItemStatus } from './enums.js';

@ObjectType({
  description:
    'A countable kind of work (đầu công việc). Its standard minutes, coefficient and criteria are effective-dated versions: ' +
    'the fields here are today’s version; `asOf(date)` answers for any date.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ tableName: 'work_item' })
export class WorkItem extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'Stable code, unique in the province' })
  @Property({ length: 32 })
  code: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  sectorId: string;

  @Field(() => WorkItemGroup)
  @Property({ type: 'text', fieldName: 'item_group' })
  group: WorkItemGroup;

  @Field(() => ID, { nullable: true, description: 'Group C: the agency whose own list it is' })
  @Property({ type: 'uuid', nullable: true })
  ownerAgencyId: string | null = null;

  @Field(() => WorkItemStatus)
  @Property({ type: 'text' })
  status: WorkItemStatus = WorkItemStatus.ACTIVE;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day it may no longer be logged' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  retiredFrom: string | null = null;
}
