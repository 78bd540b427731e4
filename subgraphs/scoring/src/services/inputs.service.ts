import type { DiaryFacts } from '../rules/indicators.js';
import type { Weights } from '../rules/policy.js';
import { clip } from '../rules/periods.js';
import type { PositionCategory } from '../entities/index.js';
import type { Stretch } from '../rules/people.js';
import type { ScoringContext } from './context.js';

/**
 * Scoring's inputs come through the graph, as the scoring service, in a handful of calls for a
 * whole province: the directory with placements (500 people a page), the sectors' KPI
 * standards (one call), and the diary's aggregated facts (2,000 people-stretches a call). No
 * table of another subgraph is read and no diary row travels: the diary aggregates.
 */
const PAGE = 500;
const FACTS_BATCH = 2000;

interface PlacementRow {
  kind: string;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
  supervisorId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  agency: { sectorCodes: string[] };
  position: { category: PositionCategory; isLeadership: boolean; standardMinutesPerDay: number } | null;
}

export interface PlacedStretch extends Stretch {
  standardDayMinutes: number | null;
}

export interface PersonInputs {
  employeeId: string;
  stretches: (PlacedStretch & { facts: DiaryFacts })[];
}

const DIRECTORY = `query ($first: Int!, $after: String, $filter: EmployeeFilter) {
  employees(first: $first, after: $after, filter: $filter, orderBy: { field: CODE }) {
    pageInfo { hasNextPage endCursor }
    nodes { id placements { kind agencyId divisionId positionId supervisorId effectiveFrom effectiveTo
      agency { sectorCodes } position { category isLeadership standardMinutesPerDay } } }
  }
}`;

/** Everyone placed (not separated) at some time in the period, with the stretches of each placement inside it. */
export async function placedIn(ctx: ScoringContext, period: { from: string; to: string }, agencyId?: string) {
  const people: { employeeId: string; stretches: PlacedStretch[] }[] = [];
  let after: string | null = null;
  do {
    const data: {
      employees: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; placements: PlacementRow[] }[] };
    } = await ctx.peers.query('personnel', DIRECTORY, { first: PAGE, after, filter: agencyId ? { agencyId } : null }, { asService: true });
    for (const node of data.employees.nodes) {
      const stretches = node.placements
        .filter((p) => p.kind !== 'SEPARATION')
        .flatMap((p) => {
          const inside = clip({ from: p.effectiveFrom, to: p.effectiveTo }, period);
          if (!inside) return [];
          return [
            {
              ...inside,
              agencyId: p.agencyId,
              divisionId: p.divisionId,
              positionId: p.positionId,
              supervisorId: p.supervisorId,
              positionCategory: p.position?.category ?? null,
              isLeadership: p.position?.isLeadership ?? false,
              standardDayMinutes: p.position?.standardMinutesPerDay ?? null,
              sectorCode: p.agency.sectorCodes[0] ?? null,
            },
          ];
        });
      if (stretches.length) people.push({ employeeId: node.id, stretches });
    }
    after = data.employees.pageInfo.hasNextPage ? data.employees.pageInfo.endCursor : null;
  } while (after);
  return people;
}

const SECTORS = `query ($on: LocalDate!) {
  sectors { code kpiStandards(on: $on) { positionCategory expectedMinutesPerMonth
    weights { quantity timeliness quality proactivity coordination creativity overdue } } }
}`;

export type SectorStandards = Map<string, { expectedMinutesPerMonth: number; weights: Weights }>;
export const standardKey = (sectorCode: string, category: string) => `${sectorCode}|${category}`;

/** The sectors' KPI standards in force on a day, by sector and position category. */
export async function sectorStandards(ctx: ScoringContext, on: string): Promise<SectorStandards> {
  const data = await ctx.peers.query<{
    sectors: { code: string; kpiStandards: { positionCategory: string; expectedMinutesPerMonth: number; weights: Weights }[] }[];
  }>('catalogue', SECTORS, { on }, { asService: true });
  const standards: SectorStandards = new Map();
  for (const sector of data.sectors)
    for (const s of sector.kpiStandards)
      standards.set(standardKey(sector.code, s.positionCategory), {
        expectedMinutesPerMonth: s.expectedMinutesPerMonth,
        weights: s.weights,
      });
  return standards;
}

const FACTS = `query ($ranges: [ScoringFactsRange!]!) {
  scoringFacts(ranges: $ranges) {
    employeeId from to workingDays leaveDays declaredDays lateDeclarations daysOverStandard farAboveStandardEntries
    entries approvedEntries approvedActualMinutes
    items led coOperated
  }
}`;

/** The diary's facts for every stretch, in batches; the answer is in the order asked. */
export async function diaryFacts(
  ctx: ScoringContext,
  people: { employeeId: string; stretches: PlacedStretch[] }[],
): Promise<PersonInputs[]> {
  const ranges = people.flatMap((p) => p.stretches.map((s) => ({ employeeId: p.employeeId, from: s.from, to: s.to })));
  // Two batches in flight: the diary aggregates one while this side parses the other.
  const batches: { ranges: typeof ranges }[] = [];
  for (let i = 0; i < ranges.length; i += FACTS_BATCH) batches.push({ ranges: ranges.slice(i, i + FACTS_BATCH) });
  const answers: DiaryFacts[][] = new Array(batches.length);
  let taken = 0;
  const worker = async () => {
    while (taken < batches.length) {
      const index = taken++;
      const data = await ctx.peers.query<{ scoringFacts: DiaryFacts[] }>('diary', FACTS, batches[index]!, { asService: true });
      answers[index] = data.scoringFacts;
    }
  };
  await Promise.all([worker(), worker()]);
  const facts = answers.flat();
  let next = 0;
  return people.map((p) => ({ employeeId: p.employeeId, stretches: p.stretches.map((s) => ({ ...s, facts: strip(facts[next++]!) })) }));
}

/** The facts without the range echo (kept in the stretch itself). */
function strip(facts: DiaryFacts & { employeeId?: string; from?: string; to?: string }): DiaryFacts {
  const rest = { ...facts };
  delete rest.employeeId;
  delete rest.from;
  delete rest.to;
  return rest;
}
