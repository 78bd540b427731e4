import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { startWebWorld, WEB_PASSWORD, type WebWorld } from '../../src/web.js';
import type { DemoWorld } from '../../src/world.js';

/**
 * The web app, built as a province deploys it (static files the gateway serves at `/`), in a real
 * browser: a staff member signs in at the identity provider and the app greets them by the name
 * the graph knows, in Vietnamese first, in English on the switch.
 */
/** The world's clock, and the browser's: Friday 20 November 2026, 10:00 in Vietnam. */
const NOW = '2026-11-20T10:00:00+07:00';
let web: WebWorld;
let world: DemoWorld;
let page: Page;
let app: string;

beforeAll(async () => {
  web = await startWebWorld({ now: NOW });
  ({ world, app } = web);
  page = await web.newPage();
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('the web app', () => {
  it('a staff member signs in and is greeted by the name the records hold, in Vietnamese, then in English', async () => {
    const staff = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
    await page.goto(`${app}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#sign-in');
    await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
    expect(page.url()).toMatch(new RegExp(`^${web.provider.issuer}/interaction/`));
    await page.type('#login [name=code]', staff.code);
    await page.type('#login [name=password]', WEB_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('#login button[type=submit]')]);
    await page.waitForSelector('#hello');
    expect(await page.$eval('#hello', (h) => h.textContent)).toBe(`Xin chào, ${staff.fullName}`);
    expect(page.url()).toBe(`${app}/`);
    // Today's entries, from the diary (the clock of this world is 20 November 2026).
    expect(await page.$eval('#today + p', (p) => p.textContent)).toMatch(/^Công việc đã ghi hôm nay: \d+$/);
    await page.click('#language');
    await page.waitForFunction(() => document.querySelector('#hello')?.textContent?.startsWith('Hello'));
    expect(await page.$eval('#hello', (h) => h.textContent)).toBe(`Hello, ${staff.fullName}`);
  });

  it('logs work in a few keystrokes: search without diacritics, minutes from the standard, the over-standard warning before saving', async () => {
    await page.click('#language'); // back to Vietnamese
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
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'today');
    await page.click('#save');
    await page.waitForFunction((n) => document.querySelectorAll('#entries li').length === n + 1, {}, before);
    const { rows } = await world.db.query(
      `select actual_minutes from diary.diary_entry where employee_id = $1 and work_date = '2026-11-20' order by created_at desc limit 1`,
      [world.user('staff').employeeId],
    );
    expect(rows).toEqual([{ actual_minutes: 700 }]);
  });
  it('serves the app as static files: index.html never cached, hashed assets compressed and cached for a year', async () => {
    const index = await fetch(`${app}/month`, { headers: { accept: 'text/html' } });
    expect(index.headers.get('cache-control')).toBe('no-store');
    const html = await index.text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${app}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  });
});
