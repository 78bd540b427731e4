import { Migration } from '@mikro-orm/migrations';

/**
 * Corrections of policy versions that no score uses yet (amended or withdrawn): each keeps the
 * version as it stood, who changed it, when and why. A withdrawn version's number is never given
 * again, so "version 3" names one set of rules for good.
 */
export class PolicyChanges extends Migration {
  override name = '20261205110000-policy-changes';

  up() {
    this.addSql(`
      create table scoring.policy_change (
        id uuid primary key,
        version integer not null,
        action text not null check (action in ('AMEND', 'WITHDRAW')),
        effective_from date not null,
        preset text not null,
        rules jsonb not null,
        recorded_by text not null,
        recorded_at timestamptz not null,
        changed_by text not null,
        changed_at timestamptz not null default now(),
        reason text not null
      )`);
    this.addSql(`create index policy_change_version_idx on scoring.policy_change (version, changed_at)`);
  }
}
