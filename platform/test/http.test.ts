import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import { connect, type Socket } from 'node:net';
import { HTTP_TIMEOUTS, httpTimeoutsFromEnv, listen } from '../src/server/http.js';

/**
 * Slow clients: a server of the graph bounds the time a client may take to send its headers and
 * its body, and closes a connection that says nothing — without cutting idle kept-alive
 * connections or slow answers. Behaviour, not speed: the limits here are shrunk to a few hundred
 * milliseconds so that the test sees them act.
 */
const limits = { headersMs: 300, requestMs: 600, firstByteMs: 300, keepAliveMs: 10_000, checkEveryMs: 50 };

let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  const app = express();
  app.post('/echo', express.text(), (req, res) => {
    res.send(`got ${String(req.body).length}`);
  });
  // Answers later than every limit above: the limits are on the client's sending, not on our answer.
  app.get('/slow', (_req, res) => {
    setTimeout(() => res.send('late but whole'), 800);
  });
  app.get('/ok', (_req, res) => {
    res.send('ok');
  });
  server = await listen(app, 0, '127.0.0.1', '/', limits);
});
afterAll(async () => {
  await server?.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw connection: what it receives, and whether the server closed it. */
function rawClient() {
  const socket: Socket = connect(server.port, '127.0.0.1');
  const state = { received: '', closed: false };
  socket.on('data', (chunk) => (state.received += String(chunk)));
  socket.on('close', () => (state.closed = true));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const until = async (predicate: () => boolean) => {
    while (!predicate() && !state.closed) await pause(20);
  };
  return { socket, state, closed, until };
}

describe('slow clients', () => {
  it('are refused with a JSON 408 and cut when their headers dribble in', async () => {
    const client = rawClient();
    client.socket.write('GET /ok HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => client.socket.writable && client.socket.write('X-Slow: yes\r\n'), 100);
    await client.closed;
    clearInterval(drip);
    expect(client.state.received).toMatch(/^HTTP\/1\.1 408/);
    expect(client.state.received).toContain('"code":"REQUEST_TIMEOUT"');
  });

  it('are refused when their body dribbles in', async () => {
    const client = rawClient();
    client.socket.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n');
    const drip = setInterval(() => client.socket.writable && client.socket.write('a'), 100);
    await client.closed;
    clearInterval(drip);
    expect(client.state.received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('are disconnected when they connect and send nothing', async () => {
    const client = rawClient();
    await client.closed;
    // Closed by the first-byte limit (nothing said), or by Node's own header check (a 408): closed.
    expect(client.state.received === '' || client.state.received.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('do not cut an idle kept-alive connection, nor an answer that takes longer than the limits', async () => {
    const client = rawClient();
    client.socket.write('GET /ok HTTP/1.1\r\nHost: x\r\n\r\n');
    await client.until(() => client.state.received.includes('\r\n\r\nok'));
    // Idle for longer than the headers, request and first-byte limits, then a second request on it.
    await pause(900);
    expect(client.state.closed).toBe(false);
    client.state.received = '';
    client.socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await client.until(() => client.state.received.includes('late but whole'));
    expect(client.state.received).toMatch(/^HTTP\/1\.1 200/);
    expect(client.state.closed).toBe(false);
    client.socket.destroy();
  });

  it('a whole request sent at once is answered', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(10_000),
    });
    expect(await response.text()).toBe('got 10000');
  });
});

describe('the limits in force', () => {
  it('are 10 s for headers, 30 s for a request, 10 s for a first byte, 65 s of keep-alive, and the environment can change them', () => {
    expect(HTTP_TIMEOUTS).toMatchObject({ headersMs: 10_000, requestMs: 30_000, firstByteMs: 10_000, keepAliveMs: 65_000 });
    expect(httpTimeoutsFromEnv({})).toEqual(HTTP_TIMEOUTS);
    expect(httpTimeoutsFromEnv({ KPI_HTTP_HEADERS_TIMEOUT_MS: '5000', KPI_HTTP_REQUEST_TIMEOUT_MS: '20000' })).toMatchObject({
      headersMs: 5000,
      requestMs: 20000,
    });
  });

  it('are the servers’ own: Node’s timeouts are set from them', () => {
    expect(server.http.headersTimeout).toBe(limits.headersMs);
    expect(server.http.requestTimeout).toBe(limits.requestMs);
    expect(server.http.keepAliveTimeout).toBe(limits.keepAliveMs);
  });
});
