/**
 * `pnpm diary:archive --before 2025-01 [--dry-run]`: detaches the diary's months before a month
 * and keeps them in the `diary_archive` schema, where they can be dumped and dropped, or put back
 * with `pnpm diary:archive --restore 2024-12` (docs/operations.md, "Diary partitions").
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { databaseUrlFor, openSubgraphDatabase, redactUrl } from '@kpi/platform/database';
import { todayInVietnam } from '@kpi/platform';
import { entities } from '../entities/index.js';
import { migrations } from '../migrations/index.js';
import { ARCHIVE_SCHEMA } from '../store/partitions.store.js';
import { archiveBefore, planArchive, restoreMonth } from './archive.js';

const { values } = parseArgs({
  options: { before: { type: 'string' }, restore: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const url = databaseUrlFor('diary');
if (!url) throw new Error('Set DIARY_DATABASE_URL or DATABASE_URL: the database whose diary to archive.');
if (!values.before === !values.restore) throw new Error('Say --before YYYY-MM (archive the months before it) or --restore YYYY-MM.');

const database = await openSubgraphDatabase({ url, schema: 'diary', entities, migrations, poolSize: 1 });
const em = database.orm.em.fork();
let failed = false;
try {
  if (values.restore) {
    await restoreMonth(em, values.restore);
    console.log(`diary ${values.restore}: restored from ${ARCHIVE_SCHEMA} (${redactUrl(url)})`);
  } else if (values['dry-run']) {
    const plan = await planArchive(em, values.before!, todayInVietnam());
    console.log(`would archive ${plan.months.length} month(s), about ${plan.rows} entries: ${plan.months.join(', ') || 'none'}`);
  } else {
    const plan = await archiveBefore(em, values.before!, todayInVietnam(), (month) =>
      console.log(`diary ${month}: detached, now ${ARCHIVE_SCHEMA}.diary_entry_${month.replace('-', '_')}`),
    );
    console.log(`archived ${plan.months.length} month(s), about ${plan.rows} entries (${redactUrl(url)})`);
  }
} catch (error) {
  failed = true;
  console.error(`diary:archive failed: ${(error as Error).message}`);
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0);
