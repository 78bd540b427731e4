import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, GraphQLJSONObject } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Who changed what in the catalogue, when and why' })
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'Sector, WorkItem, JobDescription, SectorKpiStandard, ProvinceLimits, ChangeRequest' })
  @Property({ type: 'text' })
  subjectType: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId: string;

  @Field({ description: 'created, revised, retired, updated, requested, approved, rejected, withdrawn, imported…' })
  @Property({ type: 'text' })
  action: string;

  @Field()
  @Property({ type: 'text' })
  actor: string;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}
