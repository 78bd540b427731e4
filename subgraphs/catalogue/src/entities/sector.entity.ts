import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, Timestamped } from '@kpi/platform';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A sector (ngành, lĩnh vực); a vertical sector runs through every level and has its own KPI standard' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'sector' })
export class Sector extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'Stable code, e.g. FINANCE; agencies list the sectors they belong to by code' })
  @Property({ length: 32 })
  code: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field()
  @Property()
  isVertical: boolean = false;

  @Field(() => ID, { description: 'The department that owns the sector’s items and standards' })
  @Property({ type: 'uuid' })
  ownerAgencyId: string;

  @Field()
  @Property({ type: 'text' })
  description: string = '';

  @Field()
  @Property()
  active: boolean = true;
}
