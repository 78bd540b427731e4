export * from './enums.js';
export { School, SchoolClass, SchoolYear, Teacher, Term } from './school.entity.js';
export { Duty, DutyKind, TaughtPeriod, TeachingNorm, TimetableLine } from './teaching.entity.js';
export { Agency, Employee } from './references.js';

import { School, SchoolClass, SchoolYear, Teacher, Term } from './school.entity.js';
import { Duty, DutyKind, TaughtPeriod, TeachingNorm, TimetableLine } from './teaching.entity.js';
export const entities = [SchoolYear, Term, School, Teacher, SchoolClass, TimetableLine, TaughtPeriod, Duty, TeachingNorm, DutyKind];
