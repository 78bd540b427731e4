import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../ids.js';
import { GraphQLLocalDate } from './scalars.js';

/**
 * A version of a rule set in force from a date (the province's catalogue limits, the diary
 * policy, the scoring policy, a sector's KPI standard): the next version starts after it and ends
 * it the day before (`latestVersionForChange`), and who recorded it, when and why are kept with
 * it. Entities extend this for the one block of columns and fields they share.
 */
@ObjectType({ description: 'Not a type of the schema: its fields are inherited' })
export abstract class EffectiveDated {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day in force; null while it is the latest' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field({ description: 'Who recorded this version' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field({ description: 'When it was recorded' })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Why: kept in the record' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
