import { Migration } from '@mikro-orm/migrations';

/**
 * Work assignments (giao việc) and their recorded transitions. The lead's agency and division at
 * assignment time scope unit views; co-operators are an array with a GIN index ("assignments I
 * help with" is one index scan).
 */
export class Assignments extends Migration {
  override name = '20261125210000-assignments';

  up() {
    this.addSql(`
      create table diary.assignment (
        id uuid primary key,
        title text not null check (length(btrim(title)) > 0),
        description text,
        work_item_id uuid not null,
        expected_quantity numeric(10,2) not null check (expected_quantity > 0),
        assigner_id uuid not null,
        lead_id uuid not null,
        co_operator_ids uuid[] not null default '{}',
        agency_id uuid not null,
        division_id uuid,
        evidence_refs text[] not null default '{}',
        assigned_on date not null,
        original_deadline date not null,
        deadline date not null,
        status text not null default 'ASSIGNED'
          check (status in ('ASSIGNED','IN_PROGRESS','SUBMITTED','COMPLETED','RETURNED','CANCELLED')),
        submitted_at timestamptz,
        submitted_on date,
        quantity_done numeric(10,2) check (quantity_done >= 0),
        completed_at timestamptz,
        quality text check (quality in ('EXCELLENT','GOOD','SATISFACTORY','UNSATISFACTORY')),
        major_errors smallint not null default 0 check (major_errors >= 0),
        excused_errors smallint not null default 0 check (excused_errors between 0 and major_errors),
        delays smallint not null default 0 check (delays >= 0),
        excused_delays smallint not null default 0 check (excused_delays between 0 and delays),
        objective_cause text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (deadline >= assigned_on and original_deadline >= assigned_on),
        check (lead_id <> assigner_id),
        check ((status = 'COMPLETED') = (quality is not null))
      )`);
    this.addSql(`create index assignment_lead_idx on diary.assignment (lead_id, status, deadline)`);
    this.addSql(`create index assignment_assigner_idx on diary.assignment (assigner_id, status, deadline)`);
    this.addSql(`create index assignment_co_operators_idx on diary.assignment using gin (co_operator_ids)`);
    this.addSql(`create index assignment_division_idx on diary.assignment (division_id, deadline)`);
    this.addSql(`create index assignment_agency_idx on diary.assignment (agency_id, deadline)`);
    this.addSql(`
      create table diary.assignment_event (
        id uuid primary key,
        assignment_id uuid not null references diary.assignment (id) on delete cascade deferrable initially deferred,
        action text not null check (action in ('ASSIGN','ACCEPT','SUBMIT','COMPLETE','RETURN','CANCEL','REASSIGN','EXTEND')),
        from_status text,
        to_status text not null,
        actor text not null,
        at timestamptz not null default now(),
        comment text,
        details jsonb
      )`);
    this.addSql(`create index assignment_event_assignment_idx on diary.assignment_event (assignment_id, at)`);
    this.addSql(`create index diary_entry_assignment_idx on diary.diary_entry (assignment_id) where assignment_id is not null`);
  }
}
