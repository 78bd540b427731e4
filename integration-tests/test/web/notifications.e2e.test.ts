import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { graphql } from '../../src/graphql/index.js';
import { startWebWorld, type WebWorld } from '../../src/web.js';

/**
 * The reminders in a real browser: the daily job (here without a mail server: in-app only) leaves
 * notifications; the staff member sees the unread count, reads them in Vietnamese, marks one read
 * and stops the e-mails of one kind.
 */
// Monday 23 November 2026: October closes at the end of 24/11, its missing days get the last call.
const NOW = '2026-11-23T10:00:00+07:00';
let web: WebWorld;
let page: Page;
const saved = { ...process.env };

const START = graphql(`
  mutation WebRemindersStart {
    startReminderJob {
      id
    }
  }
`);
const JOB = graphql(`
  query WebRemindersJob($id: ID!) {
    diaryJob(id: $id) {
      state
      summary
    }
  }
`);
const PREFERENCES = graphql(`
  query WebRemindersPreferences {
    myNotificationPreferences {
      kind
      email
    }
  }
`);

beforeAll(async () => {
  delete process.env.SMTP_URL;
  process.env.KPI_REMINDERS_CRON = 'off';
  web = await startWebWorld({ now: NOW });
  const admin = await web.world.graph.as(web.world.user('province-admin'));
  const { startReminderJob } = await admin.request(START);
  for (let state = ''; state !== 'SUCCEEDED';) {
    const { diaryJob } = await admin.request(JOB, { id: startReminderJob.id });
    state = diaryJob!.state;
    if (state === 'FAILED') throw new Error(`the reminder job failed: ${JSON.stringify(diaryJob)}`);
    if (state === 'SUCCEEDED') expect(diaryJob!.summary).toContain('in-app notifications only');
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  page = await web.newPage();
  const staff = web.world.province.employees.find((e) => e.id === web.world.user('staff').employeeId)!;
  await web.signIn(page, staff.code);
}, 180_000);

afterAll(async () => {
  await web?.stop();
  process.env = saved;
});

const unreadOf = async () => Number((await page.$eval('#notifications-unread', (p) => p.textContent ?? '')).match(/\d+/)![0]);

describe('notifications in the web app', () => {
  it('shows the unread count by the navigation, lists the reminders in Vietnamese and marks one read', async () => {
    await page.waitForSelector('#notification-bell strong');
    const bell = Number(await page.$eval('#notification-bell strong', (s) => s.textContent));
    expect(bell).toBeGreaterThan(0);
    await page.click('#notification-bell');
    await page.waitForSelector('#notifications-list li');
    expect(await page.$eval('#notifications-title', (h) => h.textContent)).toBe('Thông báo');
    const list = await page.$eval('#notifications-list', (ul) => ul.textContent ?? '');
    expect(list).toContain('Sắp chốt số liệu tháng');
    expect(list).toContain('Tháng 10/2026 sắp chốt số liệu');
    const before = await unreadOf();
    expect(before).toBe(bell);
    await page.click('#notifications-list .mark-read');
    await page.waitForFunction(
      (n: number) => document.querySelector('#notifications-unread')?.textContent?.includes(String(n)),
      {},
      before - 1,
    );
    await page.waitForFunction(
      (n: number) => document.querySelector('#notification-bell strong')?.textContent === String(n),
      {},
      before - 1,
    );
    expect(await web.audit(page)).toEqual([]);
  });

  it('turns off the e-mails of one kind; the app keeps them', async () => {
    await page.click('input[name="MISSING_DIARY"]');
    await page.click('#notifications-save');
    await page.waitForSelector('p[role="status"]');
    expect(await page.$eval('p[role="status"]', (p) => p.textContent)).toBe('Đã lưu lựa chọn.');
    const { myNotificationPreferences } = await (await web.world.graph.as(web.world.user('staff'))).request(PREFERENCES);
    expect(myNotificationPreferences.find((p) => p.kind === 'MISSING_DIARY')!.email).toBe(false);
    expect(myNotificationPreferences.filter((p) => p.email)).toHaveLength(4);
  });

  it('speaks English when asked', async () => {
    await page.click('#language');
    await page.waitForFunction(() => document.querySelector('#notifications-title')?.textContent === 'Notifications');
    expect(await page.$eval('#notifications-list', (ul) => ul.textContent ?? '')).toContain('10/2026 closes at the end of 24/11');
  });
});
