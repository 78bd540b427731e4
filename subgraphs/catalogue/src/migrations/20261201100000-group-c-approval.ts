import { Migration } from '@mikro-orm/migrations';

/**
 * Group C lists are approved by the head of their agency: a version may now be PENDING (not in
 * force), REJECTED or WITHDRAWN beside APPROVED. Every version recorded before this migration
 * was in force, so the default keeps them — the demo's group C items included — approved.
 *
 * The uniqueness rules of the initial migration now hold among the versions that count: version
 * numbers and start dates among approved and pending versions (a rejected proposal keeps its
 * number in the history and the next proposal may reuse it), one open approved version, and at
 * most one proposal waiting per item.
 */
export class GroupCApproval extends Migration {
  override name = '20261201100000-group-c-approval';

  up() {
    this.addSql(`
      alter table catalogue.work_item_version
        add column approval text not null default 'APPROVED'
          check (approval in ('APPROVED','PENDING','REJECTED','WITHDRAWN'))`);
    this.addSql(`alter table catalogue.work_item_version drop constraint work_item_version_work_item_id_version_key`);
    this.addSql(`alter table catalogue.work_item_version drop constraint work_item_version_work_item_id_effective_from_key`);
    this.addSql(`drop index catalogue.work_item_version_open_idx`);
    this.addSql(`
      create unique index work_item_version_number_idx on catalogue.work_item_version (work_item_id, version)
        where approval in ('APPROVED','PENDING')`);
    this.addSql(`
      create unique index work_item_version_from_idx on catalogue.work_item_version (work_item_id, effective_from)
        where approval in ('APPROVED','PENDING')`);
    this.addSql(`
      create unique index work_item_version_open_idx on catalogue.work_item_version (work_item_id)
        where effective_to is null and approval = 'APPROVED'`);
    this.addSql(
      `create unique index work_item_version_pending_idx on catalogue.work_item_version (work_item_id) where approval = 'PENDING'`,
    );
  }
}
