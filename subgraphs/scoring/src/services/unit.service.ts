import { placedIn, type PlacedPerson } from './inputs.service.js';
import type { ScoringContext } from './context.js';

/** The directory answers at most this many ids (or supervisors) a call. */
const IDS_PER_CALL = 500;

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
 * Asked of personnel level by level: the people by id, then whoever had one of the new leaders as
 * supervisor in some placement of the period (a superset, kept only where the last stretch says
 * so), until a level brings no leader. A supervisor cycle ends where it closes.
 */
export async function unitOf(ctx: ScoringContext, period: { from: string; to: string }, employeeIds: readonly string[]) {
  const found = new Map<string, PlacedPerson>();
  const add = (people: PlacedPerson[]) => {
    const added = people.filter((p) => !found.has(p.employeeId));
    for (const person of added) found.set(person.employeeId, person);
    return added;
  };
  const byIds = await Promise.all(chunks([...new Set(employeeIds)], IDS_PER_CALL).map((ids) => placedIn(ctx, period, { ids })));
  let leaders = add(byIds.flat()).filter(leadsAtEnd);
  while (leaders.length) {
    const led = new Set(leaders.map((leader) => leader.employeeId));
    const candidates = await Promise.all(
      chunks([...led], IDS_PER_CALL).map((supervisorIds) =>
        placedIn(ctx, period, { supervisedBy: { supervisorIds, from: period.from, to: period.to } }),
      ),
    );
    const reports = candidates.flat().filter((person) => led.has(person.stretches.at(-1)!.supervisorId ?? ''));
    leaders = add(reports).filter(leadsAtEnd);
  }
  return [...found.values()];
}

/** Whether the person leads at the end of the period (the leader rule looks at their last stretch). */
const leadsAtEnd = (person: PlacedPerson) => person.stretches.at(-1)!.isLeadership;
