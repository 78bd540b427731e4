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
import { AxePuppeteer } from '@axe-core/puppeteer';
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
/** The world's clock, and the browser's: Friday 20 November 2026, 10:00 in Vietnam. */
const NOW = '2026-11-20T10:00:00+07:00';
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
    now: NOW,
    employees: 200,
    gateway: {
      port: gatewayPort,
      web: { root: outDir, signIn: { issuer: provider.issuer, clientId: 'kpi-web', resource: GRAPH_RESOURCE } },
    },
  });
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  page = await browser.newPage();
  // The page's clock runs from the world's "now", so that its today is the graph's today.
  await page.evaluateOnNewDocument((now: number) => {
    const offset = now - Date.now();
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + offset;
  }, Date.parse(NOW));
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

  it('logs work in a few keystrokes: search without diacritics, minutes from the standard, the over-standard warning before saving', async () => {
    await page.click('header button'); // back to Vietnamese
    await page.waitForFunction(() => document.querySelector('#hello')?.textContent?.startsWith('Xin chào'));
    const staff = await world.graph.as(world.user('staff'));
    const { me } = await staff.request<{ me: { loggableWorkItems: { code: string; name: string; standardMinutes: number }[] } }>(
      '{ me { loggableWorkItems { code name standardMinutes } } }',
    );
    const item = me.loggableWorkItems.find((i) => i.standardMinutes >= 10)!;
    const before = await page.$$eval('#entries li', (items) => items.length);
    // The first words of its name, typed without diacritics.
    const typed = item.name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/đ/g, 'd')
      .split(' ')
      .slice(0, 3)
      .join(' ');
    await page.type('#search', typed.toLowerCase());
    await page.waitForSelector('#matches button');
    const options = await page.$$eval('#matches button', (buttons) => buttons.map((b) => b.textContent));
    expect(options).toContain(`${item.code} — ${item.name}`);
    const index = options.indexOf(`${item.code} — ${item.name}`);
    await (await page.$$('#matches button'))[index]!.click();
    await page.waitForSelector('#minutes');
    expect(await page.$eval('#minutes', (input) => (input as HTMLInputElement).value)).toBe(String(Math.round(item.standardMinutes)));
    // A claim that fills the day past its standard: warned as it is typed, before saving.
    await page.click('#minutes', { count: 3 });
    await page.type('#minutes', '700');
    await page.waitForSelector('#over-standard');
    expect(await page.$eval('#over-standard', (p) => p.textContent)).toMatch(/vượt 480 phút chuẩn/);
    // Labels, roles, names, contrast: no violation axe-core finds on the page as it stands, warning shown.
    const audit = await new AxePuppeteer(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.click('#save');
    await page.waitForFunction((n) => document.querySelectorAll('#entries li').length === n + 1, {}, before);
    const { rows } = await world.db.query(
      `select actual_minutes from diary.diary_entry where employee_id = $1 and work_date = '2026-11-20' order by created_at desc limit 1`,
      [world.user('staff').employeeId],
    );
    expect(rows).toEqual([{ actual_minutes: 700 }]);
  });
});
