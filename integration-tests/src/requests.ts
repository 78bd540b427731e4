import type { TestGraph } from '@kpi/platform/testkit';

/**
 * GraphQL requests a subgraph has answered so far, from its Prometheus metrics
 * (`kpi_graphql_requests_total`, every operation and status): the difference around a request
 * through the gateway is how many times the query plan asked that subgraph.
 */
export async function requestsAnswered(graph: TestGraph, subgraph: string): Promise<number> {
  const metrics = await (await fetch(graph.subgraphs.get(subgraph)!.server.url.replace(/graphql$/, 'metrics'))).text();
  return metrics
    .split('\n')
    .filter((line) => line.startsWith('kpi_graphql_requests_total{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}
