import { itemProblems, JudgedPerItem } from '@kpi/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { Agency, Duty, DutyKind, Employee, School, SchoolClass, TeachingNorm, Term } from '../entities/index.js';
import type { EducationContext } from '../services/context.js';
import { recordTaughtPeriods } from '../services/intake.service.js';
import { teachingLoadOf, teachingTotalsOf } from '../services/load.service.js';
import { classesOf, recordDuty } from '../services/school.service.js';
import { workFacts } from '../services/work-facts.service.js';
import { PeriodsOnlyForClients } from './guard.js';
import {
  DutyInput,
  SchoolTeachingTotals,
  TaughtPeriodInput,
  TaughtPeriodResult,
  TeachingLoad,
  WorkFacts,
  WorkFactsRange,
} from './types.js';

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

@Resolver()
@UseMiddleware(PeriodsOnlyForClients)
export class EducationResolver {
  @Query(() => [Term], { description: 'The school years’ terms, oldest first, with their teaching weeks' })
  schoolTerms(@Ctx() ctx: EducationContext) {
    return ctx.loaders.terms();
  }

  @Query(() => [TeachingNorm], { description: 'The weekly teaching norms on record, with the legal text each comes from' })
  teachingNorms(@Ctx() ctx: EducationContext) {
    return ctx.loaders.norms();
  }

  @Query(() => [DutyKind], { description: 'The duties counted as teaching periods and their equivalents, with their source' })
  dutyKinds(@Ctx() ctx: EducationContext) {
    return ctx.loaders.dutyKinds();
  }

  @Mutation(() => [TaughtPeriodResult], {
    description:
      'A school management system (an integration client the school names) or the school’s admins deliver 1–1,000 periods ' +
      'taught; idempotent per external id; one verdict each, in order',
  })
  recordTaughtPeriods(
    @Arg('schoolId', () => ID) schoolId: string,
    @JudgedPerItem() @Arg('periods', () => [TaughtPeriodInput]) periods: TaughtPeriodInput[],
    @Ctx() ctx: EducationContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A malformed period (an impossible date, a NUL in a text) is that period's rejection, not the batch's.
    return recordTaughtPeriods(ctx, schoolId, periods, itemProblems(info, 'periods', periods));
  }

  @Mutation(() => Duty, { description: 'A school admin records a duty counted as teaching periods' })
  recordDuty(@Arg('input', () => DutyInput) input: DutyInput, @Ctx() ctx: EducationContext) {
    return recordDuty(ctx, input);
  }

  @Query(() => [WorkFacts], {
    description: 'The scoring-facts contract (schema/contracts/scoring-facts.graphql): the graph’s own services only',
  })
  @Directive('@shareable')
  @Directive('@inaccessible')
  workFacts(@Arg('ranges', () => [WorkFactsRange]) ranges: WorkFactsRange[], @Ctx() ctx: EducationContext) {
    return workFacts(ctx, ranges);
  }
}

@Resolver(() => Employee)
export class EmployeeEducationResolver {
  @FieldResolver(() => TeachingLoad, { nullable: true, description: 'The teaching load in a term; null for someone on no school’s roster' })
  @Directive(REQUIRES)
  teachingLoad(@Root() employee: Employee, @Arg('term') term: string, @Ctx() ctx: EducationContext) {
    return teachingLoadOf(ctx, employee, term);
  }
}

@Resolver(() => Agency)
export class AgencyEducationResolver {
  @FieldResolver(() => School, { nullable: true, description: 'The agency as a school (level, regime); null for one that is not a school' })
  school(@Root() agency: Agency, @Ctx() ctx: EducationContext) {
    return ctx.loaders.school.load(agency.id);
  }

  @FieldResolver(() => [SchoolClass], { description: 'A school’s classes in a school year (e.g. 2026-2027)' })
  schoolClasses(@Root() agency: Agency, @Arg('schoolYear') schoolYear: string, @Ctx() ctx: EducationContext) {
    return classesOf(ctx, agency.id, schoolYear);
  }

  @FieldResolver(() => SchoolTeachingTotals, {
    nullable: true,
    description: 'A school’s teaching totals in a term; null for one that is not a school',
  })
  teachingTotals(@Root() agency: Agency, @Arg('term') term: string, @Ctx() ctx: EducationContext) {
    return teachingTotalsOf(ctx, agency.id, term);
  }
}
