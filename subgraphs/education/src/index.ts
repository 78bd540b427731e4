import 'reflect-metadata';
import { runSubgraphFromEnv } from '@kpi/platform';
import { education } from './subgraph.js';

await runSubgraphFromEnv(education);
