import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PgBoss } from 'pg-boss';
import { applySchedule, PROVINCE_TIME_ZONE, tickQueueOf } from '../src/jobs/schedule.js';
import { createTestDatabase } from '../src/testkit/database.js';

let database: { url: string; drop(): Promise<void> };
let boss: PgBoss;

beforeAll(async () => {
  database = await createTestDatabase();
  boss = new PgBoss({ connectionString: database.url, schema: 'schedule_jobs', max: 2 });
  boss.on('error', () => {});
  await boss.start();
});

afterAll(async () => {
  await boss?.stop({ graceful: false, close: true });
  await database?.drop();
});

async function until<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a job kind that runs by itself', () => {
  it('is kept by pg-boss in the province’s time zone, and each tick starts one job of its scope', async () => {
    const started: { scope: string; params: unknown }[] = [];
    await applySchedule(boss, 'test.daily', { cron: '0 7 * * *', scope: 'province', params: { why: 'daily' } }, async (scope, params) => {
      started.push({ scope, params });
    });
    const [schedule] = await boss.getSchedules(tickQueueOf('test.daily'));
    expect(schedule).toMatchObject({ cron: '0 7 * * *', timezone: PROVINCE_TIME_ZONE });
    // 07:00 in Vietnam is midnight UTC: the next occurrence says so.
    const [next] = boss.previewSchedule(schedule!.cron, { tz: schedule!.timezone, count: 1 });
    expect(next!.toISOString()).toMatch(/T00:00:00\.000Z$/);

    await boss.send(tickQueueOf('test.daily'));
    expect(await until(() => started[0])).toEqual({ scope: 'province', params: { why: 'daily' } });
  });

  it('loses its schedule when configuration turns it off', async () => {
    await applySchedule(boss, 'test.off', { cron: '30 6 * * 1-5', scope: 'x' }, async () => {});
    expect(await boss.getSchedules(tickQueueOf('test.off'))).toHaveLength(1);
    await applySchedule(boss, 'test.off', null, async () => {});
    expect(await boss.getSchedules(tickQueueOf('test.off'))).toHaveLength(0);
  });
});
