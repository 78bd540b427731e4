/**
 * What the packages above the subgraphs (the demo province, the test world) may use of personnel:
 * its vocabulary and the pure rules that shape its rows. Nothing here does I/O.
 */
export { AgencyKind, EmploymentStatus, PlacementKind, PositionCategory, StaffType } from './entities/enums.js';
export { sortKey } from './rules/names.js';
export { childPath } from './rules/tree.js';
