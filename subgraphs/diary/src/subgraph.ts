import type { SubgraphDefinition } from '@kpi/platform';
import { Agency, Employee, entities, WorkItem } from './entities/index.js';
import { createLoaders, type DiaryLoaders } from './loaders.js';
import { diaryMetrics } from './metrics.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers, resolvers } from './resolvers/index.js';
import { ScoringAssignmentFacts, ScoringItemFacts } from './resolvers/scoring-facts.types.js';
import { diaryUpkeep } from './upkeep.js';
import { diaryJobs } from './services/jobs.service.js';
// The labels of the diary's enums, registered with the subgraph.
import './labels.js';

/** The diary subgraph: work diaries, the working calendar, warnings, review, lockdown, intake. */
export const diary: SubgraphDefinition<DiaryLoaders> = {
  name: 'diary',
  schema: 'diary',
  defaultPort: 4003,
  entities,
  migrations,
  resolvers,
  orphanedTypes: [Employee, WorkItem, Agency, ScoringItemFacts, ScoringAssignmentFacts],
  referenceResolvers,
  createLoaders: (em, _identity, peers) => createLoaders(em, peers),
  metrics: diaryMetrics,
  upkeep: diaryUpkeep,
  jobs: diaryJobs,
};
