import { OwnedFacts, OwnerRevision } from '@kpi/platform';
import * as personnel from '../peers/personnel.js';
import type { PlacedPerson } from './inputs.service.js';
import type { ScoringContext } from './context.js';

/**
 * What scoring keeps of personnel's directory between computations, under personnel's revision
 * (platform owned-facts.ts: used only when fetched under the revision read after the computation
 * began, so a placement changed before it is seen; the revision is heard, not asked, where
 * personnel shares scoring's database): the units of live scores (unit.service.ts) — a person's
 * own page asks one, a team page its people — and everyone placed in a period (placedIn), what a
 * province's or an agency's computation scores. Asked every time, these were a recursive statement
 * over the placements for every live score, and ~7,000 placements made into GraphQL and read back
 * for every computation of a province month (~0.4 s of its 2.4 s). Weighed by the people kept;
 * kept per personnel endpoint, as a test process may serve several graphs.
 */
export interface KeptDirectory {
  revision: OwnerRevision;
  /** By period and the people asked. */
  units: OwnedFacts<readonly PlacedPerson[]>;
  /** By period and the directory's filter (everyone, or an agency's people). */
  placed: OwnedFacts<readonly PlacedPerson[]>;
  /** Where each person sits now, by id: what `me` provides beside personnel. */
  places: OwnedFacts<personnel.RatedPerson>;
}
const kept = new Map<string, KeptDirectory>();
/** About 60 MB of placements at most each, a province's people many times over. */
const KEPT_PEOPLE = 200_000;

export function keptDirectoryFor(ctx: ScoringContext): KeptDirectory {
  const key = String(ctx.peers.endpoint('personnel'));
  let directory = kept.get(key);
  if (!directory) {
    const weigh = (people: readonly PlacedPerson[]) => Math.max(1, people.length);
    directory = {
      revision: new OwnerRevision(),
      units: new OwnedFacts(KEPT_PEOPLE, weigh),
      placed: new OwnedFacts(KEPT_PEOPLE, weigh),
      places: new OwnedFacts(KEPT_PEOPLE),
    };
    kept.set(key, directory);
  }
  return directory;
}

/** Personnel's revision as of now: what kept facts are used under. */
export function directoryRevision(ctx: ScoringContext) {
  return keptDirectoryFor(ctx).revision.current(
    (announce) => personnel.directoryRevision(ctx.peers, announce),
    ctx.peers.watched('personnel'),
  );
}

/** Where a person sits now (their agency, division and supervisor), kept under personnel's revision; null: no such person. */
export async function placeOf(ctx: ScoringContext, id: string): Promise<personnel.RatedPerson | null> {
  const directory = keptDirectoryFor(ctx);
  const [place] = await directory.places.get(await directoryRevision(ctx), [id], (missing) =>
    personnel.placesOf(ctx.peers, missing, { asService: true }),
  );
  return place ?? null;
}

/** Kept facts are shared by every request that finds them: frozen, so none can change another's. */
export function frozen(people: PlacedPerson[]): readonly PlacedPerson[] {
  for (const person of people) {
    for (const stretch of person.stretches) Object.freeze(stretch);
    Object.freeze(person.stretches);
    Object.freeze(person);
  }
  return Object.freeze(people);
}
