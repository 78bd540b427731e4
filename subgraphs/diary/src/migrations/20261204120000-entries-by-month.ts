import { Migration } from '@mikro-orm/migrations';

/** The indexes of the diary's entries, as the earlier migrations made them: each partition gets its own. */
const ENTRY_INDEXES = [
  `create index diary_entry_employee_day_idx on diary.diary_entry (employee_id, work_date)`,
  `create index diary_entry_review_idx on diary.diary_entry (division_id, status, work_date)`,
  `create index diary_entry_agency_day_idx on diary.diary_entry (agency_id, work_date)`,
  `create index diary_entry_item_day_idx on diary.diary_entry (work_item_id, work_date)`,
  `create index diary_entry_assignment_idx on diary.diary_entry (assignment_id) where assignment_id is not null`,
  `create index diary_entry_work_date_idx on diary.diary_entry (work_date)`,
  `create index diary_entry_waiting_idx on diary.diary_entry (work_date) where status = 'SUBMITTED'`,
];

/**
 * Diary entries grow by 10–25 M rows a year per province: the table becomes partitioned by month
 * of `work_date`, so that a month's queries read only that month, and an old month can be
 * detached and archived whole (docs/diary.md, "Partitions by month"). Every row is kept: the old
 * table is renamed, its rows are copied into the partitions of the months they fall in, and it is
 * dropped, in the migration's one transaction.
 *
 * What partitioning changes:
 * - The primary key must hold the partition key: it is (id, work_date, employee_id) — the person
 *   too, the column Citus would distribute the table by (docs/scale-out.md). Ids stay unique (uuid
 *   v7, made by the service); the ORM keeps `id` as the entity's key, and lookups by id use the
 *   key's leading column. No foreign key references an entry (the audit trail keeps entry ids
 *   that outlive their entries on purpose).
 * - A unique index must hold the partition key too, so intake idempotency — one entry per
 *   (client, external id), whatever the work date — moves to a small unpartitioned table,
 *   `diary.intake_key`, kept by a trigger on every write path (the service, COPY, SQL by hand).
 *   A repeat raises the same unique violation as the old index did; `insertIntakeOnce` claims
 *   the key first and writes nothing for a repeat, as `on conflict do nothing` did.
 * - No default partition: a row of a month without a partition fails loudly ("no partition of
 *   relation … found for row"). Months are contiguous from the diary's first policy (or oldest
 *   entry) to three months ahead of today; the service keeps them so at start and daily
 *   (`diary.ensure_entry_months`), never recreating a month archived on purpose.
 */
export class EntriesByMonth extends Migration {
  override name = '20261204120000-entries-by-month';

  up() {
    this.addSql(`
      create function diary.entry_partition_name(month date) returns text
      language sql immutable as $$ select 'diary_entry_' || to_char(month, 'YYYY_MM') $$`);
    // Creates the missing month partitions between two days (inclusive); how many it created.
    this.addSql(`
      create function diary.ensure_entry_months(from_day date, to_day date) returns integer
      language plpgsql as $$
      declare
        month date := date_trunc('month', from_day)::date;
        created integer := 0;
      begin
        while month <= to_day loop
          if to_regclass('diary.' || diary.entry_partition_name(month)) is null then
            execute format('create table diary.%I partition of diary.diary_entry for values from (%L) to (%L)',
                           diary.entry_partition_name(month), month, (month + interval '1 month')::date);
            created := created + 1;
          end if;
          month := (month + interval '1 month')::date;
        end loop;
        return created;
      end $$`);
    this.addSql(`alter table diary.diary_entry rename to diary_entry_unpartitioned`);
    this.addSql(`alter table diary.diary_entry_unpartitioned rename constraint diary_entry_pkey to diary_entry_unpartitioned_pkey`);
    for (const index of ENTRY_INDEXES) this.addSql(`drop index diary.${index.split(' ')[2]}`);
    this.addSql(`drop index diary.diary_entry_intake_idx`);
    // Same columns, defaults and checks, in the same order: COPY column lists and `select *` stay valid.
    this.addSql(`
      create table diary.diary_entry (like diary.diary_entry_unpartitioned including defaults including constraints)
      partition by range (work_date)`);
    // With the person too, so that the table can be distributed by employee_id (docs/scale-out.md).
    this.addSql(`alter table diary.diary_entry add constraint diary_entry_pkey primary key (id, work_date, employee_id)`);
    // From the diary's first rules (the first policy: a correction may reach back that far) or the
    // oldest entry, to three months ahead: every month in between, so no month in use is missing.
    this.addSql(`
      select diary.ensure_entry_months(least((select min(effective_from) from diary.diary_policy), min(work_date))::date,
                                       greatest(max(work_date), current_date + interval '3 months')::date)
        from diary.diary_entry_unpartitioned`);
    this.addSql(`insert into diary.diary_entry select * from diary.diary_entry_unpartitioned`);
    for (const index of ENTRY_INDEXES) this.addSql(index);
    this.addSql(`
      create table diary.intake_key (
        client text not null,
        external_id text not null,
        entry_id uuid not null,
        primary key (client, external_id)
      )`);
    this.addSql(`
      insert into diary.intake_key (client, external_id, entry_id)
      select client, external_id, id from diary.diary_entry_unpartitioned where external_id is not null`);
    this.addSql(`drop table diary.diary_entry_unpartitioned`);
    // The key follows its entry. A key the statement already claimed for this very entry (the
    // intake's insert) is left as it is; any other holder of the key is a duplicate: 23505.
    this.addSql(`
      create function diary.keep_intake_key() returns trigger
      language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.external_id is not null then
          delete from diary.intake_key where client = old.client and external_id = old.external_id and entry_id = old.id;
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.external_id is not null then
          perform 1 from diary.intake_key where client = new.client and external_id = new.external_id and entry_id = new.id;
          if not found then
            insert into diary.intake_key (client, external_id, entry_id) values (new.client, new.external_id, new.id);
          end if;
        end if;
        return null;
      end $$`);
    this.addSql(`
      create trigger diary_entry_intake_insert after insert on diary.diary_entry
      for each row when (new.external_id is not null) execute function diary.keep_intake_key()`);
    this.addSql(`
      create trigger diary_entry_intake_update after update of client, external_id, id on diary.diary_entry
      for each row when (old.external_id is distinct from new.external_id or old.client is distinct from new.client or old.id <> new.id)
      execute function diary.keep_intake_key()`);
    this.addSql(`
      create trigger diary_entry_intake_delete after delete on diary.diary_entry
      for each row when (old.external_id is not null) execute function diary.keep_intake_key()`);
  }
}
