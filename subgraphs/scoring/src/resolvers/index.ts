import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { ScoringContext } from '../services/context.js';
import { storedScore } from '../services/score.service.js';
import {
  AgencyScoreResolver,
  CreativityResolver,
  EmployeeScoreResolver,
  PeriodScoreResolver,
  ScoringPeriodResolver,
  ScoringPolicyResolver,
} from './scoring.resolver.js';

export const resolvers = [
  ScoringPolicyResolver,
  ScoringPeriodResolver,
  PeriodScoreResolver,
  EmployeeScoreResolver,
  AgencyScoreResolver,
  CreativityResolver,
] as const;

export const referenceResolvers: GraphQLResolverMap<ScoringContext> = {
  PeriodScore: {
    __resolveReference: (ref: { id: string }, ctx: ScoringContext) => storedScore(ctx, ref.id),
  },
};
