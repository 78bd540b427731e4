import type { SubgraphDefinition } from '@kpi/platform';
import { Agency, Employee, entities } from './entities/index.js';
import { createLoaders, type EducationLoaders } from './loaders.js';
import './messages.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers, resolvers } from './resolvers/index.js';

/**
 * The education subgraph — the Department of Education and Training's own (owner SGDDT in
 * schema/subgraphs.json): school years and terms, schools, teachers, classes, timetables, taught
 * periods and substitutions, duties, the teaching norms of Circular 05/2025/TT-BGDĐT as data;
 * `Employee.teachingLoad`, `Agency.school` and `teachingTotals`; and the scoring-facts contract,
 * through which a teacher's teaching is counted in their score.
 */
export const education: SubgraphDefinition<EducationLoaders> = {
  name: 'education',
  schema: 'education',
  defaultPort: 4005,
  entities,
  migrations,
  resolvers,
  orphanedTypes: [Employee, Agency],
  referenceResolvers,
  createLoaders: (em) => createLoaders(em),
};
