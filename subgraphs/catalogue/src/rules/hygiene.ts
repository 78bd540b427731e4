import { DomainError, hasRole, readsProvince, Role, type Identity } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';

/**
 * Catalogue hygiene: what a working group streamlining a list looks at (one pilot agency cut
 * 130+ items to 50) — items nobody logs, items hardly anyone logs, and items whose recorded time
 * is far from their standard time. The usage facts come from the diary, through the graph.
 */

/** An item's usage in a period, as the diary sums it. */
export interface Usage {
  entries: number;
  employees: number;
  actualMinutes: number;
  /** Σ quantity × standard minutes of the entries (each as the item was on its date). */
  standardMinutes: number;
}

export interface HygieneThresholds {
  /** Used, but by fewer entries than this: rarely used. */
  rarelyBelow: number;
  /** Actual ÷ standard above this, or below its inverse: far from the standard. */
  farFactor: number;
  /** Fewer entries than this say nothing about the standard time: one odd day would decide. */
  minEntries: number;
}

/**
 * Ten entries: about two weeks of one person's regular use, or ten people once. Below that a
 * single long day (a meeting that ran over) moves the ratio past any factor.
 */
export const DEFAULT_MIN_ENTRIES = 10;

/**
 * Who reads hygiene: province roles all of it (as they read the catalogue: a system granted the
 * analyst role too); a list's keepers — agency and catalogue admins — what they keep.
 */
export function hygieneScope(who: Identity): 'all' | 'kept' | null {
  if (readsProvince(who)) return 'all';
  return who.kind === 'person' && hasRole(who, Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN) ? 'kept' : null;
}

export function assertThresholds(t: HygieneThresholds) {
  const bad = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
  if (!Number.isInteger(t.rarelyBelow) || t.rarelyBelow < 1 || t.rarelyBelow > 10_000) throw bad('rarelyBelow', said.rarelyBelow());
  if (!(t.farFactor > 1 && t.farFactor <= 100)) throw bad('farFactor', said.farFactor());
  if (!Number.isInteger(t.minEntries) || t.minEntries < 1 || t.minEntries > 10_000) throw bad('minEntries', said.minEntries());
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Hygiene<T> {
  neverUsed: T[];
  rarelyUsed: { workItem: T; entries: number; employees: number }[];
  farFromStandard: { workItem: T; entries: number; actualMinutes: number; standardMinutes: number; actualToStandard: number }[];
}

/**
 * Sorts items in force into the three lists. Never used: no entry in the period. Rarely used:
 * 1 to rarelyBelow − 1 entries, fewest first. Far from standard: at least minEntries entries and
 * actual ÷ standard minutes above farFactor or below 1 ÷ farFactor, the farthest first (by the
 * size of the logarithm, so 3× over and 3× under weigh the same). An item can be both rarely
 * used and far from standard when minEntries < rarelyBelow.
 */
export function classifyUsage<T>(items: readonly { item: T; usage: Usage }[], t: HygieneThresholds): Hygiene<T> {
  const neverUsed = items.filter(({ usage }) => usage.entries === 0).map(({ item }) => item);
  const rarelyUsed = items
    .filter(({ usage }) => usage.entries > 0 && usage.entries < t.rarelyBelow)
    .sort((a, b) => a.usage.entries - b.usage.entries)
    .map(({ item, usage }) => ({ workItem: item, entries: usage.entries, employees: usage.employees }));
  const farFromStandard = items
    .filter(({ usage }) => usage.entries >= t.minEntries && usage.standardMinutes > 0 && usage.actualMinutes > 0)
    .map(({ item, usage }) => ({ item, usage, ratio: usage.actualMinutes / usage.standardMinutes }))
    .filter(({ ratio }) => ratio > t.farFactor || ratio < 1 / t.farFactor)
    .sort((a, b) => Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)))
    .map(({ item, usage, ratio }) => ({
      workItem: item,
      entries: usage.entries,
      actualMinutes: round2(usage.actualMinutes),
      standardMinutes: round2(usage.standardMinutes),
      actualToStandard: round2(ratio),
    }));
  return { neverUsed, rarelyUsed, farFromStandard };
}
