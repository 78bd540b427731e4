import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../identity/identity.js';
import { unauthenticated } from '../errors.js';

/** What every resolver of every subgraph receives; `loaders` are the subgraph's own, per request. */
export interface SubgraphContext<Loaders = unknown> {
  identity: Identity;
  em: EntityManager;
  loaders: Loaders;
}

/** The identity is verified before any resolver runs; this only narrows the type where needed. */
export function identityOf(context: { identity: Identity | null }): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}
