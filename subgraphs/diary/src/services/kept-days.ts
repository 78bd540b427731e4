import type { WriteContextRows } from '../store/diary.store.js';

/**
 * The person-days the diary last read or wrote, as it left them, for the next write of the same
 * day: a member of staff records several entries a day, and each would otherwise read the day
 * again before its insert — a round trip on a busy diary, and a read that grows with the day.
 *
 * Nothing kept is trusted: each carries its stamp (the ids and row versions of the day's entries,
 * leave and reopenings, `diary.day_stamp`), and a write's insert goes in only if the day still
 * has that stamp under its lock (DiaryStore.insertIfUnchanged). A day changed meanwhile — by a
 * review, a correction, a leave recorded, another process of the diary — fails that comparison;
 * the write forgets it and reads the day again. So a kept day costs at most one refused statement.
 *
 * Bounded by what the days hold (`limit` entries and days together, ~25 MB at the default; the
 * least recently used dropped first); a day handed out is a copy, since a group's checks add their
 * own entries to it before knowing whether they are written.
 */
export class KeptDays {
  private readonly days = new Map<string, WriteContextRows>();
  private weight = 0;

  constructor(private readonly limit = 100_000) {}

  /** The day kept under `key` (personDayKey), as a copy the caller may change; undefined if none. */
  take(key: string): WriteContextRows | undefined {
    const day = this.days.get(key);
    if (!day) return undefined;
    this.days.delete(key);
    this.days.set(key, day);
    return { ...day };
  }

  keep(key: string, day: WriteContextRows) {
    this.forget([key]);
    this.days.set(key, { ...day });
    this.weight += weightOf(day);
    for (const [oldest, kept] of this.days) {
      if (this.weight <= this.limit) break;
      this.days.delete(oldest);
      this.weight -= weightOf(kept);
    }
  }

  forget(keys: Iterable<string>) {
    for (const key of keys) {
      const day = this.days.get(key);
      if (!day) continue;
      this.days.delete(key);
      this.weight -= weightOf(day);
    }
  }

  get size() {
    return this.days.size;
  }
}

/** A day counts as one, plus its entries. */
const weightOf = (day: WriteContextRows) => 1 + day.entries.length;
