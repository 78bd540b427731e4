import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail becomes readable: each row names the agency and the person it concerns (an
 * agency admin reads their agency's rows, even for entries deleted since) and what was done.
 * Rows written before are completed from their entries where these still exist.
 */
export class AuditScope extends Migration {
  override name = '20261126090000-audit-scope';

  up() {
    this.addSql(`alter table diary.diary_audit add column agency_id uuid, add column employee_id uuid, add column details jsonb`);
    this.addSql(`
      update diary.diary_audit a set agency_id = e.agency_id, employee_id = e.employee_id
        from diary.diary_entry e where e.id = a.entry_id`);
    this.addSql(`create index diary_audit_agency_at_idx on diary.diary_audit (agency_id, at desc)`);
    this.addSql(`create index diary_audit_at_idx on diary.diary_audit (at desc)`);
    this.addSql(`create index period_reopening_month_idx on diary.period_reopening (month)`);
  }
}
