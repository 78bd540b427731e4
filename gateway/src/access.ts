import {
  asServiceUnavailable,
  gatewayServiceIdentity,
  IDENTITY_HEADER,
  isUuid,
  Role,
  rolesOfScopes,
  serviceUnavailable,
  signGatewayAssertion,
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
  SignInBatchDocument,
  SignInClientDocument,
  type SignInClientQuery,
  type SignInFactsFragment,
} from './peers/personnel.generated.js';
import { said } from './messages.js';

/** How long a person's access, once read, is used without asking personnel again: the bound on staleness. */
export const ACCESS_CACHE_SECONDS = 30;
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
 * answer is kept `cacheSeconds` (30 s by default) — a person's per session, a client's per client
 * id — so a request costs no call to personnel; concurrent first requests share one lookup. A
 * change personnel reports through this gateway (a grant revoked, a person deactivated or
 * transferred, a client revoked or changed) drops what is kept at once; any other change — made
 * through another gateway, or by a date arriving — shows within the bound.
 */
export class AccessDirectory {
  private readonly sessions: LRUCache<string, Identity, EmployeeReference>;
  private readonly clients: LRUCache<string, SignInClientQuery['integrationClient'] & object>;
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
    const ttl = (options.cacheSeconds ?? ACCESS_CACHE_SECONDS) * 1000;
    this.sessions = new LRUCache<string, Identity, EmployeeReference>({
      max: MAX_SESSIONS,
      ttl,
      // A lookup that failed is never kept: the next request asks again.
      fetchMethod: async (_session, _stale, { context }) => this.lookUp(context),
    });
    this.clients = new LRUCache({
      max: MAX_SESSIONS,
      ttl,
      fetchMethod: async (clientId) => {
        const client = (await this.ask(SignInClientDocument, 'SignInClient', { clientId })).integrationClient;
        if (!client || client.revokedAt) throw unauthenticated(said.unknownClient({ clientId }), 401);
        return client;
      },
    });
  }

  /** The person's identity with their roles and scope today; UNAUTHENTICATED for no one in service. */
  async identityOf(signIn: PersonSignIn): Promise<Identity> {
    const identity = await this.sessions.fetch(signIn.session, { context: signIn.employee });
    return identity!;
  }

  /**
   * A registered client in service, holding the roles of the scopes both its token carries and
   * the register grants it (a token cannot widen what the register says); UNAUTHENTICATED otherwise.
   */
  async clientOf(signIn: ClientSignIn): Promise<KnownCaller> {
    const client = (await this.clients.fetch(signIn.clientId))!;
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
    for (const [session, identity] of this.sessions.entries())
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
