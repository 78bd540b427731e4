import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  firstPartyClients,
  generateSigningKey,
  GRAPH_AUDIENCE,
  GRAPH_RESOURCE,
  startIdentityProvider,
  type RunningIdentityProvider,
} from '@kpi/identity';
import { freePort } from '@kpi/platform/testkit';
import chromium from '@sparticuz/chromium';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * The web app, built as a province deploys it (static files the gateway serves at `/`), in a real
 * browser: a staff member signs in at the identity provider and the app greets them by the name
 * the graph knows, in Vietnamese first, in English on the switch.
 */
const PASSWORD = 'demo-password';
const outDir = mkdtempSync(join(tmpdir(), 'kpi-web-'));
let world: DemoWorld;
let provider: RunningIdentityProvider;
let browser: Browser;
let page: Page;
let app: string;

beforeAll(async () => {
  // Built in a process of its own, as `pnpm start` does (Vite does not run inside jest's VM modules).
  const web = join(import.meta.dirname, '../../../web');
  execFileSync(
    process.execPath,
    [join(web, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: web,
    },
  );
  const [gatewayPort, providerPort] = [await freePort(), await freePort()];
  app = `http://localhost:${gatewayPort}`;
  provider = await startIdentityProvider({
    port: providerPort,
    jwks: { keys: [await generateSigningKey()] },
    clients: firstPartyClients({ gateway: app, web: 'http://localhost:5173' }),
    password: PASSWORD,
  });
  process.env.KPI_OIDC_ISSUERS = JSON.stringify([
    { issuer: provider.issuer, audience: GRAPH_AUDIENCE, employee: { claim: 'sub', by: 'code' } },
  ]);
  world = await startDemoWorld({
    now: '2026-11-20T10:00:00+07:00',
    employees: 200,
    gateway: {
      port: gatewayPort,
      web: { root: outDir, signIn: { issuer: provider.issuer, clientId: 'kpi-web', resource: GRAPH_RESOURCE } },
    },
  });
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  page = await browser.newPage();
}, 120_000);
afterAll(async () => {
  delete process.env.KPI_OIDC_ISSUERS;
  await browser?.close();
  await provider?.close();
  await world?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the web app', () => {
  it('a staff member signs in and is greeted by the name the records hold, in Vietnamese, then in English', async () => {
    const staff = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
    await page.goto(`${app}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#sign-in');
    await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
    expect(page.url()).toMatch(new RegExp(`^${provider.issuer}/interaction/`));
    await page.type('#login [name=code]', staff.code);
    await page.type('#login [name=password]', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('#login button[type=submit]')]);
    await page.waitForSelector('#hello');
    expect(await page.$eval('#hello', (h) => h.textContent)).toBe(`Xin chào, ${staff.fullName}`);
    expect(page.url()).toBe(`${app}/`);
    // Today's entries, from the diary (the clock of this world is 20 November 2026).
    expect(await page.$eval('#today + p', (p) => p.textContent)).toMatch(/^Công việc đã ghi hôm nay: \d+$/);
    await page.click('header button');
    await page.waitForFunction(() => document.querySelector('#hello')?.textContent?.startsWith('Hello'));
    expect(await page.$eval('#hello', (h) => h.textContent)).toBe(`Hello, ${staff.fullName}`);
  });
});
