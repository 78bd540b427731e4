import type { SubgraphDefinition } from '@kpi/platform';
import { Agency, Employee, entities, JobPosition } from './entities/index.js';
import { createLoaders, type CatalogueLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers, resolvers } from './resolvers/index.js';
import { catalogueJobs } from './services/jobs.service.js';
// Every text the catalogue says, and the labels of its enums and codes, in both languages.
import './messages.js';

/** The catalogue subgraph: sectors, work items and their versions, job descriptions, sector KPI standards. */
export const catalogue: SubgraphDefinition<CatalogueLoaders> = {
  name: 'catalogue',
  schema: 'catalogue',
  defaultPort: 4002,
  entities,
  migrations,
  resolvers,
  // Personnel's entities this subgraph extends: listed, or type-graphql drops them.
  orphanedTypes: [Agency, JobPosition, Employee],
  referenceResolvers,
  createLoaders: (em) => createLoaders(em),
  jobs: catalogueJobs,
};
