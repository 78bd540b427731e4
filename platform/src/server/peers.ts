import { DomainError, ErrorCode } from '../errors.js';
import { IDENTITY_HEADER } from '../identity/tokens.js';

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
  ) {}

  async entities<T>(subgraph: string, typename: string, ids: readonly string[], selection: string): Promise<(T | null)[]> {
    const url = this.urls[subgraph];
    if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
    if (ids.length === 0) return [];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: this.assertion },
      body: JSON.stringify({
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        variables: { r: ids.map((id) => ({ __typename: typename, id })) },
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
