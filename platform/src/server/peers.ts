import { asServiceUnavailable, peerFailure } from '../faults.js';
import type { CryptoKey } from 'jose';
import { IDENTITY_HEADER, signServiceAssertion } from '../identity/tokens.js';

/**
 * What a subgraph needs from another domain, asked through the graph: an `_entities` lookup on
 * the owning subgraph, on the caller's behalf — the request carries a service assertion bound to
 * that peer and body, with the caller's own gateway assertion inside as evidence, so the owner
 * applies the caller's permissions and no new trust is created. Used by writes that must check a
 * fact owned elsewhere (e.g. which agency a job position belongs to); reads use @requires instead.
 */
export class Peers {
  constructor(
    private readonly urls: Record<string, string>,
    /** The caller's gateway assertion (null when a service asks as itself). */
    private readonly delegation: string | null,
    private readonly self = 'subgraph',
    private readonly serviceKey?: CryptoKey,
  ) {}

  /**
   * A root query on another subgraph, for facts no entity key reaches (a page of the directory,
   * aggregated diary facts). Mostly asked as a service, by subgraphs that compute over the whole
   * province (scoring).
   */
  async query<T>(subgraph: string, query: string, variables: Record<string, unknown>, options: { asService?: boolean } = {}): Promise<T> {
    return this.post<T>(subgraph, query, variables, options, 60_000);
  }

  /**
   * `keys` are ids, or whole representations (another key, or fields a @requires needs). With
   * `asService`, the subgraph asks as itself (a SERVICE identity signed with the service key)
   * rather than as the caller: for facts the caller may not read but the rules need, such as an
   * integration client's events naming employees by code.
   */
  async entities<T>(
    subgraph: string,
    typename: string,
    keys: readonly (string | Record<string, unknown>)[],
    selection: string,
    options: { asService?: boolean } = {},
  ): Promise<(T | null)[]> {
    if (keys.length === 0) return [];
    const data = await this.post<{ _entities: (T | null)[] }>(
      subgraph,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: keys.map((key) => (typeof key === 'string' ? { __typename: typename, id: key } : { __typename: typename, ...key })) },
      options,
      5000,
    );
    return data._entities;
  }

  private async post<T>(
    subgraph: string,
    query: string,
    variables: Record<string, unknown>,
    options: { asService?: boolean },
    timeoutMs: number,
  ): Promise<T> {
    const url = this.urls[subgraph];
    if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
    if (!this.serviceKey) throw new Error('this subgraph holds no service key');
    const body = { query, variables };
    const assertion = await signServiceAssertion(this.self, this.serviceKey, {
      audience: subgraph,
      body,
      onBehalfOf: options.asService ? undefined : (this.delegation ?? undefined),
    });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: assertion },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      // Refused, reset, timed out: the peer is not there just now — retryable, never "not found".
      throw asServiceUnavailable(error, subgraph);
    }
    const answer = (await response.json().catch(() => undefined)) as
      { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    const failure = peerFailure(subgraph, response.status, answer);
    if (failure) throw failure;
    return answer!.data!;
  }
}
