import { asServiceUnavailable, peerFailure } from '../faults.js';
import type { CryptoKey } from 'jose';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { IDENTITY_HEADER, signServiceAssertion } from '../identity/tokens.js';
import { REQUEST_ID_HEADER } from '../observability/request-id.js';
import { tracedPost } from '../observability/trace-context.js';
import { currentLanguage } from '../i18n/language.js';
import { Agent, type Dispatcher } from 'undici';
import type { RevisionWatch } from './revision-watch.js';
import type { WatchedOwner } from './owned-facts.js';

/** An operation's answer when it asks `_entities`. */
interface EntitiesAnswer {
  _entities: readonly unknown[];
}

/**
 * The entity an `_entities` operation selects: codegen types each answer as the fragment's fields
 * or an empty object (a representation of another type), or null (none with that key).
 */
export type EntityOf<R extends EntitiesAnswer> = Exclude<NonNullable<R['_entities'][number]>, Record<PropertyKey, never>>;

/** Variables of an `_entities` operation besides its representations (e.g. a usage period). */
export type EntityVariables<V> = Omit<V, 'representations'>;

export interface AskOptions {
  /** Ask as this subgraph (a SERVICE identity) rather than on the caller's behalf. */
  asService?: boolean;
}

/**
 * One keep-alive agent per process for every peer call: undici's `request` rather than `fetch`,
 * whose WHATWG streams on both bodies cost about three times the CPU of a call (measured by the
 * gateway, see gateway/src/subgraph-fetch.ts) — a staff dashboard's live score makes several.
 */
const peerAgent = new Agent({ keepAliveTimeout: 30_000 });

const origins = new Map<string, { origin: string; path: string }>();
function targetOf(url: string) {
  let target = origins.get(url);
  if (!target) {
    const parsed = new URL(url);
    origins.set(url, (target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` }));
  }
  return target;
}

/** A peer's answer: its status for the trace and the verdict, its JSON body. */
interface PeerResponse {
  status: number;
  body: Dispatcher.ResponseData['body'];
}

/** Each typed document is printed once: its text is what the peer receives and what is signed. */
const printed = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/**
 * What a subgraph needs from another domain, asked through the graph with operations typed from
 * the peer's SDL (GraphQL Code Generator's typed documents, from `src/peers/<peer>.graphql`):
 * every value travels as a variable, never spliced into the text. The request carries a service
 * assertion bound to that peer and body, with the caller's own gateway assertion inside as
 * evidence, so the owner applies the caller's permissions and no new trust is created. A peer's
 * verdict (BAD_USER_INPUT, FORBIDDEN…) comes back as that code; a peer that does not answer as
 * SERVICE_UNAVAILABLE. Used by writes that must check a fact owned elsewhere (e.g. which agency a
 * job position belongs to); reads use @requires instead.
 */
export class Peers {
  /** The watch's round trips when the request began: one answered since serves all its reads. */
  private readonly since: number | undefined;

  constructor(
    private readonly urls: Record<string, string>,
    /** The caller's gateway assertion (null when a service asks as itself). */
    private readonly delegation: string | null,
    private readonly self = 'subgraph',
    private readonly serviceKey?: CryptoKey,
    /** The request this call serves (its id travels on, for the logs of every service it reaches). */
    private readonly requestId?: string,
    /** Where this subgraph hears its peers' revisions move (revision-watch.ts), if it listens. */
    private readonly watch?: RevisionWatch,
  ) {
    this.since = watch?.sent;
  }

  /** A peer as this subgraph's revision watch hears it; undefined when nothing listens. */
  watched(subgraph: string): WatchedOwner | undefined {
    return this.watch && { watch: this.watch, owner: subgraph, since: this.since };
  }

  /** Where a subgraph is asked (undefined when this graph has none): what a process keeps of its facts is kept per endpoint. */
  endpoint(subgraph: string): string | undefined {
    return this.urls[subgraph];
  }

  /** Whether this graph has the subgraph at all (a partial test graph, a department left out). */
  knows(subgraph: string): boolean {
    return Boolean(this.urls[subgraph]);
  }

  /**
   * A root query on another subgraph, for facts no entity key reaches (a page of the directory,
   * aggregated diary facts). Mostly asked as a service, by subgraphs that compute over the whole
   * province (scoring).
   */
  async query<R, V extends Record<string, unknown>>(
    subgraph: string,
    document: TypedDocumentNode<R, V>,
    variables: V,
    options: AskOptions = {},
  ): Promise<R> {
    return this.post<R>(subgraph, textOf(document), variables, options, 60_000);
  }

  /**
   * An `_entities` operation on another subgraph. `keys` are ids, or whole representations
   * (another key, or fields a @requires needs); the answer is in their order, null where the
   * owner has none (or the caller may not see it). With `asService`, the subgraph asks as itself:
   * for facts the caller may not read but the rules need, such as an integration client's events
   * naming employees by code.
   */
  async entities<R extends EntitiesAnswer, V extends { representations: unknown }>(
    subgraph: string,
    typename: string,
    document: TypedDocumentNode<R, V>,
    keys: readonly (string | Record<string, unknown>)[],
    variables: EntityVariables<V>,
    options: AskOptions = {},
  ): Promise<(EntityOf<R> | null)[]> {
    if (keys.length === 0) return [];
    const representations = keys.map((key) =>
      typeof key === 'string' ? { __typename: typename, id: key } : { __typename: typename, ...key },
    );
    const data = await this.post<R>(subgraph, textOf(document), { ...variables, representations }, options, 5000);
    return data._entities.map((entity) => (entity ?? null) as EntityOf<R> | null);
  }

  private async post<T>(
    subgraph: string,
    query: string,
    variables: Record<string, unknown>,
    options: AskOptions,
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
    let response: PeerResponse;
    try {
      const headers = {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: assertion,
        ...(this.requestId ? { [REQUEST_ID_HEADER]: this.requestId } : {}),
        // A peer's message reaches the caller: it speaks the caller's language.
        'accept-language': currentLanguage(),
      };
      const { origin, path } = targetOf(url);
      response = await tracedPost(subgraph, url, headers, async (traced) => {
        const answer = await peerAgent.request({
          origin,
          path,
          method: 'POST',
          headers: traced,
          body: JSON.stringify(body),
          // Both limits: no headers, or a body that stops, within the time is a peer not there.
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        return { status: answer.statusCode, body: answer.body };
      });
    } catch (error) {
      // Refused, reset, timed out: the peer is not there just now — retryable, never "not found".
      throw asServiceUnavailable(error, subgraph);
    }
    const answer = (await response.body.json().catch(() => undefined)) as
      { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    const failure = peerFailure(subgraph, response.status, answer);
    if (failure) throw failure;
    return answer!.data!;
  }
}
