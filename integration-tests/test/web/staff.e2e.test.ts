import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { scoring } from '@kpi/scoring';
import { startWebWorld, type WebWorld } from '../../src/web.js';
import type { DemoWorld } from '../../src/world.js';

/**
 * A staff member's own screens in a real browser against the real graph: My month shows the days
 * declared and missing and declares a missing one late in one click; Today copies the previous
 * working day and marks what E-Office delivered.
 */
/** Friday 20 November 2026, 10:00 in Vietnam: the demo diaries run to the 19th. */
const NOW = '2026-11-20T10:00:00+07:00';
let web: WebWorld;
let world: DemoWorld;
let page: Page;
let staffId: string;

const entriesOn = async (date: string) =>
  (
    await world.db.query<{ work_item_id: string; quantity: number; actual_minutes: number; evidence_ref: string | null; flags: string[] }>(
      `select work_item_id, quantity::float8 as quantity, actual_minutes, evidence_ref, flags from diary.diary_entry
        where employee_id = $1 and work_date = $2 order by created_at`,
      [staffId, date],
    )
  ).rows;

beforeAll(async () => {
  web = await startWebWorld({ now: NOW, extra: [scoring] });
  world = web.world;
  staffId = world.user('staff').employeeId!;
  // A day left undeclared, two weeks back: past the deadline for declaring it on time.
  await world.db.query(`delete from diary.diary_entry where employee_id = $1 and work_date = '2026-11-09'`, [staffId]);
  page = await web.newPage();
  await web.signIn(page, world.province.employees.find((e) => e.id === staffId)!.code);
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('the staff screens', () => {
  it('My month: the missing days as the graph counts them, the rule and lock date, and a missing day declared late in one click', async () => {
    const staff = await world.graph.as(world.user('staff'));
    const { me } = await staff.request<{ me: { missingDiaryDays: string[] } }>(
      `{ me { missingDiaryDays(from: "2026-11-01", to: "2026-11-20") } }`,
    );
    expect(me.missingDiaryDays).toContain('2026-11-09');
    await page.click('#nav-month');
    await page.waitForSelector('#month-days');
    expect(await page.$eval('#month-summary', (p) => p.textContent)).toContain(`${me.missingDiaryDays.length} ngày còn thiếu`);
    // The policy's close day (the 25th) of the next month is the lock date, shown with the rule.
    expect(await page.$eval('#month-rule', (p) => p.textContent)).toMatch(/khóa sổ vào đầu ngày 25\/12\/2026/);
    const missingRows = await page.$$eval('#month-days tr.warning', (rows) => rows.map((r) => r.getAttribute('data-date')));
    expect(missingRows).toEqual(me.missingDiaryDays);
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'my-month');

    await page.click('tr[data-date="2026-11-09"] .declare-late');
    await page.waitForSelector('#late-notice');
    expect(await page.$eval('#today', (h) => h.textContent)).toMatch(/^Khai bù ngày .*09\/11\/2026/);
    const { me: mine } = await staff.request<{ me: { loggableWorkItems: { id: string; code: string; standardMinutes: number }[] } }>(
      '{ me { loggableWorkItems { id code standardMinutes } } }',
    );
    const item = mine.loggableWorkItems.find((i) => i.standardMinutes >= 15)!;
    await page.type('#search', item.code);
    await page.waitForSelector('#matches button');
    await page.click('#matches button');
    await page.waitForSelector('#save');
    await page.type('#evidence', '125/SNV-VP');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelectorAll('#entries li').length === 1);
    const written = await entriesOn('2026-11-09');
    expect(written).toEqual([
      {
        work_item_id: item.id,
        quantity: 1,
        actual_minutes: Math.round(item.standardMinutes),
        evidence_ref: '125/SNV-VP',
        flags: ['LATE_DECLARATION'],
      },
    ]);

    await page.click('#nav-month');
    // The month shown again is refreshed from the graph: the day is declared now.
    await page.waitForFunction(
      () => document.querySelector('tr[data-date="2026-11-09"]') && !document.querySelector('tr[data-date="2026-11-09"] .declare-late'),
    );
    expect(await page.$eval('tr[data-date="2026-11-09"] td', (td) => td.textContent)).toBe('Đã khai');
  });

  it('Today: entries E-Office delivered are marked; the previous working day is copied in one click', async () => {
    // One of yesterday's entries came from E-Office (as intake writes it).
    await world.db.query(
      `update diary.diary_entry set source = 'EOFFICE', client = 'eoffice', external_id = 'EO-WEB-1'
        where id = (select id from diary.diary_entry where employee_id = $1 and work_date = '2026-11-19' order by created_at limit 1)`,
      [staffId],
    );
    await page.goto(`${web.app}/?date=2026-11-19`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#entries');
    const yesterday = await entriesOn('2026-11-19');
    expect(yesterday.length).toBeGreaterThan(1);
    expect(await page.$$eval('#entries li', (items) => items.length)).toBe(yesterday.length);
    expect(await page.$$eval('#entries li .eoffice', (badges) => badges.map((b) => b.textContent))).toEqual(['Từ E-Office']);

    await page.click('#nav-today');
    await page.waitForFunction(() => document.querySelector('#today')?.textContent === 'Hôm nay');
    await page.waitForSelector('#copy-previous');
    expect(await entriesOn('2026-11-20')).toEqual([]);
    await page.click('#copy-previous');
    await page.waitForSelector('#copied');
    expect(await page.$eval('#copied', (p) => p.textContent)).toBe(`Đã chép ${yesterday.length} công việc từ ngày 19/11/2026.`);
    const copied = await entriesOn('2026-11-20');
    const strip = (rows: typeof copied) =>
      rows.map(({ work_item_id, quantity, actual_minutes }) => ({ work_item_id, quantity, actual_minutes }));
    expect(strip(copied)).toEqual(strip(yesterday));
    await page.waitForFunction((n) => document.querySelectorAll('#entries li').length === n, {}, yesterday.length);
    expect(await web.audit(page)).toEqual([]);
  });

  it('My assignments: a new assignment waits to be accepted; accepted, then submitted, as the records show', async () => {
    const head = await world.graph.as(world.user('unit-head'));
    const staff = await world.graph.as(world.user('staff'));
    const { me } = await staff.request<{ me: { loggableWorkItems: { id: string }[] } }>('{ me { loggableWorkItems { id } } }');
    const { assignWork } = await head.request<{ assignWork: { id: string } }>(
      `mutation ($input: AssignWorkInput!) { assignWork(input: $input) { id } }`,
      {
        input: {
          leadId: staffId,
          workItemId: me.loggableWorkItems[0]!.id,
          title: 'Tổng hợp báo cáo tuần',
          expectedQuantity: 4,
          deadline: '2026-11-27',
        },
      },
    );
    const status = async () =>
      (
        await world.db.query<{ status: string; quantity_done: number | null }>(
          `select status, quantity_done::float8 from diary.assignment where id = $1`,
          [assignWork.id],
        )
      ).rows[0];
    await page.click('#nav-assignments');
    const row = `#table-toAccept tr[data-assignment="${assignWork.id}"]`;
    await page.waitForSelector(row);
    expect(await page.$eval(row, (tr) => tr.textContent)).toContain('Tổng hợp báo cáo tuần');
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'my-assignments');
    await page.click(`${row} button.accept`);
    await page.waitForSelector('#assignments-status');
    expect(await status()).toEqual({ status: 'IN_PROGRESS', quantity_done: null });

    const toSubmit = `#table-toSubmit tr[data-assignment="${assignWork.id}"] button.submit`;
    await page.waitForSelector(toSubmit);
    await page.click(toSubmit);
    await page.waitForSelector('#quantity-done');
    await page.click('#quantity-done', { count: 3 });
    await page.type('#quantity-done', '3');
    await page.type('#submit-evidence', '88/BC-SNV');
    await page.click('#send-submission');
    await page.waitForFunction(() => document.querySelector('#assignments-status')?.textContent?.includes('chờ người giao đánh giá'));
    expect(await status()).toEqual({ status: 'SUBMITTED', quantity_done: 3 });
  });

  it('My score: the live score, its level and the seven indicators are the graph’s', async () => {
    const staff = await world.graph.as(world.user('staff'));
    const { me } = await staff.request<{
      me: { periodScore: { score: number | null; level: string; indicators: Record<string, number | null> } };
    }>(
      `{ me { periodScore(period: "2026-11") { score level indicators { quantity timeliness quality proactivity coordination creativity overdue } } } }`,
    );
    await page.click('#nav-score');
    await page.waitForSelector('#indicators, [role=alert]');
    expect(await page.$eval('main', (m) => m.textContent)).not.toContain('Không tải được');
    const shown = (value: number | null) => (value === null ? '—' : value.toFixed(1));
    expect(await page.$eval('#score-value', (p) => p.textContent)).toBe(`Điểm: ${shown(me.periodScore.score)}`);
    const levels: Record<string, string> = {
      EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
      GOOD: 'Hoàn thành tốt nhiệm vụ',
      COMPLETED: 'Hoàn thành nhiệm vụ',
      NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
    };
    expect(await page.$eval('#score-level', (p) => p.textContent)).toBe(`Mức xếp loại sẽ là: ${levels[me.periodScore.level]}`);
    const rows = await page.$$eval('#indicators tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-indicator'), tr.querySelector('td')!.textContent]),
    );
    expect(rows).toEqual(Object.entries(me.periodScore.indicators).map(([key, value]) => [key, shown(value)]));
    // Decree 335's products in units, the plain ratios beside those after deductions: the graph's, stretch by stretch.
    const { me: units } = await staff.request<{
      me: { periodScore: { segments: { from: string; products: Record<string, number | null> }[] } };
    }>(
      `{ me { periodScore(period: "2026-11") { segments { from products { judgedUnits completedUnits unitsMeetingRequirements unitsOnTime
          quantityPct qualityPct progressPct plainQualityPct plainProgressPct } } } } }`,
    );
    const judged = units.periodScore.segments.filter((s) => s.products.judgedUnits);
    expect(judged.length).toBeGreaterThan(0);
    const productRows = await page.$$eval('#score-products tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-from'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
    );
    expect(productRows).toEqual(
      units.periodScore.segments.map(({ from, products: p }) => [
        from,
        shown(p.judgedUnits!),
        shown(p.completedUnits!),
        shown(p.unitsMeetingRequirements!),
        shown(p.unitsOnTime!),
        shown(p.quantityPct!),
        `${shown(p.plainQualityPct!)} / ${shown(p.qualityPct!)}`,
        `${shown(p.plainProgressPct!)} / ${shown(p.progressPct!)}`,
      ]),
    );
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'my-score');

    // Printed, the page is the month's score sheet: who and which month at the head, the
    // explanation, signatures at the foot — no navigation, no buttons.
    const visible = (selector: string) =>
      page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0);
    expect(await visible('#sheet-head')).toBe(false);
    expect(await visible('#score-print')).toBe(true);
    await page.emulateMediaType('print');
    try {
      const person = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
      expect(await visible('#sheet-head')).toBe(true);
      expect(await page.$eval('#sheet-head', (el) => (el as HTMLElement).innerText)).toContain(`Mã cán bộ: ${person.code}`);
      expect(await visible('#sheet-signatures')).toBe(true);
      expect(await visible('#indicators')).toBe(true);
      for (const hidden of ['nav', '#score-print', '#score-title'])
        expect({ hidden, shown: await visible(hidden) }).toEqual({ hidden, shown: false });
    } finally {
      await page.emulateMediaType();
    }
  });
});
