import { Timestamped } from '@kpi/platform';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PositionCategory } from './enums.js';
import { newId } from './ids.js';

export const STANDARD_MINUTES_PER_DAY = 480;

@ObjectType({ description: 'A job position (vị trí việc làm) in an agency, with its job description' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'job_position' })
export class JobPosition extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field({ description: 'Unique within its agency' })
  @Property({ length: 32 })
  code: string;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => PositionCategory)
  @Property({ type: 'text' })
  category: PositionCategory;

  @Field({ description: 'The job description' })
  @Property({ type: 'text' })
  description: string = '';

  @Field({ description: 'Whether its holder leads or manages (KPI counts for 50 % of their assessment instead of 70 %)' })
  @Property()
  isLeadership: boolean = false;

  @Field(() => Int, { description: 'Standard working minutes per day for this position (default 480)' })
  @Property({ type: 'integer' })
  standardMinutesPerDay: number = STANDARD_MINUTES_PER_DAY;

  @Field()
  @Property()
  active: boolean = true;
}
