import pg from 'pg';
import type { DemoProvince } from './generate.js';

const BATCH = 1000;

type Row = Record<string, unknown>;

async function insertAll(client: pg.Client, table: string, columns: string[], rows: Row[], onRows: (count: number) => void) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((column) => `$${params.push(row[column])}`).join(', ')})`);
    const names = columns.map((column) => column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    await client.query(`insert into personnel.${table} (${names.join(', ')}) values ${tuples.join(', ')}`, params);
    onRows(batch.length);
  }
}

export async function hasDemoData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select exists (select 1 from personnel.agency) as loaded');
    return rows[0].loaded as boolean;
  } finally {
    await client.end();
  }
}

/**
 * Writes the demo province into the personnel schema in one transaction (replacing what is
 * there when `replace` is set). Multi-row inserts of 1,000: ~16,000 rows in about a second.
 */
export async function loadDemoProvince(
  url: string,
  province: DemoProvince,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const total = province.agencies.length + province.positions.length + province.employees.length * 2 + province.placements.length;
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  try {
    await client.query('begin');
    if (options.replace)
      await client.query('truncate personnel.employee_placement, personnel.employee, personnel.job_position, personnel.agency');
    const byDepth = [...province.agencies].sort((a, b) => a.depth - b.depth);
    await insertAll(
      client,
      'agency',
      ['id', 'code', 'name', 'searchName', 'kind', 'parentId', 'path', 'depth', 'sectorCodes'],
      byDepth as unknown as Row[],
      progress,
    );
    await insertAll(
      client,
      'job_position',
      ['id', 'agencyId', 'code', 'title', 'category', 'description', 'isLeadership'],
      province.positions as unknown as Row[],
      progress,
    );
    // Supervisors are set in a second pass: a supervisor's row may come later in the list.
    const employees = province.employees.map((e) => ({ ...e, supervisorId: null }));
    await insertAll(
      client,
      'employee',
      [
        'id',
        'code',
        'fullName',
        'searchName',
        'sortName',
        'staffType',
        'agencyId',
        'divisionId',
        'positionId',
        'supervisorId',
        'status',
        'email',
      ],
      employees,
      progress,
    );
    for (let start = 0; start < province.employees.length; start += BATCH) {
      const batch = province.employees.slice(start, start + BATCH).filter((e) => e.supervisorId);
      await client.query(
        `update personnel.employee e set supervisor_id = s.supervisor_id
           from unnest($1::uuid[], $2::uuid[]) as s (id, supervisor_id) where e.id = s.id`,
        [batch.map((e) => e.id), batch.map((e) => e.supervisorId)],
      );
      progress(Math.min(BATCH, province.employees.length - start));
    }
    await insertAll(
      client,
      'employee_placement',
      [
        'id',
        'employeeId',
        'kind',
        'agencyId',
        'divisionId',
        'positionId',
        'supervisorId',
        'effectiveFrom',
        'effectiveTo',
        'decisionNumber',
        'reason',
        'recordedBy',
      ],
      province.placements.map((p) => ({ ...p, recordedBy: 'demo-generator' })),
      progress,
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
