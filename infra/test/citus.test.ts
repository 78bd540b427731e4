import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openSubgraphDatabase } from '@kpi/platform/database';
import { createTestDatabase } from '@kpi/platform/testkit';
import { workspaceRoot } from '@kpi/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { localSubgraphs } from '../src/subgraphs.js';

// Citus readiness of the schema as the migrations make it (docs/scale-out.md): every table of every
// subgraph is placed in infra/scale/citus.json — distributed by a column, or a reference table —
// and what Citus refuses is absent: a primary key or unique constraint of a distributed table
// without its distribution column, a foreign key between distributed tables that does not join on
// it, a reference table pointing at a distributed one. Known gaps are listed with a reason; a
// listed gap that is fixed fails too, so the list stays true.

interface Plan {
  distributed: Record<string, string>;
  reference: string[];
  /** On the coordinator only: like a reference table for the keys' rules (no distribution column). */
  local: string[];
  exceptions: { table: string; constraint: string; reason: string }[];
}

interface Key {
  table: string;
  name: string;
  kind: 'primary key' | 'unique' | 'unique index' | 'foreign key';
  columns: string[];
  /** Foreign keys: the table and columns referenced. */
  references?: { table: string; columns: string[] };
}

const plan: Plan = JSON.parse(readFileSync(join(workspaceRoot(), 'infra/scale/citus.json'), 'utf8'));
let database: { url: string; drop(): Promise<void> };
let db: pg.Client;
let schemas: string[];
let tables: { table: string; columns: Map<string, boolean> }[];
let keys: Key[];

beforeAll(async () => {
  database = await createTestDatabase();
  const subgraphs = await localSubgraphs();
  schemas = subgraphs.map((s) => s.definition.schema);
  for (const { definition } of subgraphs) {
    const opened = await openSubgraphDatabase({
      url: database.url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    try {
      await opened.migrate();
    } finally {
      await opened.close();
    }
  }
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  // Tables as the application sees them: partitions are their parent's, migration bookkeeping stays on the coordinator.
  const { rows: columnRows } = await db.query<{ table: string; column: string; not_null: boolean }>(
    `select n.nspname || '.' || c.relname as table, a.attname as column, a.attnotnull as not_null
       from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1) and c.relname <> 'schema_migrations'`,
    [schemas],
  );
  tables = [...Map.groupBy(columnRows, (r) => r.table)].map(([table, rows]) => ({
    table,
    columns: new Map(rows.map((r) => [r.column, r.not_null])),
  }));
  const { rows: keyRows } = await db.query<{
    table: string;
    name: string;
    kind: string;
    columns: string[];
    ref_table: string | null;
    ref_columns: string[] | null;
  }>(
    `select con.conrelid::regclass::text as table, con.conname as name, con.contype as kind,
            array(select attname from unnest(con.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by i)::text[] as columns,
            con.confrelid::regclass::text as ref_table,
            array(select attname from unnest(con.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by i)::text[] as ref_columns
       from pg_constraint con join pg_class c on c.oid = con.conrelid
      where con.contype in ('p', 'u', 'f') and not c.relispartition and con.connamespace::regnamespace::text = any($1)
     union all
     select x.indrelid::regclass::text, i.relname, 'i',
            array(select coalesce(a.attname, '(expression)') from unnest(x.indkey) with ordinality k(n, j) left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n order by j)::text[],
            null, null
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      where x.indisunique and not t.relispartition and t.relnamespace::regnamespace::text = any($1)
        and not exists (select 1 from pg_constraint where conindid = x.indexrelid)`,
    [schemas],
  );
  const kinds = { p: 'primary key', u: 'unique', i: 'unique index', f: 'foreign key' } as const;
  keys = keyRows
    .filter((k) => !k.table.endsWith('.schema_migrations'))
    .map((k) => ({
      table: k.table,
      name: k.name,
      kind: kinds[k.kind as keyof typeof kinds],
      columns: k.columns,
      ...(k.kind === 'f' ? { references: { table: k.ref_table!, columns: k.ref_columns! } } : {}),
    }));
});

afterAll(async () => {
  await db?.end();
  await database?.drop();
});

/** What Citus would refuse of one key, or null. */
function violation(key: Key): string | null {
  const column = plan.distributed[key.table];
  const isReference = plan.reference.includes(key.table);
  if (key.kind !== 'foreign key') {
    if (!column || key.columns.includes(column)) return null;
    return `${key.kind} ${key.name} (${key.columns.join(', ')}) lacks the distribution column ${column}`;
  }
  const target = key.references!.table;
  const targetColumn = plan.distributed[target];
  if (isReference && targetColumn) return `foreign key ${key.name}: a reference table cannot point at the distributed ${target}`;
  if (!column || !targetColumn) return null; // distributed → reference, or reference → reference
  const at = key.columns.indexOf(column);
  if (at >= 0 && key.references!.columns[at] === targetColumn) return null;
  return `foreign key ${key.name} (${key.columns.join(', ')}) → ${target} (${key.references!.columns.join(', ')}) does not join on the distribution columns ${column} = ${targetColumn}`;
}

const excepted = (key: Key) => plan.exceptions.some((e) => e.table === key.table && e.constraint === key.name);

describe('the schema on a Citus cluster (infra/scale/citus.json)', () => {
  it('reads every subgraph’s schema (the check itself sees the tables and their keys)', () => {
    expect(schemas).toEqual(expect.arrayContaining(['personnel', 'catalogue', 'diary', 'scoring']));
    expect(tables.length).toBeGreaterThan(30);
    expect(keys.find((k) => k.table === 'diary.diary_entry' && k.kind === 'primary key')!.columns).toEqual([
      'id',
      'work_date',
      'employee_id',
    ]);
    expect(keys.some((k) => k.kind === 'foreign key' && k.table === 'scoring.period_score')).toBe(true);
  });

  it('places every table, once, and names no table that does not exist', () => {
    const placed = [...Object.keys(plan.distributed), ...plan.reference, ...plan.local];
    expect(placed.length).toBe(new Set(placed).size);
    expect(tables.map((t) => t.table).filter((t) => !placed.includes(t))).toEqual([]);
    expect(placed.filter((t) => !tables.some((x) => x.table === t))).toEqual([]);
  });

  it('distributes each table by a column it has, never null', () => {
    for (const [table, column] of Object.entries(plan.distributed))
      expect([table, column, tables.find((t) => t.table === table)?.columns.get(column)]).toEqual([table, column, true]);
  });

  it('every key of a distributed table holds its distribution column, and every foreign key fits the placement', () => {
    const refused = keys.filter((k) => !excepted(k)).flatMap((k) => violation(k) ?? []);
    expect(refused).toEqual([]);
  });

  it('every listed exception is still needed and says why', () => {
    for (const exception of plan.exceptions) {
      const key = keys.find((k) => k.table === exception.table && k.name === exception.constraint);
      expect([exception.constraint, key ? violation(key) !== null : 'no such key']).toEqual([exception.constraint, true]);
      expect(exception.reason.length).toBeGreaterThan(20);
    }
  });

  it('catches what Citus would refuse (the rules on made-up keys)', () => {
    const entry = 'diary.diary_entry';
    expect(violation({ table: entry, name: 'x', kind: 'unique index', columns: ['client', 'external_id'] })).toMatch(
      /lacks the distribution column employee_id/,
    );
    expect(
      violation({ table: 'diary.leave', name: 'f', kind: 'foreign key', columns: ['id'], references: { table: entry, columns: ['id'] } }),
    ).toMatch(/does not join on the distribution columns/);
    expect(
      violation({
        table: 'diary.assignment',
        name: 'f',
        kind: 'foreign key',
        columns: ['lead_id'],
        references: { table: entry, columns: ['employee_id'] },
      }),
    ).toMatch(/a reference table cannot point/);
    expect(
      violation({
        table: entry,
        name: 'f',
        kind: 'foreign key',
        columns: ['work_item_id'],
        references: { table: 'catalogue.work_item', columns: ['id'] },
      }),
    ).toBeNull();
  });
});

// Beside the placement, one property of the schema that a plan only shows under load: a GIN index
// with "fast update" parks new entries in a pending list that every search reads in full until a
// vacuum merges it (21,739 parked assignments made a province month's co-operator look-ups take
// 3.2 s instead of 88 ms). Every GIN index of the graph keeps itself merged.
describe('indexes as the migrations make them', () => {
  it('every GIN index is created or altered with fastupdate = off', async () => {
    const { rows } = await db.query<{ index: string; options: string[] | null }>(
      `select n.nspname || '.' || c.relname as index, c.reloptions as options
         from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_am am on am.oid = c.relam
        where am.amname = 'gin' and n.nspname = any($1)`,
      [schemas],
    );
    expect(rows.map((r) => r.index)).toContain('diary.assignment_co_operators_idx');
    expect(rows.filter((r) => !r.options?.includes('fastupdate=off')).map((r) => r.index)).toEqual([]);
  });
});
