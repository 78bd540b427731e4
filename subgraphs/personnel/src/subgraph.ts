import type { SubgraphDefinition } from '@kpi/platform';
import { entities } from './entities/index.js';
import { createLoaders, type PersonnelLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers, resolvers } from './resolvers/index.js';
import { personnelJobs } from './services/jobs.service.js';
// The labels of personnel's enums and codes, registered when the subgraph loads.
import './labels.js';

/** The personnel subgraph: agencies, units, job positions, employees and their history. */
export const personnel: SubgraphDefinition<PersonnelLoaders> = {
  name: 'personnel',
  schema: 'personnel',
  defaultPort: 4001,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  createLoaders: (em, _identity, peers) => createLoaders(em, peers),
  jobs: personnelJobs,
};
