import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, Timestamped, GraphQLJSONObject } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { ChangeKind, ChangeStatus } from './enums.js';

@ObjectType({ description: 'An agency’s proposal to add, change or retire a work item, decided by the item’s owner' })
@Entity({ tableName: 'change_request' })
export class ChangeRequest extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ChangeKind)
  @Property({ type: 'text' })
  kind: ChangeKind;

  @Field(() => ChangeStatus)
  @Property({ type: 'text' })
  status: ChangeStatus = ChangeStatus.PENDING;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  requestingAgencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  workItemId: string | null = null;

  @Field(() => ID, { description: 'The sector of the item; its owner department decides' })
  @Property({ type: 'uuid' })
  sectorId: string;

  @Field(() => GraphQLJSONObject, { description: 'The proposed item or version fields' })
  @Property({ type: 'json' })
  proposal: Record<string, unknown> = {};

  @Field()
  @Property({ type: 'text' })
  reason: string;

  @Field()
  @Property({ type: 'text' })
  requestedBy: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;
}
