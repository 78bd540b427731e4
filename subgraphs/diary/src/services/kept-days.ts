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
 * Bounded (`limit` days, the least recently used dropped); a day handed out is a copy, since a
 * group's checks add their own entries to it before knowing whether they are written.
 */
export class KeptDays {
  private readonly days = new Map<string, WriteContextRows>();

  constructor(private readonly limit = 10_000) {}

  /** The day kept under `key` (personDayKey), as a copy the caller may change; undefined if none. */
  take(key: string): WriteContextRows | undefined {
    const day = this.days.get(key);
    if (!day) return undefined;
    this.days.delete(key);
    this.days.set(key, day);
    return { ...day };
  }

  keep(key: string, day: WriteContextRows) {
    this.days.delete(key);
    this.days.set(key, { ...day });
    if (this.days.size > this.limit) this.days.delete(this.days.keys().next().value!);
  }

  forget(keys: Iterable<string>) {
    for (const key of keys) this.days.delete(key);
  }

  get size() {
    return this.days.size;
  }
}
