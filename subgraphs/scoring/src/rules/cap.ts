import type { Level } from './policy.js';

export interface Ranked {
  id: string;
  /** The group of people with similar tasks (here: the position category). */
  group: string;
  total: number;
  /** The level after bands and gates, before the cap. */
  level: Level;
}

export interface Capped {
  id: string;
  level: Level;
  /** Rank in the agency by total, 1 = highest; ties share a rank. */
  rank: number;
  /** Demoted by the cap from excellent to good. */
  capped: boolean;
  /** Tied with others at the cap's edge: the agency decides among them (within the cap) when it confirms. */
  tiedAtCap: boolean;
}

const atLeastGood = (level: Level) => level === 'EXCELLENT' || level === 'GOOD';

/** How many may be excellent among `people`: ⌊share × those rated good or better⌋. */
export const capOf = (people: Ranked[], share: number) => Math.floor(share * people.filter((p) => atLeastGood(p.level)).length + 1e-9);

/**
 * Keeps the best `limit` of `candidates` (highest totals). When the last place is shared by equal
 * totals that do not all fit, none of the tied is kept automatically: they are marked tied for
 * the agency to choose, so the cap is never exceeded and no tie is broken by chance.
 */
function keepBest(candidates: Ranked[], limit: number) {
  const sorted = [...candidates].sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
  if (sorted.length <= limit) return { kept: sorted, tied: [] as Ranked[] };
  const edge = sorted[limit - 1]?.total;
  if (limit === 0 || edge === undefined) return { kept: [], tied: [] as Ranked[] };
  if (sorted[limit]!.total !== edge) return { kept: sorted.slice(0, limit), tied: [] as Ranked[] };
  return { kept: sorted.filter((p) => p.total > edge), tied: sorted.filter((p) => p.total === edge) };
}

/**
 * The excellent cap (Decree 335): excellent ≤ `share` of those rated good or better, within the
 * agency and within each group of people with similar tasks. Each group keeps its best within
 * its own cap, then the agency keeps its best of those within the agency's cap; the rest are
 * rated good. Ties at either edge are left to the agency (see keepBest).
 */
export function applyExcellentCap(people: Ranked[], share: number): Capped[] {
  const kept = new Set<string>();
  const tied = new Set<string>();
  for (const group of Map.groupBy(people, (p) => p.group).values()) {
    const result = keepBest(
      group.filter((p) => p.level === 'EXCELLENT'),
      capOf(group, share),
    );
    result.kept.forEach((p) => kept.add(p.id));
    result.tied.forEach((p) => tied.add(p.id));
  }
  const agency = keepBest(
    people.filter((p) => kept.has(p.id)),
    capOf(people, share),
  );
  const final = new Set(agency.kept.map((p) => p.id));
  agency.tied.forEach((p) => tied.add(p.id));
  const totals = [...people].map((p) => p.total).sort((a, b) => b - a);
  return people.map((p) => {
    const demoted = p.level === 'EXCELLENT' && !final.has(p.id);
    return {
      id: p.id,
      level: demoted ? 'GOOD' : p.level,
      rank: totals.indexOf(p.total) + 1,
      capped: demoted,
      tiedAtCap: demoted && tied.has(p.id),
    };
  });
}
