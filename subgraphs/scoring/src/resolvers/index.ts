import type { GraphQLResolverMap } from '@apollo/subgraph';
import { forbidden } from '@kpi/platform';
import { canReadScore } from '../rules/access.js';
import type { ScoringContext } from '../services/context.js';
import { storedScore } from '../services/score.service.js';
import { ProvinceAnalyticsResolver } from './analytics.resolver.js';
import { AssessmentResolver, EmployeeAssessmentResolver } from './assessment.resolver.js';
import { ScoringJobResolver } from './jobs.resolver.js';
import {
  AgencyScoreResolver,
  CreativityResolver,
  EmployeeScoreResolver,
  PeriodScoreResolver,
  ScoreSegmentResolver,
  ScoringPeriodResolver,
  ScoringPolicyResolver,
} from './scoring.resolver.js';
import { said } from '../messages.js';
import { MeResolver } from './me.resolver.js';

export const resolvers = [
  MeResolver,
  ScoringPolicyResolver,
  ScoringPeriodResolver,
  PeriodScoreResolver,
  ScoreSegmentResolver,
  EmployeeScoreResolver,
  AgencyScoreResolver,
  CreativityResolver,
  AssessmentResolver,
  EmployeeAssessmentResolver,
  ProvinceAnalyticsResolver,
  ScoringJobResolver,
] as const;

export const referenceResolvers: GraphQLResolverMap<ScoringContext> = {
  AnnualAssessment: {
    __resolveReference: async (ref: { id: string }, ctx: ScoringContext) => {
      const row = await ctx.loaders.assessmentById.load(ref.id);
      if (!row || !canReadScore(ctx.identity, { employeeId: row.employeeId, agencyId: row.agencyId, divisionId: row.divisionId }))
        throw forbidden(said.thisAssessment());
      return row;
    },
  },
  PeriodScore: {
    __resolveReference: (ref: { id: string }, ctx: ScoringContext) => storedScore(ctx, ref.id),
  },
};
