import 'reflect-metadata';
import { runSubgraphFromEnv } from '@kpi/platform';
import { catalogue } from './subgraph.js';

await runSubgraphFromEnv(catalogue);
