import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, type Identity } from '@kpi/platform';
import { errorsOf } from '@kpi/platform/testkit';
import { ClientError, gql } from 'graphql-request';
import { graphql } from '../../src/graphql/index.js';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { catalogueWorld, type CatalogueWorld } from './fixtures.js';
import { NOT_IN_CONTRACT } from '../../src/world.js';

// Catalogue hygiene through the graph: the catalogue's items in force, the diary's usage facts
// (one _entities request), checked against plain SQL on diary.diary_entry.
const FROM = '2026-10-21';
const TO = '2026-11-19';
let world: CatalogueWorld;
let db: pg.Client;
const crafted: Record<'over' | 'under' | 'rare' | 'unused', string> = { over: '', under: '', rare: '', unused: '' };

beforeAll(async () => {
  world = await catalogueWorld({ diary: 'usage' });
  db = new pg.Client({ connectionString: world.graph.databaseUrl });
  await db.connect();
  // The demo's recorded times sit near the standard; make the lists certain to hold something.
  const { rows } = await db.query(
    `select w.code, e.work_item_id as id, count(*)::int as n from diary.diary_entry e join catalogue.work_item w on w.id = e.work_item_id
      where e.work_date between $1 and $2 group by w.code, e.work_item_id order by n desc, w.code`,
    [FROM, TO],
  );
  const [over, under] = rows;
  const rare = rows.find((r) => r.n >= 3 && r.n < 40)!;
  const unused = rows.find((r) => r.n >= 3 && r.code !== rare.code && r.n < 40)!;
  Object.assign(crafted, { over: over.code, under: under.code, rare: rare.code, unused: unused.code });
  const period = `work_date between '${FROM}' and '${TO}'`;
  await db.query(`update diary.diary_entry set actual_minutes = least(1440, actual_minutes * 3) where work_item_id = $1 and ${period}`, [
    over.id,
  ]);
  await db.query(`update diary.diary_entry set actual_minutes = greatest(1, actual_minutes / 4) where work_item_id = $1 and ${period}`, [
    under.id,
  ]);
  await db.query(
    `delete from diary.diary_entry where work_item_id = $1 and ${period} and id not in
       (select id from diary.diary_entry where work_item_id = $1 and ${period} order by id limit 2)`,
    [rare.id],
  );
  await db.query(`delete from diary.diary_entry where work_item_id = $1 and ${period}`, [unused.id]);
});
afterAll(async () => {
  delete process.env.KPI_NOW;
  await db?.end();
  await world?.graph.stop();
});

const HYGIENE = graphql(`
  query HygieneCatalogueHygiene(
    $from: LocalDate!
    $to: LocalDate!
    $filter: CatalogueHygieneFilter
    $rarelyBelow: Int
    $farFactor: Float
    $minEntries: Int
  ) {
    catalogueHygiene(from: $from, to: $to, filter: $filter, rarelyBelow: $rarelyBelow, farFactor: $farFactor, minEntries: $minEntries) {
      from
      to
      itemsInForce
      minEntries
      neverUsed {
        code
      }
      rarelyUsed {
        workItem {
          code
        }
        entries
        employees
      }
      farFromStandard {
        workItem {
          code
        }
        entries
        actualMinutes
        standardMinutes
        actualToStandard
      }
    }
  }
`);

/** Usage of every item in force in the period, in plain SQL: the catalogue's versions, the diary's entries. */
async function usageBySql(kept?: string) {
  const { rows } = await db.query(
    `select w.code, count(e.id)::int as entries, count(distinct e.employee_id)::int as employees,
            coalesce(sum(e.actual_minutes), 0)::float8 as actual, coalesce(sum(e.quantity * e.standard_minutes), 0)::float8 as standard
       from catalogue.work_item w
       join catalogue.sector s on s.id = w.sector_id
       left join diary.diary_entry e on e.work_item_id = w.id and e.work_date between $1 and $2
      where exists (select 1 from catalogue.work_item_version v where v.work_item_id = w.id and v.approval = 'APPROVED'
                      and v.effective_from <= $2 and (v.effective_to is null or v.effective_to >= $1))
        and ($3::uuid is null or (w.item_group = 'C' and w.owner_agency_id = $3) or (w.item_group in ('A', 'D') and s.owner_agency_id = $3))
      group by w.code order by w.code`,
    [FROM, TO, kept ?? null],
  );
  return rows as { code: string; entries: number; employees: number; actual: number; standard: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function expected(rows: Awaited<ReturnType<typeof usageBySql>>, t: { rarelyBelow: number; farFactor: number; minEntries: number }) {
  return {
    neverUsed: rows.filter((r) => r.entries === 0).map((r) => r.code),
    rarelyUsed: rows
      .filter((r) => r.entries > 0 && r.entries < t.rarelyBelow)
      .sort((a, b) => a.entries - b.entries) // stable: ties keep the database's code order
      .map((r) => ({ workItem: { code: r.code }, entries: r.entries, employees: r.employees })),
    // Farthest first, 3× over weighing the same as a third; ties stay in code order.
    farFromStandard: rows
      .filter(
        (r) =>
          r.entries >= t.minEntries && r.standard > 0 && (r.actual / r.standard > t.farFactor || r.actual / r.standard < 1 / t.farFactor),
      )
      .sort((a, b) => Math.abs(Math.log(b.actual / b.standard)) - Math.abs(Math.log(a.actual / a.standard)))
      .map((r) => ({
        workItem: { code: r.code },
        entries: r.entries,
        actualMinutes: round2(r.actual),
        standardMinutes: round2(r.standard),
        actualToStandard: round2(r.actual / r.standard),
      })),
  };
}

describe('catalogue hygiene', () => {
  it.each([
    { rarelyBelow: 5, farFactor: 1.5, minEntries: 10 },
    { rarelyBelow: 30, farFactor: 1.1, minEntries: 5 },
  ])('matches plain SQL on the diary’s entries (%o)', async (t) => {
    const client = await world.graph.as(world.user('province-analyst'));
    const { catalogueHygiene } = await client.request(HYGIENE, { from: FROM, to: TO, ...t });
    const rows = await usageBySql();
    const want = expected(rows, t);
    expect(catalogueHygiene).toMatchObject({ from: FROM, to: TO, itemsInForce: rows.length, minEntries: t.minEntries });
    expect(catalogueHygiene.neverUsed.map((i) => i.code)).toEqual(want.neverUsed);
    expect(catalogueHygiene.rarelyUsed).toEqual(want.rarelyUsed);
    expect(catalogueHygiene.farFromStandard).toEqual(want.farFromStandard);
    // The crafted cases land where they should.
    expect(want.neverUsed).toContain(crafted.unused);
    expect(want.rarelyUsed.map((r) => r.workItem.code)).toContain(crafted.rare);
    expect(want.farFromStandard.map((f) => f.workItem.code)).toEqual(expect.arrayContaining([crafted.over, crafted.under]));
  });

  it('keeps to the filter and to the items in force in the period', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const { catalogueHygiene } = await client.request(HYGIENE, {
      from: FROM,
      to: TO,
      filter: { sectorCode: 'HOME', group: 'D' },
      rarelyBelow: 10_000,
    });
    const { rows } = await db.query(
      `select count(*)::int as n from catalogue.work_item w join catalogue.sector s on s.id = w.sector_id where s.code = 'HOME' and w.item_group = 'D'`,
    );
    expect(catalogueHygiene.itemsInForce).toBe(rows[0].n);
    const listed = [...catalogueHygiene.neverUsed.map((i) => i.code), ...catalogueHygiene.rarelyUsed.map((r) => r.workItem.code)];
    expect(listed.sort()).toEqual(
      world.demo.items
        .filter((i) => i.sectorId === world.sectorId('HOME') && i.itemGroup === 'D')
        .map((i) => i.code)
        .sort(),
    );
    // An item retired before the period is not in force in it.
    const admin = await world.graph.as(world.user('province-admin'));
    const retired = world.demo.items.find((i) => i.sectorId === world.sectorId('HOME') && i.itemGroup === 'D')!;
    await admin.request(
      graphql(`
        mutation HygieneRetireWorkItem($id: ID!) {
          retireWorkItem(id: $id, input: { effectiveFrom: "2026-09-01", reason: "Không còn phát sinh" }) {
            status
          }
        }
      `),
      { id: retired.id },
    );
    const again = await client.request(HYGIENE, { from: FROM, to: TO, filter: { sectorCode: 'HOME', group: 'D' } });
    expect(again.catalogueHygiene.itemsInForce).toBe(rows[0].n - 1);
  });

  it('a list’s keepers see the items they keep; staff, unit heads and clients nothing', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    const { catalogueHygiene } = await hr.request(HYGIENE, { from: FROM, to: TO, rarelyBelow: 10_000 });
    const kept = await usageBySql(world.agencyId('SNV'));
    expect(catalogueHygiene.itemsInForce).toBe(kept.length);
    const listed = [...catalogueHygiene.neverUsed.map((i) => i.code), ...catalogueHygiene.rarelyUsed.map((r) => r.workItem.code)];
    expect(listed.sort()).toEqual(kept.map((r) => r.code).sort());
    expect(listed).toEqual(expect.arrayContaining(['C-SNV-001']));
    expect(listed.some((code) => code.startsWith('C-STC') || code.startsWith('B-'))).toBe(false);
    const catalogueKeeper = await world.graph.as(world.adminOf('STC', Role.CATALOGUE_ADMIN));
    const { catalogueHygiene: stc } = await catalogueKeeper.request(HYGIENE, { from: FROM, to: TO });
    expect(stc.itemsInForce).toBe((await usageBySql(world.agencyId('STC'))).length);

    for (const label of ['staff', 'unit-head', 'eoffice']) {
      const errors = await errorsOf((await world.graph.as(world.user(label))).request(HYGIENE, { from: FROM, to: TO }));
      expect(errors.map((e) => e.extensions?.code)).toEqual([label === 'eoffice' ? NOT_IN_CONTRACT : 'FORBIDDEN']);
    }
    const errors = await errorsOf(hr.request(HYGIENE, { from: FROM, to: TO, filter: { ownerAgencyId: world.agencyId('STC') } }));
    expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses periods and thresholds that mean nothing, with coded errors', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const cases: [VariablesOf<typeof HYGIENE>, string, string][] = [
      [{ from: TO, to: FROM }, 'BAD_USER_INPUT', 'to'],
      [{ from: '2025-01-01', to: '2026-06-30' }, 'BAD_USER_INPUT', 'to'],
      [{ from: FROM, to: TO, farFactor: 1 }, 'BAD_USER_INPUT', 'farFactor'],
      [{ from: FROM, to: TO, rarelyBelow: 0 }, 'BAD_USER_INPUT', 'rarelyBelow'],
      [{ from: FROM, to: TO, minEntries: 0 }, 'BAD_USER_INPUT', 'minEntries'],
      [{ from: FROM, to: TO, filter: { sectorCode: 'NOPE' } }, 'INVALID_REFERENCE', 'filter.sectorCode'],
    ];
    for (const [variables, code, field] of cases) {
      const errors = await errorsOf(client.request(HYGIENE, variables));
      expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([[code, field]]);
    }
  });

  it('costs the catalogue the same SQL for 24 items or 124 (3 statements), and the diary one statement', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const RICH = gql`
      query ($filter: CatalogueHygieneFilter) {
        catalogueHygiene(from: "${FROM}", to: "${TO}", filter: $filter, rarelyBelow: 10000, farFactor: 1.01, minEntries: 1) {
          itemsInForce
          neverUsed {
            code
            name
            sector {
              code
            }
          }
          rarelyUsed {
            workItem {
              code
              name
              standardMinutes
              sector {
                code
              }
            }
          }
          farFromStandard {
            workItem {
              code
              current {
                coefficient
              }
            }
          }
        }
      }
    `;
    const catalogueSql = world.graph.queries('catalogue');
    const diarySql = world.graph.queries('diary');
    const runs: { items: number; catalogue: number; diary: number }[] = [];
    for (const group of ['C', 'D']) {
      catalogueSql.reset();
      diarySql.reset();
      const { catalogueHygiene } = await client.request(RICH, { filter: { group } });
      runs.push({ items: catalogueHygiene.itemsInForce, catalogue: catalogueSql.count, diary: diarySql.count });
    }
    expect(runs[1]!.items).toBeGreaterThan(3 * runs[0]!.items);
    expect(runs[1]!.catalogue).toBe(runs[0]!.catalogue); // items in force, their versions, their sectors
    expect(runs[1]!.diary).toBe(runs[0]!.diary);
    expect(runs[0]!.diary).toBe(1); // the diary sums every item's usage in one statement
  });
});

describe('who reads usage facts: one rule for WorkItem.usage (the diary) and catalogueHygiene (the catalogue)', () => {
  const PERIOD = `from: "${FROM}", to: "${TO}"`;
  const USAGE = `query ($id: ID!) { workItem(id: $id) { code usage(${PERIOD}) { entries } } }`;
  const OWN_LIST = `query ($owner: ID) { catalogueHygiene(${PERIOD}, filter: { ownerAgencyId: $owner }) { itemsInForce } }`;
  const codeOf = async (request: Promise<unknown>) => (await errorsOf(request))[0]?.extensions?.code ?? 'ANSWERED';
  const doors = async (who: Identity, itemCode: string, owner: string) => {
    const client = await world.graph.as(who);
    return [await codeOf(client.request(USAGE, { id: world.itemId(itemCode) })), await codeOf(client.request(OWN_LIST, { owner }))];
  };

  it('another agency’s own (group C) item: refused to staff and to other agencies’ admins through both doors, read by its keepers and province roles', async () => {
    const stc = world.agencyId('STC');
    expect({
      staff: await doors(world.user('staff'), 'C-STC-001', stc),
      otherAgencysAdmin: await doors(world.user('agency-admin'), 'C-STC-001', stc),
      itsAgencysAdmin: await doors(world.adminOf('STC'), 'C-STC-001', stc),
      itsCatalogueKeeper: await doors(world.adminOf('STC', Role.CATALOGUE_ADMIN), 'C-STC-001', stc),
      provinceAnalyst: await doors(world.user('province-analyst'), 'C-STC-001', stc),
      integrationClient: await doors(world.user('eoffice'), 'C-STC-001', stc),
    }).toEqual({
      staff: ['FORBIDDEN', 'FORBIDDEN'],
      otherAgencysAdmin: ['FORBIDDEN', 'FORBIDDEN'],
      itsAgencysAdmin: ['ANSWERED', 'ANSWERED'],
      itsCatalogueKeeper: ['ANSWERED', 'ANSWERED'],
      provinceAnalyst: ['ANSWERED', 'ANSWERED'],
      integrationClient: [NOT_IN_CONTRACT, NOT_IN_CONTRACT],
    });
  });

  it('an agency admin reads the usage of the items its hygiene looks at, and of no item kept by another', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    const { catalogueHygiene } = await hr.request(HYGIENE, { from: FROM, to: TO, rarelyBelow: 10_000 });
    const inHygiene = [...catalogueHygiene.neverUsed.map((i) => i.code), ...catalogueHygiene.rarelyUsed.map((r) => r.workItem.code)];
    const keptElsewhere = world.demo.items
      .filter((i) => (i.itemGroup === 'C' && i.ownerAgencyId !== world.agencyId('SNV')) || i.itemGroup === 'B')
      .slice(0, 20)
      .map((i) => i.code);
    expect(inHygiene.length).toBeGreaterThan(0);
    // Fifteen items a request (the alias limit); each item's usage answered or refused on its own.
    const answers = new Map<string, string>();
    const all = [...inHygiene, ...keptElsewhere];
    for (let start = 0; start < all.length; start += 15) {
      const batch = all.slice(start, start + 15);
      const query = `{ ${batch.map((code, i) => `i${i}: workItemByCode(code: "${code}") { usage(${PERIOD}) { entries } }`).join(' ')} }`;
      type Answer = { data?: Record<string, unknown> | null; errors?: { path: (string | number)[]; extensions: { code: string } }[] };
      const answer = (await hr.rawRequest<Record<string, unknown>>(query).catch((error: ClientError) => error.response)) as Answer;
      for (const error of answer.errors ?? []) answers.set(batch[Number(String(error.path[0]).slice(1))]!, error.extensions.code);
      batch.forEach((code, i) => answer.data?.[`i${i}`] && answers.set(code, 'ANSWERED'));
    }
    expect(inHygiene.map((code) => answers.get(code))).toEqual(inHygiene.map(() => 'ANSWERED'));
    expect(keptElsewhere.map((code) => answers.get(code))).toEqual(keptElsewhere.map(() => 'FORBIDDEN'));
  });
});
