/**
 * `pnpm bench:web`: the staff page in a real browser — figures, not assertions.
 *
 * Starts `pnpm start` (the whole graph with the demo province, the identity provider and the web
 * app, on ports of its own; DATABASE_URL when set, otherwise its embedded PostgreSQL; WEB_BENCH_DATA_DIR
 * keeps the data folder between runs), signs a demo staff member in through the provider in
 * Chromium (the one `@sparticuz/chromium` ships), then opens Today WEB_BENCH_ROUNDS times (default 10):
 *
 *  - cold: the browser's cache emptied and disabled before each load (every file fetched again,
 *    as on a first visit; the person stays signed in, as after the sign-in redirect);
 *  - warm: the cache kept (hashed assets are cached for a year, as on every later visit).
 *
 * "Usable" is the moment the search box of the log form is on the page: the person, their day and
 * their position's catalogue have all arrived (Today renders the form only then). Printed: median
 * and slowest of each; the JavaScript Today loads (bytes on the wire, compressed as the gateway
 * sends it, and uncompressed), beside the targets (≤ 1.5 s cold, ≤ 250 KB gzip).
 */
import chromium from '@sparticuz/chromium';
import { generateProvince, demoUsers } from '@kpi/demo';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const rounds = Number(process.env.WEB_BENCH_ROUNDS ?? 10);
const ports = { gateway: 4920, personnel: 4921, catalogue: 4922, diary: 4923, scoring: 4924, identity: 4925 };
const keepData = Boolean(process.env.WEB_BENCH_DATA_DIR);
const dataDir = process.env.WEB_BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'kpi-web-bench-'));
const app = `http://localhost:${ports.gateway}`;

console.log('## The staff page in the browser (pnpm start, demo province, Chromium)');
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
    KPI_OIDC_PORT: String(ports.identity),
    KPI_CONTROL_PORT: '4929',
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

const browser = await (async () => {
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
  return puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
})();

try {
  // The demo province is generated from a fixed seed: the same people the graph loaded.
  const province = generateProvince();
  const staff = demoUsers(province).find((u) => u.label === 'staff')!.identity;
  const code = province.employees.find((e) => e.id === staff.employeeId)!.code;

  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 915, isMobile: true }); // a phone, as staff log their day
  await page.goto(`${app}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#sign-in');
  await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
  await page.type('#login [name=code]', code);
  await page.type('#login [name=password]', 'kpi-demo');
  await Promise.all([page.waitForNavigation(), page.click('#login button[type=submit]')]);
  await page.waitForSelector('#search');
  console.log(`signed in as ${code} (the demo staff member), phone-sized viewport`);

  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');

  // The network as Chromium sees it: per script fetched, bytes on the wire (compressed, with
  // headers) and bytes decoded.
  const scripts = new Map<string, { wire: number; raw: number; encoding: string }>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script')
      scripts.set(event.requestId, {
        wire: 0,
        raw: 0,
        encoding: String(Object.entries(event.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'none'),
      });
  });
  cdp.on('Network.dataReceived', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.raw += event.dataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.wire = event.encodedDataLength;
  });

  /** One load of Today: ms from navigation start to the search box, and the JS it fetched. */
  async function load(cold: boolean) {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
    if (cold) await cdp.send('Network.clearBrowserCache');
    scripts.clear();
    await page.goto(`${app}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#search');
    const usable = await page.evaluate(() => performance.now());
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last loadingFinished events
    const fetched = [...scripts.values()];
    return {
      usable,
      files: fetched.length,
      wire: fetched.reduce((sum, s) => sum + s.wire, 0),
      raw: fetched.reduce((sum, s) => sum + s.raw, 0),
      encoding: fetched[0]?.encoding ?? 'none',
    };
  }

  await load(true); // warm the graph's own caches (a session's access, the JIT), as a morning's first visitor would
  const cold = [];
  for (let i = 0; i < rounds; i += 1) cold.push(await load(true));
  const warm = [];
  for (let i = 0; i < rounds; i += 1) warm.push(await load(false));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ms = (values: number[]) => `median ${median(values).toFixed(0)} ms, slowest ${Math.max(...values).toFixed(0)} ms`;
  const first = cold[0]!;
  console.log(`| load of Today (${rounds} each) | time until usable | target |`);
  console.log('|---|---|---|');
  console.log(`| cold cache | ${ms(cold.map((c) => c.usable))} | ≤ 1500 ms |`);
  console.log(`| warm cache | ${ms(warm.map((c) => c.usable))} | |`);
  console.log(
    `JavaScript for Today: ${first.files} file(s), ${(first.wire / 1024).toFixed(1)} KB on the wire (${first.encoding}), ` +
      `${(first.raw / 1024).toFixed(1)} KB uncompressed; target ≤ 250 KB gzip`,
  );
} finally {
  await browser.close();
  await stopGraph();
  if (!keepData) rmSync(dataDir, { recursive: true, force: true });
}
