/**
 * What the packages above the subgraphs (the test world) may use of scoring: its pure rules.
 * Nothing here does I/O.
 */
export { capOf } from './rules/cap.js';
