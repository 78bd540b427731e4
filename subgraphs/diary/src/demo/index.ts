export { DIARY_COLUMNS, generateDiaries, shippedWorkingDay, type DemoDiaries } from './generate.js';
export { hasDemoDiaries, loadDemoDiaries } from './load.js';
