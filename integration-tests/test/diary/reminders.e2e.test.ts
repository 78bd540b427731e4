import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Identity } from '@kpi/platform';
import { actor, errorsOf, freePort } from '@kpi/platform/testkit';
import { PgBoss } from 'pg-boss';
import { graphql } from '../../src/graphql/index.js';
import { Mailbox } from '../../src/mailbox.js';
import { plainColleague, startDemoWorld, type DemoWorld } from '../../src/world.js';

// Monday 23 November 2026, 10:00 in Vietnam: October's data closes at the end of Tuesday 24/11 (the 25th).
const NOW = '2026-11-23T10:00:00+07:00';
let world: DemoWorld;
let mailbox: Mailbox;
const saved = { ...process.env };

const addressOf = (id: string) => world.province.employees.find((e) => e.id === id)!.email;
const staff = () => world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
const optedOut = () => plainColleague(world, staff(), (e) => e.divisionId === staff().divisionId);
const withoutAddress = () => plainColleague(world, staff(), (e) => e.id !== optedOut().id);

beforeAll(async () => {
  mailbox = new Mailbox(await freePort());
  await mailbox.start();
  process.env.SMTP_URL = mailbox.url;
  process.env.KPI_MAIL_FROM = 'Phần mềm KPI <kpi@khanhhoa.test>';
  process.env.KPI_GATEWAY_PUBLIC_URL = 'https://kpi.khanhhoa.test';
  process.env.KPI_REMINDERS_CRON = '0 7 * * *'; // the default, which test worlds otherwise turn off
  world = await startDemoWorld({ now: NOW, employees: 200 });
  // One colleague without an address: reminded in the app only.
  await world.db.query('update personnel.employee set email = null where id = $1', [withoutAddress().id]);
}, 120_000);

afterAll(async () => {
  await world?.stop();
  await mailbox?.stop();
  process.env = saved;
});

const START = graphql(`
  mutation RemindersStart($agencyId: ID) {
    startReminderJob(agencyId: $agencyId) {
      id
      kind
      scope
      state
    }
  }
`);
const JOB = graphql(`
  query RemindersJob($id: ID!) {
    diaryJob(id: $id) {
      id
      state
      summary
      result
      attempts
      errors {
        code
        attempt
      }
    }
  }
`);
const MINE = graphql(`
  query RemindersMine($unreadOnly: Boolean, $first: Int, $after: String) {
    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        subject
        concernsOn
        days
        dueOn
        message
        messageEn
        readAt
        emailedAt
        assignment {
          id
          title
        }
      }
    }
  }
`);
const PREFERENCES = graphql(`
  mutation RemindersPreferences($input: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(input: $input) {
      kind
      email
      inApp
    }
  }
`);
const MARK = graphql(`
  mutation RemindersMark($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

const as = (identity: Identity) => world.graph.as(identity);
const admin = () => world.user('province-admin');

const finished = (job: { state: string }) => job.state === 'SUCCEEDED' || job.state === 'FAILED';

async function settled(id: string, until: (job: { state: string; errors: unknown[] }) => boolean = finished) {
  const client = await as(admin());
  for (const end = Date.now() + 150_000; Date.now() < end;) {
    const { diaryJob } = await client.request(JOB, { id });
    if (diaryJob && until(diaryJob)) return diaryJob;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`job ${id} did not settle`);
}

async function runReminders(agencyId: string | null = null) {
  const { startReminderJob } = await (await as(admin())).request(START, { agencyId });
  expect(startReminderJob).toMatchObject({ kind: 'diary.reminders', scope: agencyId ?? 'province' });
  expect(['QUEUED', 'RUNNING']).toContain(startReminderJob.state);
  return settled(startReminderJob.id);
}

const mine = async (identity: Identity, unreadOnly = false) =>
  (await (await as(identity)).request(MINE, { unreadOnly, first: 100 })).myNotifications;

describe('daily reminders, by e-mail and in the app', () => {
  it('runs every morning at 07:00 Vietnam time (a pg-boss schedule)', async () => {
    const { rows } = await world.db.query(`select cron, timezone from diary_jobs.schedule where name = 'diary.reminders.tick'`);
    expect(rows).toEqual([{ cron: '0 7 * * *', timezone: 'Asia/Ho_Chi_Minh' }]);
  });

  it('mails each person once with their reminders, Vietnamese first, English below; who turned mail off gets none', async () => {
    const off = optedOut();
    const kinds = ['MISSING_DIARY', 'MONTH_CLOSING', 'ASSIGNMENT_DUE_SOON', 'ASSIGNMENT_OVERDUE', 'REVIEW_WAITING'] as const;
    const { setNotificationPreferences } = await (
      await as(actor.staff(off))
    ).request(PREFERENCES, { input: kinds.map((kind) => ({ kind, email: false })) });
    expect(setNotificationPreferences.every((p) => !p.email && p.inApp)).toBe(true);

    const job = await runReminders();
    expect(job.state).toBe('SUCCEEDED');
    expect(job.summary).toMatch(/new notifications/);
    expect(job.result).toMatchObject({ emailConfigured: true });

    const me = staff();
    const [mail, ...more] = mailbox.to(addressOf(me.id));
    expect(more).toHaveLength(0);
    expect(mail!.from).toBe('kpi@khanhhoa.test');
    expect(mail!.subject).toMatch(/^\[KPI\] \d+ nhắc việc mới \/ \d+ new reminders?$/);
    // October still lacks diaries on 23/11: the daily reminder and the last call before the close.
    expect(mail!.text).toContain(`Kính gửi đồng chí ${me.fullName},`);
    expect(mail!.text).toContain('chưa ghi nhật ký công việc');
    expect(mail!.text).toContain('Tháng 10/2026 sắp chốt số liệu (hết ngày 24/11)');
    expect(mail!.text.indexOf('---- English ----')).toBeGreaterThan(mail!.text.indexOf('Tháng 10/2026'));
    expect(mail!.text).toContain('10/2026 closes at the end of 24/11');
    expect(mail!.text).toContain('https://kpi.khanhhoa.test/notifications');

    expect(mailbox.to(addressOf(off.id))).toHaveLength(0);
    // Everyone with reminders got exactly one mail, at the address personnel keeps.
    const addresses = new Set(world.province.employees.map((e) => e.email));
    expect(mailbox.messages.length).toBe(job.result!.emailedPeople);
    expect(mailbox.messages.every((m) => m.to.length === 1 && addresses.has(m.to[0]!))).toBe(true);
    expect(new Set(mailbox.messages.map((m) => m.to[0])).size).toBe(mailbox.messages.length);

    // In the app all the same, for both: mailed for one, kept unmailed for the other.
    const inbox = await mine(world.user('staff'));
    expect(inbox.nodes.map((n) => n.kind)).toEqual(expect.arrayContaining(['MISSING_DIARY', 'MONTH_CLOSING']));
    expect(inbox.nodes.every((n) => n.emailedAt !== null && n.readAt === null)).toBe(true);
    const closing = inbox.nodes.find((n) => n.kind === 'MONTH_CLOSING')!;
    expect(closing).toMatchObject({ subject: '2026-10', dueOn: '2026-11-24', concernsOn: '2026-11-24' });
    expect(closing.message).toContain('Tháng 10/2026');
    expect(closing.messageEn).toContain('10/2026 closes');
    const theirs = await mine(actor.staff(off));
    expect(theirs.totalCount).toBeGreaterThan(0);
    expect(theirs.nodes.every((n) => n.emailedAt === null)).toBe(true);
    expect(mailbox.to(addressOf(withoutAddress().id))).toHaveLength(0);
    expect((await mine(actor.staff(withoutAddress()))).nodes.every((n) => n.emailedAt === null)).toBe(true);
    expect(job.summary).toMatch(/not mailed: .*preference.*no address/);
  });

  it('sends nothing twice: a second run finds every notification there and mails no one', async () => {
    const before = mailbox.messages.length;
    const { rows: stored } = await world.db.query('select count(*)::int as n from diary.notification');
    const job = await runReminders();
    expect(job.state).toBe('SUCCEEDED');
    expect(job.result).toMatchObject({ created: 0, emailed: 0 });
    expect(job.summary).toContain(' 0 new notifications');
    expect(mailbox.messages).toHaveLength(before);
    const { rows: after } = await world.db.query('select count(*)::int as n from diary.notification');
    expect(after[0].n).toBe(stored[0].n);
  });

  it('a tick of the schedule starts the job as the diary service (read by province admins)', async () => {
    // What pg-boss's cron sends at 07:00, sent now from outside the service as any instance would.
    const boss = new PgBoss({
      connectionString: world.graph.databaseUrl,
      schema: 'diary_jobs',
      supervise: false,
      schedule: false,
      migrate: false,
    });
    boss.on('error', () => {});
    await boss.start();
    try {
      await boss.send('diary.reminders.tick');
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
    const started = async () =>
      (await world.db.query(`select id from diary.job where kind = 'diary.reminders' and requested_by like 'service:diary%'`)).rows[0]
        ?.id as string | undefined;
    for (const end = Date.now() + 20_000; !(await started()) && Date.now() < end;) await new Promise((resolve) => setTimeout(resolve, 200));
    const id = await started();
    expect(id).toBeDefined();
    const job = await settled(id!);
    expect(job.state).toBe('SUCCEEDED');
    // The same day's reminders again: nothing new, nothing mailed twice.
    expect(job.result).toMatchObject({ created: 0, emailed: 0 });
  });

  it('reads page by page, counts the unread, marks read what is mine and nothing else', async () => {
    const me = world.user('staff');
    const all = await mine(me);
    const first = (await (await as(me)).request(MINE, { first: 1 })).myNotifications;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(all.totalCount > 1);
    const second = (await (await as(me)).request(MINE, { first: 1, after: first.pageInfo.endCursor })).myNotifications;
    expect(second.nodes[0]!.id).toBe(all.nodes[1]!.id);

    // A notification's assignment comes through the request's loader: a page of 1 or of 20 costs the same statements.
    const statements: number[] = [];
    for (const first of [1, 20]) {
      world.graph.queries('diary').reset();
      await (await as(me)).request(MINE, { first });
      statements.push(world.graph.queries('diary').count);
    }
    expect(statements[0]).toBe(statements[1]);

    const { markNotificationsRead } = await (await as(me)).request(MARK, { ids: [all.nodes[0]!.id] });
    expect(markNotificationsRead[0]!.readAt).not.toBeNull();
    expect((await mine(me, true)).totalCount).toBe(all.totalCount - 1);

    const theirs = (await mine(actor.staff(optedOut()))).nodes[0]!.id;
    const refusals = async (ids: string[]) => (await errorsOf((await as(me)).request(MARK, { ids }))).map((e) => e.extensions?.code);
    expect(await refusals([theirs])).toEqual(['NOT_FOUND']);
    expect(await refusals([])).toEqual(['BAD_USER_INPUT']);
    expect(await refusals(['not-an-id'])).toEqual(['BAD_USER_INPUT']);
    expect((await mine(actor.staff(optedOut()), true)).totalCount).toBe((await mine(actor.staff(optedOut()))).totalCount);
    const bad = await errorsOf((await as(me)).request(MINE, { first: 1, after: 'bm90LWEtY3Vyc29y' }));
    expect(bad.map((e) => e.extensions?.code)).toEqual(['INVALID_CURSOR']);
  });

  it('lets province admins and an agency’s admins run it now, nobody else; a bad agency is a clear error', async () => {
    const codes = async (identity: Identity, agencyId: string | null) =>
      (await errorsOf((await as(identity)).request(START, { agencyId }))).map((e) => e.extensions?.code);
    expect(await codes(world.user('staff'), null)).toEqual(['FORBIDDEN']);
    expect(await codes(world.user('unit-head'), staff().agencyId)).toEqual(['FORBIDDEN']);
    const other = world.province.agencies.find((a) => a.id !== staff().agencyId)!;
    expect(await codes(world.user('agency-admin'), other.id)).toEqual(['FORBIDDEN']);
    expect(await codes(admin(), 'SNV')).toEqual(['BAD_USER_INPUT']);
    expect(await codes(admin(), '00000000-0000-4000-8000-000000000000')).toEqual(['NOT_FOUND']);
    const { startReminderJob } = await (await as(world.user('agency-admin'))).request(START, {});
    expect(startReminderJob.scope).toBe(staff().agencyId);
    expect((await settled(startReminderJob.id)).state).toBe('SUCCEEDED');
  });

  it('a mail server that is down makes the attempt retryable; the retry delivers exactly once', async () => {
    const me = staff();
    const unitHead = world.user('unit-head');
    const workItemId = world.demo.jobDescriptions.find((j) => j.positionId === me.positionId)!.workItemId;
    await (
      await as(unitHead)
    ).request(
      graphql(`
        mutation RemindersAssign($input: AssignWorkInput!) {
          assignWork(input: $input) {
            id
          }
        }
      `),
      { input: { leadId: me.id, workItemId, title: 'Báo cáo sơ kết quý IV', expectedQuantity: 1, deadline: '2026-11-24' } },
    );
    const before = mailbox.to(addressOf(me.id)).length;
    await mailbox.stop();
    const { startReminderJob } = await (await as(admin())).request(START, { agencyId: me.agencyId });
    const failedOnce = await settled(startReminderJob.id, (job) => job.errors.length > 0 || finished(job));
    expect(failedOnce.errors[0]).toMatchObject({ code: 'SERVICE_UNAVAILABLE', attempt: 1 });
    expect(failedOnce.state).not.toBe('FAILED');
    await mailbox.start();
    const done = await settled(startReminderJob.id);
    expect(done.state).toBe('SUCCEEDED');
    expect(done.attempts).toBeGreaterThan(1);
    const mails = mailbox.to(addressOf(me.id));
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.text).toContain('Nhiệm vụ "Báo cáo sơ kết quý IV" đến hạn ngày 24/11.');
    expect(mails.at(-1)!.text).toContain('The assignment "Báo cáo sơ kết quý IV" is due on 24/11.');
    const due = (await mine(world.user('staff'))).nodes.find((n) => n.kind === 'ASSIGNMENT_DUE_SOON')!;
    expect(due.assignment!.title).toBe('Báo cáo sơ kết quý IV');
    expect(due.emailedAt).not.toBeNull();
  });
});
