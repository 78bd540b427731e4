import { describe, expect, it } from '@jest/globals';
import { listen, type Logger } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import express from 'express';
import { Writable } from 'node:stream';
import pino from 'pino';
import { clientAudit } from '../src/clients.js';

/** Each integration client's calls leave a line in the gateway's log: who, which operation, the outcome, the time. */
describe('the client audit trail', () => {
  it('logs one line per client call, none for a person', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink) as unknown as Logger;
    const app = express();
    app.use(express.json());
    app.use((req, res, next) => {
      res.locals.caller = { identity: req.header('x-who') === 'client' ? actor.integrationClient('eoffice') : actor.provinceAnalyst() };
      next();
    });
    app.use(clientAudit(logger));
    app.post('/graphql', (_req, res) => {
      res.status(200).json({ data: {} });
    });
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const call = (who: string) =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-who': who },
          body: JSON.stringify({ query: '{ __typename }', operationName: 'Probe' }),
        });
      await (await call('client')).text();
      await (await call('person')).text();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await server.close();
    }
    expect(lines).toEqual([
      expect.objectContaining({
        audit: 'client',
        msg: 'client call',
        client: 'client:eoffice',
        operationName: 'Probe',
        operationId: expect.stringMatching(/^[0-9a-f]{64}$/),
        status: 200,
        ms: expect.any(Number),
      }),
    ]);
  });
});
