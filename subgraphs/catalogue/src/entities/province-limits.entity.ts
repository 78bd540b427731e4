import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { EffectiveDated } from '@kpi/platform';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The limits the province sets on catalogues and sector standards, effective from a date: coefficient and standard-time ranges, ' +
    'the range each indicator weight may take, and the range of expected monthly minutes',
})
@Entity({ tableName: 'province_limits' })
export class ProvinceLimits extends EffectiveDated {
  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficientMin: number;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficientMax: number;

  @Field(() => Int, { description: 'Longest standard time one unit may have, in minutes' })
  @Property({ type: 'integer' })
  standardMinutesMax: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  weightMin: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  weightMax: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  expectedMinutesMin: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  expectedMinutesMax: number;
}
