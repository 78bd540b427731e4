import { Migration } from '@mikro-orm/migrations';

/**
 * A province month stores 7,000 scores with ~4 KB of stretches each, compressed on the way in:
 * lz4 does it in about two thirds of pglz's time (measured storing a month, 2.5 -> 1.6-2.0 s under
 * load). Only where the server was built with lz4 (distributions' packages and the official
 * images are; the embedded PostgreSQL is not): elsewhere the column keeps pglz.
 */
export class SegmentsLz4 extends Migration {
  override name = '20261210091000-segments-lz4';

  up() {
    this.addSql(`
      do $$
      begin
        alter table scoring.period_score alter column segments set compression lz4;
      exception when feature_not_supported then
        raise notice 'lz4 is not supported by this server: scoring.period_score.segments keeps pglz';
      end $$`);
  }
}
