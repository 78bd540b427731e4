import { BACKGROUND, executeBound } from '@kpi/platform/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReminderKind } from '../entities/enums.js';

/** A notification as stored. */
export interface NotificationRow {
  id: string;
  employeeId: string;
  kind: ReminderKind;
  subject: string;
  concernsOn: string;
  assignmentId: string | null;
  days: string[];
  dueOn: string | null;
  message: string;
  messageEn: string;
  createdAt: Date;
  /** The exact stored moment, as text: a cursor keeps PostgreSQL's microseconds. */
  createdKey: string;
  readAt: Date | null;
  emailedAt: Date | null;
  emailSkipped: EmailSkipped | null;
}

/** Why a notification is not mailed (it stays in the app). */
export type EmailSkipped = 'PREFERENCE' | 'NO_ADDRESS' | 'NOT_CONFIGURED' | 'REJECTED';

export type NewNotification = Pick<
  NotificationRow,
  'id' | 'employeeId' | 'kind' | 'subject' | 'concernsOn' | 'assignmentId' | 'days' | 'dueOn' | 'message' | 'messageEn'
>;

export interface PreferenceRow {
  employeeId: string;
  kind: ReminderKind;
  email: boolean;
}

const COLUMNS = `id, employee_id as "employeeId", kind, subject, concerns_on::text as "concernsOn", assignment_id as "assignmentId",
  days::text[] as days, due_on::text as "dueOn", message, message_en as "messageEn", created_at as "createdAt",
  created_at::text as "createdKey", read_at as "readAt", emailed_at as "emailedAt", email_skipped as "emailSkipped"`;

/**
 * Notifications and preferences, in plain SQL with bound parameters (lists of ids, a run's rows as
 * JSON). Built with `background` by the reminder job: its statements are not a request's.
 */
export class NotificationStore {
  private readonly prefix: string;

  constructor(
    private readonly em: EntityManager,
    background = false,
  ) {
    this.prefix = background ? `${BACKGROUND} ` : '';
  }

  private run<T>(sql: string, params: readonly unknown[]) {
    return executeBound<T>(this.em, this.prefix + sql, params);
  }

  /** Writes the notifications not there yet (by their key); answers those written. */
  async insertNew(rows: readonly NewNotification[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const written = await this.run<{ id: string }>(
      `insert into diary.notification (id, employee_id, kind, subject, concerns_on, assignment_id, days, due_on, message, message_en)
       select r.id, r.employee_id, r.kind, r.subject, r.concerns_on, r.assignment_id, r.days, r.due_on, r.message, r.message_en
       from jsonb_to_recordset($1::jsonb) as r(id uuid, employee_id uuid, kind text, subject text, concerns_on date,
         assignment_id uuid, days date[], due_on date, message text, message_en text)
       on conflict (employee_id, kind, subject, concerns_on) do nothing
       returning id`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            employee_id: r.employeeId,
            kind: r.kind,
            subject: r.subject,
            concerns_on: r.concernsOn,
            assignment_id: r.assignmentId,
            days: `{${r.days.join(',')}}`,
            due_on: r.dueOn,
            message: r.message,
            message_en: r.messageEn,
          })),
        ),
      ],
    );
    return written.map((r) => r.id);
  }

  /** A person's notifications, newest first, from after a position (`createdKey`, id). */
  page(employeeId: string, unreadOnly: boolean, after: [string, string] | null, limit: number) {
    return this.run<NotificationRow>(
      `select ${COLUMNS} from diary.notification
       where employee_id = $1 and ($2::boolean = false or read_at is null)
         and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
       order by created_at desc, id desc limit $5`,
      [employeeId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async count(employeeId: string, unreadOnly: boolean): Promise<number> {
    const [row] = await this.run<{ n: number }>(
      `select count(*)::int as n from diary.notification where employee_id = $1 and ($2::boolean = false or read_at is null)`,
      [employeeId, unreadOnly],
    );
    return row!.n;
  }

  byIds(employeeId: string, ids: readonly string[]) {
    return this.run<NotificationRow>(`select ${COLUMNS} from diary.notification where employee_id = $1 and id = any($2::uuid[])`, [
      employeeId,
      ids,
    ]);
  }

  /** Marks read those given (null: all the person's); answers how many were unread. */
  async markRead(employeeId: string, ids: readonly string[] | null): Promise<number> {
    const rows = await this.run<{ id: string }>(
      `update diary.notification set read_at = now()
       where employee_id = $1 and read_at is null and ($2::uuid[] is null or id = any($2::uuid[])) returning id`,
      [employeeId, ids],
    );
    return rows.length;
  }

  preferences(employeeIds: readonly string[]) {
    return this.run<PreferenceRow>(
      `select employee_id as "employeeId", kind, email from diary.notification_preference where employee_id = any($1::uuid[])`,
      [employeeIds],
    );
  }

  async setPreferences(employeeId: string, choices: readonly { kind: ReminderKind; email: boolean }[]) {
    await this.run(
      `insert into diary.notification_preference (employee_id, kind, email)
       select $1::uuid, c.kind, c.email from jsonb_to_recordset($2::jsonb) as c(kind text, email boolean)
       on conflict (employee_id, kind) do update set email = excluded.email, updated_at = now()`,
      [employeeId, JSON.stringify(choices)],
    );
  }

  /** What is still to be mailed to these people, oldest first. */
  pendingMail(employeeIds: readonly string[]) {
    return this.run<NotificationRow>(
      `select ${COLUMNS} from diary.notification
       where employee_id = any($1::uuid[]) and emailed_at is null and email_skipped is null
       order by employee_id, created_at, id`,
      [employeeIds],
    );
  }

  /** Marks mailed; only those not marked yet, so a retried run never counts one twice. */
  async markEmailed(employeeId: string, ids: readonly string[]) {
    await this.run(
      `update diary.notification set emailed_at = now() where employee_id = $1 and id = any($2::uuid[]) and emailed_at is null`,
      [employeeId, ids],
    );
  }

  async markSkipped(ids: readonly string[], reason: EmailSkipped) {
    if (ids.length === 0) return;
    await this.run(`update diary.notification set email_skipped = $2 where id = any($1::uuid[]) and emailed_at is null`, [ids, reason]);
  }
}
