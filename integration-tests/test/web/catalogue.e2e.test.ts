import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startWebWorld, type WebWorld } from '../../src/web.js';
import type { DemoWorld } from '../../src/world.js';

/**
 * A catalogue keeper's screen in a real browser on the real graph: browse the catalogue, an import
 * previewed by the graph's dry run before anything is written, the KPI handbook downloaded.
 */
const NOW = '2026-11-20T10:00:00+07:00';
let web: WebWorld;
let world: DemoWorld;
let page: Page;
let downloads: string;
let agencyId: string;

/**
 * Files the browser saves land in `downloads` (CDP's download behaviour); waits for a new file
 * whose name matches, fully written.
 */
async function downloaded(pattern: RegExp, before: string[]): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const name = readdirSync(downloads).find((f) => pattern.test(f) && !before.includes(f) && !f.endsWith('.crdownload'));
    if (name) return join(downloads, name);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download matching ${pattern} in ${downloads}: ${readdirSync(downloads).join(', ')}`);
}

beforeAll(async () => {
  web = await startWebWorld({ now: NOW });
  world = web.world;
  agencyId = world.user('agency-admin').agencyIds[0]!;
  page = await web.newPage();
  downloads = mkdtempSync(join(tmpdir(), 'kpi-catalogue-downloads-'));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
  const admin = world.province.employees.find((e) => e.id === world.user('agency-admin').employeeId)!;
  await web.signIn(page, admin.code);
}, 180_000);
afterAll(async () => {
  await web?.stop();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const text = (selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
describe('the work catalogue', () => {
  const asAdmin = () => world.graph.as(world.user('agency-admin'));
  const counts = async () =>
    (
      await world.db.query(`select (select count(*) from catalogue.work_item)::int as items,
                                   (select count(*) from catalogue.work_item_version)::int as versions,
                                   (select count(*) from catalogue.audit_entry)::int as audit`)
    ).rows[0];

  it('lists the catalogue the graph holds, a page at a time', async () => {
    await (await page.waitForSelector('#nav-catalogue'))!.click();
    await page.waitForSelector('#items tbody tr');
    const { workItems } = await (
      await asAdmin()
    ).request<{ workItems: { totalCount: number; nodes: { code: string }[] } }>(`{ workItems(first: 50) { totalCount nodes { code } } }`);
    expect(await text('#items caption')).toBe(`50 / ${workItems.totalCount} đầu công việc`);
    expect(await page.$$eval('#items tbody tr', (rows) => rows.map((r) => r.id.replace(/^item-/, '')))).toEqual(
      workItems.nodes.map((n) => n.code),
    );
    expect(await web.audit(page)).toEqual([]);
  });

  it('previews an import by a dry run that writes nothing, then applies it', async () => {
    // The agency's own list as the graph exports it, one item re-timed and one added.
    const { exportCatalogue } = await (
      await asAdmin()
    ).request<{ exportCatalogue: { content: string; rows: number } }>(
      `query ($a: ID) { exportCatalogue(ownerAgencyId: $a, format: CSV) { content rows } }`,
      { a: agencyId },
    );
    const [header, ...rows] = parseCsv(
      Buffer.from(exportCatalogue.content, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as string[][];
    expect(rows.length).toBeGreaterThan(0);
    const minutes = header!.indexOf('standard_minutes');
    const revised = [...rows[0]!];
    revised[minutes] = String(Number(revised[minutes]) + 15);
    const added = [...rows[0]!];
    added[0] = 'SNV-C-950';
    added[header!.indexOf('name')] = 'Tổng hợp báo cáo chuyên đề cải cách hành chính';
    const sheet = join(downloads, 'import.csv');
    writeFileSync(sheet, stringifyCsv([header!, revised, added]));

    await ((await page.$('#import-file')) as ElementHandle<HTMLInputElement>).uploadFile(sheet);
    const before = await counts();
    await page.click('#preview');
    await page.waitForSelector('#import-report tbody tr');
    expect(
      await page.$$eval('#import-report tbody tr', (trs) => trs.map((tr) => [tr.children[1]!.textContent, tr.getAttribute('data-action')])),
    ).toEqual([
      [revised[0], 'REVISE'],
      ['SNV-C-950', 'CREATE'],
    ]);
    expect(await text('#import-summary')).toBe('Chạy thử: 1 thêm mới, 1 sửa, 0 không đổi, 0 lỗi. Chưa ghi gì.');
    expect(await counts()).toEqual(before);
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'catalogue');

    await page.click('#apply');
    await page.waitForFunction(() => document.querySelector('#import-summary')?.textContent?.startsWith('Đã áp dụng'));
    // Group C rows are proposals for the agency's head: a new item and two new versions.
    expect(await counts()).toEqual({ items: before.items + 1, versions: before.versions + 2, audit: expect.any(Number) });
    const { workItemByCode } = await (
      await asAdmin()
    ).request<{ workItemByCode: { group: string; ownerAgencyId: string; pendingVersion: { name: string } | null } }>(
      `{ workItemByCode(code: "SNV-C-950") { group ownerAgencyId pendingVersion { name } } }`,
    );
    expect(workItemByCode).toEqual({
      group: 'C',
      ownerAgencyId: agencyId,
      pendingVersion: { name: 'Tổng hợp báo cáo chuyên đề cải cách hành chính' },
    });
  });

  it('downloads the agency’s KPI handbook as the graph prints it', async () => {
    const before = readdirSync(downloads);
    await page.select('#handbook-format', 'HTML');
    await page.click('#handbook');
    const file = await downloaded(/\.html$/, before);
    const { kpiHandbook } = await (
      await world.graph.as(world.user('agency-admin'), 'vi')
    ).request<{ kpiHandbook: { filename: string; content: string } }>(
      `query ($a: ID!) { kpiHandbook(agencyId: $a, format: HTML) { filename content } }`,
      { a: agencyId },
    );
    expect(file.endsWith(kpiHandbook.filename)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Sổ tay KPI — Sở Nội vụ');
    expect(html).toBe(kpiHandbook.content);
    expect(await text('#files-status')).toMatch(new RegExp(`^Đã tải ${kpiHandbook.filename.replace(/\./g, '\\.')} \\(\\d+ dòng\\)\\.$`));
  });

  it('revises one of the agency’s own items from tomorrow: a new version waiting for the head’s approval', async () => {
    await page.click('#own-only');
    await page.waitForSelector('#items tbody tr button[id^="revise-"]');
    const button = await page.$eval('#items tbody tr button[id^="revise-"]', (b) => b.id);
    const code = button.slice('revise-'.length);
    await page.click(`#${button}`);
    await page.waitForSelector('#revise-minutes');
    await page.click('#revise-minutes', { count: 3 });
    await page.type('#revise-minutes', '47');
    await page.type('#revise-reason', 'Định mức đo lại theo thực tế quý III');
    await page.click('#save-version');
    await page.waitForFunction(() => document.querySelector('#revise') === null);
    const { rows } = await world.db.query<{ minutes: number; from: string; approval: string }>(
      `select v.standard_minutes::float8 as minutes, v.effective_from::text as from, v.approval
         from catalogue.work_item_version v join catalogue.work_item i on i.id = v.work_item_id
        where i.code = $1 and v.standard_minutes = 47`,
      [code],
    );
    expect(rows).toEqual([{ minutes: 47, from: '2026-11-21', approval: 'PENDING' }]);
  });

  it('sets a sector’s KPI standard from a date: refused in the form until the weights sum to 100, then stored', async () => {
    await page.waitForSelector('#standard-sector');
    const sectorId = await page.$eval('#standard-sector', (select) => (select as HTMLSelectElement).value);
    await page.$eval('#standard-from', (input) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '2026-12-01');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('#weight-quantity', { count: 3 });
    await page.type('#weight-quantity', '25');
    expect(await page.$eval('#save-standard', (b) => (b as HTMLButtonElement).disabled)).toBe(true); // 95
    await page.click('#weight-creativity', { count: 3 });
    await page.type('#weight-creativity', '10');
    await page.waitForFunction(() => !(document.querySelector('#save-standard') as HTMLButtonElement).disabled);
    await page.type('#standard-reason', 'Chuẩn mới của ngành từ tháng 12');
    await page.click('#save-standard');
    await page.waitForFunction(() => (document.querySelector('#standard [role=status]')?.textContent ?? '').length > 0);
    const { rows } = await world.db.query(
      `select position_category, expected_minutes_per_month, weight_quantity, weight_creativity, reason
         from catalogue.sector_kpi_standard where sector_id = $1 and effective_from = '2026-12-01'`,
      [sectorId],
    );
    expect(rows).toEqual([
      {
        position_category: 'PROFESSIONAL',
        expected_minutes_per_month: 8800,
        weight_quantity: 25,
        weight_creativity: 10,
        reason: 'Chuẩn mới của ngành từ tháng 12',
      },
    ]);
  });
});
