import 'reflect-metadata';
import { runSubgraphFromEnv } from '@kpi/platform';
import { scoring } from './subgraph.js';

await runSubgraphFromEnv(scoring);
