import { Migration } from '@mikro-orm/migrations';

/**
 * Assignments brought in by a history import keep the key they came with: a re-import of the same
 * row finds it (one assignment per key), and the key marks the assignment as imported.
 */
export class ImportedAssignments extends Migration {
  override name = '20261206110000-imported-assignments';

  up() {
    this.addSql(`alter table diary.assignment add column import_key text`);
    this.addSql(`create unique index assignment_import_key_idx on diary.assignment (import_key) where import_key is not null`);
  }
}
