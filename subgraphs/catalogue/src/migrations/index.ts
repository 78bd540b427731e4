import { InitialCatalogue } from './20261125100000-initial.js';
import { GroupCApproval } from './20261201100000-group-c-approval.js';
import { CatalogueJobs } from './20261204100000-jobs.js';
import { CatalogueJobLanguage } from './20261208000000-job-language.js';
import { CatalogueRevision } from './20261209000000-revision.js';
import { CatalogueRevisionSectors } from './20261213100000-revision-sectors.js';
import { CatalogueRevisionNotices } from './20261215090000-revision-notices.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [
  { name: '20261125100000-initial', class: InitialCatalogue },
  { name: '20261201100000-group-c-approval', class: GroupCApproval },
  { name: '20261204100000-jobs', class: CatalogueJobs },
  { name: '20261208000000-job-language', class: CatalogueJobLanguage },
  { name: '20261209000000-revision', class: CatalogueRevision },
  { name: '20261213100000-revision-sectors', class: CatalogueRevisionSectors },
  { name: '20261215090000-revision-notices', class: CatalogueRevisionNotices },
];
