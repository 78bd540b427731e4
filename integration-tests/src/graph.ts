import { startGateway, type GatewayOptions } from '@kpi/gateway';
import type { SubgraphDefinition } from '@kpi/platform';
import { startTestGraph, type TestGraph } from '@kpi/platform/testkit';
import { personnelAccessRecords } from './access.js';

/**
 * The given subgraphs behind the real gateway, on a fresh database and free ports (see
 * startTestGraph); a test identity's roles are written into personnel's records before a token
 * names it, since the gateway reads them there.
 */
export const startGraph = (definitions: SubgraphDefinition<unknown>[], gateway: Partial<GatewayOptions> = {}): Promise<TestGraph> =>
  startTestGraph(definitions, startGateway, personnelAccessRecords, gateway);
