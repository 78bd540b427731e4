import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, Timestamped } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Gate, Level, PositionCategory } from './enums.js';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  valuesConfig: {
    DRAFT: { description: 'A proposal: the general criteria are being entered, levels and ranks follow' },
    CONFIRMED: { description: 'Confirmed by the agency: final' },
  },
});

@ObjectType({
  description:
    'A person’s annual assessment (Decree 335, Regulation 1636): the year’s KPI converted to its share, the general ' +
    'criteria, the total on 100, the level after the gates and the excellent cap, and the rank in the agency.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'annual_assessment' })
export class AnnualAssessment extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year: number;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => ID, { description: 'The agency assessing: where the person worked at the end of the year' })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => PositionCategory, { nullable: true, description: 'The group of people with similar tasks (for the cap)' })
  @Property({ type: 'text', nullable: true })
  positionCategory: PositionCategory | null = null;

  @Field()
  @Property()
  isLeadership: boolean = false;

  @Field(() => Int, { description: 'Months of the year with a KPI score' })
  @Property({ type: 'smallint' })
  months: number = 0;

  @Field(() => Float, { nullable: true, description: 'The mean of the monthly KPI scores' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  kpiScore: number | null = null;

  @Field(() => Float, { description: '0.7 for staff, 0.5 for leaders (Regulation 1636)' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,3)' })
  kpiShare: number;

  @Field(() => Float, { nullable: true })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  kpiPoints: number | null = null;

  @Field(() => Float, { nullable: true, description: 'General criteria scored by the evaluating body (up to 30; 50 for leaders)' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  otherCriteria: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  otherCriteriaNote: string | null = null;

  @Field({ description: 'Disciplined in the year: not completed whatever the points' })
  @Property()
  disciplined: boolean = false;

  @Field(() => Float, { nullable: true })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,4)', nullable: true })
  overdueShare: number | null = null;

  @Field(() => Float, { nullable: true, description: 'KPI points + general criteria, on 100; null until the criteria are in' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  total: number | null = null;

  @Field(() => Level, { nullable: true })
  @Property({ type: 'text', nullable: true })
  levelByBand: Level | null = null;

  @Field(() => Gate, { nullable: true })
  @Property({ type: 'text', nullable: true })
  gate: Gate | null = null;

  @Field(() => Level, { nullable: true, description: 'After the gates and the excellent cap' })
  @Property({ type: 'text', nullable: true })
  level: Level | null = null;

  @Field(() => Int, { nullable: true, description: 'Rank in the agency by total (ties share a rank)' })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;

  @Field({ description: 'Rated good instead of excellent because of the cap' })
  @Property()
  capped: boolean = false;

  @Field({ description: 'Tied at the cap’s edge: the agency chooses among the tied when it confirms' })
  @Property()
  tiedAtCap: boolean = false;

  @Field(() => AssessmentStatus)
  @Property({ type: 'text' })
  status: AssessmentStatus = AssessmentStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  confirmedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  policyVersion: number;
}
