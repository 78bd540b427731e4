import { Constraint, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TaughtPeriodOutcome, TeachingRole } from '../entities/index.js';

@ObjectType({ description: 'A duty’s period equivalent over a term' })
export class DutyLoad {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Float) periods: number;
}

@ObjectType({
  description:
    'A teacher’s load in a term (Circular 05/2025/TT-BGDĐT): the norm (weekly norm × teaching weeks), the periods taught ' +
    '(own lessons and substitutions), the period equivalents of duties, and the balance against the norm',
})
export class TeachingLoad {
  @Field() term: string;
  @Field(() => TeachingRole) role: TeachingRole;
  @Field() subject: string;
  @Field(() => ID) schoolId: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Periods a week the law expects of this role at this school (null: no norm on record)',
  })
  weeklyNorm: number | null;
  @Field(() => String, { nullable: true, description: 'The legal text the norm comes from' }) normSource: string | null;
  @Field(() => Float) normPeriods: number;
  @Field(() => Float, { description: 'What the term’s timetable plans: periods a week × teaching weeks' }) timetabledPeriods: number;
  @Field(() => Float, { description: 'Periods taught so far, substitutions included' }) taughtPeriods: number;
  @Field(() => Float, { description: 'Of those, taught in place of another teacher' }) substitutionPeriods: number;
  @Field(() => Float) dutyPeriods: number;
  @Field(() => [DutyLoad]) duties: DutyLoad[];
  @Field(() => Float, { description: 'Taught + duty periods' }) totalPeriods: number;
  @Field(() => Float, { description: 'Total − norm: a surplus (extra periods) when positive, a deficit when negative' }) balance: number;
}

@ObjectType({ description: 'A school’s teaching over its roster in a term' })
export class SchoolTeachingTotals {
  @Field() term: string;
  @Field(() => Int) teachers: number;
  @Field(() => Float) normPeriods: number;
  @Field(() => Float) timetabledPeriods: number;
  @Field(() => Float) taughtPeriods: number;
  @Field(() => Float) substitutionPeriods: number;
  @Field(() => Float) dutyPeriods: number;
  @Field(() => Float, { description: 'Σ of the teachers’ surpluses' }) surplusPeriods: number;
  @Field(() => Float, { description: 'Σ of the teachers’ deficits (a positive number)' }) deficitPeriods: number;
  @Field(() => Int) teachersOverNorm: number;
  @Field(() => Int) teachersUnderNorm: number;
}

@InputType({ description: 'One period taught, as a school management system knows it' })
export class TaughtPeriodInput {
  @Field({ description: 'Its id in the delivering system: delivering it again writes nothing' })
  @Constraint({ maxLength: 200 })
  externalId: string;
  @Field(() => ID) teacherId: string;
  @Field(() => ID) classId: string;
  @Field()
  @Constraint({ maxLength: 100 })
  subject: string;
  @Field(() => GraphQLLocalDate) taughtOn: string;
  @Field(() => Int) periodNumber: number;
  @Field(() => ID, { nullable: true, description: 'Taught in place of this teacher (dạy thay)' }) substituteForId?: string | null;
}

@ObjectType({ description: 'What became of one delivered period, in the order sent' })
export class TaughtPeriodResult {
  @Field() externalId: string;
  @Field(() => TaughtPeriodOutcome) outcome: TaughtPeriodOutcome;
  @Field(() => ID, { nullable: true }) periodId: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected: a stable code (NOT_ON_ROSTER, SLOT_TAKEN, OUTSIDE_TERM…)' })
  code: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
}

@InputType({ description: 'A duty a teacher holds in a term (weekly) or did on a day (per occurrence)' })
export class DutyInput {
  @Field(() => ID) teacherId: string;
  @Field({ description: 'The term, e.g. 2026-2027/HK1' }) term: string;
  @Field({ description: 'A duty kind’s code (dutyKinds)' }) kindCode: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) doneOn?: string | null;
  @Field(() => Float, { nullable: true }) occurrences?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

// The scoring-facts contract (schema/contracts/scoring-facts.graphql): shareable, since every
// provider defines the same types, and inaccessible, since only the graph's services call it.

@InputType({ description: 'A person and the dates to count (inclusive, at most 366 days)' })
@Directive('@inaccessible')
export class WorkFactsRange {
  @Field(() => ID) employeeId: string;
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
}

@ObjectType({ description: 'One kind of work inside a range’s facts' })
@Directive('@shareable')
@Directive('@inaccessible')
export class WorkFactLine {
  @Field() code: string;
  @Field() label: string;
  @Field(() => Float) quantity: number;
  @Field() unit: string;
  @Field(() => Float) workPoints: number;
}

@ObjectType({ description: 'One range’s facts, aggregated by the provider' })
@Directive('@shareable')
@Directive('@inaccessible')
export class WorkFacts {
  @Field(() => ID) employeeId: string;
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => Float) workPoints: number;
  @Field(() => [WorkFactLine]) lines: WorkFactLine[];
}
