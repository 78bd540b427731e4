import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { CatalogueContext } from '../services/context.js';
import { assertReads } from '../services/sector.service.js';

/**
 * `_entities` lookups of the catalogue's own entities, batched through the per-request loaders.
 * Personnel's entities extended here resolve to their representation (with the @requires fields).
 */
export const referenceResolvers: GraphQLResolverMap<CatalogueContext> = {
  Sector: {
    __resolveReference: (ref: { id: string }, ctx: CatalogueContext) => {
      assertReads(ctx);
      return ctx.loaders.sector.load(ref.id);
    },
  },
  // By id, or by its province-wide code (how sheets people bring name it: the diary's history import).
  WorkItem: {
    __resolveReference: (ref: { id?: string; code?: string }, ctx: CatalogueContext) => {
      assertReads(ctx);
      return ref.id ? ctx.loaders.item.load(ref.id) : ctx.loaders.itemByCode.load(String(ref.code));
    },
  },
};
