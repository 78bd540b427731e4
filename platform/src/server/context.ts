import type { Observed } from '../observability/observed.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../identity/identity.js';
import type { Peers } from './peers.js';
import { unauthenticated } from '../errors.js';
import type { JobRunner } from '../jobs/runner.js';

/** What every resolver of every subgraph receives; `loaders` are the subgraph's own, per request. */
export interface SubgraphContext<Loaders = unknown> {
  identity: Identity;
  em: EntityManager;
  loaders: Loaders;
  /** Other subgraphs, asked through their entities with the caller's identity. */
  peers: Peers;
  /**
   * The employees whose access (roles, scope) this request changed: a grant made or revoked, a
   * person moved or deactivated. Sent back in ACCESS_CHANGED_HEADER so that the gateway drops what
   * it remembers of their access at once rather than when its cache expires.
   */
  accessChanged: Set<string>;
  /** What the access log and the metrics report of this request (operation, error codes). */
  observed?: Observed;
  /** The subgraph's long work (when it declares jobs): started by mutations, run by its workers. */
  jobs?: JobRunner<Loaders>;
}

/** The response header naming, comma-separated, the employees whose access a request changed. */
export const ACCESS_CHANGED_HEADER = 'x-kpi-access-changed';

/** The identity is verified before any resolver runs; this only narrows the type where needed. */
export function identityOf(context: { identity: Identity | null }): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}
