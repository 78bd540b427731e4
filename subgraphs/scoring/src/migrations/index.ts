import { InitialScoring } from './20261125300000-initial.js';
import { AnnualAssessments } from './20261125310000-assessment.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [
  { name: '20261125300000-initial', class: InitialScoring },
  { name: '20261125310000-assessment', class: AnnualAssessments },
];
