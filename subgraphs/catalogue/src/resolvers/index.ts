import { ApprovalResolver } from './approval.resolver.js';
import { ChangeRequestResolver } from './change-request.resolver.js';
import { AgencyCatalogueResolver, EmployeeCatalogueResolver, JobPositionCatalogueResolver } from './extensions.resolver.js';
import { HygieneResolver } from './hygiene.resolver.js';
import { CatalogueJobResolver } from './jobs.resolver.js';
import { SectorKpiStandardResolver, SectorResolver } from './sector.resolver.js';
import { WorkItemKeepersResolver } from './usage.resolver.js';
import { WorkItemResolver } from './work-item.resolver.js';
import { CatalogueRevisionResolver } from './revision.resolver.js';

export const resolvers = [
  SectorResolver,
  SectorKpiStandardResolver,
  WorkItemResolver,
  WorkItemKeepersResolver,
  ApprovalResolver,
  HygieneResolver,
  ChangeRequestResolver,
  JobPositionCatalogueResolver,
  EmployeeCatalogueResolver,
  AgencyCatalogueResolver,
  CatalogueJobResolver,
  CatalogueRevisionResolver,
] as const;
export { referenceResolvers } from './references.js';
