import type { SubgraphDefinition } from '@kpi/platform';
import { JobPosition, WorkItem } from './entities/analytics.references.js';
import { Agency, Employee, entities } from './entities/index.js';
import './labels.js';
import { createLoaders, type ScoringLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers, resolvers } from './resolvers/index.js';
import { scoringJobs } from './services/jobs.service.js';

/** The scoring subgraph: policy as versioned data, period scores with their explanation, classification. */
export const scoring: SubgraphDefinition<ScoringLoaders> = {
  name: 'scoring',
  schema: 'scoring',
  defaultPort: 4004,
  entities,
  migrations,
  resolvers,
  orphanedTypes: [Employee, Agency, WorkItem, JobPosition],
  referenceResolvers,
  createLoaders: (em, _identity, peers) => createLoaders(em, peers),
  jobs: scoringJobs,
};
