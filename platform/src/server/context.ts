import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../identity/identity.js';
import type { Peers } from './peers.js';
import { unauthenticated } from '../errors.js';

/** What every resolver of every subgraph receives; `loaders` are the subgraph's own, per request. */
export interface SubgraphContext<Loaders = unknown> {
  identity: Identity;
  em: EntityManager;
  loaders: Loaders;
  /** Other subgraphs, asked through their entities with the caller's identity. */
  peers: Peers;
}

/** The identity is verified before any resolver runs; this only narrows the type where needed. */
export function identityOf(context: { identity: Identity | null }): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}
