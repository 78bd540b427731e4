import { describe, expect, it } from '@jest/globals';
import { isInfrastructureFailure } from '@kpi/platform';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphAgent, subgraphFetcher } from '../src/server.js';

/** The gateway calls subgraphs with undici's `request`; callers still see what `fetch` would give them. */
describe('a call to a subgraph', () => {
  it('answers with the status, the headers and the JSON body', async () => {
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () =>
        response.writeHead(503, { 'content-type': 'application/json', 'x-kpi-access-changed': 'a,b' }).end('{"errors":[]}'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = subgraphAgent();
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const response = await subgraphFetcher(agent)(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect([response.ok, response.status, response.statusText, response.url]).toEqual([false, 503, 'Service Unavailable', url]);
      expect(response.headers.get('X-KPI-Access-Changed')).toBe('a,b');
      expect(await response.json()).toEqual({ errors: [] });
    } finally {
      await agent.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fails as fetch fails when the subgraph cannot be reached or does not answer in time', async () => {
    const agent = subgraphAgent();
    const fetcher = subgraphFetcher(agent);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await fetcher(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect(isInfrastructureFailure(refused)).toBe(true);

    const silent = createServer(() => {}); // never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const late = await fetcher(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(100) }).catch((error: unknown) => error);
    expect((late as Error).name).toBe('TimeoutError');
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
    await agent.close();
  });
});
