import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { EffectiveDated } from '@kpi/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PositionCategory } from './enums.js';

@ObjectType({ description: 'The weights of the 7 indicator groups (Hue model), whole percentages summing to 100' })
export class IndicatorWeights {
  @Field(() => Int) quantity: number;
  @Field(() => Int) timeliness: number;
  @Field(() => Int) quality: number;
  @Field(() => Int) proactivity: number;
  @Field(() => Int) coordination: number;
  @Field(() => Int) creativity: number;
  @Field(() => Int) overdue: number;
}

export const INDICATORS = ['quantity', 'timeliness', 'quality', 'proactivity', 'coordination', 'creativity', 'overdue'] as const;
export type Indicator = (typeof INDICATORS)[number];

@ObjectType({ description: 'A sector’s KPI standard for one position category, effective from a date' })
@Entity({ tableName: 'sector_kpi_standard' })
export class SectorKpiStandard extends EffectiveDated {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  sectorId: string;

  @Field(() => PositionCategory)
  @Property({ type: 'text' })
  positionCategory: PositionCategory;

  @Field(() => Int, { description: 'Standard minutes a person of this category is expected to produce in a month' })
  @Property({ type: 'integer' })
  expectedMinutesPerMonth: number;

  @Property({ type: 'smallint' }) weightQuantity: number;
  @Property({ type: 'smallint' }) weightTimeliness: number;
  @Property({ type: 'smallint' }) weightQuality: number;
  @Property({ type: 'smallint' }) weightProactivity: number;
  @Property({ type: 'smallint' }) weightCoordination: number;
  @Property({ type: 'smallint' }) weightCreativity: number;
  @Property({ type: 'smallint' }) weightOverdue: number;
}
