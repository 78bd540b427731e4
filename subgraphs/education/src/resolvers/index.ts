import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { EducationContext } from '../services/context.js';
import { AgencyEducationResolver, EducationResolver, EmployeeEducationResolver } from './education.resolver.js';

export const resolvers = [EducationResolver, EmployeeEducationResolver, AgencyEducationResolver] as const;

/** Education owns no entity of its own others reference: it extends personnel's. */
export const referenceResolvers: GraphQLResolverMap<EducationContext> = {};
