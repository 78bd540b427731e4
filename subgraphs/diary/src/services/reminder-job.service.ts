import { formatNumber, newId, type JobDefinition, type JobOutcome, type JobProgress, type JobSchedule } from '@kpi/platform';
import type { DiaryLoaders } from '../loaders.js';
import { mailConfig, smtpMailer } from '../mail/mailer.js';
import { reminderDirectory, type ReminderRecipient } from '../peers/personnel.js';
import { todayInVietnam } from '../rules/calendar.js';
import { reminderMail } from '../rules/reminder-mail.js';
import { notificationKey } from '../rules/reminders.js';
import { NotificationStore, type EmailSkipped, type NewNotification, type NotificationRow } from '../store/notification.store.js';
import type { DiaryContext } from './context.js';
import { AS_DIARY } from './facts.service.js';
import { said } from './notification.messages.js';
import { remindersOf } from './unit.service.js';

export const REMINDER_JOB = 'diary.reminders';

/** A run for the province (null) or one agency. */
export interface ReminderParams {
  agencyId: string | null;
}

const PAGE = 500;
const CHUNK = 5_000;
const DEFAULT_CRON = '0 7 * * *';

/** Every morning at 07:00 Vietnam time unless `KPI_REMINDERS_CRON` says otherwise (`off`: only by hand). */
export function reminderSchedule(): JobSchedule | null {
  const cron = process.env.KPI_REMINDERS_CRON?.trim() || DEFAULT_CRON;
  if (cron === 'off') return null;
  return { cron, scope: 'province', params: { agencyId: null } satisfies ReminderParams };
}

const chunks = <T>(list: readonly T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const count = (n: number) => formatNumber(n);

/** The people in service of the province or of one agency, with their address (asked as the diary). */
async function recipients(ctx: DiaryContext, agencyId: string | null): Promise<ReminderRecipient[]> {
  const people: ReminderRecipient[] = [];
  let after: string | null = null;
  do {
    const page = await reminderDirectory(ctx.peers, { first: PAGE, after, filter: { status: 'ACTIVE', agencyId } }, AS_DIARY);
    people.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return people;
}

/** Today's reminders of every agency, as notifications keyed once per thing. */
async function notificationsOf(ctx: DiaryContext, people: readonly ReminderRecipient[], progress: JobProgress) {
  const byAgency = new Map<string, string[]>();
  for (const person of people) byAgency.set(person.agencyId, [...(byAgency.get(person.agencyId) ?? []), person.id]);
  await progress.phase('reminders', byAgency.size);
  const today = todayInVietnam();
  const rows = new Map<string, NewNotification>();
  for (const [agencyId, staffIds] of byAgency) {
    for (const reminder of await remindersOf(ctx, { id: agencyId, staffIds })) {
      const key = notificationKey(reminder, today);
      const row: NewNotification = {
        id: newId(),
        employeeId: reminder.employee.id,
        kind: reminder.kind,
        ...key,
        assignmentId: reminder.assignment?.id ?? null,
        days: reminder.days,
        dueOn: reminder.dueOn,
        message: reminder.message,
        messageEn: reminder.messageEn,
      };
      rows.set([row.employeeId, row.kind, row.subject, row.concernsOn].join('|'), row);
    }
    await progress.advance();
  }
  return [...rows.values()];
}

interface MailTally {
  sent: number;
  people: number;
  skipped: Record<EmailSkipped, number>;
}

/**
 * Each person's one mail with what was not mailed yet, their preferences respected. Marked as mailed
 * right after each send, so a run that stops (the mail server going away) and is retried sends
 * only the rest.
 */
async function mailPending(store: NotificationStore, people: readonly ReminderRecipient[], progress: JobProgress): Promise<MailTally> {
  const tally: MailTally = { sent: 0, people: 0, skipped: { PREFERENCE: 0, NO_ADDRESS: 0, NOT_CONFIGURED: 0, REJECTED: 0 } };
  const pending: NotificationRow[] = [];
  for (const ids of chunks(people.map((p) => p.id))) pending.push(...(await store.pendingMail(ids)));
  const skip = async (rows: readonly NotificationRow[], reason: EmailSkipped) => {
    for (const ids of chunks(rows.map((r) => r.id))) await store.markSkipped(ids, reason);
    tally.skipped[reason] += rows.length;
  };
  const config = mailConfig();
  if (!config) {
    await skip(pending, 'NOT_CONFIGURED');
    return tally;
  }
  const byPerson = new Map<string, NotificationRow[]>();
  for (const row of pending) byPerson.set(row.employeeId, [...(byPerson.get(row.employeeId) ?? []), row]);
  const off = new Set<string>();
  for (const ids of chunks([...byPerson.keys()]))
    for (const pref of await store.preferences(ids)) if (!pref.email) off.add(`${pref.employeeId}|${pref.kind}`);
  const who = new Map(people.map((p) => [p.id, p]));
  const link = `${(process.env.KPI_GATEWAY_PUBLIC_URL ?? 'http://localhost:4000').replace(/\/$/, '')}/notifications`;
  const mailer = smtpMailer(config);
  await progress.phase('mail', byPerson.size);
  try {
    for (const [employeeId, rows] of byPerson) {
      const person = who.get(employeeId)!;
      const wanted = rows.filter((r) => !off.has(`${employeeId}|${r.kind}`));
      await skip(
        rows.filter((r) => !wanted.includes(r)),
        'PREFERENCE',
      );
      if (wanted.length && !person.email?.trim()) await skip(wanted, 'NO_ADDRESS');
      else if (wanted.length) {
        const mail = reminderMail({ name: person.fullName }, wanted, link);
        const delivery = await mailer.send({ to: person.email!.trim(), ...mail });
        if (delivery.sent) {
          await store.markEmailed(
            employeeId,
            wanted.map((r) => r.id),
          );
          tally.sent += wanted.length;
          tally.people += 1;
        } else await skip(wanted, 'REJECTED');
      }
      await progress.advance();
    }
  } finally {
    mailer.close();
  }
  return tally;
}

/** The daily reminders: computed for every agency in scope, written once, mailed once. Safe to run again. */
export async function runReminders(ctx: DiaryContext, params: ReminderParams, progress: JobProgress): Promise<JobOutcome> {
  await progress.phase('people');
  const people = await recipients(ctx, params.agencyId);
  const rows = await notificationsOf(ctx, people, progress);
  const store = new NotificationStore(ctx.em, true);
  await progress.phase('notifications', rows.length);
  let created = 0;
  for (const chunk of chunks(rows)) {
    created += (await store.insertNew(chunk)).length;
    await progress.advance(chunk.length);
  }
  const mail = await mailPending(store, people, progress);
  const configured = mailConfig() !== null;
  const skippedSaid = {
    PREFERENCE: said.skippedPreference,
    NO_ADDRESS: said.skippedNoAddress,
    NOT_CONFIGURED: said.skippedNotConfigured,
    REJECTED: said.skippedRejected,
  };
  const skipped = (Object.entries(mail.skipped) as [keyof typeof skippedSaid, number][])
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => skippedSaid[reason]({ count: count(n) }));
  const mailLine = configured
    ? said.mailed({
        sent: count(mail.sent),
        people: count(mail.people),
        skipped: skipped.length ? said.notMailed({ list: skipped.join(', ') }) : '',
      })
    : said.mailOff();
  return {
    summary: said.jobSummary({
      people: count(people.length),
      created: count(created),
      existing: count(rows.length - created),
      mail: mailLine,
    }),
    result: {
      people: people.length,
      reminders: rows.length,
      created,
      emailConfigured: configured,
      emailed: mail.sent,
      emailedPeople: mail.people,
      skipped: mail.skipped,
    },
  };
}

export const reminderJob: JobDefinition<DiaryLoaders, ReminderParams> = {
  kind: REMINDER_JOB,
  schedule: reminderSchedule,
  run: (ctx, params, progress) => runReminders(ctx, params, progress),
};
