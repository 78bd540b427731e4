import { OwnedFacts, OwnerRevision } from '@kpi/platform';
import type { DiaryFacts, ProvidedFacts } from '../rules/indicators.js';
import type { Weights } from '../rules/policy.js';
import { clip } from '../rules/periods.js';
import { PositionCategory } from '../entities/index.js';
import type { Stretch } from '../rules/people.js';
import * as catalogue from '../peers/catalogue.js';
import * as diary from '../peers/diary.js';
import * as personnel from '../peers/personnel.js';
import * as providers from '../peers/providers.js';
import type { EmployeeFilter } from '../peers/personnel.generated.js';
import type { ScoringContext } from './context.js';
import { directoryRevision, frozen, keptDirectoryFor } from './directory.service.js';

/**
 * Scoring's inputs come through the graph, as the scoring service, in a handful of calls for a
 * whole province: everyone's placements in the period (one call), the sectors' KPI
 * standards (one call), and the diary's aggregated facts (as few calls as its limit allows). No
 * table of another subgraph is read and no diary row travels: the diary aggregates.
 */
/** The diary's limit of ranges a call (MAX_SCORING_RANGES there). */
const FACTS_BATCH = 5000;

/**
 * Ranges cut into as few batches as the limit allows, of even sizes. Each batch costs the diary
 * about a pass over the period's entries whatever its size: 7,215 people in batches of 2,000 read
 * the demo month's 870,000 entries four times over; in two even batches twice.
 */
export function evenBatches<T>(items: readonly T[], limit = FACTS_BATCH): T[][] {
  const count = Math.ceil(items.length / limit);
  const size = Math.ceil(items.length / Math.max(1, count));
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}
const AS_SCORING = { asService: true };

export interface PlacedStretch extends Stretch {
  standardDayMinutes: number | null;
}

export interface PersonInputs {
  employeeId: string;
  stretches: (PlacedStretch & { facts: DiaryFacts })[];
}

export interface PlacedPerson {
  employeeId: string;
  stretches: PlacedStretch[];
}

/**
 * Everyone placed (not separated) at some time in the period — or those of them the directory's
 * filter names — with the stretches of each placement inside it: one call, whatever the number,
 * and none while personnel's revision holds (directory.service.ts).
 */
export async function placedIn(
  ctx: ScoringContext,
  period: { from: string; to: string },
  filter: EmployeeFilter | null = null,
): Promise<readonly PlacedPerson[]> {
  const revision = await directoryRevision(ctx);
  const key = `${period.from}|${period.to}|${JSON.stringify(filter)}`;
  const [people] = await keptDirectoryFor(ctx).placed.get(revision, [key], async () => [
    frozen(placedPeople(await personnel.placementsIn(ctx.peers, { from: period.from, to: period.to, filter }, AS_SCORING), period)),
  ]);
  return people!;
}

/**
 * These people and the units of the leaders among them over the period, down every level, placed
 * as placedIn places them, in one call (unit.service.ts cuts them to the leader rule).
 */
export async function unitsPlacedIn(ctx: ScoringContext, period: { from: string; to: string }, ids: string[]) {
  return placedPeople(await personnel.scoringUnits(ctx.peers, { ids, from: period.from, to: period.to }, AS_SCORING), period);
}

/** Placements (by person, in personnel's order) as people with their stretches inside the period. */
function placedPeople(placements: personnel.Placement[], period: { from: string; to: string }): PlacedPerson[] {
  const people: PlacedPerson[] = [];
  for (const [employeeId, theirs] of Map.groupBy(placements, (p) => p.employeeId)) {
    const stretches = theirs.flatMap((p) => {
      const inside = clip({ from: p.effectiveFrom, to: p.effectiveTo }, period);
      if (!inside) return [];
      return [
        {
          ...inside,
          agencyId: p.agencyId,
          divisionId: p.divisionId,
          positionId: p.positionId,
          supervisorId: p.supervisorId,
          positionCategory: p.positionCategory ? PositionCategory[p.positionCategory] : null,
          isLeadership: p.isLeadership,
          standardDayMinutes: p.standardMinutesPerDay,
          sectorCode: p.sectorCodes[0] ?? null,
        },
      ];
    });
    if (stretches.length) people.push({ employeeId, stretches });
  }
  return people;
}

export type SectorStandards = Map<string, { expectedMinutesPerMonth: number; weights: Weights }>;
export const standardKey = (sectorCode: string, category: string) => `${sectorCode}|${category}`;

/**
 * The sectors' standards scoring keeps between computations, by day, under the catalogue's
 * revision (platform/src/server/owned-facts.ts: used only when fetched under the revision read
 * after the computation began, so a change committed before it is seen). Kept per catalogue
 * endpoint: a test process may serve several graphs. A live score asked them every time.
 */
interface KeptStandards {
  revision: OwnerRevision;
  byDay: OwnedFacts<SectorStandards>;
}
const keptStandards = new Map<string, KeptStandards>();

function keptStandardsFor(ctx: ScoringContext): KeptStandards {
  const key = String(ctx.peers.endpoint('catalogue'));
  let kept = keptStandards.get(key);
  if (!kept) keptStandards.set(key, (kept = { revision: new OwnerRevision(), byDay: new OwnedFacts(366) }));
  return kept;
}

/** The sectors' KPI standards in force on a day, by sector and position category. */
export async function sectorStandards(ctx: ScoringContext, on: string): Promise<SectorStandards> {
  const kept = keptStandardsFor(ctx);
  const revision = await kept.revision.current(
    (announce) => catalogue.catalogueRevision(ctx.peers, announce),
    ctx.peers.watched('catalogue'),
  );
  const [standards] = await kept.byDay.get(revision, [on], async () => [await askedStandards(ctx, on)]);
  return standards!;
}

async function askedStandards(ctx: ScoringContext, on: string): Promise<SectorStandards> {
  const standards: SectorStandards = new Map();
  for (const sector of await catalogue.sectorStandards(ctx.peers, on, AS_SCORING))
    for (const s of sector.kpiStandards)
      standards.set(standardKey(sector.code, s.positionCategory), {
        expectedMinutesPerMonth: s.expectedMinutesPerMonth,
        weights: s.weights,
      });
  return standards;
}

/**
 * What of the diary's item groups a computation needs: the groups themselves (a score stored or
 * explained keeps them), or only their work points (a live score nobody asks to explain).
 */
export type ItemGroupsNeed = 'groups' | 'work points';

/** The diary's facts for every stretch, in batches; the answer is in the order asked. */
export async function diaryFacts(
  ctx: ScoringContext,
  people: readonly { employeeId: string; stretches: readonly PlacedStretch[] }[],
  need: ItemGroupsNeed = 'groups',
): Promise<PersonInputs[]> {
  const ask = need === 'groups' ? diary.scoringFacts : diary.scoringWorkPoints;
  const ranges = people.flatMap((p) => p.stretches.map((s) => ({ employeeId: p.employeeId, from: s.from, to: s.to })));
  // Two batches in flight (a province's month is two): the diary aggregates each on its own cores.
  const batches = evenBatches(ranges);
  const answers: DiaryFacts[][] = new Array(batches.length);
  let taken = 0;
  const worker = async () => {
    while (taken < batches.length) {
      const index = taken++;
      answers[index] = await ask(ctx.peers, batches[index]!, AS_SCORING);
    }
  };
  await Promise.all([worker(), worker()]);
  const facts = answers.flat();
  let next = 0;
  return people.map((p) => ({ employeeId: p.employeeId, stretches: p.stretches.map((s) => ({ ...s, facts: facts[next++]! })) }));
}

const stretchKey = (employeeId: string, from: string, to: string) => `${employeeId}|${from}|${to}`;

/**
 * What the providers of the scoring-facts contract credit each stretch with, by stretch
 * (`employeeId|from|to`): each provider is asked for the stretches in agencies of its sectors
 * only, all providers (and their batches) at once, beside the diary. One that fails fails the
 * whole computation, naming it (peers/providers.ts).
 */
export async function providedFacts(
  ctx: ScoringContext,
  people: readonly { employeeId: string; stretches: readonly PlacedStretch[] }[],
): Promise<Map<string, ProvidedFacts[]>> {
  const found = new Map<string, ProvidedFacts[]>();
  const asks = providers.providersOf(ctx.peers).flatMap((provider) => {
    const sectors = new Set(provider.sectors);
    const ranges = people.flatMap((p) =>
      p.stretches
        .filter((s) => s.sectorCode && sectors.has(s.sectorCode))
        .map((s) => ({ employeeId: p.employeeId, from: s.from, to: s.to })),
    );
    return evenBatches(ranges).map(async (batch) => {
      const answers = await providers.workFacts(ctx.peers, provider.name, batch);
      batch.forEach((range, i) => {
        const key = stretchKey(range.employeeId, range.from, range.to);
        found.set(key, [...(found.get(key) ?? []), answers[i]!]);
      });
    });
  });
  await Promise.all(asks);
  return found;
}

/** The diary's facts and the providers' for every stretch, asked in parallel. */
export async function workFacts(
  ctx: ScoringContext,
  people: readonly { employeeId: string; stretches: readonly PlacedStretch[] }[],
  need: ItemGroupsNeed = 'groups',
): Promise<PersonInputs[]> {
  const [withDiary, provided] = await Promise.all([diaryFacts(ctx, people, need), providedFacts(ctx, people)]);
  if (provided.size === 0) return withDiary;
  for (const person of withDiary)
    for (const stretch of person.stretches) {
      const credited = provided.get(stretchKey(person.employeeId, stretch.from, stretch.to));
      if (credited) stretch.facts.providers = credited;
    }
  return withDiary;
}
