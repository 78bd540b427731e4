import { round } from '@kpi/platform';
import type { PositionCategory } from '../entities/enums.js';
import type { SegmentRecord } from '../entities/period-score.entity.js';
import { classify, leaderScore, type Classification } from './classification.js';
import { combineSegments, overdueShareOf, scoreSegment, type DiaryFacts, type SegmentContext } from './indicators.js';
import type { ScoringRules } from './policy.js';

/** A stretch of a period in one placement (personnel's history clipped to the period). */
export interface Stretch {
  from: string;
  to: string;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
  supervisorId: string | null;
  positionCategory: PositionCategory | null;
  isLeadership: boolean;
  sectorCode: string | null;
}

export interface StretchInput extends Stretch {
  facts: DiaryFacts;
  context: SegmentContext;
}

export interface PersonResult {
  employeeId: string;
  agencyId: string;
  divisionId: string | null;
  positionCategory: PositionCategory | null;
  isLeadership: boolean;
  supervisorId: string | null;
  ownScore: number | null;
  unitScore: number | null;
  anySubordinateNotCompleted: boolean;
  score: number | null;
  classification: Classification;
  overdueShare: number | null;
  workPoints: number;
  capacityMinutes: number;
  availableDays: number;
  segments: SegmentRecord[];
}

type OwnResult = Omit<PersonResult, 'unitScore' | 'anySubordinateNotCompleted' | 'score' | 'classification'>;

/**
 * Scores everyone of a period from their stretches: each stretch where the person worked then,
 * their own KPI over the stretches (by available days), then leaders bottom-up with the leader
 * rule (subordinates: whose supervisor the leader was at the end of the period), then the bands
 * and the overdue gate on all the work the person led.
 */
export function scorePeople(people: { employeeId: string; stretches: StretchInput[] }[], rules: ScoringRules): PersonResult[] {
  const own = new Map(people.map((person) => [person.employeeId, ownResult(person.employeeId, person.stretches, rules)]));
  return withLeaderRule(
    own,
    rules,
    people.map((p) => p.employeeId),
  );
}

/** One stretch scored where the person worked then, kept as a segment of the result. */
function segmentOf(s: StretchInput, rules: ScoringRules): SegmentRecord {
  const score = scoreSegment(s.facts, s.context, rules);
  return {
    from: s.from,
    to: s.to,
    agencyId: s.agencyId,
    divisionId: s.divisionId,
    positionId: s.positionId,
    supervisorId: s.supervisorId,
    positionCategory: s.positionCategory,
    isLeadership: s.isLeadership,
    sectorCode: s.context.sectorStandard ? s.sectorCode : null,
    facts: s.facts,
    context: s.context,
    kpi: score.kpi,
    indicators: score.indicators,
    weights: score.weights,
    workPoints: score.workPoints,
    capacityMinutes: score.capacityMinutes,
    availableDays: score.availableDays,
    products: score.products,
    overdueShare: score.overdueShare,
  };
}

/** A person's own KPI over their stretches, counted where their main stretch was. */
function ownResult(employeeId: string, stretches: StretchInput[], rules: ScoringRules): OwnResult {
  const segments = stretches.map((s) => segmentOf(s, rules));
  // The main stretch (most available days; the latest on a tie) is where the person is counted.
  const main = [...stretches.keys()].reduce((best, i) => (segments[i]!.availableDays >= segments[best]!.availableDays ? i : best));
  const last = stretches.at(-1)!;
  const share = overdueShareOf(stretches.flatMap((s) => s.facts.led));
  return {
    employeeId,
    agencyId: stretches[main]!.agencyId,
    divisionId: stretches[main]!.divisionId,
    positionCategory: stretches[main]!.positionCategory,
    isLeadership: last.isLeadership,
    supervisorId: last.supervisorId,
    ownScore: combineSegments(segments),
    overdueShare: share === null ? null : round(share, 4),
    workPoints: round(segments.reduce((sum, s) => sum + s.workPoints, 0)),
    capacityMinutes: round(segments.reduce((sum, s) => sum + s.capacityMinutes, 0)),
    availableDays: segments.reduce((sum, s) => sum + s.availableDays, 0),
    segments,
  };
}

/**
 * The leader rule, bottom-up: a leader's score blends their own with their subordinates' final
 * scores (a supervisor cycle is cut where it closes), then each is classified.
 *
 * Whatever order the people come in, the same scores: subordinates are summed, and cycles entered,
 * in the order of their ids. A float sum depends on its order in its last bits, and about one unit
 * mean in 200 then rounds the other way: a closed period recomputed from its stored stretches
 * (read in the database's order, not the computation's) changed a leader by 0.01 now and then.
 */
function withLeaderRule(own: Map<string, OwnResult>, rules: ScoringRules, order: string[]): PersonResult[] {
  const byId = [...own.values()].sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  const reports = Map.groupBy(
    byId.filter((p) => p.supervisorId),
    (p) => p.supervisorId!,
  );
  const done = new Map<string, PersonResult>();
  const visiting = new Set<string>();
  const finalOf = (id: string): PersonResult => {
    const ready = done.get(id);
    if (ready) return ready;
    const person = own.get(id)!;
    visiting.add(id);
    const subordinates = person.isLeadership
      ? (reports.get(id) ?? []).filter((r) => !visiting.has(r.employeeId)).map((r) => finalOf(r.employeeId))
      : [];
    visiting.delete(id);
    const leader = leaderScore(
      person.ownScore,
      subordinates.map((s) => ({ score: s.score, level: s.classification.level })),
      rules,
    );
    const result: PersonResult = {
      ...person,
      unitScore: leader.unit,
      anySubordinateNotCompleted: leader.anySubordinateNotCompleted,
      score: leader.score,
      classification: classify(leader.score, { overdueShare: person.overdueShare }, rules, person.isLeadership),
    };
    done.set(id, result);
    return result;
  };
  for (const person of byId) finalOf(person.employeeId);
  return order.map(finalOf);
}
