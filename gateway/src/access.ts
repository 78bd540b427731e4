import {
  asServiceUnavailable,
  gatewayServiceIdentity,
  IDENTITY_HEADER,
  isUuid,
  outsideRequests,
  Role,
  rolesOfScopes,
  serviceUnavailable,
  signGatewayAssertion,
  todayInVietnam,
  tracedPost,
  unauthenticated,
  type EmployeeReference,
  type Identity,
} from '@kpi/platform';
import DataLoader from 'dataloader';
import { print } from 'graphql';
import type { CryptoKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AccessRevisionDocument,
  SignInBatchDocument,
  SignInClientDocument,
  type SignInClientQuery,
  type SignInFactsFragment,
} from './peers/personnel.generated.js';
import { said } from './messages.js';

/**
 * The bound on staleness: how long a person's access, once read, is used without asking personnel
 * again unless personnel's access revision has stood since (or, with the watch off, at all).
 */
export const ACCESS_CACHE_SECONDS = 30;
/** How often personnel's access revision is read while access is kept. */
export const ACCESS_REVISION_MS = 1000;
/** The longest a session's access is kept even while the revision stands (a working day). */
const MAX_KEPT_SECONDS = 12 * 3600;
/** The most signed-in sessions whose access is remembered at once (least recently used go first). */
const MAX_SESSIONS = 20_000;
/** A sign-in that personnel does not answer in this time fails as SERVICE_UNAVAILABLE (retryable). */
const LOOKUP_TIMEOUT_MS = 5_000;
/** The most people whose access one request to personnel reads. */
const SIGN_INS_AT_ONCE = 100;

export interface AccessDirectoryOptions {
  /** The subgraph that keeps the records of who may do what, and its URL. */
  subgraph: string;
  url: string;
  gatewayKey: CryptoKey;
  gatewayKeyId: string;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  cacheSeconds?: number;
  /** How often personnel's revision is read while anything is kept (ACCESS_REVISION_MS); 0: never, access is kept `cacheSeconds`. */
  revisionMs?: number;
}

/** What is kept of a caller: the answer, when its lookup began, and the watch's generation then. */
interface Kept<T> {
  value: T;
  readAt: number;
  generation: number;
}

/** Who a verified token names, before the records say what they may do. */
export interface PersonSignIn {
  /** The cache key: one signed-in session (its token). */
  session: string;
  employee: EmployeeReference;
}

/** An integration client acting for itself, with the scopes its token carries. */
export interface ClientSignIn {
  clientId: string;
  scopes: string[];
}

/** A caller the records know: its identity, and what the register says of a client (its rate limit, its safelist). */
export interface KnownCaller {
  identity: Identity;
  requestsPerWindow: number | null;
  /** The operations a client is restricted to, by id (SHA-256 of the text); null: unrestricted. */
  safelist: Map<string, string> | null;
}

/**
 * What a signed-in person may do, read from personnel's records (`Employee.access`: their
 * placement today and the grants that hold), never from their token; and what an integration
 * client may do, from the register of clients (its scopes, its rate limit, revoked or not). Each
 * answer is kept — a person's per session, a client's per client id — so a request costs no call
 * to personnel; concurrent first requests share one lookup.
 *
 * Kept for how long: `cacheSeconds` (30 s) from its lookup, the bound on staleness — and past it
 * for as long as personnel's access revision (`accessRevision`, which moves in the same
 * transaction as any change to people, placements, positions, agencies, grants or clients) has
 * not moved since. While anything is kept the revision is read every `revisionMs` (about a second)
 * as background work; when it moves, or the day changes in Vietnam (a grant or a placement starting
 * or ending), what was kept ages out within the bound from its lookup, as it always did. So a
 * change made elsewhere (another gateway, the database) still shows within 30 s, and while
 * nothing changes a session is not read again: kept 30 s flat, a working day's sessions were read
 * again every 30 s, in waves a busy graph paid for nothing. When the revision cannot be read
 * (personnel down), nothing is kept past the bound. A change personnel reports through this
 * gateway drops what is kept of those callers at once.
 */
export class AccessDirectory {
  private readonly sessions: LRUCache<string, Kept<Identity>, EmployeeReference>;
  private readonly clients: LRUCache<string, Kept<SignInClientQuery['integrationClient'] & object>>;
  /** The bound on staleness (ms) without a reading of the revision. */
  private readonly bound: number;
  private readonly revisionMs: number;
  /** Bumped whenever what is kept may no longer hold: kept answers of an older generation are read again. */
  private generation = 0;
  /** The revision last read, the time its reading began (performance.now()), and the day in Vietnam then. */
  private revision: string | undefined;
  private confirmedAt = -Infinity;
  private day = todayInVietnam();
  private watch: ReturnType<typeof setInterval> | undefined;
  private reading: Promise<void> | undefined;
  private firstReading: Promise<void> | undefined;
  /**
   * The people whose access is asked while another request to personnel for access is on its way
   * go together in the next one (`_entities`, SignInBatch), at most SIGN_INS_AT_ONCE a request:
   * every kept session expires on its own, but a working day starts for thousands at once, and a
   * request to personnel costs far more than a person in it. A lookup that finds none on its way
   * is sent in the next turn of the event loop, with whoever asked in the same turn.
   */
  private readonly signIns = new DataLoader<EmployeeReference, SignInFactsFragment | null>(
    (references) => {
      const batch = this.employees(references);
      const settled = (this.onItsWay = batch.then(
        () => undefined,
        () => undefined,
      ));
      void settled.then(() => {
        if (this.onItsWay === settled) this.onItsWay = undefined;
      });
      return batch;
    },
    {
      cache: false,
      maxBatchSize: SIGN_INS_AT_ONCE,
      batchScheduleFn: (send) => void (this.onItsWay ?? Promise.resolve()).then(() => setImmediate(send)),
    },
  );
  private onItsWay: Promise<void> | undefined;
  readonly subgraph: string;

  constructor(private readonly options: AccessDirectoryOptions) {
    this.subgraph = options.subgraph;
    this.bound = (options.cacheSeconds ?? ACCESS_CACHE_SECONDS) * 1000;
    this.revisionMs = options.revisionMs ?? ACCESS_REVISION_MS;
    const ttl = this.revisionMs > 0 ? Math.max(this.bound, MAX_KEPT_SECONDS * 1000) : this.bound;
    this.sessions = new LRUCache<string, Kept<Identity>, EmployeeReference>({
      max: MAX_SESSIONS,
      ttl,
      // A lookup that failed is never kept: the next request asks again.
      fetchMethod: async (_session, _stale, { context }) => this.kept(() => this.lookUp(context)),
    });
    this.clients = new LRUCache({
      max: MAX_SESSIONS,
      ttl,
      fetchMethod: async (clientId) =>
        this.kept(async () => {
          const client = (await this.ask(SignInClientDocument, 'SignInClient', { clientId })).integrationClient;
          if (!client || client.revokedAt) throw unauthenticated(said.unknownClient({ clientId }), 401);
          return client;
        }),
    });
  }

  /** The person's identity with their roles and scope today; UNAUTHENTICATED for no one in service. */
  async identityOf(signIn: PersonSignIn): Promise<Identity> {
    const { session, employee } = signIn;
    return this.fresh(
      () => this.sessions.fetch(session, { context: employee }),
      (kept) => this.sessions.peek(session) === kept && this.sessions.delete(session),
    );
  }

  /** Stops reading the revision (the gateway is closing). */
  close() {
    clearInterval(this.watch);
    this.watch = undefined;
  }

  /** An answer to keep, with what held when its lookup began. */
  private async kept<T>(lookUp: () => Promise<T>): Promise<Kept<T>> {
    // The first lookups wait for a first reading of the revision (one, whatever it answers): what
    // they read is then kept under it, not aged out at the first reading as read before any.
    if (this.revisionMs > 0) await (this.firstReading ??= this.readRevision(true));
    const [readAt, generation] = [performance.now(), this.generation];
    return { value: await lookUp(), readAt, generation };
  }

  /**
   * What is kept under `key`, if it still holds: younger than the bound, as it always was; or
   * older, read in the current generation (nothing has moved since its lookup began) with a
   * reading of the revision younger than the bound. Otherwise it is read again (once: a revision
   * moving at every reading does not hold a request back for ever).
   */
  private async fresh<T>(fetch: () => Promise<Kept<T> | undefined>, drop: (kept: Kept<T>) => unknown): Promise<T> {
    this.watching();
    for (let attempt = 0; ; attempt++) {
      const kept = (await fetch())!;
      if (this.revisionMs <= 0 || attempt > 0) return kept.value;
      const now = performance.now();
      const holds = now - kept.readAt <= this.bound || (kept.generation === this.generation && now - this.confirmedAt <= this.bound);
      if (holds) return kept.value;
      drop(kept);
    }
  }

  /** Reads the revision every `revisionMs` from now on (once started, for as long as the gateway runs). */
  private watching() {
    if (this.watch || this.revisionMs <= 0) return;
    // Started by the first request that keeps anything: not a part of its trace.
    this.watch = outsideRequests(() => setInterval(() => void this.readRevision(), this.revisionMs));
    this.watch.unref();
  }

  /**
   * One reading of personnel's revision (none while one is on its way, or while nothing is kept):
   * a new revision, or a new day, ends a generation — what was kept in it ages out within the
   * bound from its lookup, as it always did. A reading that fails confirms nothing.
   */
  private readRevision(evenIfNothingKept = false): Promise<void> {
    if (this.reading) return this.reading;
    if (!evenIfNothingKept && this.sessions.size === 0 && this.clients.size === 0) return Promise.resolve();
    const began = performance.now();
    const reading = this.ask(AccessRevisionDocument, 'AccessRevision', {}).then(
      ({ accessRevision }) => {
        const today = todayInVietnam();
        if (typeof accessRevision !== 'string') return;
        if (accessRevision !== this.revision || today !== this.day) {
          this.generation += 1;
          [this.revision, this.day] = [accessRevision, today];
        }
        this.confirmedAt = began;
      },
      () => {}, // personnel unreachable or refusing: nothing confirmed
    );
    this.reading = reading.finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  /**
   * A registered client in service, holding the roles of the scopes both its token carries and
   * the register grants it (a token cannot widen what the register says); UNAUTHENTICATED otherwise.
   */
  async clientOf(signIn: ClientSignIn): Promise<KnownCaller> {
    const { clientId } = signIn;
    const client = await this.fresh(
      () => this.clients.fetch(clientId),
      (kept) => this.clients.peek(clientId) === kept && this.clients.delete(clientId),
    );
    const scopes = signIn.scopes.filter((scope) => client.scopes.includes(scope));
    return {
      identity: {
        subject: `client:${client.clientId}`,
        kind: 'client',
        employeeId: null,
        name: client.name,
        roles: rolesOfScopes(scopes),
        agencyIds: [],
        unitIds: [],
      },
      requestsPerWindow: client.requestsPerWindow,
      safelist: client.operations.length ? new Map(client.operations.map((o) => [o.operationId, o.document])) : null,
    };
  }

  /** Forgets what is kept of these callers (employee ids, or `client:<client id>`): their access changed. */
  forget(changed: readonly string[]) {
    if (!changed.length) return;
    for (const [session, { value: identity }] of this.sessions.entries())
      if (identity.employeeId && changed.includes(identity.employeeId)) this.sessions.delete(session);
    for (const key of changed) if (key.startsWith('client:')) this.clients.delete(key.slice('client:'.length));
  }

  private async lookUp(employee: EmployeeReference): Promise<Identity> {
    const facts = await this.signIns.load(employee);
    if (!facts) throw unauthenticated(said.unknownEmployee({ by: employee.by, value: employee.value }), 401);
    if (!facts.access) throw unauthenticated(said.notInService({ name: facts.fullName, code: facts.code }), 401);
    return {
      subject: facts.id,
      kind: 'person',
      employeeId: facts.id,
      name: facts.fullName,
      roles: facts.access.roles as Role[],
      agencyIds: facts.access.agencyIds,
      unitIds: facts.access.unitIds,
    };
  }

  /**
   * Several people's sign-in facts, in the order asked: null for whom the records do not hold (a
   * key that cannot be an id names no one, and is not sent); an Error for whom personnel could
   * not answer, that person's lookup alone failing (SERVICE_UNAVAILABLE, retryable).
   */
  private async employees(references: readonly EmployeeReference[]): Promise<(SignInFactsFragment | null | Error)[]> {
    const asked = references.flatMap((reference, i) =>
      reference.by === 'id' && !isUuid(reference.value)
        ? []
        : [{ i, representation: { __typename: 'Employee', [reference.by]: reference.value } }],
    );
    const found: (SignInFactsFragment | null | Error)[] = references.map(() => null);
    if (!asked.length) return found;
    const answer = await this.answer(SignInBatchDocument, 'SignInBatch', { representations: asked.map((a) => a.representation) });
    const failed = new Map<number, { message: string; code?: string }>();
    for (const error of answer.errors ?? []) {
      const index = error.path?.[0] === '_entities' && typeof error.path[1] === 'number' ? error.path[1] : null;
      // An error of the whole request (no entity named) is everyone's.
      if (index === null) throw this.unavailable(error.message);
      failed.set(index, { message: error.message, code: error.extensions?.code });
    }
    const entities = answer.data?._entities;
    if (!entities) throw this.unavailable('no answer');
    asked.forEach(({ i }, n) => {
      const error = failed.get(n);
      // A key personnel refuses (not well formed) names no one, as a key it does not find.
      if (error) found[i] = error.code === 'BAD_USER_INPUT' ? null : this.unavailable(error.message);
      else found[i] = (entities[n] as SignInFactsFragment | null) ?? null;
    });
    return found;
  }

  private unavailable(message: string) {
    return serviceUnavailable(`${this.subgraph} could not say what you may do (${message}); retry shortly.`, this.subgraph);
  }

  /** Asks personnel as the gateway itself; an outage is SERVICE_UNAVAILABLE, never the caller's fault. */
  private async ask<R, V>(document: TypedDocumentNode<R, V>, operationName: string, variables: V): Promise<R> {
    const answer = await this.answer(document, operationName, variables);
    if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) throw new RefusedKey();
    if (answer.errors?.length || !answer.data) throw this.unavailable(answer.errors?.[0]?.message ?? 'no answer');
    return answer.data;
  }

  /** Personnel's answer as it came, errors and all; only an outage (no answer at all) throws. */
  private async answer<R, V>(document: TypedDocumentNode<R, V>, operationName: string, variables: V): Promise<Answer<R>> {
    const { subgraph, url, gatewayKey, gatewayKeyId } = this.options;
    const body = { query: print(document), operationName, variables };
    const assertion = await signGatewayAssertion(gatewayServiceIdentity(), gatewayKey, { audience: subgraph, body, keyId: gatewayKeyId });
    try {
      const headers = { 'content-type': 'application/json', [IDENTITY_HEADER]: assertion };
      const response = await tracedPost(subgraph, url, headers, (traced) =>
        this.options.fetch(url, {
          method: 'POST',
          headers: traced,
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
        }),
      );
      return (await response.json()) as Answer<R>;
    } catch (error) {
      throw asServiceUnavailable(error, subgraph);
    }
  }
}

interface Answer<R> {
  data?: R;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Personnel refused the key asked by (not a well-formed id or code). */
class RefusedKey extends Error {}
