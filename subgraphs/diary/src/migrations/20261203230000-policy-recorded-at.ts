import { Migration } from '@mikro-orm/migrations';

/**
 * A diary policy version records when it was recorded, like every effective-dated rule set (the
 * catalogue's limits and standards, the scoring policy). Versions recorded before take the time
 * of this migration: the moment they were made was not kept.
 */
export class PolicyRecordedAt extends Migration {
  override name = '20261203230000-policy-recorded-at';

  up() {
    this.addSql(`alter table diary.diary_policy add column recorded_at timestamptz not null default now()`);
  }
}
