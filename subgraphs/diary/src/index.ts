import 'reflect-metadata';
import { runSubgraphFromEnv } from '@kpi/platform';
import { diary } from './subgraph.js';

await runSubgraphFromEnv(diary);
