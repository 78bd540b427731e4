import { AgencyResolver } from './agency.resolver.js';
import { EmployeeResolver, PlacementResolver } from './employee.resolver.js';
import { JobPositionResolver } from './job-position.resolver.js';
import { EmployeeAccessResolver, RoleGrantResolver } from './grant.resolver.js';
import { IntegrationClientResolver } from './client.resolver.js';
import { PlacementImportResolver } from './placement-import.resolver.js';
import { PersonnelJobResolver } from './jobs.resolver.js';
import { DirectoryRevisionResolver } from './revision.resolver.js';

export const resolvers = [
  AgencyResolver,
  JobPositionResolver,
  EmployeeResolver,
  PlacementResolver,
  RoleGrantResolver,
  EmployeeAccessResolver,
  IntegrationClientResolver,
  PlacementImportResolver,
  PersonnelJobResolver,
  DirectoryRevisionResolver,
] as const;
export { referenceResolvers } from './references.js';
