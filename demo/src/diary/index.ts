export { DIARY_COLUMNS, generateDiaries, shippedWorkingDay, type DemoDiaries } from './generate.js';
export { ASSIGNMENT_COLUMNS, EVENT_COLUMNS } from './assignments.js';
export { hasDemoDiaries, loadDemoDiaries } from './load.js';
