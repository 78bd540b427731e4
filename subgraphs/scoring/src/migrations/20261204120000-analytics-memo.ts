import { Migration } from '@mikro-orm/migrations';

/**
 * The province analytics of stored scores, kept once computed: stored scores change only when a
 * period is computed, closed, recomputed or reopened, and each of those moves the generation on.
 */
export class AnalyticsMemo extends Migration {
  override name = '20261204120000-analytics-memo';

  up() {
    this.addSql(`create table scoring.score_generation (only_row boolean primary key default true check (only_row), n bigint not null)`);
    this.addSql(`insert into scoring.score_generation (n) values (1)`);
    this.addSql(`
      create table scoring.analytics_memo (
        generation bigint not null,
        name text not null,
        args text not null,
        value jsonb not null,
        computed_at timestamptz not null default now(),
        primary key (generation, name, args)
      )`);
  }
}
