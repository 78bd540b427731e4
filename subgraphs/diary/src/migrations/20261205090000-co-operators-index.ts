import { Migration } from '@mikro-orm/migrations';

/**
 * A GIN index's "fast update" parks new entries in a pending list that every search reads in full
 * until a vacuum merges it. Scoring looks up each person's co-operated assignments (one probe per
 * person): with the demo's 21,739 assignments parked, a province month's 7,215 probes took 3.2 s
 * for no rows at all, 88 ms once merged. Co-operator lists are short and written once per
 * assignment, so the index is kept merged on every write instead, and what is parked is merged now.
 */
export class CoOperatorsIndex extends Migration {
  override name = '20261205090000-co-operators-index';

  up() {
    this.addSql(`alter index diary.assignment_co_operators_idx set (fastupdate = off)`);
    this.addSql(`select gin_clean_pending_list('diary.assignment_co_operators_idx'::regclass)`);
  }
}
