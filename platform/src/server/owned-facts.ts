/**
 * What a subgraph keeps of another domain's facts between requests, without ever using a fact the
 * owner has changed since the request began.
 *
 * The owner keeps a **revision**: a value it changes in the same transaction as any fact it
 * covers (`revisionSql`: statement triggers on the covered tables), so a new revision is visible
 * exactly when the change is. A request first reads the owner's revision — a read that began
 * after the request did — and uses only what was fetched under that revision; anything kept under
 * another is dropped. A request therefore sees every change committed before it began, as if it
 * had asked the owner for the facts themselves, and no time-to-live is involved.
 *
 * Revision reads are shared: while one is on its way, the requests that arrive wait for the next
 * one (at most one waits), which starts when it is answered. At one request at a time a request
 * costs one small read; under load one read serves every request that arrived meanwhile. Where the
 * reader shares the owner's database, it need not ask at all until the owner says its revision
 * moved (revision-watch.ts).
 */

import type { RevisionWatch, WatchMark } from './revision-watch.js';

/** An owner as a reader's revision watch hears it (revision-watch.ts). */
export interface WatchedOwner {
  watch: RevisionWatch;
  /** The owner's name on the channel: its subgraph's name. */
  owner: string;
  /**
   * The watch's round trips sent when the request began (`RevisionWatch.sent`): one answered since
   * serves the request's every read. Moved on by a request's own write, whose notice must be heard.
   */
  since?: number;
}

/**
 * The newest revision of one owner, read on demand and shared between the requests waiting for it
 * — or, where the reader hears the owner's notices (`watched`), the revision last read, for as long
 * as the owner has said nothing since.
 */
export class OwnerRevision {
  private inFlight: Promise<string> | undefined;
  private next: Promise<string> | undefined;
  /** The last revision read while the watch listened, and where the watch stood when the read began. */
  private lastRead: { revision: string; watch: RevisionWatch; mark: WatchMark } | undefined;

  /**
   * A revision read that began after this call, or one the owner has not moved since. `read` asks
   * the owner (with the asking request's peers), with a token to announce when the watch asks for
   * one; it is used only when this call starts the read.
   */
  current(read: (announce?: string) => Promise<string>, watched?: WatchedOwner): Promise<string> {
    if (!watched) return this.shared(read);
    return watched.watch.sync(watched.since).then((listening) => {
      const last = this.lastRead;
      if (listening && last && last.watch === watched.watch && watched.watch.unchangedSince(watched.owner, last.mark)) return last.revision;
      return this.shared(read, watched);
    });
  }

  private shared(read: (announce?: string) => Promise<string>, watched?: WatchedOwner): Promise<string> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start(read, watched);
    // The read on its way may have begun before this request: wait for the following one.
    const next = this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start(read, watched);
      });
    this.next = next;
    return next;
  }

  private start(read: (announce?: string) => Promise<string>, watched?: WatchedOwner) {
    const mark = watched?.watch.mark(watched.owner) ?? null;
    const token = mark ? watched!.watch.tokenFor(watched!.owner) : undefined;
    const reading = read(token).then(async (revision) => {
      if (watched && mark) {
        if (token) await watched.watch.confirm(watched.owner, token, mark);
        this.lastRead = { revision, watch: watched.watch, mark };
      }
      return revision;
    });
    this.inFlight = reading;
    const settle = () => {
      if (this.inFlight === reading) this.inFlight = undefined;
    };
    reading.then(settle, settle);
    return reading;
  }
}

/**
 * Facts of one kind (people by id, work items by id…) kept under an owner's revision: a request
 * gets the kept ones and fetches the rest in one call. Dropped whole when the revision moves (a
 * change is rare; which facts it touched is the owner's business), and when more than `limit`
 * are kept — counted as keys, or by `weigh` when facts differ much in size (a person, a unit of a
 * thousand).
 */
export class OwnedFacts<V> {
  private revision: string | undefined;
  private readonly values = new Map<string, Promise<V | null>>();
  /** What the kept facts weigh (with `weigh`); a clear starts a new generation, so a late fetch adds nothing. */
  private weight = 0;
  private generation = 0;

  constructor(
    private readonly limit = 50_000,
    private readonly weigh?: (value: V) => number,
  ) {}

  /** The facts of `keys` as of `revision` (or newer), in order; null where the owner has none. */
  get(revision: string, keys: readonly string[], fetch: (missing: string[]) => Promise<readonly (V | null)[]>): Promise<(V | null)[]> {
    if (revision !== this.revision || (this.weigh ? this.weight : this.values.size) > this.limit) {
      this.values.clear();
      this.weight = 0;
      this.generation++;
      this.revision = revision;
    }
    const missing = [...new Set(keys.filter((key) => !this.values.has(key)))];
    if (missing.length > 0) {
      const fetched = fetch(missing);
      for (const [i, key] of missing.entries()) {
        const value = fetched.then((rows) => rows[i] ?? null);
        this.values.set(key, value);
        const generation = this.generation;
        value.then(
          (fact) => {
            if (this.weigh && fact !== null && this.generation === generation) this.weight += this.weigh(fact);
          },
          // A failed fetch is not kept: the next request asks again.
          () => {
            if (this.values.get(key) === value) this.values.delete(key);
          },
        );
      }
    }
    return Promise.all(keys.map((key) => this.values.get(key)!));
  }

  /**
   * The fact kept for `key` under whichever revision it was fetched, without reading the owner's:
   * to start work with it early — `get` under the current revision then returns this very value
   * when it still holds, and another once the revision has moved.
   */
  peek(key: string): Promise<V | null> | undefined {
    return this.values.get(key);
  }

  /** Forgets everything (a test, or an owner known to have changed). */
  clear() {
    this.values.clear();
    this.weight = 0;
    this.generation++;
    this.revision = undefined;
  }
}

/**
 * The owner's side: a one-row table holding the revision, and statement triggers that move it on
 * every insert, update, delete or truncate of `tables` (all in `schema`), in the same transaction.
 * The revision is `<epoch>:<counter>`: the epoch (a uuid made with the table) tells two databases
 * apart, so a process serving tests of several graphs never mixes their facts. Writers of the
 * covered tables queue on the row until they commit: fine for facts that change rarely.
 */
export function revisionSql(schema: string, tables: readonly string[]): string[] {
  return [
    `create table "${schema}"."revision" (
      "id" boolean primary key default true check ("id"),
      "epoch" uuid not null default gen_random_uuid(),
      "counter" bigint not null default 0
    )`,
    `insert into "${schema}"."revision" default values`,
    `create function "${schema}"."move_revision"() returns trigger language plpgsql as $$
     begin
       update "${schema}"."revision" set "counter" = "counter" + 1;
       return null;
     end $$`,
    ...tables.map((table) => revisionTriggerSql(schema, table)),
  ];
}

/** The trigger that moves the owner's revision with every statement on one more table it covers (revisionSql made the revision). */
export const revisionTriggerSql = (schema: string, table: string) =>
  `create trigger "${table}_moves_revision" after insert or update or delete or truncate on "${schema}"."${table}" for each statement execute function "${schema}"."move_revision"()`;

/** The statement that reads an owner's revision (in its store). */
export const readRevisionSql = (schema: string) => `select "epoch" || ':' || "counter" as "revision" from "${schema}"."revision"`;
