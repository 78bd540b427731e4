import { Constraint, Job } from '@kpi/platform';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, registerEnumType } from 'type-graphql';
import type { ScoringContext } from '../services/context.js';
import * as jobs from '../services/jobs.service.js';
import { PeriodAction } from '../services/jobs.service.js';

registerEnumType(PeriodAction, { name: 'ScoringPeriodAction', description: 'What a scoring-period job does' });

@Resolver(() => Job)
export class ScoringJobResolver {
  @Mutation(() => Job, {
    description:
      'Province admins (an agency’s admins for it): compute, close or recompute a period as a job — returns at once; read its progress with scoringJob. ' +
      'While one runs for a period, starting another for it returns the running one',
  })
  startScoringPeriodJob(
    @Constraint({ period: true }) @Arg('period') period: string,
    @Arg('action', () => PeriodAction) action: PeriodAction,
    @Arg('reason', () => String, { nullable: true, description: 'Said when closing (audited)' }) reason: string | undefined,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency’s people (its admins too); absent: the province' })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    return jobs.startPeriodJob(ctx, action, period, reason ?? null, agencyId ?? null);
  }

  @Mutation(() => Job, { description: 'Prepares or refreshes an agency’s annual proposal as a job (as prepareAnnualAssessment does)' })
  startAnnualAssessmentJob(
    @Arg('agencyId', () => ID) agencyId: string,
    @Constraint({ year: true }) @Arg('year', () => Int) year: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return jobs.startAssessmentJob(ctx, agencyId, year);
  }

  @Query(() => Job, {
    nullable: true,
    description: 'A scoring job: its state, phase, progress and errors (who started it, province admins)',
  })
  scoringJob(@Arg('id', () => ID) id: string, @Ctx() ctx: ScoringContext) {
    return jobs.jobById(ctx, id);
  }

  @Query(() => [Job], { description: 'The latest scoring jobs, newest first (province admins)' })
  scoringJobs(@Constraint({ min: 1, max: 100 }) @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: ScoringContext) {
    return jobs.recentJobs(ctx, first);
  }
}
