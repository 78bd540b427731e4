import 'reflect-metadata';
import { runSubgraphFromEnv } from '@kpi/platform';
import { personnel } from './subgraph.js';

await runSubgraphFromEnv(personnel);
