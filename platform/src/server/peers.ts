import { DomainError, ErrorCode } from '../errors.js';
import type { CryptoKey } from 'jose';
import { IDENTITY_HEADER, signServiceAssertion } from '../identity/tokens.js';

/**
 * What a subgraph needs from another domain, asked through the graph: an `_entities` lookup on
 * the owning subgraph, carrying the caller's own gateway assertion — so the owner applies the
 * caller's permissions and no new trust is created. Used by writes that must check a fact owned
 * elsewhere (e.g. which agency a job position belongs to); reads use @requires instead.
 */
export class Peers {
  constructor(
    private readonly urls: Record<string, string>,
    private readonly assertion: string,
    private readonly self = 'subgraph',
    private readonly serviceKey?: CryptoKey,
  ) {}

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
    const url = this.urls[subgraph];
    if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
    if (keys.length === 0) return [];
    let assertion = this.assertion;
    if (options.asService) {
      if (!this.serviceKey) throw new Error('this subgraph holds no service key');
      assertion = await signServiceAssertion(this.self, this.serviceKey);
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: assertion },
      body: JSON.stringify({
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        variables: {
          r: keys.map((key) => (typeof key === 'string' ? { __typename: typename, id: key } : { __typename: typename, ...key })),
        },
      }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as {
      data?: { _entities: (T | null)[] };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const forbidden = body.errors?.find((error) => error.extensions?.code === 'FORBIDDEN');
    if (forbidden) throw new DomainError(ErrorCode.FORBIDDEN, forbidden.message);
    if (!body.data) throw new Error(`${subgraph} answered no data: ${JSON.stringify(body.errors)}`);
    return body.data._entities;
  }
}
