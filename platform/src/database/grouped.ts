/**
 * Writes that arrive while earlier ones are being written wait, and are then written together:
 * one transaction for the group, its statements each covering every write of it — group commit,
 * as PostgreSQL itself flushes the WAL of concurrent commits once.
 *
 * A transaction costs its statements' round trips and planning whatever it writes: the diary's
 * write of one entry spent ~1.1 ms of PostgreSQL's CPU in five statements (two thirds parsing and
 * planning), and the diary ~18 % of its CPU writing them to the socket (docs/diary.md, "Writes in
 * groups"). Nothing waits for a group to fill: a write that finds no group in flight starts one
 * at once, so a lone writer is written exactly as before, and the groups grow only as writes queue
 * behind each other.
 *
 * `write` answers each item of a group in order: its result, or the Error that refuses that item
 * alone (a broken rule: the others are written). When `write` itself throws (the transaction
 * failed, nothing of it is kept), each item of the group is written again alone, so one write's
 * fault is never another's and every item gets the answer it would have got by itself.
 */
export class WriteGroups<T, R> {
  private readonly waiting: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly write: (items: readonly T[]) => Promise<readonly (R | Error)[]>,
    private readonly options: {
      /** The most items a group takes. */
      most: number;
      /** Groups written at once: more than one keeps a slow group (waiting on a lock) from holding every writer. */
      parallel: number;
    } = { most: 64, parallel: 2 },
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.inFlight < this.options.parallel) void this.drain();
    });
  }

  private async drain() {
    this.inFlight++;
    try {
      while (this.waiting.length) await this.settle(this.waiting.splice(0, this.options.most));
    } finally {
      this.inFlight--;
    }
  }

  private async settle(group: typeof this.waiting): Promise<void> {
    let results: readonly (R | Error)[];
    try {
      results = await this.write(group.map((waiting) => waiting.item));
      if (results.length !== group.length) throw new Error(`a group of ${group.length} writes was answered ${results.length} times`);
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const waiting of group) await this.settle([waiting]);
      return;
    }
    group.forEach((waiting, i) => {
      const result = results[i]!;
      if (result instanceof Error) waiting.reject(result);
      else waiting.resolve(result);
    });
  }
}
