/**
 * What the packages above the subgraphs (the demo province, the test world) may use of education:
 * its vocabulary and its pure rules. Nothing here does I/O.
 */
export { DutyBasis, SchoolLevel, SchoolRegime, TeachingRole } from './entities/enums.js';
export { DUTY_KINDS, TEACHING_NORMS } from './migrations/norms.js';
export { schoolDays, WEEK_MINUTES, workFactsOfRange } from './rules/work-facts.js';
export { teachingLoad, weeklyNormOf } from './rules/load.js';
