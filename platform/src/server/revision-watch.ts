import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, said } from '../errors.js';
import { readRevisionSql } from './owned-facts.js';
import { described } from '../i18n/descriptions.js';

/**
 * Owners' revisions heard rather than asked for, where owner and reader share a database.
 *
 * A reader of another domain's facts (owned-facts.ts) asks the owner for its revision at the start
 * of every request that uses them: a call through the graph each time (the live score asked
 * personnel's and the catalogue's, a diary write the same), though the revision moves a few times
 * a day. An owner whose revision moves also says so on PostgreSQL's `kpi_revisions` channel, in
 * the same transaction (`revisionNoticeSql`); a reader on the same database listens, and keeps
 * using the revision it last asked for until it hears that owner again.
 *
 * Why it misses nothing: PostgreSQL signals a transaction's listeners before it acknowledges the
 * commit, and sends a listener the notifications it was signalled before the ReadyForQuery of the
 * statement it is running. So once a `select 1` sent on the listening connection after a request
 * began is answered (`sync`), every change committed before the request began has been heard.
 *
 * What is trusted: a notice only ever makes the reader ask again, so a forged one costs a call,
 * never a stale fact. That an owner's notices reach this database at all is proven, per connection,
 * by the owner itself: the reader asks for the revision with a fresh random token and the owner
 * announces the token on the channel in the statement that reads the revision; a reader that does
 * not hear it (the owner on another database, a listener down) keeps asking for every request.
 */
export const REVISION_CHANNEL = 'kpi_revisions';

/** What a reader knew when it began asking an owner for the revision (null: not listening then). */
export interface WatchMark {
  session: number;
  notices: number;
}

export class RevisionWatch {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client | null> | undefined;
  /** Bumped at every connection made or lost: what was heard or proven belongs to one session. */
  private session = 0;
  /** Each owner's notices heard in this session. */
  private readonly notices = new Map<string, number>();
  /** Tokens announced on the channel and heard in this session, by token: the owner that said it. */
  private readonly heard = new Map<string, string>();
  /** Owners whose announcement was heard, with the session it was heard in. */
  private readonly proven = new Map<string, number>();
  /** The round trip sent and not yet answered, and the next, shared by whoever asks meanwhile. */
  private inFlight: Promise<boolean> | undefined;
  private queued: Promise<boolean> | undefined;
  /** Round trips sent (each numbered by this count when sent), and the last answered, with its session. */
  private trips = 0;
  private answered = { trip: 0, session: -1 };
  /** After a failed connection, when the next may be tried (ms since the epoch). */
  private retryAt = 0;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /**
   * Resolves true once every notice committed before the call has been heard; false when nothing
   * is listening now (the caller then asks the owner). One round trip is on its way at a time: a
   * call joins the next, which is sent after the last call of its tick, or — while one is on its
   * way (sent before the call, so it proves nothing of it) — once that one is answered. Every
   * request of a busy subgraph syncs, and the connection answers in order anyway: a round trip
   * sent meanwhile would have waited behind the one on its way all the same. With `since` (`sent`
   * when the request began), a round trip already answered that was sent after it does: a request
   * that reads three owners' facts syncs once, not three times (a live score made 2.5 round trips).
   */
  sync(since?: number): Promise<boolean> {
    if (since !== undefined && this.client && this.answered.session === this.session && this.answered.trip > since)
      return Promise.resolve(true);
    return (this.queued ??= (this.inFlight ?? Promise.resolve(true))
      .then(() => new Promise<void>((tick) => queueMicrotask(tick)))
      .then(() => {
        this.queued = undefined;
        const trip = this.roundTrip();
        this.inFlight = trip;
        void trip.then(() => {
          if (this.inFlight === trip) this.inFlight = undefined;
        });
        return trip;
      }));
  }

  /** Round trips sent so far (for tests and the curious). */
  get roundTrips(): number {
    return this.trips;
  }

  /** Where the round trips stand now: what a request notes when it begins, to `sync` since. */
  get sent(): number {
    return this.trips;
  }

  /** Never rejects: a failure loses the connection and answers false. */
  private async roundTrip(): Promise<boolean> {
    const client = this.client ?? (await this.connect());
    if (!client) return false;
    const trip = ++this.trips;
    const session = this.session;
    try {
      await client.query('select 1');
      if (this.client !== client) return false;
      if (session === this.session && trip > this.answered.trip) this.answered = { trip, session };
      return true;
    } catch (error) {
      this.lost(client, error);
      return false;
    }
  }

  /** Where a reader stands before asking `owner` for its revision; null when not listening. */
  mark(owner: string): WatchMark | null {
    return this.client ? { session: this.session, notices: this.notices.get(owner) ?? 0 } : null;
  }

  /** A token for `owner` to announce, when its notices are not yet proven to reach this session. */
  tokenFor(owner: string): string | undefined {
    return this.client && this.proven.get(owner) !== this.session ? randomUUID() : undefined;
  }

  /** After the owner answered a read that carried `token`: whether its announcement was heard. */
  async confirm(owner: string, token: string, mark: WatchMark) {
    if (!(await this.sync()) || mark.session !== this.session) return;
    if (this.heard.get(token) === owner) this.proven.set(owner, mark.session);
    this.heard.delete(token);
  }

  /** Whether nothing was heard of `owner` since `mark`, in a session its notices are proven to reach. */
  unchangedSince(owner: string, mark: WatchMark) {
    return (
      this.client !== undefined &&
      mark.session === this.session &&
      this.proven.get(owner) === this.session &&
      (this.notices.get(owner) ?? 0) === mark.notices
    );
  }

  async close() {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    this.session++;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<pg.Client | null> {
    if (this.closed || Date.now() < this.retryAt) return Promise.resolve(null);
    return (this.connecting ??= this.open().finally(() => (this.connecting = undefined)));
  }

  private async open(): Promise<pg.Client | null> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'kpi revision watch' });
    client.on('notification', (message) => this.hear(client, message.payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the revision watch’s connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${REVISION_CHANNEL}`);
    } catch (error) {
      this.retryAt = Date.now() + 5_000;
      this.onError(error);
      await client.end().catch(() => {});
      return null;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return null;
    }
    this.session++;
    this.notices.clear();
    this.heard.clear();
    this.client = client;
    return client;
  }

  /** `owner` (a change) or `owner token` (an announcement). */
  private hear(client: pg.Client, payload: string) {
    if (client !== this.client) return;
    const [owner = '', token] = payload.split(' ');
    if (token) {
      // Bounded: tokens nobody confirms (a forged flood) must not pile up.
      if (this.heard.size > 1_000) this.heard.clear();
      this.heard.set(token, owner);
    } else this.notices.set(owner, (this.notices.get(owner) ?? 0) + 1);
  }

  private lost(client: pg.Client, error: unknown) {
    if (client !== this.client) return;
    this.client = undefined;
    this.session++;
    this.retryAt = Date.now() + 1_000;
    this.onError(error);
    client.end().catch(() => {});
  }
}

/**
 * The owner's side, in a migration after `revisionSql`'s: the function that moves the revision
 * also says so on the channel (`owner` is the subgraph's name, as readers' peers call it).
 */
export function revisionNoticeSql(schema: string, owner = schema): string {
  return `create or replace function "${schema}"."move_revision"() returns trigger language plpgsql as $$
     begin
       update "${schema}"."revision" set "counter" = "counter" + 1;
       perform pg_notify('${REVISION_CHANNEL}', '${owner}');
       return null;
     end $$`;
}

/** The owner's revision query's `announce` argument, said alike by every owner. */
export const ANNOUNCE_ARGUMENT = {
  nullable: true,
  description: described(
    'A reader’s token (a lowercase UUID) to say on the database’s kpi_revisions channel with this read: a reader that hears it knows this subgraph’s notices of a moved revision reach it',
    'Mã của nơi đọc (một UUID viết thường) được phát trên kênh kpi_revisions của cơ sở dữ liệu cùng lần đọc này: nơi đọc nghe thấy thì biết các thông báo thay đổi của phân hệ này đến được với mình',
  ),
} as const;

/** A token a reader may ask an owner to announce: what randomUUID makes, nothing else. */
const ANNOUNCE_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The owner's revision (its `revisionSql` row), in one statement; with `announce`, the same
 * statement says the reader's token on the channel: heard, it proves the owner's notices reach
 * the reader's connection.
 */
export async function readRevision(em: EntityManager, schema: string, announce?: string | null, owner = schema): Promise<string> {
  if (announce == null) {
    const [row] = await em.execute<{ revision: string }[]>(readRevisionSql(schema));
    return row!.revision;
  }
  if (!ANNOUNCE_TOKEN.test(announce)) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.announceToken(), { field: 'announce' });
  const [row] = await em.execute<{ revision: string }[]>(
    `select "epoch" || ':' || "counter" as "revision", pg_notify('${REVISION_CHANNEL}', '${owner} ' || ?) from "${schema}"."revision"`,
    [announce],
  );
  return row!.revision;
}
