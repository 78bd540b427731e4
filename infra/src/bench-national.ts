/**
 * National scale: how the cost of scoring a month and of the province overview grows with the
 * people and the diaries. The demo province (~7,000 people) and `--months` of its diaries (12: a
 * year, by COPY) are loaded, then the data doubles — a copy of every province there is, every id
 * mapped to a new one, codes and intake ids suffixed, by INSERT … SELECT — up to `--provinces`
 * (8: 1, 2, 4, 8 provinces). At each size: a month scored through the graph and the overview
 * through the gateway, against the first size measured in the same run, and the fitted growth
 * t ∝ people^b. `pnpm bench:national [--provinces 4] [--months 3]`. Uses DATABASE_URL when set,
 * otherwise an embedded PostgreSQL; `df -h` first: a province-year is ~10 M entries.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@kpi/platform/database';
import { startTestGraph } from '@kpi/platform/testkit';
import { catalogue } from '@kpi/catalogue';
import {
  demoUsers,
  generateCatalogue,
  generateDiaries,
  generateEducation,
  generateProvince,
  loadDemoCatalogue,
  loadDemoDiaries,
  loadDemoEducation,
  loadDemoProvince,
} from '@kpi/demo';
import { education } from '@kpi/education';
import { diary } from '@kpi/diary';
import { personnel } from '@kpi/personnel';
import { scoring } from '@kpi/scoring';
import { gql } from 'graphql-request';
import pg from 'pg';
import { startGateway } from '@kpi/gateway';

const { values } = parseArgs({ options: { provinces: { type: 'string', default: '8' }, months: { type: 'string', default: '12' } } });
const largest = Number(values.provinces);
const months = Number(values.months);
if (![1, 2, 4, 8, 16].includes(largest) || !Number.isInteger(months) || months < 2)
  throw new Error('--provinces: the largest size, 1, 2, 4, 8 or 16 (the data doubles at each step); --months: 2 or more');
const sizes = [1, 2, 4, 8, 16].filter((size) => size <= largest);

process.env.LOG_LEVEL ??= 'warn';
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54393 });
process.env.KPI_TEST_DATABASE_URL = process.env.DATABASE_URL ?? embedded!.url;

const graph = await startTestGraph([personnel, catalogue, diary, scoring, education], startGateway);
const db = new pg.Client({ connectionString: graph.databaseUrl });
await db.connect();
const time = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
};
const n = (value: number) => Math.round(value).toLocaleString('en');

// Stopping the graph drops its database: a failed run leaves no gigabytes behind.
try {
  await measure();
} finally {
  await db.end();
  await graph.stop();
  await embedded?.stop();
}
process.exit(0);

async function measure() {
  // The first province: the demo, its diaries by COPY.
  const province = generateProvince();
  await loadDemoProvince(graph.databaseUrl, province);
  await loadDemoCatalogue(graph.databaseUrl, generateCatalogue(province));
  await loadDemoEducation(graph.databaseUrl, generateEducation(province));
  const copied = await time(() => loadDemoDiaries(graph.databaseUrl, generateDiaries({ months })));
  console.log(
    `province 1: ${n(province.employees.length)} people, ${n(copied.result)} diary entries (${months} months) by COPY in ${copied.seconds.toFixed(0)} s = ${n(copied.result / copied.seconds)} rows/s`,
  );

  /**
   * Each province's copy of the first one's rows: every uuid mapped through md5 with the copy's
   * number (the same id always maps to the same new id, so every reference stays whole), agency and
   * employee codes and intake ids suffixed (they are unique), agency paths rewritten segment by segment.
   */
  const COPIED = [
    'personnel.agency',
    'personnel.job_position',
    'personnel.employee',
    'personnel.employee_placement',
    'catalogue.position_work_item',
    'diary.leave',
    'diary.assignment',
    'diary.assignment_event',
    'diary.diary_entry',
  ];
  /** Ids of what every province shares (the catalogue's items): kept as they are. */
  const SHARED = new Set(['work_item_id']);
  const SUFFIXED = new Set(['personnel.agency.code', 'personnel.employee.code', 'diary.diary_entry.external_id']);
  await db.query(
    `create or replace function pg_temp.remap(k int, id uuid) returns uuid language sql immutable as $$ select md5(k || ':' || id)::uuid $$`,
  );

  async function copyStatement(table: string): Promise<string> {
    const [schema, name] = table.split('.');
    const { rows } = await db.query<{ column: string; type: string }>(
      `select column_name as column, udt_name as type from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position`,
      [schema, name],
    );
    const expressions = rows.map(({ column, type }) => {
      if (SHARED.has(column)) return column;
      if (type === 'uuid') return `pg_temp.remap($1, ${column})`;
      if (type === '_uuid') return `array(select pg_temp.remap($1, x) from unnest(${column}) x)`;
      if (SUFFIXED.has(`${table}.${column}`)) return `${column} || '-P' || $1`;
      if (table === 'personnel.agency' && column === 'path')
        return `'/' || array_to_string(array(select pg_temp.remap($1, x::uuid) from unnest(string_to_array(trim(both '/' from path), '/')) with ordinality s(x, i) order by i), '/') || '/'`;
      return column;
    });
    return `insert into ${table} (${rows.map((r) => r.column).join(', ')}) select ${expressions.join(', ')} from ${table}`;
  }
  const statements = new Map<string, string>();
  for (const table of COPIED) statements.set(table, await copyStatement(table));

  /** Doubles the data: a copy of every province there is, ids mapped with the step's number; the seconds its diary rows took. */
  async function double(step: number) {
    let entries = { rows: 0, seconds: 0 };
    await db.query('begin');
    for (const table of COPIED) {
      const ran = await time(() => db.query(statements.get(table)!, [step]));
      if (table === 'diary.diary_entry') entries = { rows: ran.result.rowCount ?? 0, seconds: ran.seconds };
    }
    await db.query('commit');
    return entries;
  }

  const admin = await graph.as(demoUsers(province).find((u) => u.label === 'province-admin')!.identity);
  const analyst = await graph.as(demoUsers(province).find((u) => u.label === 'province-analyst')!.identity);
  const today = new Date(Date.now() + 7 * 3600_000);
  const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

  const SCORE = gql`
    mutation ($p: String!) {
      computeScoringPeriod(period: $p) {
        code
      }
    }
  `;
  const OVERVIEW = gql`
    query ($p: String!) {
      provinceOverview(period: $p) {
        distribution {
          meanScore
        }
        byAgency {
          agency {
            name
          }
          meanScore
        }
        bySector {
          meanScore
        }
        trend {
          meanScore
        }
        diaryDiscipline {
          missingDiaryRate
        }
        anomalies {
          kind
        }
      }
    }
  `;

  interface Row {
    provinces: number;
    people: number;
    entries: number;
    inMonth: number;
    score: number;
    overview: number;
  }
  const results: Row[] = [];
  let provinces = 1;
  for (const size of sizes) {
    if (provinces < size) {
      const added = await double(size);
      provinces = size;
      console.log(
        `doubled to ${size} provinces: ${n(added.rows)} diary entries by INSERT … SELECT in ${added.seconds.toFixed(0)} s = ${n(added.rows / added.seconds)} rows/s`,
      );
    }
    await db.query('analyze');
    const { rows } = await db.query(
      `select (select count(*) from personnel.employee)::int as people, (select count(*) from diary.diary_entry)::int as entries,
            (select count(*) from diary.diary_entry where work_date >= $1::date and work_date < ($1::date + interval '1 month'))::int as in_month`,
      [`${month}-01`],
    );
    const scored = await time(() => admin.request(SCORE, { p: month }));
    const overview = await time(() => analyst.request(OVERVIEW, { p: month }));
    const { rows: stored } = await db.query(`select count(*)::int as n from scoring.period_score where period_code = $1`, [month]);
    results.push({
      provinces: size,
      people: rows[0].people,
      entries: rows[0].entries,
      inMonth: rows[0].in_month,
      score: scored.seconds,
      overview: overview.seconds,
    });
    console.log(
      `${size} province(s): ${n(rows[0].people)} people, ${n(rows[0].entries)} entries (${n(rows[0].in_month)} in ${month}); ` +
        `scored ${n(stored[0].n)} people in ${scored.seconds.toFixed(1)} s; overview ${overview.seconds.toFixed(2)} s`,
    );
  }

  // The curve: each size against the first (measured in this run), and the exponent b of t ∝ size^b
  // fitted by least squares on the logarithms (b ≈ 1: linear in the people; < 1: better than linear).
  const base = results[0]!;
  const fit = (pick: (r: Row) => number) => {
    const points = results.map((r) => [Math.log(r.people / base.people), Math.log(pick(r) / pick(base))] as const);
    const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
    const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
    const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
    return sxx === 0 ? NaN : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
  };
  console.log('\nprovinces | people  | entries     | in month   | score month (s) | × base | overview (s) | × base');
  for (const r of results)
    console.log(
      `${String(r.provinces).padStart(9)} | ${n(r.people).padStart(7)} | ${n(r.entries).padStart(11)} | ${n(r.inMonth).padStart(10)} | ` +
        `${r.score.toFixed(1).padStart(15)} | ${(r.score / base.score).toFixed(2).padStart(6)} | ${r.overview.toFixed(2).padStart(12)} | ${(r.overview / base.overview).toFixed(2).padStart(6)}`,
    );
  console.log(
    `growth fitted on people (t ∝ people^b): scoring a month b = ${fit((r) => r.score).toFixed(2)}, province overview b = ${fit((r) => r.overview).toFixed(2)}` +
      ` (data ${(results.at(-1)!.entries / base.entries).toFixed(1)}× the first size)`,
  );
}
