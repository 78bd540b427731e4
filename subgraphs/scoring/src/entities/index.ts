export * from './enums.js';
export { ScoringPeriod, ScoringAudit } from './period.entity.js';
export { AgencyClose } from './agency-close.entity.js';
export { ScoringPolicy } from './policy.entity.js';
export { PolicyChange, PolicyChangeAction } from './policy-change.entity.js';
export {
  PeriodScore,
  ScoreSegment,
  Indicators,
  IndicatorWeightsUsed,
  ProductShares,
  WorkSource,
  type SegmentRecord,
} from './period-score.entity.js';
export { segmentsOf } from './segments.type.js';
export { CreativityRating } from './rating.entity.js';
export { AnnualAssessment, AssessmentStatus } from './assessment.entity.js';
export { Employee, Agency } from './references.js';

import { AgencyClose } from './agency-close.entity.js';
import { AnnualAssessment } from './assessment.entity.js';
import { PeriodScore } from './period-score.entity.js';
import { ScoringAudit, ScoringPeriod } from './period.entity.js';
import { ScoringPolicy } from './policy.entity.js';
import { PolicyChange } from './policy-change.entity.js';
import { CreativityRating } from './rating.entity.js';
export const entities = [
  ScoringPolicy,
  PolicyChange,
  ScoringPeriod,
  AgencyClose,
  PeriodScore,
  CreativityRating,
  ScoringAudit,
  AnnualAssessment,
];
