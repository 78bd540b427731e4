/**
 * Diary figures: the time to generate and COPY the demo diaries (two months by default, a year
 * with --year), and the write rate of diary entries through the gateway (recordDiaryEntry, with
 * its calls to personnel and the catalogue), 8 clients in parallel.
 * `pnpm bench:diary [--year]`. Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { demoId, signUserToken, Role } from '@kpi/platform';
import { startEmbeddedPostgres } from '@kpi/platform/database';
import { actor, startTestGraph } from '@kpi/platform/testkit';
import { catalogue } from '@kpi/catalogue';
import { generateCatalogue, generateDiaries, generateProvince, loadDemoCatalogue, loadDemoDiaries, loadDemoProvince } from '@kpi/demo';
import { diary } from '@kpi/diary';
import { personnel } from '@kpi/personnel';
import { GraphQLClient, gql } from 'graphql-request';
import { startGateway } from '@kpi/gateway';

process.env.LOG_LEVEL ??= 'warn';
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54391 });
process.env.KPI_TEST_DATABASE_URL = process.env.DATABASE_URL ?? embedded!.url;

const graph = await startTestGraph([personnel, catalogue, diary], startGateway);
const province = generateProvince();
const demo = generateCatalogue(province);
await loadDemoProvince(graph.databaseUrl, province);
await loadDemoCatalogue(graph.databaseUrl, demo);

for (const months of process.argv.includes('--year') ? [2, 12] : [2]) {
  const started = performance.now();
  const rows = await loadDemoDiaries(graph.databaseUrl, generateDiaries({ months }), { replace: true });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `demo diaries, ${months} months, 7,000 people: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s, generate + COPY + analyze)`,
  );
}

// Writes through the gateway: each client is a different person recording today's work.
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const writers = province.employees.filter((e) => e.role === 'staff' && e.status === 'ACTIVE').slice(0, 8);
const CLIENTS = writers.length;
const PER_CLIENT = 60;
const RECORD = gql`
  mutation ($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry {
        id
      }
      warnings {
        code
      }
    }
  }
`;
const jobs = await Promise.all(
  writers.map(async (employee) => {
    const token = await signUserToken(actor.person(employee.id, [Role.STAFF], [employee.agencyId]), graph.keys.issuer.privateKey!);
    const items = demo.jobDescriptions.filter((j) => j.positionId === employee.positionId).map((j) => j.workItemId);
    return { client: new GraphQLClient(graph.gatewayUrl, { headers: { authorization: `Bearer ${token}` } }), items };
  }),
);
const started = performance.now();
let written = 0;
await Promise.all(
  jobs.map(async ({ client, items }, c) => {
    for (let i = 0; i < PER_CLIENT; i += 1) {
      await client.request(RECORD, {
        input: { workDate: today, workItemId: items[i % items.length], quantity: 1, actualMinutes: 1 + (i % 20), note: `bench ${c}-${i}` },
      });
      written += 1;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `recordDiaryEntry through the gateway: ${written} entries by ${CLIENTS} people in parallel in ${seconds.toFixed(1)} s = ${(written / seconds).toFixed(0)} entries/s`,
);
void demoId;
await graph.stop();
await embedded?.stop();
process.exit(0);
