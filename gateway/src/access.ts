import {
  asServiceUnavailable,
  gatewayServiceIdentity,
  IDENTITY_HEADER,
  Role,
  serviceUnavailable,
  signGatewayAssertion,
  unauthenticated,
  type EmployeeReference,
  type Identity,
} from '@kpi/platform';
import { print } from 'graphql';
import type { CryptoKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { SignInByCodeDocument, SignInByIdDocument, type SignInByCodeQuery, type SignInFactsFragment } from './peers/personnel.generated.js';

/** How long a person's access, once read, is used without asking personnel again: the bound on staleness. */
export const ACCESS_CACHE_SECONDS = 30;
/** The most signed-in sessions whose access is remembered at once (least recently used go first). */
const MAX_SESSIONS = 20_000;
/** A sign-in that personnel does not answer in this time fails as SERVICE_UNAVAILABLE (retryable). */
const LOOKUP_TIMEOUT_MS = 5_000;

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

/**
 * What a signed-in person may do, read from personnel's records (`Employee.access`: their
 * placement today and the grants that hold), never from their token. Each session's answer is kept
 * `cacheSeconds` (30 s by default), so a request costs no call to personnel; concurrent first
 * requests of a session share one lookup. A change personnel reports through this gateway
 * (a grant revoked, a person deactivated or transferred) drops that person's sessions at once;
 * any other change — made through another gateway, or by a date arriving — shows within the bound.
 */
export class AccessDirectory {
  private readonly sessions: LRUCache<string, Identity, EmployeeReference>;
  readonly subgraph: string;

  constructor(private readonly options: AccessDirectoryOptions) {
    this.subgraph = options.subgraph;
    this.sessions = new LRUCache<string, Identity, EmployeeReference>({
      max: MAX_SESSIONS,
      ttl: (options.cacheSeconds ?? ACCESS_CACHE_SECONDS) * 1000,
      // A lookup that failed is never kept: the next request asks again.
      fetchMethod: async (_session, _stale, { context }) => this.lookUp(context),
    });
  }

  /** The person's identity with their roles and scope today; UNAUTHENTICATED for no one in service. */
  async identityOf(signIn: PersonSignIn): Promise<Identity> {
    const identity = await this.sessions.fetch(signIn.session, { context: signIn.employee });
    return identity!;
  }

  /** Forgets every session of these employees: their access changed. */
  forget(employeeIds: readonly string[]) {
    if (!employeeIds.length) return;
    for (const [session, identity] of this.sessions.entries())
      if (identity.employeeId && employeeIds.includes(identity.employeeId)) this.sessions.delete(session);
  }

  private async lookUp(employee: EmployeeReference): Promise<Identity> {
    const facts = await this.ask(employee);
    if (!facts) throw unauthenticated(`No employee with ${employee.by} ${employee.value} is in the province’s records.`, 401);
    if (!facts.access) throw unauthenticated(`${facts.fullName} (${facts.code}) is not in service: sign-in is closed.`, 401);
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

  /** Asks personnel as the gateway itself; an outage is SERVICE_UNAVAILABLE, never the caller's fault. */
  private async ask(employee: EmployeeReference): Promise<SignInFactsFragment | null> {
    const { subgraph, url, gatewayKey, gatewayKeyId } = this.options;
    const document = employee.by === 'id' ? SignInByIdDocument : SignInByCodeDocument;
    const body = {
      query: print(document),
      operationName: employee.by === 'id' ? 'SignInById' : 'SignInByCode',
      variables: employee.by === 'id' ? { id: employee.value } : { code: employee.value },
    };
    const assertion = await signGatewayAssertion(gatewayServiceIdentity(), gatewayKey, { audience: subgraph, body, keyId: gatewayKeyId });
    let answer: {
      data?: { employee?: SignInFactsFragment | null } & SignInByCodeQuery;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    try {
      const response = await this.options.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: assertion },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
      });
      answer = (await response.json()) as typeof answer;
    } catch (error) {
      throw asServiceUnavailable(error, subgraph);
    }
    // A token naming something that cannot be an employee (personnel refuses the key) names no one.
    if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) return null;
    if (answer.errors?.length || !answer.data)
      throw serviceUnavailable(
        `${subgraph} could not say what you may do (${answer.errors?.[0]?.message ?? 'no answer'}); retry shortly.`,
        subgraph,
      );
    return (employee.by === 'id' ? answer.data.employee : answer.data.employeeByCode) ?? null;
  }
}
