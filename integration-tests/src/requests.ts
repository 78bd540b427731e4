import type { TestGraph } from '@kpi/platform/testkit';

/**
 * Operations a service sends on a clock of its own, not for any request: the gateway reads
 * personnel's access revision about once a second while it keeps anyone's access
 * (gateway/src/peers/personnel.graphql). One can land between any two readings of the metrics.
 */
const BACKGROUND_OPERATIONS = new Set(['AccessRevision']);

/**
 * GraphQL requests a subgraph has answered so far, from its Prometheus metrics
 * (`kpi_graphql_requests_total`, every operation and status but the background ones): the
 * difference around a request through the gateway is how many times the query plan asked that subgraph.
 */
export async function requestsAnswered(graph: TestGraph, subgraph: string): Promise<number> {
  const metrics = await (await fetch(graph.subgraphs.get(subgraph)!.server.url.replace(/graphql$/, 'metrics'))).text();
  return metrics
    .split('\n')
    .filter((line) => line.startsWith('kpi_graphql_requests_total{'))
    .filter((line) => !BACKGROUND_OPERATIONS.has(/operation="([^"]*)"/.exec(line)?.[1] ?? ''))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}
