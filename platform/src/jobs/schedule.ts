import type { PgBoss } from 'pg-boss';
import type { Identity } from '../identity/identity.js';
import { Role } from '../identity/roles.js';

/** The province's clock: a schedule says "07:00" and means Vietnam's morning, wherever the server runs. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** When a job kind runs by itself, and with what: one job of that scope per tick. */
export interface JobSchedule {
  /** A cron expression (five fields) read in `timeZone`, e.g. `0 7 * * *` for every day at 07:00. */
  cron: string;
  timeZone?: string;
  scope: string;
  params?: unknown;
}

/**
 * Who a scheduled job runs as: the service itself, since nobody asked for it. Its jobs are read by
 * province admins (a job is read by its requester, and no person is this one).
 */
export const scheduledBy = (service: string): Identity => ({
  subject: `service:${service}`,
  kind: 'service',
  employeeId: null,
  name: 'schedule',
  roles: [Role.SERVICE],
  agencyIds: [],
  unitIds: [],
});

/** The queue whose jobs are the schedule's ticks: each tick starts one job of the kind. */
export const tickQueueOf = (kind: string) => `${kind}.tick`;

/**
 * Registers (or, when `schedule` is null, removes) a job kind's schedule with pg-boss and works its
 * ticks. pg-boss keeps the schedule in PostgreSQL and sends each tick once whatever the number of
 * instances; `startJob` turns a tick into an ordinary job (one per kind and scope at a time, its
 * progress and errors in the job table), so a scheduled run and one started by hand are the same.
 */
export async function applySchedule(
  boss: PgBoss,
  kind: string,
  schedule: JobSchedule | null,
  startJob: (scope: string, params: unknown) => Promise<unknown>,
): Promise<void> {
  const ticks = tickQueueOf(kind);
  await boss.createQueue(ticks, { retryLimit: 2, retryDelay: 5, expireInSeconds: 300 });
  if (!schedule) {
    await boss.unschedule(ticks);
    return;
  }
  // A tick missed while every instance was down (a deploy at 07:00) still runs once when one is back.
  await boss.schedule(ticks, schedule.cron, null, { tz: schedule.timeZone ?? PROVINCE_TIME_ZONE, missed: 'once' });
  await boss.work(ticks, { batchSize: 1, pollingIntervalSeconds: 2 }, async () => {
    await startJob(schedule.scope, schedule.params ?? null);
  });
}
