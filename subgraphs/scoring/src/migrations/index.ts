import { InitialScoring } from './20261125300000-initial.js';
import { AnnualAssessments } from './20261125310000-assessment.js';
import { ScoringJobs } from './20261204100000-jobs.js';
import { AnalyticsMemo } from './20261204120000-analytics-memo.js';
import { ProductUnits } from './20261205100000-units.js';
import { PolicyChanges } from './20261205110000-policy-changes.js';
import { AgencyCloses } from './20261206090000-agency-closes.js';
import { ScoringJobLanguage } from './20261208000000-job-language.js';
import { ItemGroups } from './20261210090000-item-groups.js';
import { SegmentsLz4 } from './20261210091000-segments-lz4.js';
import { PackedItemGroups } from './20261211090000-packed-item-groups.js';
import { ItemGroupsApart } from './20261212090000-item-groups-apart.js';
import { StretchItemRows } from './20261212091000-stretch-item-rows.js';
import { ScoreDigest } from './20261213090000-score-digest.js';
import { ScoringRevision } from './20261216090000-revision.js';
import { ScoringRevisionPeriods } from './20261217090000-revision-periods.js';
import { ScoresStampedByPeriod } from './20261220090000-scores-stamped-by-period.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [
  { name: '20261125300000-initial', class: InitialScoring },
  { name: '20261125310000-assessment', class: AnnualAssessments },
  { name: '20261204100000-jobs', class: ScoringJobs },
  { name: '20261204120000-analytics-memo', class: AnalyticsMemo },
  { name: '20261205100000-units', class: ProductUnits },
  { name: '20261205110000-policy-changes', class: PolicyChanges },
  { name: '20261206090000-agency-closes', class: AgencyCloses },
  { name: '20261208000000-job-language', class: ScoringJobLanguage },
  { name: '20261210090000-item-groups', class: ItemGroups },
  { name: '20261210091000-segments-lz4', class: SegmentsLz4 },
  { name: '20261211090000-packed-item-groups', class: PackedItemGroups },
  { name: '20261212090000-item-groups-apart', class: ItemGroupsApart },
  { name: '20261212091000-stretch-item-rows', class: StretchItemRows },
  { name: '20261213090000-score-digest', class: ScoreDigest },
  { name: '20261216090000-revision', class: ScoringRevision },
  { name: '20261217090000-revision-periods', class: ScoringRevisionPeriods },
  { name: '20261220090000-scores-stamped-by-period', class: ScoresStampedByPeriod },
];
