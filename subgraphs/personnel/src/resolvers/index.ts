import { AgencyResolver } from './agency.resolver.js';
import { EmployeeResolver, PlacementResolver } from './employee.resolver.js';
import { JobPositionResolver } from './job-position.resolver.js';

export const resolvers = [AgencyResolver, JobPositionResolver, EmployeeResolver, PlacementResolver] as const;
export { referenceResolvers } from './references.js';
