import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scoring } from '@kpi/scoring';
import type { Page } from 'puppeteer-core';
import { startWebWorld, type WebWorld } from '../../src/web.js';
import type { DemoWorld } from '../../src/world.js';

/**
 * A unit head's screens in a real browser against the real graph: the review queue puts the
 * exceptions first, returns one with a reason, approves the rest in one action — and the staff
 * member's live score moves. The actions it takes are counted.
 */
/** Friday 20 November 2026, 10:00 in Vietnam: the demo's last week (13–19 Nov) is not yet reviewed. */
const NOW = '2026-11-20T10:00:00+07:00';
const DAY = '2026-11-19';
let web: WebWorld;
let world: DemoWorld;
let page: Page;

beforeAll(async () => {
  web = await startWebWorld({ now: NOW, extra: [scoring] });
  world = web.world;
  page = await web.newPage();
  await web.signIn(page, world.province.employees.find((e) => e.id === world.user('unit-head').employeeId)!.code);
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

/** Counts what a person does: each click and each key press or typed field is one action. */
function counted(page: Page) {
  let actions = 0;
  return {
    get actions() {
      return actions;
    },
    async click(selector: string) {
      actions += 1;
      await page.click(selector);
    },
    async type(selector: string, text: string) {
      actions += 1;
      await page.type(selector, text);
    },
    async press(key: 'Enter' | 'j' | 'a' | 'x' | 'r') {
      actions += 1;
      await page.keyboard.press(key);
    },
    async open(url: string) {
      actions += 1;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
  };
}

describe('the review queue', () => {
  it('a unit head reviews a day exceptions first, returns one with a reason, approves the rest at once; the staff member’s score moves', async () => {
    const staffUser = world.user('staff');
    const staff = await world.graph.as(staffUser);
    const head = await world.graph.as(world.user('unit-head'));
    // An entry claiming far more than its standard time: an exception the head must look at.
    const { me } = await staff.request<{ me: { loggableWorkItems: { id: string; standardMinutes: number }[] } }>(
      '{ me { loggableWorkItems { id standardMinutes } } }',
    );
    const item = me.loggableWorkItems.find((i) => i.standardMinutes >= 10 && i.standardMinutes <= 60)!;
    const { recordDiaryEntry } = await staff.request<{ recordDiaryEntry: { entry: { id: string } } }>(
      `mutation ($input: RecordDiaryEntryInput!) { recordDiaryEntry(input: $input) { entry { id } } }`,
      { input: { workDate: DAY, workItemId: item.id, quantity: 1, actualMinutes: Math.round(item.standardMinutes * 4), evidenceRef: 'x' } },
    );
    const overClaimed = recordDiaryEntry.entry.id;
    const scoreOf = async () =>
      (await staff.request<{ me: { periodScore: { workPoints: number } } }>(`{ me { periodScore(period: "2026-11") { workPoints } } }`)).me
        .periodScore.workPoints;
    const before = await scoreOf();
    const { reviewQueue } = await head.request<{ reviewQueue: { id: string; flags: string[]; employeeId: string }[] }>(
      `{ reviewQueue(first: 500, from: "${DAY}", to: "${DAY}") { id flags employeeId } }`,
    );
    const flagged = reviewQueue.filter((e) => e.flags.length > 0).map((e) => e.id);
    const plain = reviewQueue.filter((e) => e.flags.length === 0).map((e) => e.id);
    expect(flagged).toContain(overClaimed);
    expect(plain.length).toBeGreaterThan(0);

    const person = counted(page);
    await person.open(`${web.app}/review?day=${DAY}`);
    await page.waitForSelector('#review-summary');
    // Exceptions first: the first table holds exactly the flagged entries, the second the plain ones.
    expect(await page.$$eval('#review-exceptions tbody tr', (rows) => rows.map((r) => r.getAttribute('data-entry')))).toEqual(
      expect.arrayContaining(flagged),
    );
    expect(await page.$$eval('#review-exceptions tbody tr', (rows) => rows.length)).toBe(flagged.length);
    expect((await page.$$eval('#review-rest tbody tr', (rows) => rows.map((r) => r.getAttribute('data-entry')))).sort()).toEqual(
      [...plain].sort(),
    );
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'review-queue');

    // The over-claimed entry goes back with a reason.
    await person.click(`tr[data-entry="${overClaimed}"] button.return`);
    await page.waitForSelector('#return-reason');
    await person.type('#return-reason', 'Thời gian khai gấp 4 lần định mức: đề nghị ghi lại đúng thời gian.');
    await person.press('Enter');
    await page.waitForFunction((id) => !document.querySelector(`tr[data-entry="${id}"]`), {}, overClaimed);
    // The other exceptions are looked at and approved one by one, from the keyboard: a on the current row.
    for (let left = flagged.length - 1; left > 0; left -= 1) {
      await page.waitForSelector('#review-exceptions tbody tr');
      const first = await page.$eval('#review-exceptions tbody tr', (r) => r.getAttribute('data-entry'));
      await person.click(`tr[data-entry="${first}"] button.approve`);
      await page.waitForFunction((id) => !document.querySelector(`tr[data-entry="${id}"]`), {}, first);
    }
    // The plain rest in one action.
    await person.click('#approve-rest');
    await page.waitForSelector('#review-empty');

    const { rows } = await world.db.query<{ id: string; status: string; review_note: string | null }>(
      `select id, status, review_note from diary.diary_entry where id = any($1)`,
      [reviewQueue.map((e) => e.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(overClaimed)).toMatchObject({ status: 'RETURNED', review_note: expect.stringContaining('gấp 4 lần') });
    expect(rows.filter((r) => r.id !== overClaimed).every((r) => r.status === 'APPROVED')).toBe(true);
    expect(rows).toHaveLength(reviewQueue.length);

    // The staff member's approved work counts now: their live score's work points went up.
    expect(await scoreOf()).toBeGreaterThan(before);
    const people = new Set(reviewQueue.map((e) => e.employeeId)).size;
    console.log(
      `review of ${DAY}: ${reviewQueue.length} entries of ${people} people (${flagged.length} exceptions) in ${person.actions} actions`,
    );
    // One to open the day, three to return an entry with a reason, one per other exception, one for
    // the rest: the plain entries cost one action together, so the whole day takes fewer actions
    // than half its entries (a queue approved entry by entry would take one each).
    expect(person.actions).toBeLessThanOrEqual(flagged.length + 4);
    expect(person.actions).toBeLessThan(reviewQueue.length / 2);
  });

  it('works from the keyboard alone: j / k move, x selects, a approves, r returns with a reason', async () => {
    const day = '2026-11-18';
    await page.goto(`${web.app}/review?day=${day}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#review-summary');
    const ids = await page.$$eval('tbody tr', (rows) => rows.map((r) => r.getAttribute('data-entry')!));
    expect(ids.length).toBeGreaterThan(3);
    await page.keyboard.press('j'); // the second entry
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x'); // and the third
    await page.keyboard.press('a');
    await page.waitForFunction((id) => !document.querySelector(`tr[data-entry="${id}"]`), {}, ids[2]);
    // The cursor stays where it was (now on the next entry still waiting): up twice to the first.
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await page.keyboard.press('r'); // the first, returned
    await page.waitForSelector('#return-reason');
    await page.keyboard.type('Thiếu mô tả kết quả.');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !document.querySelector(`tr[data-entry="${id}"]`), {}, ids[0]);
    const { rows } = await world.db.query<{ id: string; status: string }>(`select id, status from diary.diary_entry where id = any($1)`, [
      ids.slice(0, 4),
    ]);
    const status = new Map(rows.map((r) => [r.id, r.status]));
    expect(ids.slice(0, 4).map((id) => status.get(id))).toEqual(['RETURNED', 'APPROVED', 'APPROVED', 'SUBMITTED']);
  });
});

describe('assigning work and the unit', () => {
  /** Sets a date field as a person picking it in the calendar would (the value, then the input event React listens to). */
  const pickDate = (selector: string, date: string) =>
    page.$eval(
      selector,
      (input, value) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      date,
    );

  it('assigns work with a deadline on a working day and co-operators, and follows it', async () => {
    const head = world.user('unit-head');
    const staffId = world.user('staff').employeeId!;
    await page.click('#nav-assign');
    await page.waitForSelector('#assign-lead, [role=alert]');
    expect(await page.$eval('main', (m) => m.textContent)).not.toMatch(/Không tải được/);
    await page.select('#assign-lead', staffId);
    await page.waitForSelector('#assign-item option:nth-child(2)');
    const item = await page.$eval('#assign-item option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
    await page.select('#assign-item', item);
    await page.type('#assign-title-field', 'Rà soát hồ sơ thi đua quý IV');
    await page.click('#assign-quantity', { count: 3 });
    await page.type('#assign-quantity', '3');
    // A Saturday is refused before anything is sent; the Friday after is 5 working days away.
    await pickDate('#assign-deadline', '2026-11-28');
    await page.waitForFunction(() => document.querySelector('#assign-days')?.textContent?.includes('không phải ngày làm việc'));
    expect(await page.$eval('#assign-submit', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await pickDate('#assign-deadline', '2026-11-27');
    await page.waitForFunction(() => document.querySelector('#assign-days')?.textContent?.startsWith('Còn 5 ngày làm việc'));
    const cooperator = await page.$eval('input.cooperator', (c) => (c as HTMLInputElement).value);
    await page.click('input.cooperator');
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'assign-work');
    await page.click('#assign-submit');
    await page.waitForSelector('#assign-status');
    const { rows } = await world.db.query(
      `select id, lead_id, assigner_id, work_item_id, expected_quantity::float8 as quantity, deadline::text, co_operator_ids
         from diary.assignment where title = 'Rà soát hồ sơ thi đua quý IV'`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        lead_id: staffId,
        assigner_id: head.employeeId,
        work_item_id: item,
        quantity: 3,
        deadline: '2026-11-27',
        co_operator_ids: [cooperator],
      }),
    ]);
    await page.waitForSelector(`#assignments-given tr[data-assignment="${rows[0].id}"]`);
    expect(await page.$eval(`#assignments-given tr[data-assignment="${rows[0].id}"]`, (tr) => tr.textContent)).toContain('Chờ nhận');
  });

  it('My unit: the missing diaries are the graph’s, with reminders to send', async () => {
    const head = await world.graph.as(world.user('unit-head'));
    const unitId = world.user('unit-head').unitIds[0]!;
    // A day left undeclared by a member of the unit.
    await world.db.query(`delete from diary.diary_entry where employee_id = $1 and work_date = '2026-11-10'`, [
      world.user('staff').employeeId,
    ]);
    const { agency } = await head.request<{ agency: { missingDiaries: { count: number; employee: { id: string } }[] } }>(
      `query ($id: ID!) { agency(id: $id) { missingDiaries(from: "2026-11-01", to: "2026-11-20") { count employee { id } } } }`,
      { id: unitId },
    );
    await page.click('#nav-unit');
    await page.waitForSelector('#unit-scores');
    const shown = await page.$$eval('#unit-missing tbody tr', (rows) =>
      rows.map((r) => [r.getAttribute('data-employee'), Number(r.querySelector('td')!.textContent)]),
    );
    expect(shown).toEqual(agency.missingDiaries.map((m) => [m.employee.id, m.count]));
    expect(shown.map(([id]) => id)).toContain(world.user('staff').employeeId);
    expect(await page.$eval('#unit-reminders', (ul) => ul.textContent)).toContain('Thiếu nhật ký');
    expect(await web.audit(page)).toEqual([]);
    await web.screenshot(page, 'my-unit');
  });
});
