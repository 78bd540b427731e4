/**
 * What the packages above the subgraphs (the demo province, the test world) may use of the diary:
 * its vocabulary, the shipped calendar and the pure calendar and deadline rules. Nothing here does
 * I/O.
 */
export { AssignmentStatus, DayKind, Timeliness } from './entities/enums.js';
export { HOLIDAYS } from './migrations/holidays.js';
export { addDays, addWorkingDays, isWorkingDay, todayInVietnam, workingDays, type Exceptions } from './rules/calendar.js';
export { effectiveDeadline, summarise, timelinessOf } from './rules/assignments.js';
export { MAX_EVENTS } from './services/intake.service.js';
