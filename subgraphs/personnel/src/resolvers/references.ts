import { forbidden, isService, readsProvince } from '@kpi/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { canReadEmployee, canReadOrgChart } from '../rules/access.js';
import type { PersonnelContext } from '../services/context.js';
import { said } from '../messages.js';

/**
 * A kept row (frozen, shared by every request: loaders.ts) copied for one reference's answer,
 * which Apollo marks with its type name.
 */
const ownCopy = <T extends object>(row: T | null): T | null =>
  row && Object.assign(Object.create(Object.getPrototypeOf(row) as object) as T, row);

/**
 * `_entities` lookups from other subgraphs, batched: the gateway sends all references of a type
 * in one request, and each goes through the per-request loader. The same read rules apply as
 * for the subgraph's own queries.
 */
export const referenceResolvers: GraphQLResolverMap<PersonnelContext> = {
  Agency: {
    __resolveReference: async (ref: { id: string }, ctx: PersonnelContext) => {
      if (!canReadOrgChart(ctx.identity)) throw forbidden(said.thisAgency());
      return ownCopy(await ctx.loaders.agency.load(ref.id));
    },
  },
  JobPosition: {
    __resolveReference: async (ref: { id: string }, ctx: PersonnelContext) => {
      if (!canReadOrgChart(ctx.identity)) throw forbidden(said.thisJobPosition());
      return ownCopy(await ctx.loaders.position.load(ref.id));
    },
  },
  Employee: {
    // Keyed by id, or by staff code (how E-Office and spreadsheets name people).
    __resolveReference: async (ref: { id?: string; code?: string }, ctx: PersonnelContext) => {
      const employee = ref.id ? await ctx.loaders.employee.load(ref.id) : await ctx.loaders.employeeByCode.load(ref.code ?? '');
      if (!employee && (isService(ctx.identity) || readsProvince(ctx.identity))) return null;
      if (!employee || !canReadEmployee(ctx.identity, employee)) throw forbidden(said.thisEmployee());
      return employee;
    },
  },
};
