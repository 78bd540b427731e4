import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Constraint } from '@kpi/platform';
import { Agency, AnnualAssessment, Employee } from '../entities/index.js';
import * as assessments from '../services/assessment.service.js';
import type { ScoringContext } from '../services/context.js';

@InputType()
export class OtherCriteriaInput {
  @Field(() => Float, { description: 'General criteria: political qualities, ethics, discipline, … (0–30; 0–50 for leaders)' })
  points: number;
  @Field({ nullable: true, description: 'Disciplined in the year: not completed whatever the points' }) disciplined?: boolean;
  @Field({ nullable: true }) note?: string;
}

@ObjectType({ description: 'A reward title the confirmed level opens, for the emulation council to decide' })
export class RewardProposal {
  @Field(() => AnnualAssessment) assessment: AnnualAssessment;
  @Field(() => [String], { description: 'LAO_DONG_TIEN_TIEN (good or better); CHIEN_SI_THI_DUA_CO_SO (excellent, with an initiative)' })
  titles: string[];
}

@Resolver(() => AnnualAssessment)
export class AssessmentResolver {
  @Query(() => [AnnualAssessment], { description: 'An agency’s assessment for a year, ranked (agency admins, province roles)' })
  annualAssessments(
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Arg('agencyId', () => ID) agencyId: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.ofAgency(ctx, year, agencyId);
  }

  @Query(() => [RewardProposal], { description: 'Reward titles the confirmed assessment opens' })
  rewardProposals(
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Arg('agencyId', () => ID) agencyId: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.rewardProposals(ctx, year, agencyId);
  }

  @Mutation(() => [AnnualAssessment], { description: 'Prepares or refreshes an agency’s proposal from the stored monthly scores' })
  prepareAnnualAssessment(
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Arg('agencyId', () => ID) agencyId: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.prepare(ctx, year, agencyId);
  }

  @Mutation(() => AnnualAssessment, { description: 'The evaluating body enters a person’s general criteria; levels and ranks follow' })
  scoreOtherCriteria(
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('input') input: OtherCriteriaInput,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.scoreOtherCriteria(ctx, year, employeeId, input);
  }

  @Mutation(() => [AnnualAssessment], { description: 'The agency confirms the ranked proposal, choosing among those tied at the cap' })
  confirmAnnualAssessment(
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('excellentIds', () => [ID], { nullable: true }) excellentIds: string[] | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.confirm(ctx, year, agencyId, excellentIds ?? []);
  }

  @FieldResolver(() => Employee)
  employee(@Root() a: AnnualAssessment) {
    return { id: a.employeeId };
  }

  @FieldResolver(() => Agency)
  agency(@Root() a: AnnualAssessment) {
    return { id: a.agencyId };
  }
}

@Resolver(() => Employee)
export class EmployeeAssessmentResolver {
  @FieldResolver(() => AnnualAssessment, { nullable: true, description: 'The annual assessment of a year' })
  @Directive('@requires(fields: "agencyId divisionId supervisorId")')
  annualAssessment(
    @Root() employee: Employee,
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.ofPerson(ctx, employee, year);
  }
}
