import { GraphQLLocalDate, GraphQLJSONObject } from '@kpi/platform';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssignmentStatus, QualityRating, Timeliness } from '../entities/index.js';

@InputType({ description: 'A person and the dates to score them on (inclusive, at most 366 days)' })
export class ScoringFactsRange {
  @Field(() => ID) employeeId: string;
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
}

@ObjectType({
  description:
    'Approved entries of one range with the same terms: item, catalogue version, standard minutes and coefficient as on ' +
    'their work dates (work points = quantity × standard minutes × coefficient)',
})
export class ScoringItemFacts {
  @Field(() => ID) workItemId: string;
  @Field(() => Int) version: number;
  @Field(() => Float) standardMinutes: number;
  @Field(() => Float) coefficient: number;
  @Field(() => Int) entries: number;
  @Field(() => Float) quantity: number;
  @Field(() => Int) actualMinutes: number;
  @Field(() => Float, { description: 'Quantity of those entries that advance no assignment (work the person took on)' })
  selfInitiatedQuantity: number;
}

@ObjectType({ description: 'An assignment due in the range, with the facts its products are scored on (Decree 335)' })
export class ScoringAssignmentFacts {
  @Field(() => ID) id: string;
  @Field(() => GraphQLLocalDate, { description: 'The deadline in force (after any extension)' }) deadline: string;
  @Field(() => GraphQLLocalDate, { description: 'The deadline moved to the next working day when it falls on a day off' })
  effectiveDeadline: string;
  @Field(() => AssignmentStatus) status: AssignmentStatus;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day of the last submission' }) submittedOn: string | null;
  @Field(() => Timeliness, { description: 'As of today (Vietnam)' }) timeliness: Timeliness;
  @Field(() => Float) expectedQuantity: number;
  @Field(() => Float, { nullable: true }) quantityDone: number | null;
  @Field(() => QualityRating, { nullable: true }) quality: QualityRating | null;
  @Field(() => Int) majorErrors: number;
  @Field(() => Int) excusedErrors: number;
  @Field(() => Int) delays: number;
  @Field(() => Int) excusedDelays: number;
  @Field(() => Boolean, { nullable: true, description: 'True when a history import brought it in; absent otherwise' })
  imported?: boolean;
}

@ObjectType({ description: 'What the diary knows of one person over one range, aggregated: what scoring is computed from' })
export class ScoringFacts {
  @Field(() => ID) employeeId: string;
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => Int, { description: 'Working days in the range (Monday–Friday, holidays and swapped days of the working calendar)' })
  workingDays: number;
  @Field(() => Int, { description: 'Of the working days, those on approved leave' }) leaveDays: number;
  @Field(() => Int, { description: 'Working days not on leave with at least one entry, whatever its status' })
  declaredDays: number;
  @Field(() => Int, { description: 'Entries flagged LATE_DECLARATION (declared after the deadline for their date)' })
  lateDeclarations: number;
  @Field(() => Int, { description: 'Distinct days with an entry flagged OVER_STANDARD_DAY' }) daysOverStandard: number;
  @Field(() => Int, { description: 'Entries flagged FAR_ABOVE_STANDARD' }) farAboveStandardEntries: number;
  @Field(() => Int, { description: 'All entries, whatever their status' }) entries: number;
  @Field(() => Int, { description: 'Approved entries: only these count for scoring' }) approvedEntries: number;
  @Field(() => Int, { description: 'Σ actual minutes of the approved entries' }) approvedActualMinutes: number;
  @Field(() => Int, { description: 'Of the approved entries, those brought in by a history import (source IMPORT)' })
  importedEntries: number;
  // The lists are JSON objects shaped as ScoringItemFacts / ScoringAssignmentFacts: a province
  // month is millions of such fields, and resolving each one through GraphQL cost ten times the
  // SQL. The shapes stay in the schema (orphaned types below) as their documentation.
  @Field(() => [GraphQLJSONObject], {
    description: 'Approved entries grouped by item, version, standard minutes and coefficient: each shaped as ScoringItemFacts',
  })
  items: ScoringItemFacts[];
  @Field(() => [GraphQLJSONObject], {
    description: 'Assignments the person leads whose deadline is in the range: each shaped as ScoringAssignmentFacts',
  })
  led: ScoringAssignmentFacts[];
  @Field(() => [GraphQLJSONObject], {
    description: 'Assignments the person co-operates on whose deadline is in the range: each shaped as ScoringAssignmentFacts',
  })
  coOperated: ScoringAssignmentFacts[];
}
