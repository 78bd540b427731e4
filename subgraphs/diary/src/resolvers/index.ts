import type { GraphQLResolverMap } from '@apollo/subgraph';
import { forbidden } from '@kpi/platform';
import { canReadDiary } from '../rules/access.js';
import type { DiaryContext } from '../services/context.js';
import { AgencyDiaryResolver, AssignmentResolver, EmployeeAssignmentResolver } from './assignment.resolver.js';
import { DiaryEntryResolver, EmployeeDiaryResolver, WorkItemUsageResolver } from './diary.resolver.js';
import { ScoringFactsResolver } from './scoring-facts.resolver.js';
import { canReadAssignment } from '../rules/access.js';

export const resolvers = [
  DiaryEntryResolver,
  EmployeeDiaryResolver,
  WorkItemUsageResolver,
  AssignmentResolver,
  EmployeeAssignmentResolver,
  AgencyDiaryResolver,
  ScoringFactsResolver,
] as const;

export const referenceResolvers: GraphQLResolverMap<DiaryContext> = {
  DiaryEntry: {
    __resolveReference: async (ref: { id: string }, ctx: DiaryContext) => {
      const entry = await ctx.loaders.entry.load(ref.id);
      if (!entry || !canReadDiary(ctx.identity, { id: entry.employeeId, agencyId: entry.agencyId, divisionId: entry.divisionId }))
        throw forbidden('this diary entry');
      return entry;
    },
  },
  Assignment: {
    __resolveReference: async (ref: { id: string }, ctx: DiaryContext) => {
      const assignment = await ctx.loaders.assignment.load(ref.id);
      if (!assignment || !canReadAssignment(ctx.identity, assignment)) throw forbidden('this assignment');
      return assignment;
    },
  },
};
