import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyRing, type KeyRing } from '@kpi/platform';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessDirectory } from '../src/access.js';

/**
 * How long the gateway keeps a signed-in person's access: `cacheSeconds` from its lookup, and past
 * that for as long as personnel's access revision (read every `revisionMs`) has not moved and the
 * day has not changed. Against a stand-in personnel that counts the sign-ins it is asked for and
 * answers the revision it is told.
 */
let server: Server;
let url: string;
let keys: KeyRing;
/**
 * What the stand-in answers: the revision (an Error: it fails the reading), and what the current
 * test's directory asked — each directory asks at its own address, so a reading a closed one had
 * in flight (a loaded machine) is not counted against the next test's.
 */
const personnel = { revision: 'epoch:1' as string | Error, signIns: 0, revisionReadings: 0 };
let current = 0;
const PERSON = {
  id: '00000000-0000-7000-8000-000000000001',
  code: 'X',
  fullName: 'x',
  access: { roles: ['STAFF'], agencyIds: [], unitIds: [] },
};

beforeAll(async () => {
  keys = await generateKeyRing();
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      operationName: string;
      variables: { representations?: unknown[] };
    };
    const answer = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const counted = new URL(request.url!, 'http://x').searchParams.get('directory') === String(current);
    if (operationName === 'AccessRevision') {
      if (counted) personnel.revisionReadings += 1;
      return personnel.revision instanceof Error
        ? answer({ errors: [{ message: personnel.revision.message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] })
        : answer({ data: { accessRevision: personnel.revision } });
    }
    if (counted) personnel.signIns += variables.representations!.length;
    answer({ data: { _entities: variables.representations!.map(() => PERSON) } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const directories: AccessDirectory[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) directory.close();
  delete process.env.KPI_NOW;
  Object.assign(personnel, { revision: 'epoch:1', signIns: 0, revisionReadings: 0 });
});

/** A directory reading the revision every 40 ms, with a bound of 1 s (a loaded machine stalls an event loop for a while). */
const directory = (revisionMs = 40) => {
  current += 1;
  const made = new AccessDirectory({
    subgraph: 'personnel',
    url: `${url}?directory=${current}`,
    gatewayKey: keys.gateway.privateKey!,
    gatewayKeyId: 'k',
    fetch: (target, init) => fetch(target, init),
    cacheSeconds: 1,
    revisionMs,
  });
  directories.push(made);
  return made;
};
const signIn = (access: AccessDirectory) => access.identityOf({ session: 'token', employee: { by: 'id', value: PERSON.id } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the access directory keeps a session', () => {
  it('for as long as personnel’s revision stands: read once over three times the bound', async () => {
    const access = directory();
    expect((await signIn(access)).roles).toEqual(['STAFF']);
    for (let i = 0; i < 15; i++) {
      await sleep(220);
      await signIn(access);
    }
    expect(personnel.signIns).toBe(1);
    expect(personnel.revisionReadings).toBeGreaterThan(5);
  });

  it('once the revision moves, for the bound from its lookup only, as before', async () => {
    const access = directory();
    await signIn(access);
    personnel.revision = 'epoch:2';
    await sleep(150);
    await signIn(access); // moved, but younger than the bound: kept
    expect(personnel.signIns).toBe(1);
    await sleep(1000);
    await signIn(access); // past it: read again…
    await signIn(access); // …and kept again under the new revision
    expect(personnel.signIns).toBe(2);
  });

  it('once the day changes in Vietnam (a grant or a placement starts or ends with a date), likewise', async () => {
    process.env.KPI_NOW = '2026-12-07T16:59:59.800Z'; // 23:59:59.8 in Vietnam
    const access = directory();
    await signIn(access);
    await sleep(100); // a reading in the day before
    process.env.KPI_NOW = '2026-12-07T17:00:00.100Z';
    await sleep(1100);
    await signIn(access);
    expect(personnel.signIns).toBe(2);
  });

  it('when the revision cannot be read, for the bound only', async () => {
    const access = directory();
    await signIn(access);
    personnel.revision = new Error('personnel is restarting');
    await sleep(150);
    await signIn(access); // within the bound: kept
    expect(personnel.signIns).toBe(1);
    await sleep(1000);
    await signIn(access); // past it, nothing confirmed since: read again
    expect(personnel.signIns).toBe(2);
  });

  it('with the watch off (revisionMs 0), for the bound only, as before', async () => {
    const access = directory(0);
    await signIn(access);
    await sleep(1100);
    await signIn(access);
    expect(personnel.signIns).toBe(2);
    expect(personnel.revisionReadings).toBe(0);
  });
});
