import { startGateway } from '@kpi/gateway';
import type { SubgraphDefinition } from '@kpi/platform';
import { startTestGraph, type TestGraph } from '@kpi/platform/testkit';

/** The given subgraphs behind the real gateway, on a fresh database and free ports (see startTestGraph). */
export const startGraph = (definitions: SubgraphDefinition<unknown>[]): Promise<TestGraph> => startTestGraph(definitions, startGateway);
