/**
 * `pnpm bench:coprocessor`: what the Apollo Router's identity step (the coprocessor) adds, in one
 * run, against what the Node gateway does for the same thing in-process.
 *
 *  1. Per subgraph fetch: the gateway signs the assertion in its own process (`signGatewayAssertion`);
 *     behind the router, the same signature costs a loopback HTTP call to the coprocessor (the
 *     SubgraphRequest stage: JSON both ways, the sealed caller opened, the assertion signed).
 *  2. Per client request: the coprocessor's RouterRequest stage (token verified, access a cache
 *     hit, caller sealed), against a whole signed-in request to the Node gateway (`{ me { id } }`,
 *     one fetch to personnel) to put it in proportion.
 * Wall time of sequential calls (client and servers share this process). Figures, not assertions.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { demoUsers, generateProvince, loadDemoProvince } from '@kpi/demo';
import { startGateway } from '@kpi/gateway';
import { startCoprocessor } from '@kpi/gateway/router';
import { signGatewayAssertion } from '@kpi/platform';
import { startEmbeddedPostgres } from '@kpi/platform/database';
import { startTestGraph } from '@kpi/platform/testkit';
import { personnel } from '@kpi/personnel';

process.env.LOG_LEVEL ??= 'warn';
// The bench is one caller sending thousands of requests: the gateway's per-caller limit would stop it.
process.env.KPI_RATE_LIMIT_REQUESTS ??= '1000000';
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54392 });
process.env.KPI_TEST_DATABASE_URL = process.env.DATABASE_URL ?? embedded!.url;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);

const graph = await startTestGraph([personnel], startGateway);
const coprocessor = await startCoprocessor({
  subgraphUrls: { personnel: graph.subgraphs.get('personnel')!.server.url },
  issuerPublicKey: graph.keys.issuer.publicKey,
  oidcIssuers: [],
  gatewayPrivateKey: graph.keys.gateway.privateKey!,
  gatewayPublicKey: graph.keys.gateway.publicKey,
  port: 0,
});

try {
  // A person of a small demo province: in the records, so sign-in finds them.
  const province = generateProvince({ targetEmployees: 300 });
  await loadDemoProvince(graph.databaseUrl, province);
  const person = demoUsers(province).find((u) => u.label === 'staff')!.identity;
  const client = await graph.as(person);
  const token = await graph.token(person);
  const fetchBody = { query: 'query Me__personnel__0{me{id}}', operationName: 'Me__personnel__0' };

  const stage = (payload: object) =>
    fetch(coprocessor.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }).then(
      (r) => r.json() as Promise<{ context?: unknown; control: unknown }>,
    );
  const routerRequest = (id: string) =>
    stage({
      version: 1,
      stage: 'RouterRequest',
      control: 'continue',
      id,
      headers: { authorization: [`Bearer ${token}`], 'content-type': ['application/json'] },
      body: JSON.stringify({ query: '{ me { id } }' }),
      method: 'POST',
      path: '/graphql',
    });
  const signedIn = await routerRequest('bench');
  if (signedIn.control !== 'continue') throw new Error(`the coprocessor refused the bench's caller: ${JSON.stringify(signedIn)}`);
  const subgraphRequest = () =>
    stage({
      version: 1,
      stage: 'SubgraphRequest',
      control: 'continue',
      id: 'bench',
      subgraphRequestId: 'fetch',
      headers: { 'content-type': ['application/json'] },
      body: fetchBody,
      context: signedIn.context,
      serviceName: 'personnel',
    });

  /** Microseconds of wall time per call, after a warm-up. */
  async function micros(run: () => Promise<unknown>, rounds = ROUNDS) {
    for (let i = 0; i < 200; i += 1) await run();
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) await run();
    return ((performance.now() - started) * 1000) / rounds;
  }

  const signInProcess = await micros(() =>
    signGatewayAssertion(person, graph.keys.gateway.privateKey!, { audience: 'personnel', body: fetchBody, keyId: 'bench' }),
  );
  const signOverHttp = await micros(subgraphRequest);
  const routerStage = await micros(() => routerRequest('bench'));
  const wholeRequest = await micros(() => client.request('{ me { id } }'), Math.min(ROUNDS, 1000));

  const f = (n: number) => n.toFixed(0).padStart(7);
  console.log(`rounds: ${ROUNDS}`);
  console.log(`per subgraph fetch   gateway in-process signature ${f(signInProcess)} µs`);
  console.log(`                     coprocessor SubgraphRequest   ${f(signOverHttp)} µs   ×${(signOverHttp / signInProcess).toFixed(1)}`);
  console.log(`per client request   coprocessor RouterRequest     ${f(routerStage)} µs`);
  console.log(
    `                     whole Node gateway request    ${f(wholeRequest)} µs   (both stages = ${(((routerStage + signOverHttp) / wholeRequest) * 100).toFixed(0)} % of it)`,
  );
} finally {
  await coprocessor.close();
  await graph.stop();
  await embedded?.stop();
}
