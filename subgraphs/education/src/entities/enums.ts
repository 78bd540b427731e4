import { registerEnumType } from 'type-graphql';

/** The levels of general education whose teachers' norms Circular 05/2025/TT-BGDĐT sets. */
export enum SchoolLevel {
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
}
registerEnumType(SchoolLevel, {
  name: 'SchoolLevel',
  description: 'Tiểu học, trung học cơ sở, trung học phổ thông',
});

/** The kinds of school whose norms differ (boarding schools for ethnic minorities, semi-boarding…). */
export enum SchoolRegime {
  REGULAR = 'REGULAR',
  SEMI_BOARDING = 'SEMI_BOARDING',
  BOARDING = 'BOARDING',
}
registerEnumType(SchoolRegime, {
  name: 'SchoolRegime',
  description: 'Trường phổ thông, phổ thông dân tộc bán trú, phổ thông dân tộc nội trú',
});

/** What a person does at a school, as far as the teaching norm is concerned. */
export enum TeachingRole {
  TEACHER = 'TEACHER',
  PRINCIPAL = 'PRINCIPAL',
  DEPUTY_PRINCIPAL = 'DEPUTY_PRINCIPAL',
}
registerEnumType(TeachingRole, {
  name: 'TeachingRole',
  description: 'Giáo viên, hiệu trưởng, phó hiệu trưởng: each has its own weekly teaching norm',
});

/** How a duty's period equivalent is counted. */
export enum DutyBasis {
  /** So many periods for every teaching week the duty is held (homeroom, head of a subject group). */
  PER_WEEK = 'PER_WEEK',
  /** So many periods each time it is done (an exam session, a demonstration lesson). */
  PER_OCCURRENCE = 'PER_OCCURRENCE',
}
registerEnumType(DutyBasis, { name: 'DutyBasis', description: 'Per teaching week held, or per occurrence' });

/** What became of one taught period delivered by a school management system. */
export enum TaughtPeriodOutcome {
  RECORDED = 'RECORDED',
  /** The same (source, external id) was delivered before: nothing is written again. */
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  REJECTED = 'REJECTED',
}
registerEnumType(TaughtPeriodOutcome, { name: 'TaughtPeriodOutcome' });
