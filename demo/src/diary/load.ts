import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { holdsData } from '../sql.js';
import { ASSIGNMENT_COLUMNS, EVENT_COLUMNS } from './assignments.js';
import { DIARY_COLUMNS, type DemoDiaries } from './generate.js';

/** COPY text format: tabs and newlines escaped, null as \N. */
const field = (value: string | number | boolean | null) =>
  value === null ? '\\N' : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

export const hasDemoDiaries = (url: string) =>
  holdsData(url, 'exists (select 1 from diary.diary_entry) or exists (select 1 from diary.work_item_mapping)');

/**
 * Streams the demo diaries into PostgreSQL with COPY (about a hundred thousand rows a second
 * here), in one transaction, with progress by rows. The row count is not known in advance: the
 * progress total is an estimate that is corrected at the end.
 */
export async function loadDemoDiaries(
  url: string,
  demo: DemoDiaries,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const estimate = Math.round(demo.employees * ((Date.parse(demo.to) - Date.parse(demo.from)) / 86_400_000) * (5 / 7) * 0.93 * 5.5);
  let done = 0;
  try {
    await client.query('begin');
    if (options.replace)
      await client.query(
        'truncate diary.diary_entry, diary.intake_key, diary.leave, diary.work_item_mapping, diary.diary_audit, diary.assignment, diary.assignment_event cascade',
      );
    for (const leave of demo.leaves)
      await client.query(
        'insert into diary.leave (id, employee_id, from_date, to_date, kind, recorded_by) values ($1, $2, $3, $4, $5, $6)',
        [leave.id, leave.employeeId, leave.fromDate, leave.toDate, leave.kind, 'demo-generator'],
      );
    for (const m of demo.mappings)
      await client.query(
        'insert into diary.work_item_mapping (id, client, agency_id, document_type, work_item_id, recorded_by) values ($1, $2, $3, $4, $5, $6)',
        [m.id, m.client, m.agencyId, m.documentType, m.workItemId, 'demo-generator'],
      );
    // An empty table is loaded without its secondary indexes, which are rebuilt once afterwards
    // (as they stand in the database: the migrations stay their only definition); COPY goes in
    // 64 KB chunks through a stream with backpressure.
    const empty = (await client.query('select not exists (select 1 from diary.diary_entry) as empty')).rows[0].empty as boolean;
    const indexes = empty
      ? (
          await client.query<{ name: string; definition: string }>(
            `select indexname as name, indexdef as definition from pg_indexes
              where schemaname = 'diary' and tablename = 'diary_entry' and indexname <> 'diary_entry_pkey'`,
          )
        ).rows
      : [];
    for (const index of indexes) await client.query(`drop index diary.${index.name}`);
    // Entries are partitioned by month, with no default partition: the months loaded must exist.
    await client.query('select diary.ensure_entry_months($1, $2)', [demo.from, demo.to]);
    const rows = demo.rows();
    const source = Readable.from(
      (function* () {
        let chunk = '';
        for (const row of rows) {
          chunk += `${row.map(field).join('\t')}\n`;
          done += 1;
          if (chunk.length > 65_536) {
            options.onProgress?.(done, Math.max(estimate, done + 1));
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
      })(),
    );
    await pipeline(source, client.query(copyFrom(`copy diary.diary_entry (${DIARY_COLUMNS.join(', ')}) from stdin`)));
    // A partitioned table's index reads "on only" in pg_indexes; rebuilt, it must reach every partition.
    for (const index of indexes) await client.query(index.definition.replace(' ON ONLY ', ' ON '));
    const lines = (rows: (string | number | boolean | null)[][]) => Readable.from(rows.map((row) => `${row.map(field).join('\t')}\n`));
    await pipeline(
      lines(demo.assignments.assignments),
      client.query(copyFrom(`copy diary.assignment (${ASSIGNMENT_COLUMNS.join(', ')}) from stdin`)),
    );
    await pipeline(
      lines(demo.assignments.events),
      client.query(copyFrom(`copy diary.assignment_event (${EVENT_COLUMNS.join(', ')}) from stdin`)),
    );
    options.onProgress?.(done, done);
    await client.query('commit');
    // The facts the diary keeps for scoring grew with the entries (its triggers): planned on fresh statistics too.
    await client.query('analyze diary.diary_entry, diary.entry_day_facts, diary.entry_month_item_facts');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
  return done;
}
