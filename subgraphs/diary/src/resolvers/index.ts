import type { GraphQLResolverMap } from '@apollo/subgraph';
import { forbidden } from '@kpi/platform';
import { canReadDiary } from '../rules/access.js';
import type { DiaryContext } from '../services/context.js';
import { AgencyDiaryResolver, AssignmentFieldsResolver, AssignmentResolver, EmployeeAssignmentResolver } from './assignment.resolver.js';
import { CalendarResolver } from './calendar.resolver.js';
import { DiaryEntryFieldsResolver, DiaryEntryResolver, EmployeeDiaryResolver, WorkItemUsageResolver } from './diary.resolver.js';
import { HistoryResolver } from './history.resolver.js';
import { MeResolver } from './me.resolver.js';
import { IntakeResolver, WorkItemMappingResolver } from './intake.resolver.js';
import { DiaryAuditResolver, LockdownResolver } from './lockdown.resolver.js';
import { NotificationFieldsResolver, NotificationResolver } from './notification.resolver.js';
import { ScoringFactsResolver } from './scoring-facts.resolver.js';
import { canReadAssignment } from '../rules/access.js';
import { said } from '../messages.js';

/**
 * Resolver classes with root fields carry the client guard (integration clients: intake only);
 * field-only classes do not need it, and stay free of its per-field cost.
 */
export const resolvers = [
  MeResolver,
  DiaryEntryResolver,
  DiaryEntryFieldsResolver,
  EmployeeDiaryResolver,
  WorkItemUsageResolver,
  IntakeResolver,
  WorkItemMappingResolver,
  CalendarResolver,
  LockdownResolver,
  DiaryAuditResolver,
  AssignmentResolver,
  AssignmentFieldsResolver,
  EmployeeAssignmentResolver,
  AgencyDiaryResolver,
  ScoringFactsResolver,
  HistoryResolver,
  NotificationResolver,
  NotificationFieldsResolver,
] as const;

export const referenceResolvers: GraphQLResolverMap<DiaryContext> = {
  DiaryEntry: {
    __resolveReference: async (ref: { id: string }, ctx: DiaryContext) => {
      const entry = await ctx.loaders.entry.load(ref.id);
      if (!entry || !canReadDiary(ctx.identity, { id: entry.employeeId, agencyId: entry.agencyId, divisionId: entry.divisionId }))
        throw forbidden(said.thisDiaryEntry());
      return entry;
    },
  },
  Assignment: {
    __resolveReference: async (ref: { id: string }, ctx: DiaryContext) => {
      const assignment = await ctx.loaders.assignment.load(ref.id);
      if (!assignment || !canReadAssignment(ctx.identity, assignment)) throw forbidden(said.thisAssignment());
      return assignment;
    },
  },
};
