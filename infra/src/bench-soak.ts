/**
 * `pnpm bench:soak`: a long mixed load through the gateway, printing the memory of every process
 * each minute — figures, not assertions. The question it answers: does any service's memory keep
 * growing under a steady load (a leak), or does it level off?
 *
 * Starts `pnpm start` (the whole graph with the demo province, on its own ports and data folder;
 * DATABASE_URL when set, otherwise its embedded PostgreSQL), then runs SOAK_CONCURRENCY workers
 * (default 4) for SOAK_MINUTES (default 30), each repeating a mix of what people do:
 *   35 % a staff member's month (diary period, missing days, assignments), 15 % their live score,
 *   15 % a directory page, 10 % the loggable items of their position, 10 % a unit head's unit
 *   page, 15 % a diary entry written.
 * Each kind of request is tried once first; the soak stops there if one is refused (a query that
 * no longer matches the schema would otherwise measure nothing but errors).
 * Every minute it reads each service's `/health/live` (RSS and V8 heap, in MB) and prints one line;
 * at the end the growth after warm-up (minute 5 → last) and the largest value seen.
 */
import { loadKeyRing, signUserToken, todayInVietnam, Role, type Identity } from '@kpi/platform';
import { generateProvince } from '@kpi/demo';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const minutes = Number(process.env.SOAK_MINUTES ?? 30);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 4);
const ports = { gateway: 4910, personnel: 4911, catalogue: 4912, diary: 4913, scoring: 4914 };
// SOAK_DATA_DIR keeps the graph's data folder (keys, embedded database, demo) between runs: the
// first run loads the demo province (minutes), later ones start warm.
const keepData = Boolean(process.env.SOAK_DATA_DIR);
const dataDir = process.env.SOAK_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'kpi-soak-'));

console.log(`## Soak: ${minutes} min, ${concurrency} concurrent callers, through the gateway (pnpm start, demo province)`);
const graph = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'infra/src/start.ts'], {
  env: {
    ...process.env,
    KPI_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(ports.gateway),
    PERSONNEL_PORT: String(ports.personnel),
    CATALOGUE_PORT: String(ports.catalogue),
    DIARY_PORT: String(ports.diary),
    SCORING_PORT: String(ports.scoring),
    KPI_CONTROL_PORT: '4919',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopGraph = async () => {
  if (graph.exitCode !== null) return;
  const exited = new Promise((resolve) => graph.once('exit', resolve));
  graph.kill('SIGTERM');
  await exited;
};
process.on('SIGINT', () => void stopGraph().then(() => process.exit(130)));

// The services' warnings and errors (LOG_LEVEL=warn), kept for the end of the run.
const graphLog: string[] = [];
let pending = '';
graph.stdout!.on('data', (chunk: Buffer) => {
  const lines = (pending + chunk.toString()).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (/"level":(40|50|60)|warn|error/i.test(line) && graphLog.length < 200) graphLog.push(line.slice(0, 400));
});

const startedAt = performance.now();
await new Promise<void>((resolve, reject) => {
  let output = '';
  graph.stdout!.on('data', (chunk) => {
    output += chunk;
    if (output.includes('is ready')) resolve();
  });
  graph.once('exit', () => reject(new Error(`pnpm start exited:\n${output}`)));
});
console.log(`graph ready in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);

// The demo province is generated from a fixed seed: the same people the graph loaded.
const province = generateProvince();
const keys = await loadKeyRing(join(dataDir, 'keys'));
const active = province.employees.filter((e) => e.status === 'ACTIVE');
const person = (e: (typeof active)[number], roles: Role[], unitIds: string[] = []): Identity => ({
  subject: e.id,
  kind: 'person',
  employeeId: e.id,
  name: e.fullName,
  roles,
  agencyIds: [e.agencyId],
  unitIds,
});
const staff = active.filter((e) => e.role === 'staff').slice(0, 400);
const heads = active.filter((e) => e.role === 'divisionHead' && e.divisionId).slice(0, 50);
const analyst = person(active[0]!, [Role.STAFF, Role.PROVINCE_ANALYST]);
const tokens = new Map<string, string>();
async function tokenOf(identity: Identity) {
  let token = tokens.get(identity.subject + identity.roles.join());
  if (!token) {
    token = await signUserToken(identity, keys.issuer.privateKey!, '24h');
    tokens.set(identity.subject + identity.roles.join(), token);
  }
  return token;
}

const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
const counts = { requests: 0, errors: new Map<string, number>() };
const firstErrors: string[] = [];
async function ask(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  counts.requests += 1;
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(identity)}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as {
      data?: { me?: { loggableWorkItems?: { id: string }[] } };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    for (const error of body.errors ?? []) {
      const code = error.extensions?.code ?? `HTTP ${response.status}`;
      // A few examples of each code (DUPLICATE_ENTRY alone would fill the list).
      if (firstErrors.filter((line) => line.startsWith(`${code}:`)).length < 3) firstErrors.push(`${code}: ${error.message}`);
      counts.errors.set(code, (counts.errors.get(code) ?? 0) + 1);
    }
    return body.data;
  } catch (error) {
    const code = (error as Error).name;
    counts.errors.set(code, (counts.errors.get(code) ?? 0) + 1);
    return undefined;
  }
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
const today = todayInVietnam();
const month = today.slice(0, 7);
const monthStart = `${month}-01`;
const items = new Map<string, string[]>();

const operations: [number, () => Promise<unknown>][] = [
  [
    35,
    () =>
      ask(
        person(pick(staff), [Role.STAFF]),
        `query Month($from: LocalDate!, $to: LocalDate!) { me { fullName position { title } agency { name }
          diaryPeriod(from: $from, to: $to) { workingDays actualMinutes workPoints missingDays }
          assignmentSummary(from: $from, to: $to) { onTime late overdue } }
          myAssignments { title deadline timeliness } }`,
        { from: monthStart, to: today },
      ),
  ],
  [
    15,
    () =>
      // The month as a literal: one query text for the whole soak, whatever the argument's scalar.
      ask(person(pick(staff), [Role.STAFF]), `query Score { me { periodScore(period: "${month}") { score level workPoints } } }`),
  ],
  [
    15,
    () =>
      ask(
        analyst,
        `query Page($first: Int!) { employees(first: $first) { totalCount nodes { code fullName agency { name } position { title } } } }`,
        { first: pick([20, 50, 100]) },
      ),
  ],
  [10, () => ask(person(pick(staff), [Role.STAFF]), `{ me { loggableWorkItems { id name } } }`)],
  [
    10,
    () => {
      const head = pick(heads);
      return ask(
        person(head, [Role.STAFF, Role.UNIT_HEAD], [head.divisionId!]),
        `query Unit($unit: ID!, $from: LocalDate!, $to: LocalDate!) { reviewQueue(first: 20) { id workDate }
          agency(id: $unit) { missingDiaries(from: $from, to: $to) { count } assignmentSummary(from: $from, to: $to) { overdueShare } } }`,
        { unit: head.divisionId, from: monthStart, to: today },
      );
    },
  ],
  [
    15,
    async () => {
      const who = pick(staff);
      const identity = person(who, [Role.STAFF]);
      let loggable = items.get(who.id);
      if (!loggable) {
        const data = await ask(identity, `{ me { loggableWorkItems { id } } }`);
        loggable = ((data?.me?.loggableWorkItems ?? []) as { id: string }[]).map((item) => item.id);
        items.set(who.id, loggable);
      }
      if (!loggable.length) return;
      return ask(
        identity,
        `mutation Record($item: ID!, $date: LocalDate!) { recordDiaryEntry(input: { workDate: $date, workItemId: $item, quantity: 1, actualMinutes: 20 }) { entry { id } } }`,
        { item: pick(loggable), date: today },
      );
    },
  ],
];
const totalWeight = operations.reduce((sum, [weight]) => sum + weight, 0);
function nextOperation() {
  let roll = Math.random() * totalWeight;
  for (const [weight, run] of operations) {
    roll -= weight;
    if (roll < 0) return run;
  }
  return operations[0]![1];
}

interface Sample {
  minute: number;
  requests: number;
  memory: Record<string, { rss: number; heapUsed: number } | null>;
}
const samples: Sample[] = [];
async function sample(minute: number) {
  const memory: Sample['memory'] = {};
  for (const [name, port] of Object.entries(ports)) {
    try {
      const live = (await (await fetch(`http://localhost:${port}/health/live`, { signal: AbortSignal.timeout(5000) })).json()) as {
        memoryMb: { rss: number; heapUsed: number };
      };
      memory[name] = live.memoryMb;
    } catch {
      memory[name] = null;
    }
  }
  samples.push({ minute, requests: counts.requests, memory });
  const cells = Object.entries(memory).map(([name, m]) => `${name} ${m ? `${m.rss.toFixed(0)}/${m.heapUsed.toFixed(0)}` : 'down'}`);
  console.log(`${String(minute).padStart(3)} min | ${String(counts.requests).padStart(7)} requests | ${cells.join(' | ')}`);
}

// Preflight: every kind of request once, answered without errors.
for (const [, run] of operations) await run();
if (counts.errors.size) {
  console.error(`preflight failed: ${[...counts.errors].map(([code, n]) => `${code} ${n}`).join(', ')}`);
  for (const message of firstErrors) console.error(`  ${message}`);
  await stopGraph();
  process.exit(1);
}
counts.requests = 0;

console.log('minute | requests so far | per service: RSS / V8 heap used, MB');
await sample(0);
const deadline = Date.now() + minutes * 60_000;
let minute = 0;
const sampler = setInterval(() => void sample(++minute), 60_000);
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < deadline) await nextOperation()();
  }),
);
clearInterval(sampler);
await sample(minutes);

console.log(`\n${counts.requests} requests in ${minutes} min (${(counts.requests / (minutes * 60)).toFixed(1)}/s)`);
console.log(`errors by code: ${counts.errors.size ? [...counts.errors].map(([code, n]) => `${code} ${n}`).join(', ') : 'none'}`);
for (const message of firstErrors) console.log(`  e.g. ${message}`);
if (graphLog.length)
  console.log(`\nthe services logged ${graphLog.length} warning(s) or error(s); the first:\n${graphLog.slice(0, 20).join('\n')}`);
const warm = samples.find((s) => s.minute >= Math.min(5, minutes)) ?? samples[0]!;
const last = samples.at(-1)!;
console.log(`\nservice   | RSS at ${warm.minute} min → ${last.minute} min (max) | heap at ${warm.minute} min → ${last.minute} min (max)`);
for (const name of Object.keys(ports)) {
  const seen = samples.map((s) => s.memory[name]).filter((m): m is { rss: number; heapUsed: number } => m !== null);
  const from = warm.memory[name];
  const to = last.memory[name];
  if (!from || !to) {
    console.log(`${name.padEnd(9)} | down at a sample`);
    continue;
  }
  const maxRss = Math.max(...seen.map((m) => m.rss));
  const maxHeap = Math.max(...seen.map((m) => m.heapUsed));
  console.log(
    `${name.padEnd(9)} | ${from.rss.toFixed(0)} → ${to.rss.toFixed(0)} MB (${maxRss.toFixed(0)}) | ${from.heapUsed.toFixed(0)} → ${to.heapUsed.toFixed(0)} MB (${maxHeap.toFixed(0)})`,
  );
}
await stopGraph();
if (!keepData) rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
