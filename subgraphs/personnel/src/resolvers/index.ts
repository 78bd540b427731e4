import { AgencyResolver } from './agency.resolver.js';
import { EmployeeResolver, PlacementResolver } from './employee.resolver.js';
import { JobPositionResolver } from './job-position.resolver.js';
import { EmployeeAccessResolver, RoleGrantResolver } from './grant.resolver.js';

export const resolvers = [
  AgencyResolver,
  JobPositionResolver,
  EmployeeResolver,
  PlacementResolver,
  RoleGrantResolver,
  EmployeeAccessResolver,
] as const;
export { referenceResolvers } from './references.js';
