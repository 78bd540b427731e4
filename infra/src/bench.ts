/**
 * `pnpm bench`: figures, not assertions.
 *  1. Start-up: `pnpm start` on an empty database (migrations + the 7,000-person demo province)
 *     and again on the loaded one, to a ready gateway.
 *  2. The staff directory through the gateway on the full demo province: SQL statements and
 *     latency per request as a page grows from 10 to 500 employees with nested fields.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in the temp folder.
 */
import { signUserToken } from '@kpi/platform';
import { dropDatabase, startEmbeddedPostgres, withDatabase } from '@kpi/platform/database';
import { startTestGraph } from '@kpi/platform/testkit';
import { demoUsers, generateProvince, loadDemoProvince } from '@kpi/demo';
import { personnel } from '@kpi/personnel';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLClient, gql } from 'graphql-request';
import { startGateway } from '@kpi/gateway';

process.env.LOG_LEVEL ??= 'warn';
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54390 });
const server = process.env.DATABASE_URL ?? embedded!.url;
process.env.KPI_TEST_DATABASE_URL = server;

async function timeStart(databaseUrl: string, dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'infra/src/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      KPI_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: '4900',
      PERSONNEL_PORT: '4901',
      CATALOGUE_PORT: '4902',
      DIARY_PORT: '4903',
      SCORING_PORT: '4904',
      KPI_CONTROL_PORT: '4999',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('is ready')) resolve();
    });
    child.on('exit', () => reject(new Error(`start exited:\n${output}`)));
  });
  const elapsed = (performance.now() - started) / 1000;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return elapsed;
}

console.log('## Start-up to a ready gateway (pnpm start, node processes included)');
const startDb = withDatabase(server, `kpi_bench_${Date.now()}`);
const dataDir = mkdtempSync(join(tmpdir(), 'kpi-bench-'));
console.log(`cold (empty database: migrations + 7,000-person demo load): ${(await timeStart(startDb, dataDir)).toFixed(1)} s`);
console.log(`warm (data already loaded):                                 ${(await timeStart(startDb, dataDir)).toFixed(1)} s`);
await dropDatabase(startDb);

console.log('\n## Staff directory through the gateway, full demo province');
const graph = await startTestGraph([personnel], startGateway);
const province = generateProvince();
await loadDemoProvince(graph.databaseUrl, province);
const analyst = demoUsers(province).find((u) => u.label === 'province-analyst')!.identity;
const client = new GraphQLClient(graph.gatewayUrl, {
  headers: { authorization: `Bearer ${await signUserToken(analyst, graph.keys.issuer.privateKey!)}` },
});
const PAGE = gql`
  query Page($first: Int!) {
    employees(first: $first, orderBy: { field: NAME }) {
      totalCount
      nodes {
        code
        fullName
        agency {
          name
        }
        division {
          name
        }
        position {
          title
          category
        }
        supervisor {
          fullName
          position {
            title
          }
        }
      }
    }
  }
`;
const queries = graph.queries('personnel');
console.log('page size | SQL statements | median ms | p95 ms');
for (const first of [10, 50, 100, 500]) {
  await client.request(PAGE, { first });
  queries.reset();
  await client.request(PAGE, { first });
  const statements = queries.count;
  const times: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t = performance.now();
    await client.request(PAGE, { first });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${String(first).padStart(9)} | ${String(statements).padStart(14)} | ${times[15]!.toFixed(1).padStart(9)} | ${times[28]!.toFixed(1).padStart(6)}`,
  );
}
await graph.stop();
await embedded?.stop();
process.exit(0);
