import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openSubgraphDatabase, PLANNED_BATCH, type SubgraphDatabase } from '@kpi/platform/database';
import { createTestDatabase } from '@kpi/platform/testkit';
import { newId } from '@kpi/platform';
import pg from 'pg';
import { entities } from '../src/entities/index.js';
import { migrations } from '../src/migrations/index.js';
import { monthsAndParts, ScoringFactsStore, type FactsRange } from '../src/store/scoring-facts.store.js';

// The facts scoring reads, prepared as the diary changes (migration 20261209140000), against the
// same facts computed from scratch from the entries, after every step of randomised histories:
// inserts one and many at a time, reviews, corrections of terms and quantities, entries moved to
// another month, deletes, statements rolled back, writers at the same time, a truncate, and a
// history written before the facts existed. Against a real PostgreSQL, on a database of its own.

const SEED = Number(process.env.KPI_PROPERTY_SEED ?? Date.now() % 100_000);

/** A small deterministic generator (mulberry32): a failing history is replayed with KPI_PROPERTY_SEED. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(values: readonly T[]) => values[int(values.length)]!;
  return { next, int, pick };
}

const PEOPLE = Array.from({ length: 4 }, (_, i) => `01936a2e-0000-7000-8000-0000000e000${i}`);
const AGENCY = '01936a2e-0000-7000-8000-00000000a001';
const ITEMS = Array.from({ length: 3 }, (_, i) => `01936a2e-0000-7000-8000-0000000b000${i}`);
const ASSIGNMENT = '01936a2e-0000-7000-8000-00000000c001';
/** Days over three months and their edges, so that moves cross a month. */
const DAYS = ['2026-01-02', '2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-27', '2026-03-02', '2026-03-31'];
const FLAGS = ['LATE_DECLARATION', 'FAR_ABOVE_STANDARD', 'OVER_STANDARD_DAY', 'NO_EVIDENCE'];
const STATUSES = ['SUBMITTED', 'APPROVED', 'RETURNED'];

const COLUMNS = `id, employee_id, agency_id, work_date, work_item_id, work_item_version, standard_minutes, coefficient, quantity,
  actual_minutes, assignment_id, source, external_id, client, status, flags, recorded_by`;

type Random = ReturnType<typeof generator>;

function entryOf(random: Random): unknown[] {
  const source = random.pick(['MANUAL', 'MANUAL', 'EOFFICE', 'IMPORT']);
  const flags = FLAGS.filter(() => random.next() < 0.2);
  return [
    newId(),
    random.pick(PEOPLE),
    AGENCY,
    random.pick(DAYS),
    random.pick(ITEMS),
    1 + random.int(2),
    random.pick(['30', '45.5', '37']),
    // Decimals a binary double cannot hold exactly (1.1, 0.3): work points then depend on the order of their sum.
    random.pick(['1', '1.25', '1.1']),
    random.pick(['1', '2', '0.5', '3.25', '0.3']),
    10 + random.int(300),
    random.next() < 0.3 ? ASSIGNMENT : null,
    source,
    source === 'EOFFICE' ? `EO-${newId()}` : null,
    source === 'EOFFICE' ? 'eoffice' : null,
    random.pick(STATUSES),
    `{${flags.join(',')}}`,
    'test',
  ];
}

function insertOf(rows: unknown[][]) {
  const width = rows[0]!.length;
  const values = rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
  return { text: `insert into diary.diary_entry (${COLUMNS}) values ${values.join(', ')}`, values: rows.flat() };
}

/** The facts as the triggers keep them, and as they are from the entries: each as sorted text, to compare whole. */
const KEPT_DAYS = `select employee_id, work_date::text, entries, approved_entries, approved_actual_minutes::int, imported_entries,
    late_declarations, far_above_standard_entries, over_standard_entries
  from diary.entry_day_facts order by 1, 2`;
const DAYS_FROM_ENTRIES = `select employee_id, work_date::text, count(*)::int as entries,
    count(*) filter (where status = 'APPROVED')::int as approved_entries,
    coalesce(sum(actual_minutes) filter (where status = 'APPROVED'), 0)::int as approved_actual_minutes,
    count(*) filter (where status = 'APPROVED' and source = 'IMPORT')::int as imported_entries,
    count(*) filter (where flags @> array['LATE_DECLARATION'])::int as late_declarations,
    count(*) filter (where flags @> array['FAR_ABOVE_STANDARD'])::int as far_above_standard_entries,
    count(*) filter (where flags @> array['OVER_STANDARD_DAY'])::int as over_standard_entries
  from diary.diary_entry group by 1, 2 order by 1, 2`;
const KEPT_ITEMS = `select employee_id, month::text, work_item_id, work_item_version, standard_minutes::float8, coefficient::float8, entries,
    quantity::float8, actual_minutes::int, self_initiated_quantity::float8
  from diary.entry_month_item_facts order by 1, 2, 3, 4, 5, 6`;
const ITEMS_FROM_ENTRIES = `select employee_id, date_trunc('month', work_date)::date::text as month, work_item_id, work_item_version,
    standard_minutes::float8, coefficient::float8, count(*)::int as entries, sum(quantity)::float8 as quantity,
    sum(actual_minutes)::int as actual_minutes, coalesce(sum(quantity) filter (where assignment_id is null), 0)::float8 as self_initiated_quantity
  from diary.diary_entry where status = 'APPROVED' group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`;

/** Each person's month of kept groups as kept packed (migration 20261219100000), and as packing the kept groups makes it. */
const KEPT_PACKS = `select employee_id, month::text, work_item_id, work_item_version, standard_minutes, coefficient, entries, quantity,
    actual_minutes, self_initiated_quantity
  from diary.entry_month_item_packs order by 1, 2`;
const PACKS_FROM_ITEMS = `select employee_id, month::text, string_agg(work_item_id::text, ',') as work_item_id,
    string_agg(work_item_version::text, ',') as work_item_version, string_agg(trim_scale(standard_minutes)::text, ',') as standard_minutes,
    string_agg(trim_scale(coefficient)::text, ',') as coefficient, string_agg(entries::text, ',') as entries,
    string_agg(trim_scale(quantity)::text, ',') as quantity, string_agg(actual_minutes::text, ',') as actual_minutes,
    string_agg(trim_scale(self_initiated_quantity)::text, ',') as self_initiated_quantity
  from (select * from diary.entry_month_item_facts order by employee_id, month, work_item_id, work_item_version, standard_minutes, coefficient) f
  group by 1, 2 order by 1, 2`;

/** Scoring's facts of a set of ranges computed from scratch from the entries, as the diary did before it kept any. */
const RANGES = `with ranges as (select r.employee_id, r.from_date, r.to_date, r.n::int as n
  from unnest($1::uuid[], $2::date[], $3::date[]) with ordinality as r (employee_id, from_date, to_date, n))`;
const TOTALS_FROM_ENTRIES = `${RANGES},
  days as (select r.n, e.work_date, count(*) as entries, count(*) filter (where e.status = 'APPROVED') as approved_entries,
                  sum(e.actual_minutes) filter (where e.status = 'APPROVED') as approved_actual_minutes,
                  count(*) filter (where e.status = 'APPROVED' and e.source = 'IMPORT') as imported_entries,
                  count(*) filter (where e.flags @> array['LATE_DECLARATION']) as late_declarations,
                  count(*) filter (where e.flags @> array['FAR_ABOVE_STANDARD']) as far_above_standard_entries,
                  bool_or(e.flags @> array['OVER_STANDARD_DAY']) as over_standard
             from ranges r join diary.diary_entry e on e.employee_id = r.employee_id and e.work_date between r.from_date and r.to_date
            group by r.n, e.work_date)
  select n, sum(entries)::int as "entries", sum(approved_entries)::int as "approvedEntries",
         coalesce(sum(approved_actual_minutes), 0)::int as "approvedActualMinutes", sum(imported_entries)::int as "importedEntries",
         sum(late_declarations)::int as "lateDeclarations", sum(far_above_standard_entries)::int as "farAboveStandardEntries",
         count(*) filter (where over_standard)::int as "daysOverStandard", array_agg(to_char(work_date, 'YYYY-MM-DD') order by work_date) as days
    from days group by n order by n`;
const ITEM_TOTALS_FROM_ENTRIES = `${RANGES}
  select r.n, e.work_item_id as "workItemId", e.work_item_version as version, e.standard_minutes::float8 as "standardMinutes",
         e.coefficient::float8 as coefficient, count(*)::int as entries, sum(e.quantity)::float8 as quantity,
         sum(e.actual_minutes)::int as "actualMinutes",
         coalesce(sum(e.quantity) filter (where e.assignment_id is null), 0)::float8 as "selfInitiatedQuantity"
    from ranges r join diary.diary_entry e on e.employee_id = r.employee_id and e.work_date between r.from_date and r.to_date
   where e.status = 'APPROVED'
   group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`;

const DATES = Array.from({ length: 100 }, (_, i) => new Date(Date.UTC(2025, 11, 20 + i)).toISOString().slice(0, 10));

/** Ranges as scoring asks for them: whole months, a quarter, a transfer's part of a month, a day, a range with nothing in it. */
function rangesOf(random: Random): FactsRange[] {
  const whole = [
    ['2026-01-01', '2026-01-31'],
    ['2026-02-01', '2026-02-28'],
    ['2026-03-01', '2026-03-31'],
    ['2026-01-01', '2026-03-31'],
    ['2025-12-01', '2025-12-31'],
    // A month so far: from its first day to a day after which it has no entry (the last of the
    // histories' dates), or to a day with entries after it.
    ['2026-03-01', '2026-03-29'],
    ['2026-03-01', '2026-03-20'],
    ['2026-02-01', '2026-02-14'],
  ];
  return Array.from({ length: 40 }, () => {
    const employeeId = random.pick(PEOPLE);
    if (random.next() < 0.5) {
      const [from, to] = random.pick(whole);
      return { employeeId, from: from!, to: to! };
    }
    const a = random.pick(DATES);
    const b = random.pick(DATES);
    return { employeeId, from: a < b ? a : b, to: a < b ? b : a };
  });
}

const byTerms = (a: { n: number; workItemId: string; version: number; standardMinutes: number; coefficient: number }, b: typeof a) =>
  a.n - b.n ||
  a.workItemId.localeCompare(b.workItemId) ||
  a.version - b.version ||
  a.standardMinutes - b.standardMinutes ||
  a.coefficient - b.coefficient;

async function expectScoringFactsFromEntries(step: string, random: Random) {
  const ranges = rangesOf(random);
  const params = ['employeeId', 'from', 'to'].map((key) => `{${ranges.map((r) => r[key as keyof FactsRange]).join(',')}}`);
  const store = new ScoringFactsStore(diary.orm.em.fork());
  // Some days of the span off (the calendar's rules name them to the store) and some people on
  // leave: a declared day is a day with an entry that is neither.
  const nonWorkingDays = DATES.filter(() => random.next() < 0.3);
  await db.query(`delete from diary.leave`);
  const leaves = Array.from({ length: 1 + random.int(4) }, () => {
    const [a, b] = [random.pick(DATES), random.pick(DATES)];
    return { employeeId: random.pick(PEOPLE), from: a < b ? a : b, to: a < b ? b : a };
  });
  for (const leave of leaves)
    await db.query(
      `insert into diary.leave (id, employee_id, from_date, to_date, kind, recorded_by) values ($1, $2, $3, $4, 'ANNUAL', 'test')`,
      [newId(), leave.employeeId, leave.from, leave.to],
    );
  const totals = (await store.entryTotals(ranges, nonWorkingDays)).sort((a, b) => a.n - b.n);
  const items = (await store.itemTotals(ranges)).sort(byTerms);
  const declaredOf = (n: number, days: string[]) =>
    days.filter(
      (day) =>
        !nonWorkingDays.includes(day) && !leaves.some((l) => l.employeeId === ranges[n - 1]!.employeeId && l.from <= day && day <= l.to),
    ).length;
  const fromEntries = (await db.query(TOTALS_FROM_ENTRIES, params)).rows.map(({ days, ...row }) => ({
    ...row,
    declaredDays: declaredOf(row.n, days),
  }));
  expect(fromEntries.some((row) => row.declaredDays > 0)).toBe(true);
  expect({ step, seed: SEED, totals }).toEqual({ step, seed: SEED, totals: fromEntries });
  expect({ step, seed: SEED, items }).toEqual({ step, seed: SEED, items: (await db.query(ITEM_TOTALS_FROM_ENTRIES, params)).rows });
  // Packed by range (what scoring asks): the same groups, column by column, in the order of their terms.
  const packed = [...(await store.itemGroups(ranges))].sort(([a], [b]) => a - b);
  const values = (text: string) => (text === '' ? [] : text.split(','));
  const unpacked = packed.flatMap(([n, columns]) =>
    values(columns.workItemId).map((workItemId, i) => ({
      n,
      workItemId,
      version: Number(values(columns.version)[i]),
      standardMinutes: Number(values(columns.standardMinutes)[i]),
      coefficient: Number(values(columns.coefficient)[i]),
      entries: Number(values(columns.entries)[i]),
      quantity: Number(values(columns.quantity)[i]),
      actualMinutes: Number(values(columns.actualMinutes)[i]),
      selfInitiatedQuantity: Number(values(columns.selfInitiatedQuantity)[i]),
    })),
  );
  expect({ step, seed: SEED, unpacked }).toEqual({ step, seed: SEED, unpacked: items });
  // Work points asked alone: the groups' Σ quantity × standard minutes × coefficient in the order of their terms, to the last bit.
  const points = new Map<number, number>();
  for (const group of unpacked)
    points.set(group.n, (points.get(group.n) ?? 0) + group.quantity * group.standardMinutes * group.coefficient);
  const workPoints = [...(await store.workPoints(ranges))].sort(([a], [b]) => a - b);
  expect({ step, seed: SEED, workPoints }).toEqual({ step, seed: SEED, workPoints: [...points].sort(([a], [b]) => a - b) });
  // A batch this small (a live score's, a team page's) runs the same statements planned once per
  // connection, with generic plans: to the same answers.
  expect(ranges.length).toBeLessThanOrEqual(PLANNED_BATCH);
  const planned = new ScoringFactsStore(diary.orm.em.fork(), ranges.length);
  const sameAs = async <T>(read: (store: ScoringFactsStore) => Promise<T>) =>
    expect({ step, seed: SEED, planned: await read(planned) }).toEqual({ step, seed: SEED, planned: await read(store) });
  await sameAs(async (s) => (await s.entryTotals(ranges, nonWorkingDays)).sort((a, b) => a.n - b.n));
  await sameAs(async (s) => [...(await s.itemGroups(ranges))].sort(([a], [b]) => a - b));
  await sameAs(async (s) => [...(await s.workPoints(ranges))].sort(([a], [b]) => a - b));
  await sameAs(async (s) => (await s.leaves(ranges)).sort((a, b) => a.n - b.n || a.from.localeCompare(b.from)));
  // Asked in one tick, as a live score's facts are, the planned statements go as one: the same
  // answers, the assignments in the same order.
  const all = (s: ScoringFactsStore) => [
    s.entryTotals(ranges, nonWorkingDays).then((rows) => rows.sort((a, b) => a.n - b.n)),
    s.itemGroups(ranges).then((groups) => [...groups].sort(([a], [b]) => a - b)),
    s.workPoints(ranges).then((points) => [...points].sort(([a], [b]) => a - b)),
    s.assignments(ranges),
    s.leaves(ranges).then((rows) => rows.sort((a, b) => a.n - b.n || a.from.localeCompare(b.from))),
  ];
  const apart: unknown[] = [];
  for (const read of all(store)) apart.push(await read);
  expect({ step, seed: SEED, together: await Promise.all(all(planned)) }).toEqual({ step, seed: SEED, together: apart });
}

let database: { url: string; drop(): Promise<void> };
let diary: SubgraphDatabase;
let db: pg.Client;

async function expectFactsFromEntries(step: string) {
  const read: unknown[][] = [];
  // One after another: one connection answers one statement at a time.
  for (const sql of [KEPT_DAYS, DAYS_FROM_ENTRIES, KEPT_ITEMS, ITEMS_FROM_ENTRIES, KEPT_PACKS, PACKS_FROM_ITEMS])
    read.push((await db.query(sql)).rows);
  const [keptDays, days, keptItems, items, keptPacks, packs] = read;
  expect({ step, seed: SEED, days: keptDays }).toEqual({ step, seed: SEED, days });
  expect({ step, seed: SEED, items: keptItems }).toEqual({ step, seed: SEED, items });
  // Text for text: what scoring stores is the text the diary sends.
  expect({ step, seed: SEED, packs: keptPacks }).toEqual({ step, seed: SEED, packs });
}

const ids = async (client: pg.Client | pg.PoolClient, random: Random, most: number) => {
  const { rows } = await client.query<{ id: string }>(`select id from diary.diary_entry order by id`);
  return rows
    .filter(() => random.next() < 0.5)
    .slice(0, 1 + random.int(most))
    .map((r) => r.id);
};

/** One random write, as one statement: what the diary's paths (and SQL by hand) do to entries. */
async function step(client: pg.Client | pg.PoolClient, random: Random): Promise<string> {
  const kind = random.int(9);
  if (kind <= 1) {
    const rows = Array.from({ length: 1 + random.int(kind === 0 ? 1 : 6) }, () => entryOf(random));
    const insert = insertOf(rows);
    await client.query(insert.text, insert.values);
    return `insert ${rows.length}`;
  }
  const some = await ids(client, random, kind === 2 ? 8 : 2);
  if (some.length === 0) return 'nothing to change';
  const list = `{${some.join(',')}}`;
  switch (kind) {
    case 2: // a unit head's review: many approved (or returned) in one statement
      await client.query(`update diary.diary_entry set status = $2, reviewed_by = 'head', reviewed_at = now() where id = any($1::uuid[])`, [
        list,
        random.pick(['APPROVED', 'APPROVED', 'RETURNED']),
      ]);
      return `review ${some.length}`;
    case 3: // a correction of the terms, the quantity and the minutes
      await client.query(
        `update diary.diary_entry set quantity = $2, actual_minutes = $3, work_item_version = $4, standard_minutes = $5, coefficient = $6,
                assignment_id = $7 where id = any($1::uuid[])`,
        [
          list,
          random.pick(['1', '4']),
          20 + random.int(100),
          1 + random.int(2),
          random.pick(['30', '60']),
          '1',
          random.pick([null, ASSIGNMENT]),
        ],
      );
      return `correct ${some.length}`;
    case 4: // moved to another day, often another month (another partition)
      await client.query(`update diary.diary_entry set work_date = $2 where id = any($1::uuid[])`, [list, random.pick(DAYS)]);
      return `move ${some.length}`;
    case 5: // what scoring does not read: a note, evidence
      await client.query(`update diary.diary_entry set note = $2, evidence_ref = 'CV-1' where id = any($1::uuid[])`, [
        list,
        `n${random.int(9)}`,
      ]);
      return `note ${some.length}`;
    case 6: // warnings recomputed, the person changed (a correction by an admin)
      await client.query(`update diary.diary_entry set flags = $2, employee_id = $3 where id = any($1::uuid[])`, [
        list,
        `{${FLAGS.filter(() => random.next() < 0.4).join(',')}}`,
        random.pick(PEOPLE),
      ]);
      return `flags ${some.length}`;
    case 7:
      await client.query(`delete from diary.diary_entry where id = any($1::uuid[])`, [list]);
      return `delete ${some.length}`;
    default: // a repeat that inserts nothing
      await client.query(
        `insert into diary.diary_entry (${COLUMNS}) select ${COLUMNS} from diary.diary_entry where id = any($1::uuid[]) on conflict do nothing`,
        [list],
      );
      return `repeat ${some.length}`;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const before = migrations.findIndex((m) => m.name === '20261209140000-entry-facts');
  const old = await openSubgraphDatabase({ url: database.url, schema: 'diary', entities, migrations: migrations.slice(0, before) });
  await old.migrate();
  await old.close();
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  // A history written before the facts existed: the migration prepares them from it.
  const random = generator(SEED + 1);
  const insert = insertOf(Array.from({ length: 200 }, () => entryOf(random)));
  await db.query(insert.text, insert.values);
  diary = await openSubgraphDatabase({ url: database.url, schema: 'diary', entities, migrations });
  await diary.migrate();
});

afterAll(async () => {
  await db?.end();
  await diary?.close();
  await database?.drop();
});

describe('scoring’s facts kept as the diary changes', () => {
  it('the migration prepares them from the entries already written', async () => {
    expect((await db.query(`select count(*)::int as n from diary.entry_day_facts`)).rows[0].n).toBeGreaterThan(0);
    await expectFactsFromEntries('migration');
  });

  it(`equal the facts from scratch after every step of randomised histories (seed ${SEED})`, async () => {
    const random = generator(SEED);
    for (let i = 0; i < 250; i += 1) {
      const rollBack = random.next() < 0.1;
      if (rollBack) await db.query('begin');
      const done = await step(db, random);
      if (rollBack) await db.query('rollback');
      await expectFactsFromEntries(`${i}: ${done}${rollBack ? ' (rolled back)' : ''}`);
      if (i % 10 === 9) await expectScoringFactsFromEntries(`${i}: ${done}`, random);
    }
    expect((await db.query(`select count(*)::int as n from diary.diary_entry`)).rows[0].n).toBeGreaterThan(0);
  });

  it('equal them with writers at the same time, each in transactions of several statements', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    try {
      await Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          const random = generator(SEED + 100 + w);
          const client = await pool.connect();
          try {
            for (let t = 0; t < 8; t += 1) {
              await client.query('begin');
              for (let s = 0; s < 3; s += 1) await step(client, random);
              await client.query('commit');
            }
          } catch (error) {
            await client.query('rollback');
            // Two writers changing the same entries may deadlock, or one may find an entry the other moved to
            // another month (40P01, 40001), or both move it into the same month's partition, where the second
            // meets the first's copy (23505): PostgreSQL cancels that one, as it would without facts.
            if (!['40P01', '40001', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
          } finally {
            client.release();
          }
        }),
      );
    } finally {
      await pool.end();
    }
    await expectFactsFromEntries('writers at the same time');
    await expectScoringFactsFromEntries('writers at the same time', generator(SEED + 200));
  });

  it('a range is read as its whole months and the parts of months it covers', () => {
    const cut = monthsAndParts([
      { employeeId: PEOPLE[0]!, from: '2026-01-15', to: '2026-03-31' },
      { employeeId: PEOPLE[1]!, from: '2026-02-01', to: '2026-02-28' },
      { employeeId: PEOPLE[2]!, from: '2026-02-03', to: '2026-02-03' },
      // Over a year's end into a leap February, ending the day before its last.
      { employeeId: PEOPLE[0]!, from: '2027-12-10', to: '2028-02-28' },
    ]);
    expect(cut.months).toEqual([
      { employeeId: PEOPLE[0], month: '2026-02-01', n: 1, alone: false },
      { employeeId: PEOPLE[0], month: '2026-03-01', n: 1, alone: false },
      { employeeId: PEOPLE[1], month: '2026-02-01', n: 2, alone: true },
      { employeeId: PEOPLE[0], month: '2028-01-01', n: 4, alone: false },
    ]);
    expect(cut.parts).toEqual([
      { employeeId: PEOPLE[0], from: '2026-01-15', to: '2026-01-31', n: 1 },
      { employeeId: PEOPLE[2], from: '2026-02-03', to: '2026-02-03', n: 3 },
      { employeeId: PEOPLE[0], from: '2027-12-10', to: '2027-12-31', n: 4 },
      { employeeId: PEOPLE[0], from: '2028-02-01', to: '2028-02-28', n: 4 },
    ]);
  });

  it('two transactions changing different groups of one person’s month pack it one after the other', async () => {
    const person = '01936a2e-0000-7000-8000-0000000e0009';
    // Days apart, so that neither waits for the other's day facts or item groups: only for the month's pack.
    const row = (day: string, item: string, status: string) => {
      const entry = entryOf(generator(SEED + 300));
      entry[1] = person;
      entry[3] = day;
      entry[4] = item;
      entry[14] = status;
      return entry;
    };
    const [a, b, c] = [
      row('2026-02-01', ITEMS[0]!, 'APPROVED'),
      row('2026-02-02', ITEMS[1]!, 'SUBMITTED'),
      row('2026-02-27', ITEMS[2]!, 'SUBMITTED'),
    ];
    const insert = insertOf([a, b, c]);
    await db.query(insert.text, insert.values);
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await db.query('begin');
      await db.query(`update diary.diary_entry set status = 'APPROVED' where id = $1`, [b[0]]);
      const pid = (await other.query('select pg_backend_pid() as pid')).rows[0].pid as number;
      await other.query('begin');
      const second = other.query(`update diary.diary_entry set status = 'APPROVED' where id = $1`, [c[0]]);
      // The second waits for the month's lock, held by the first until it commits.
      for (let waiting = 0; !waiting;)
        waiting = (await db.query(`select count(*)::int as n from pg_locks where pid = $1 and not granted`, [pid])).rows[0].n;
      await db.query('commit');
      await second;
      await other.query('commit');
    } finally {
      await other.end();
    }
    const [pack] = (await db.query(`select work_item_id from diary.entry_month_item_packs where employee_id = $1`, [person])).rows;
    expect(pack.work_item_id.split(',').sort()).toEqual([...ITEMS].sort());
    await expectFactsFromEntries('two at once');
  });

  it('a month made again from its entries (archive, restore) is packed again', async () => {
    await db.query(`delete from diary.entry_month_item_packs`);
    await db.query(`update diary.entry_month_item_facts set entries = entries + 1 where month = '2026-02-01'`);
    await db.query(`select diary.rebuild_entry_facts('2026-02-01', '2026-02-01')`);
    const packed = await db.query(`select distinct month::text from diary.entry_month_item_packs order by 1`);
    expect(packed.rows).toEqual([{ month: '2026-02-01' }]);
    await db.query(`select diary.rebuild_entry_facts(null, null)`);
    await expectFactsFromEntries('rebuilt');
  });

  it('a truncate of the entries empties them', async () => {
    await db.query('truncate diary.diary_entry');
    expect((await db.query(`select count(*)::int as n from diary.entry_day_facts`)).rows[0].n).toBe(0);
    await expectFactsFromEntries('truncate');
  });
});
