/**
 * `pnpm bench:sign-in`: what signing in costs the gateway per request, side by side in one run.
 *
 *  1. The gateway's authentication step alone, on the real code, N times each:
 *     - before issue 10: verify the graph's own EdDSA token and read the roles from its claims
 *       (what `verifyUserToken` still does for a development-issuer client token);
 *     - now, a person from the development issuer: verify, then their access from the records,
 *       remembered per session (a cache hit, as on every request but the first);
 *     - now, a person from an OpenID Provider: verify RS256 with the provider's cached key set,
 *       then the same cache hit.
 *  2. A whole request the gateway answers alone (`{ __typename }`, signed in): the process's CPU
 *     per request, to put the step's difference in proportion.
 * Figures, not assertions. Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { demoUsers, generateProvince, loadDemoProvince } from '@kpi/demo';
import { startGateway } from '@kpi/gateway';
import { firstPartyClients, generateSigningKey, GRAPH_AUDIENCE, startIdentityProvider } from '@kpi/identity';
import { signInWithCode } from '@kpi/identity/client';
import { signUserToken, verifyUserToken } from '@kpi/platform';
import { startEmbeddedPostgres } from '@kpi/platform/database';
import { actor, startTestGraph } from '@kpi/platform/testkit';
import { personnel } from '@kpi/personnel';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

process.env.LOG_LEVEL ??= 'warn';
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54391 });
process.env.KPI_TEST_DATABASE_URL = process.env.DATABASE_URL ?? embedded!.url;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3000);

const provider = await startIdentityProvider({
  port: 0,
  jwks: { keys: [await generateSigningKey()] },
  clients: firstPartyClients({ gateway: 'http://localhost:4000', web: 'http://localhost:5173' }),
  password: 'bench',
});
process.env.KPI_OIDC_ISSUERS = JSON.stringify([
  { issuer: provider.issuer, audience: GRAPH_AUDIENCE, employee: { claim: 'sub', by: 'code' } },
]);
const graph = await startTestGraph([personnel], startGateway);
const province = generateProvince({ targetEmployees: 300 });
await loadDemoProvince(graph.databaseUrl, province);
const staff = demoUsers(province).find((u) => u.label === 'staff')!.identity;
const staffCode = province.employees.find((e) => e.id === staff.employeeId)!.code;

const ownToken = await signUserToken(staff, graph.keys.issuer.privateKey!);
const oldStyleToken = await signUserToken(actor.integrationClient('eoffice'), graph.keys.issuer.privateKey!);
const { tokens } = await signInWithCode({
  issuer: provider.issuer,
  clientId: 'kpi-cli',
  redirectUri: 'http://127.0.0.1/callback',
  code: staffCode,
  password: 'bench',
});

/** CPU microseconds per request of `rounds` POSTs of `{ __typename }` with this token (sequential, keep-alive). */
async function perRequest(token: string, rounds: number, url = graph.gatewayUrl) {
  const send = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query":"{ __typename }"}',
    }).then((r) => r.text());
  for (let i = 0; i < 200; i += 1) await send(); // warm: JIT, the session's access remembered, the key set fetched
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) await send();
  const used = process.cpuUsage(cpu);
  return { cpuMicros: (used.user + used.system) / rounds, wallMs: (performance.now() - started) / rounds };
}

/** CPU microseconds per call of one step. */
async function step(run: () => Promise<unknown>, rounds: number) {
  for (let i = 0; i < 200; i += 1) await run();
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i += 1) await run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / rounds;
}

// The gateway's own step, imported from its source: verification and the remembered access.
const { Issuers } = await import('@kpi/gateway/issuers');
const issuers = new Issuers(graph.keys.issuer.publicKey, JSON.parse(process.env.KPI_OIDC_ISSUERS) as never);
const before = await step(() => verifyUserToken(oldStyleToken, graph.keys.issuer.publicKey), ROUNDS);
const ownVerify = await step(() => issuers.verify(ownToken), ROUNDS);
const oidcVerify = await step(() => issuers.verify(tokens.access_token), ROUNDS);
issuers.stop();

// The client runs in this process too: its own cost (and a bare HTTP answer's) is measured against
// a server that answers the same bytes at once, and taken off.
const bare = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}'));
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const baseline = await perRequest(ownToken, ROUNDS, `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`);
bare.close();
const whole = await perRequest(ownToken, ROUNDS);
const wholeOidc = await perRequest(tokens.access_token, ROUNDS);
whole.cpuMicros -= baseline.cpuMicros;
wholeOidc.cpuMicros -= baseline.cpuMicros;
// The cache hit is measured inside the whole request: the gateway's LRU lookup is a Map access.
const fmt = (micros: number) => `${micros.toFixed(1)} µs`;
console.log(`## Signing in, per request (${ROUNDS} rounds each, one process)`);
console.log(`before: EdDSA token, roles from its claims          ${fmt(before)}`);
console.log(`now:    EdDSA token (development issuer) + records   ${fmt(ownVerify)}  (verify; the records are a cache hit)`);
console.log(`now:    RS256 token (OpenID Provider, cached keys)   ${fmt(oidcVerify)}`);
console.log(`the client and a bare HTTP answer (taken off below)  ${fmt(baseline.cpuMicros)}`);
console.log(`the gateway's whole request ({ __typename }), CPU  ${fmt(whole.cpuMicros)} (EdDSA) · ${fmt(wholeOidc.cpuMicros)} (RS256)`);
console.log(
  `difference in the gateway's CPU per request: ${(((ownVerify - before) / whole.cpuMicros) * 100).toFixed(1)} % (EdDSA), ` +
    `${(((oidcVerify - before) / wholeOidc.cpuMicros) * 100).toFixed(1)} % (RS256), of a request the gateway answers alone;` +
    ' a request that reaches a subgraph costs the gateway more, so less in proportion',
);
await graph.stop();
await provider.close();
await embedded?.stop();
process.exit(0);
