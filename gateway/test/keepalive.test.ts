import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityForwardingDataSource } from '../src/identity.js';
import { subgraphAgent, subgraphFetcher } from '../src/server.js';

// A stand-in subgraph that counts the TCP connections it is asked on.
let server: Server;
let url: string;
let connections = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'));
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the gateway’s connections to subgraphs', () => {
  it('are kept alive: after the first requests, no new connection however many follow', async () => {
    const agent = subgraphAgent();
    const source = new IdentityForwardingDataSource('probe', { url, fetcher: subgraphFetcher(agent) as never });
    const ask = async () => {
      const response = await source.process({
        kind: 'health check' as never,
        request: { query: '{ ok }', http: { method: 'POST', url, headers: new Headers() } as never },
        context: {},
      } as never);
      expect(response.data).toEqual({ ok: true });
    };
    // undici may open a second connection while the first is being released; then it reuses them.
    await ask();
    await ask();
    const warm = connections;
    expect(warm).toBeLessThanOrEqual(2);
    for (let i = 0; i < 20; i += 1) await ask();
    expect(connections).toBe(warm);
    await agent.close();
  });
});
