import { unitsPlacedIn, type PlacedPerson } from './inputs.service.js';
import { directoryRevision, frozen, keptDirectoryFor } from './directory.service.js';
import type { ScoringContext } from './context.js';

/** Personnel's scoringUnits starts from at most this many people a call (an agency's people). */
const IDS_PER_CALL = 5000;

const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * These people and, for each leader among them, everyone whose score enters the leader's: the
 * people who reported to them at the end of the period, those people's reports if they lead too,
 * and so on down — what the leader rule reads (rules/people.ts: a subordinate is whose last
 * stretch of the period names the leader as supervisor). Scored together, each of them gets
 * exactly the score a computation of everyone gives, at a cost proportional to the people and
 * their units, never to their agency: a member of staff is one person, a unit head their unit.
 *
 * Personnel answers in one call (scoringUnits, one statement however deep the units) the people
 * and everyone who reported to a leader among them in some placement of the period, down every
 * level: a superset, cut here level by level to whose last stretch says so. A supervisor cycle
 * ends where it closes.
 */
export async function unitOf(ctx: ScoringContext, period: { from: string; to: string }, employeeIds: readonly string[]) {
  const asked = [...new Set(employeeIds)].sort();
  const revision = await directoryRevision(ctx);
  const [unit] = await keptDirectoryFor(ctx).units.get(revision, [unitKey(period, asked)], async () => [
    frozen(await askedUnit(ctx, period, asked)),
  ]);
  return unit!;
}

/**
 * The unit kept for these people over the period under whichever revision it was fetched, if any,
 * without asking personnel: unitOf then answers this very array if it still holds.
 */
export function keptUnitOf(ctx: ScoringContext, period: { from: string; to: string }, employeeIds: readonly string[]) {
  return keptDirectoryFor(ctx).units.peek(unitKey(period, [...new Set(employeeIds)].sort()));
}

const unitKey = (period: { from: string; to: string }, asked: readonly string[]) => `${period.from}|${period.to}|${asked.join(',')}`;

/** unitOf as personnel answers it now. */
async function askedUnit(ctx: ScoringContext, period: { from: string; to: string }, asked: readonly string[]) {
  const answered = (await Promise.all(chunks(asked, IDS_PER_CALL).map((ids) => unitsPlacedIn(ctx, period, ids)))).flat();
  const reportsOf = Map.groupBy(answered, (person) => person.stretches.at(-1)!.supervisorId ?? '');
  const found = new Map<string, PlacedPerson>();
  const add = (people: PlacedPerson[]) => {
    const added = people.filter((p) => !found.has(p.employeeId));
    for (const person of added) found.set(person.employeeId, person);
    return added;
  };
  const wanted = new Set(asked);
  let leaders = add(answered.filter((person) => wanted.has(person.employeeId))).filter(leadsAtEnd);
  while (leaders.length) leaders = add(leaders.flatMap((leader) => reportsOf.get(leader.employeeId) ?? [])).filter(leadsAtEnd);
  // In personnel's order (by code), as a computation of everyone takes them: a leader's unit score
  // sums their subordinates' in that order, to the last rounding.
  const kept = new Set(found.keys());
  return answered.filter((person) => kept.delete(person.employeeId));
}

/** Whether the person leads at the end of the period (the leader rule looks at their last stretch). */
const leadsAtEnd = (person: PlacedPerson) => person.stretches.at(-1)!.isLeadership;
