import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId } from '@kpi/platform';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A leader’s rating of a person’s creativity (initiatives, improvements) for a period, 0–100' })
@Entity({ tableName: 'creativity_rating' })
export class CreativityRating {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  periodCode: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,2)' })
  points: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field()
  @Property({ type: 'text' })
  ratedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  ratedAt: Date = new Date();
}
