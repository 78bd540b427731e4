import { InitialPersonnel } from './20261125000000-initial.js';
import { RoleGrants } from './20261204000000-role-grants.js';
import { IntegrationClients } from './20261204100000-integration-clients.js';
import { ClientOperations } from './20261204110000-client-operations.js';
import { PlacementImports } from './20261207100000-placement-imports.js';
import { PersonnelJobs } from './20261207110000-jobs.js';
import { PersonnelJobLanguage } from './20261208000000-job-language.js';
import { PersonnelRevision } from './20261209000000-revision.js';
import { PlacementSupervisor } from './20261210000000-placement-supervisor.js';
import { PersonnelRevisionPlacements } from './20261214090000-revision-placements.js';
import { PersonnelRevisionNotices } from './20261215090000-revision-notices.js';
import { PersonnelRevisionAccess } from './20261219090000-revision-access.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [
  { name: '20261125000000-initial', class: InitialPersonnel },
  { name: '20261204000000-role-grants', class: RoleGrants },
  { name: '20261204100000-integration-clients', class: IntegrationClients },
  { name: '20261204110000-client-operations', class: ClientOperations },
  { name: '20261207100000-placement-imports', class: PlacementImports },
  { name: '20261207110000-jobs', class: PersonnelJobs },
  { name: '20261208000000-job-language', class: PersonnelJobLanguage },
  { name: '20261209000000-revision', class: PersonnelRevision },
  { name: '20261210000000-placement-supervisor', class: PlacementSupervisor },
  { name: '20261214090000-revision-placements', class: PersonnelRevisionPlacements },
  { name: '20261215090000-revision-notices', class: PersonnelRevisionNotices },
  { name: '20261219090000-revision-access', class: PersonnelRevisionAccess },
];
