import { Migration } from '@mikro-orm/migrations';

/**
 * Reminders delivered: each person's notifications (in the app, and mailed once) and what they
 * want mailed. The unique key — person, kind, subject, the day it concerns — makes "never twice for
 * the same thing" the database's rule, whatever job runs twice or instance runs at once.
 */
export class Notifications extends Migration {
  override name = '20261208100000-notifications';

  up() {
    this.addSql(`create table diary.notification (
      id uuid not null,
      employee_id uuid not null,
      kind text not null check (kind in ('MISSING_DIARY', 'MONTH_CLOSING', 'ASSIGNMENT_DUE_SOON', 'ASSIGNMENT_OVERDUE', 'REVIEW_WAITING')),
      subject text not null,
      concerns_on date not null,
      assignment_id uuid,
      days date[] not null default '{}',
      due_on date,
      message text not null,
      message_en text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      emailed_at timestamptz,
      email_skipped text check (email_skipped in ('PREFERENCE', 'NO_ADDRESS', 'NOT_CONFIGURED', 'REJECTED')),
      primary key (employee_id, id)
    )`);
    this.addSql(`create unique index notification_once_idx on diary.notification (employee_id, kind, subject, concerns_on)`);
    this.addSql(`create index notification_inbox_idx on diary.notification (employee_id, created_at desc, id desc)`);
    this.addSql(`create index notification_unread_idx on diary.notification (employee_id, created_at desc, id desc) where read_at is null`);
    this.addSql(
      `create index notification_to_mail_idx on diary.notification (employee_id) where emailed_at is null and email_skipped is null`,
    );
    this.addSql(`create table diary.notification_preference (
      employee_id uuid not null,
      kind text not null,
      email boolean not null,
      updated_at timestamptz not null default now(),
      primary key (employee_id, kind)
    )`);
  }
}
