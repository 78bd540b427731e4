import { Timestamped } from '@kpi/platform';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyKind } from './enums.js';
import { newId } from './ids.js';

@ObjectType({ description: 'An agency, unit, locality or division, in the province → agency → division tree' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agency' })
export class Agency extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'Stable code, unique in the province' })
  @Property({ length: 32 })
  code: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  /** Lower-case, without diacritics, for search. */
  @Property({ type: 'text' })
  searchName: string;

  @Field(() => AgencyKind)
  @Property({ type: 'text' })
  kind: AgencyKind;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  /** Materialised path of ids, `/root/…/self/`: subtree filters are one indexed prefix match. */
  @Property({ type: 'text' })
  path: string;

  @Field(() => Int, { description: '0 for the province, 1 for its agencies and localities, 2 for their divisions…' })
  @Property({ type: 'smallint' })
  depth: number;

  @Field(() => [String], { description: 'Codes of the sectors (ngành, lĩnh vực) it belongs to; the catalogue owns sectors' })
  @Property({ type: 'text[]' })
  sectorCodes: string[] = [];

  @Field()
  @Property()
  active: boolean = true;
}
