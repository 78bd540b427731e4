import { Migration } from '@mikro-orm/migrations';

/**
 * A stored score's digest: SHA-256 over everything it stores but its id and times (its figures,
 * stretches and item groups, the policy version), as the store wrote it. A period computed again
 * rewrites only the scores whose digest changed; the others are kept and stamped with the new
 * computation's time. Null for scores stored before: they are rewritten the next time.
 */
export class ScoreDigest extends Migration {
  override name = '20261213090000-score-digest';

  up() {
    this.addSql(`alter table scoring.period_score add column digest text`);
  }
}
