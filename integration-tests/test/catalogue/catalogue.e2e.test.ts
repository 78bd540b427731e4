import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@kpi/platform';
import { errorsOf } from '@kpi/platform/testkit';
import { graphql } from '../../src/graphql/index.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { CATALOGUE_START, REVISION_DATE } from '@kpi/demo';
import { catalogueWorld, type CatalogueWorld } from './fixtures.js';

let world: CatalogueWorld;
let db: pg.Client;
beforeAll(async () => {
  world = await catalogueWorld();
  db = new pg.Client({ connectionString: world.graph.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await world?.graph.stop();
});

async function catalogueState() {
  const { rows } = await db.query(`select
    (select count(*) from catalogue.work_item)::int as items,
    (select md5(coalesce(string_agg(v::text, ',' order by id), '')) from catalogue.work_item_version v) as versions,
    (select md5(coalesce(string_agg(s::text, ',' order by id), '')) from catalogue.sector_kpi_standard s) as standards,
    (select count(*) from catalogue.position_work_item)::int as job_lines,
    (select count(*) from catalogue.change_request)::int as requests,
    (select md5(coalesce(string_agg(l::text, ',' order by id), '')) from catalogue.province_limits l) as limits,
    (select count(*) from catalogue.audit_entry)::int as audit`);
  return rows[0];
}

async function refused(request: () => Promise<unknown>, code: string) {
  const before = await catalogueState();
  const errors = await errorsOf(request());
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await catalogueState()).toEqual(before);
  return errors[0]!;
}

const revisedDemoItem = () => world.demo.versions.find((v) => v.version === 2)!;

describe('reading the catalogue across the graph', () => {
  it('a person’s position and the items they may log, in one query spanning personnel and catalogue', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { me } = await client.request(
      graphql(`
        query CatalogueMe {
          me {
            fullName
            position {
              title
              isLeadership
              workItems {
                code
                group
              }
            }
            loggableWorkItems {
              code
            }
          }
        }
      `),
    );
    expect(me!.position!.isLeadership).toBe(false);
    expect(me!.position!.workItems.length).toBeGreaterThan(3);
    expect(me!.position!.workItems.some((i) => i.group === 'A')).toBe(false);
    expect(me!.loggableWorkItems.map((i) => i.code)).toEqual(me!.position!.workItems.map((i) => i.code));
  });

  it('leadership positions perform every group A item without listing them', async () => {
    const client = await world.graph.as(world.user('unit-head'));
    const { me } = await client.request(
      graphql(`
        query CatalogueMe2 {
          me {
            position {
              isLeadership
              workItems {
                code
                group
              }
            }
          }
        }
      `),
    );
    const groupA = world.demo.items.filter((i) => i.itemGroup === 'A').map((i) => i.code);
    expect(me!.position!.isLeadership).toBe(true);
    expect(me!.position!.workItems.filter((i) => i.group === 'A').map((i) => i.code)).toEqual(groupA.sort());
  });

  it('agencies show their own list, their sectors and the sectors they own', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { agencyByCode } = await client.request(
      graphql(`
        query CatalogueAgencyByCode {
          agencyByCode(code: "SNV") {
            name
            sectorCodes
            sectors {
              code
            }
            ownedSectors {
              code
            }
            ownWorkItems {
              code
              group
            }
          }
        }
      `),
    );
    expect(agencyByCode!.sectors.map((s) => s.code)).toEqual(agencyByCode!.sectorCodes);
    expect(agencyByCode!.ownedSectors.map((s) => s.code)).toEqual(expect.arrayContaining(['HOME']));
    expect(agencyByCode!.ownWorkItems.length).toBeGreaterThan(3);
    expect(new Set(agencyByCode!.ownWorkItems.map((i) => i.group))).toEqual(new Set(['C']));
  });

  it('answers “the item as it was on date D” across a revision', async () => {
    const client = await world.graph.as(world.user('staff'));
    const v2 = revisedDemoItem();
    const v1 = world.demo.versions.find((v) => v.workItemId === v2.workItemId && v.version === 1)!;
    const { workItem } = await client.request(
      graphql(`
        query CatalogueWorkItem($id: ID!) {
          workItem(id: $id) {
            standardMinutes
            before: asOf(date: "2025-06-30") {
              version
              standardMinutes
              effectiveTo
            }
            after: asOf(date: "2025-07-01") {
              version
              standardMinutes
            }
            ancient: asOf(date: "2024-12-31") {
              version
            }
            versions {
              version
            }
          }
        }
      `),
      { id: v2.workItemId },
    );
    expect(workItem!.before).toEqual({ version: 1, standardMinutes: v1.standardMinutes, effectiveTo: '2025-06-30' });
    expect(workItem!.after).toEqual({ version: 2, standardMinutes: v2.standardMinutes });
    expect(workItem!.ancient).toBeNull();
    expect(workItem!.standardMinutes).toBe(v2.standardMinutes);
    expect(REVISION_DATE).toBe('2025-07-01');
  });

  it('integration clients do not read the catalogue (E-Office only delivers work events; the diary checks them as itself)', async () => {
    const client = await world.graph.as(world.user('eoffice'));
    const errors = await errorsOf(
      client.request(
        graphql(`
          query CatalogueWorkItemByCode {
            workItemByCode(code: "B-001") {
              code
              name
              unit
            }
          }
        `),
      ),
    );
    // This graph (personnel and catalogue) tags nothing for third parties: a client is refused at the door.
    expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('searches names without diacritics and filters by sector and group', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { workItems } = await client.request(
      graphql(`
        query CatalogueWorkItems {
          workItems(first: 100, filter: { sectorCode: "FINANCE", group: D }) {
            totalCount
            nodes {
              code
              sector {
                code
              }
              group
            }
          }
        }
      `),
    );
    const expected = world.demo.items.filter((i) => i.sectorId === world.sectorId('FINANCE') && i.itemGroup === 'D');
    expect(workItems.totalCount).toBe(expected.length);
    for (const node of workItems.nodes) expect(node).toMatchObject({ sector: { code: 'FINANCE' }, group: 'D' });
    const { workItems: found } = await client.request(
      graphql(`
        query CatalogueWorkItems2 {
          workItems(filter: { search: "van ban" }) {
            totalCount
          }
        }
      `),
    );
    expect(found.totalCount).toBeGreaterThan(0);
  });
});

describe('owning and changing the catalogue', () => {
  const CREATE = graphql(`
    mutation CatalogueCreateWorkItem($input: CreateWorkItemInput!) {
      createWorkItem(input: $input) {
        code
        group
        ownerAgency {
          id
        }
        current {
          version
          standardMinutes
          coefficient
          effectiveFrom
        }
        history {
          action
          actor
          reason
        }
      }
    }
  `);
  const base = () => ({
    sectorId: world.sectorId('FINANCE'),
    unit: 'DOSSIER' as const,
    standardMinutes: 240,
    coefficient: 1.5,
    effectiveFrom: '2026-01-01',
    evidence: 'Báo cáo thẩm định',
  });

  it('a department’s catalogue admin adds to its sector (group D), with an audit entry saying who and why', async () => {
    const client = await world.graph.as(world.adminOf('STC', Role.CATALOGUE_ADMIN));
    const { createWorkItem } = await client.request(CREATE, {
      input: { ...base(), code: 'FIN-900', group: 'D', name: 'Thẩm định phương án tự chủ tài chính', reason: 'Nghị định 60/2021' },
    });
    expect(createWorkItem).toMatchObject({
      code: 'FIN-900',
      group: 'D',
      ownerAgency: null,
      current: { version: 1, standardMinutes: 240, coefficient: 1.5, effectiveFrom: '2026-01-01' },
    });
    expect(createWorkItem.history).toEqual([expect.objectContaining({ action: 'created', reason: 'Nghị định 60/2021' })]);
  });

  it('nobody edits what they do not own', async () => {
    const stc = await world.graph.as(world.adminOf('STC', Role.CATALOGUE_ADMIN));
    await refused(
      () => stc.request(CREATE, { input: { ...base(), code: 'HLT-900', group: 'D', sectorId: world.sectorId('HEALTH'), name: 'X' } }),
      'FORBIDDEN',
    );
    await refused(
      () => stc.request(CREATE, { input: { ...base(), code: 'B-900', group: 'B', sectorId: world.sectorId('SHARED'), name: 'X' } }),
      'FORBIDDEN',
    );
    const commune = await world.graph.as(world.adminOf('XDK'));
    await refused(
      () =>
        commune.request(CREATE, { input: { ...base(), code: 'C-SNV-900', group: 'C', ownerAgencyId: world.agencyId('SNV'), name: 'X' } }),
      'FORBIDDEN',
    );
    const staff = await world.graph.as(world.user('staff'));
    await refused(
      () =>
        staff.request(
          graphql(`
            mutation CatalogueRetireWorkItem($id: ID!) {
              retireWorkItem(id: $id, input: { effectiveFrom: "2026-02-01" }) {
                code
              }
            }
          `),
          { id: world.itemId('B-001') },
        ),
      'FORBIDDEN',
    );
  });

  it('an agency keeps its own list (group C)', async () => {
    const commune = await world.graph.as(world.adminOf('XDK'));
    const { createWorkItem } = await commune.request(CREATE, {
      input: {
        ...base(),
        code: 'C-XDK-900',
        group: 'C',
        ownerAgencyId: world.agencyId('XDK'),
        sectorId: world.sectorId('LOCAL'),
        name: 'Vận động nhân dân hiến đất làm đường giao thông nông thôn',
        unit: 'SESSION',
        criteria: 'Một buổi = một lần vận động trực tiếp tại thôn có biên bản',
      },
    });
    expect(createWorkItem).toMatchObject({ code: 'C-XDK-900', group: 'C', ownerAgency: { id: world.agencyId('XDK') } });
  });

  it('refuses bad values with coded errors and writes nothing', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const input = { ...base(), code: 'FIN-901', group: 'D' as const, name: 'Thẩm định' };
    for (const standardMinutes of [0, -30])
      await refused(() => admin.request(CREATE, { input: { ...input, standardMinutes } }), 'OUT_OF_RANGE');
    await refused(() => admin.request(CREATE, { input: { ...input, coefficient: 3.5 } }), 'OUT_OF_RANGE');
    await refused(
      () => admin.request(CREATE, { input: { ...input, sectorId: '0190a3b2-0000-7000-8000-00000000dead' } }),
      'INVALID_REFERENCE',
    );
    await refused(() => admin.request(CREATE, { input: { ...input, code: 'B-001' } }), 'DUPLICATE_CODE');
    await refused(() => admin.request(CREATE, { input: { ...input, group: 'C' } }), 'BAD_USER_INPUT');
  });

  it('a revision is a new version from a date; an overlapping one is refused', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const REVISE = graphql(`
      mutation CatalogueReviseWorkItem($id: ID!, $input: ReviseWorkItemInput!) {
        reviseWorkItem(id: $id, input: $input) {
          versions {
            version
            effectiveFrom
            effectiveTo
            standardMinutes
            coefficient
            name
          }
        }
      }
    `);
    const id = world.itemId('B-002');
    const { reviseWorkItem } = await admin.request(REVISE, {
      id,
      input: { effectiveFrom: '2026-01-01', coefficient: 1.2, reason: 'Rà soát 2026' },
    });
    const [first, second] = reviseWorkItem.versions.slice(-2);
    expect(first.effectiveTo).toBe('2025-12-31');
    expect(second).toMatchObject({
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      coefficient: 1.2,
      name: first.name,
      standardMinutes: first.standardMinutes,
    });
    await refused(() => admin.request(REVISE, { id, input: { effectiveFrom: '2026-01-01', coefficient: 1.3 } }), 'OVERLAPPING_VERSION');
    await refused(() => admin.request(REVISE, { id, input: { effectiveFrom: CATALOGUE_START, coefficient: 1.3 } }), 'OVERLAPPING_VERSION');
  });

  it('a retired item can no longer be revised, but stays answerable for past dates', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const id = world.itemId('B-003');
    const { retireWorkItem } = await admin.request(
      graphql(`
        mutation CatalogueRetireWorkItem2($id: ID!) {
          retireWorkItem(id: $id, input: { effectiveFrom: "2026-03-01", reason: "Gộp vào B-002" }) {
            status
            retiredFrom
            asOf(date: "2026-02-28") {
              version
            }
            after: asOf(date: "2026-03-01") {
              version
            }
          }
        }
      `),
      { id },
    );
    expect(retireWorkItem).toMatchObject({ status: 'RETIRED', retiredFrom: '2026-03-01', asOf: { version: 1 }, after: null });
    await refused(
      () =>
        admin.request(
          graphql(`
            mutation CatalogueReviseWorkItem2($id: ID!) {
              reviseWorkItem(id: $id, input: { effectiveFrom: "2026-04-01", coefficient: 1 }) {
                code
              }
            }
          `),
          { id },
        ),
      'WORK_ITEM_RETIRED',
    );
  });
});

describe('sector KPI standards', () => {
  const SET = graphql(`
    mutation CatalogueSetSectorKpiStandard($input: SetSectorKpiStandardInput!) {
      setSectorKpiStandard(input: $input) {
        positionCategory
        effectiveFrom
        expectedMinutesPerMonth
        weights {
          quantity
          overdue
        }
      }
    }
  `);
  const weights = { quantity: 30, timeliness: 20, quality: 20, proactivity: 10, coordination: 10, creativity: 5, overdue: 5 };

  it('the owning department sets them within the province’s limits', async () => {
    const client = await world.graph.as(world.adminOf('SYT', Role.CATALOGUE_ADMIN));
    const input = {
      sectorId: world.sectorId('HEALTH'),
      positionCategory: 'PROFESSIONAL' as const,
      effectiveFrom: '2026-01-01',
      expectedMinutesPerMonth: 8800,
      weights,
      reason: 'Chuẩn KPI ngành y tế 2026',
    };
    const { setSectorKpiStandard } = await client.request(SET, { input });
    expect(setSectorKpiStandard).toEqual({
      positionCategory: 'PROFESSIONAL',
      effectiveFrom: '2026-01-01',
      expectedMinutesPerMonth: 8800,
      weights: { quantity: 30, overdue: 5 },
    });
    await refused(
      () => client.request(SET, { input: { ...input, effectiveFrom: '2026-02-01', weights: { ...weights, overdue: 4 } } }),
      'INVALID_WEIGHTS',
    );
    await refused(
      () => client.request(SET, { input: { ...input, effectiveFrom: '2026-02-01', weights: { ...weights, quantity: 50, timeliness: 0 } } }),
      'INVALID_WEIGHTS',
    );
    await refused(
      () => client.request(SET, { input: { ...input, effectiveFrom: '2026-02-01', expectedMinutesPerMonth: 20000 } }),
      'OUT_OF_RANGE',
    );
    await refused(() => client.request(SET, { input }), 'OVERLAPPING_VERSION');
    await refused(() => client.request(SET, { input: { ...input, sectorId: world.sectorId('FINANCE') } }), 'FORBIDDEN');
    const { sectorByCode } = await client.request(
      graphql(`
        query CatalogueSectorByCode {
          sectorByCode(code: "HEALTH") {
            kpiStandards(on: "2026-01-15") {
              positionCategory
              expectedMinutesPerMonth
            }
          }
        }
      `),
    );
    expect(sectorByCode!.kpiStandards).toContainEqual({ positionCategory: 'PROFESSIONAL', expectedMinutesPerMonth: 8800 });
  });
});

describe('job descriptions', () => {
  const SET = graphql(`
    mutation CatalogueSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {
      setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: "Rà soát bản mô tả công việc") {
        code
      }
    }
  `);
  const positionOf = (agency: string, code: string) =>
    world.province.positions.find((p) => p.agencyId === world.agencyId(agency) && p.code === code)!;

  it('an agency admin sets their positions’ job descriptions; the position’s agency is asked of personnel', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    const position = positionOf('SNV', 'DC-02');
    const { setPositionWorkItems } = await hr.request(SET, {
      positionId: position.id,
      ids: [world.itemId('B-001'), world.itemId('C-SNV-001')],
    });
    expect(setPositionWorkItems.map((i) => i.code)).toEqual(['B-001', 'C-SNV-001']);
    const { jobPosition } = await hr.request(
      graphql(`
        query CatalogueJobPosition($id: ID!) {
          jobPosition(id: $id) {
            workItems {
              code
            }
          }
        }
      `),
      { id: position.id },
    );
    expect(jobPosition!.workItems.map((i) => i.code)).toEqual(['B-001', 'C-SNV-001']);
  });

  it('refuses another agency’s positions, another agency’s own items and group A items', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    await refused(() => hr.request(SET, { positionId: positionOf('STC', 'DC-02').id, ids: [world.itemId('B-001')] }), 'FORBIDDEN');
    await refused(() => hr.request(SET, { positionId: positionOf('SNV', 'DC-02').id, ids: [world.itemId('C-STC-001')] }), 'BAD_USER_INPUT');
    await refused(() => hr.request(SET, { positionId: positionOf('SNV', 'DC-02').id, ids: [world.itemId('A-001')] }), 'BAD_USER_INPUT');
    await refused(() => hr.request(SET, { positionId: '0190a3b2-0000-7000-8000-00000000dead', ids: [] }), 'INVALID_REFERENCE');
  });
});

describe('change requests', () => {
  const REQUEST = graphql(`
    mutation CatalogueRequestCatalogueChange($input: RequestCatalogueChangeInput!) {
      requestCatalogueChange(input: $input) {
        id
        status
        sector {
          code
        }
      }
    }
  `);
  const DECIDE = graphql(`
    mutation CatalogueDecideCatalogueChange($input: DecideChangeRequestInput!) {
      decideCatalogueChange(input: $input) {
        status
        decisionNote
        workItem {
          code
          asOf(date: "2026-05-01") {
            standardMinutes
          }
        }
        history {
          action
        }
      }
    }
  `);

  it('a commune proposes a change; the owning department approves it, which applies it, all audited', async () => {
    const commune = await world.graph.as(world.adminOf('XDK'));
    const { requestCatalogueChange } = await commune.request(REQUEST, {
      input: {
        kind: 'CHANGE',
        requestingAgencyId: world.agencyId('XDK'),
        workItemId: world.itemId('HOME-001'),
        proposal: { standardMinutes: 720 },
        reason: 'Cấp xã thẩm định hồ sơ đơn giản hơn',
      },
    });
    expect(requestCatalogueChange).toMatchObject({ status: 'PENDING', sector: { code: 'HOME' } });
    // Only the owner (Home Affairs, which owns HOME) decides.
    await refused(
      () => commune.request(DECIDE, { input: { id: requestCatalogueChange.id, approve: true, effectiveFrom: '2026-05-01' } }),
      'FORBIDDEN',
    );
    const owner = await world.graph.as(world.user('agency-admin'));
    const { catalogueChangeRequests } = await owner.request(
      graphql(`
        query CatalogueCatalogueChangeRequests {
          catalogueChangeRequests(status: PENDING) {
            id
          }
        }
      `),
    );
    expect(catalogueChangeRequests.map((r) => r.id)).toContain(requestCatalogueChange.id);
    const { decideCatalogueChange } = await owner.request(DECIDE, {
      input: { id: requestCatalogueChange.id, approve: true, effectiveFrom: '2026-05-01', note: 'Đồng ý' },
    });
    expect(decideCatalogueChange).toMatchObject({
      status: 'APPROVED',
      decisionNote: 'Đồng ý',
      workItem: { code: 'HOME-001', asOf: { standardMinutes: 720 } },
    });
    expect(decideCatalogueChange.history.map((h) => h.action)).toEqual(['requested', 'approved']);
    await refused(() => owner.request(DECIDE, { input: { id: requestCatalogueChange.id, approve: false } }), 'ALREADY_DECIDED');
  });

  it('a rejected proposal changes nothing; requests cannot add to a list the requester owns itself', async () => {
    const commune = await world.graph.as(world.adminOf('PNT'));
    const { requestCatalogueChange } = await commune.request(REQUEST, {
      input: {
        kind: 'RETIRE',
        requestingAgencyId: world.agencyId('PNT'),
        workItemId: world.itemId('B-010'),
        reason: 'Không phát sinh ở phường',
      },
    });
    const admin = await world.graph.as(world.user('province-admin'));
    const { decideCatalogueChange } = await admin.request(DECIDE, {
      input: { id: requestCatalogueChange.id, approve: false, note: 'Vẫn cần cho cấp tỉnh' },
    });
    expect(decideCatalogueChange.status).toBe('REJECTED');
    const { workItemByCode } = await admin.request(
      graphql(`
        query CatalogueWorkItemByCode2 {
          workItemByCode(code: "B-010") {
            status
          }
        }
      `),
    );
    expect(workItemByCode!.status).toBe('ACTIVE');
    await refused(
      () =>
        commune.request(REQUEST, {
          input: {
            kind: 'ADD',
            requestingAgencyId: world.agencyId('PNT'),
            sectorId: world.sectorId('LOCAL'),
            proposal: { group: 'C' },
            reason: 'x',
          },
        }),
      'BAD_USER_INPUT',
    );
    await refused(
      () =>
        commune.request(REQUEST, {
          input: { kind: 'RETIRE', requestingAgencyId: world.agencyId('XDK'), workItemId: world.itemId('B-010'), reason: 'x' },
        }),
      'FORBIDDEN',
    );
  });
});

describe('spreadsheets and the handbook', () => {
  const IMPORT = graphql(`
    mutation CatalogueImportCatalogue($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $from: LocalDate!) {
      importCatalogue(format: $format, content: $content, dryRun: $dryRun, effectiveFrom: $from) {
        applied
        created
        revised
        unchanged
        invalid
        rows {
          row
          code
          action
          errors
        }
      }
    }
  `);
  const csv = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');
  const HEADER = 'code,name,sector,group,unit,standard_minutes,coefficient,criteria,evidence,evidence_required,description';

  it('a dry run reports every row; a sheet with one bad row applies nothing', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const content = csv([
      HEADER,
      'FIN-950,Kiểm tra quyết toán dự án,FINANCE,D,DOSSIER,480,"1,8",,Biên bản,yes,',
      'FIN-951,Thẩm tra,NOPE,D,DOSSIER,0,9,,,maybe,',
    ]);
    const before = await catalogueState();
    const { importCatalogue } = await admin.request(IMPORT, { format: 'CSV', content, dryRun: false, from: '2026-06-01' });
    expect(importCatalogue).toMatchObject({ applied: false, created: 1, invalid: 1 });
    expect(importCatalogue.rows[0]).toEqual({ row: 2, code: 'FIN-950', action: 'CREATE', errors: [] });
    expect(importCatalogue.rows[1].action).toBe('ERROR');
    expect(importCatalogue.rows[1].errors.join(' ')).toMatch(/standard_minutes.*evidence_required/s);
    expect(await catalogueState()).toEqual(before);
  });

  it('applies a valid sheet as a job and reports what it changed; a sheet with a bad row is refused before any job', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const START = graphql(`
      mutation CatalogueStartImportJob($content: String!, $from: LocalDate!) {
        startCatalogueImportJob(format: CSV, content: $content, effectiveFrom: $from) {
          id
          kind
          scope
          state
        }
      }
    `);
    const JOB = graphql(`
      query CatalogueImportJob($id: ID!) {
        catalogueJob(id: $id) {
          state
          attempts
          summary
          result
          errors {
            code
          }
        }
      }
    `);
    const before = await catalogueState();
    const bad = csv([HEADER, 'FIN-960,Thẩm tra,NOPE,D,DOSSIER,0,9,,,maybe,']);
    await refused(() => admin.request(START, { content: bad, from: '2026-06-01' }), 'INVALID_IMPORT');
    expect(await catalogueState()).toEqual(before);

    const good = csv([HEADER, 'FIN-961,Kiểm tra quyết toán vốn sự nghiệp,FINANCE,D,DOSSIER,480,"1,5",,Biên bản,yes,']);
    const finished = async (id: string) => {
      let read = (await admin.request(JOB, { id })).catalogueJob!;
      for (let i = 0; i < 200 && (read.state === 'QUEUED' || read.state === 'RUNNING'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        read = (await admin.request(JOB, { id })).catalogueJob!;
      }
      return read;
    };
    const { startCatalogueImportJob: job } = await admin.request(START, { content: good, from: '2026-06-01' });
    expect(job).toMatchObject({ kind: 'catalogue.import', scope: 'province' });
    expect(await finished(job.id)).toEqual({
      state: 'SUCCEEDED',
      attempts: 1,
      summary: 'Imported 1 rows: 1 new, 0 revised, 0 unchanged.',
      result: { created: 1, revised: 0, unchanged: 0 },
      errors: [],
    });
    const { rows } = await db.query(`select id from catalogue.work_item where code = 'FIN-961'`);
    expect(rows).toHaveLength(1);
    // The same sheet again is another job, and changes nothing.
    const { startCatalogueImportJob: again } = await admin.request(START, { content: good, from: '2026-06-01' });
    expect(again.id).not.toBe(job.id);
    expect((await finished(again.id)).result).toEqual({ created: 0, revised: 0, unchanged: 1 });
  });

  it('a dry run of a valid sheet that would add and revise items writes nothing, and reports what it would do', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const { exportCatalogue } = await admin.request(
      graphql(`
        query CatalogueExportCatalogue($sectorId: ID!) {
          exportCatalogue(format: CSV, on: "2026-09-01", sectorId: $sectorId) {
            content
            rows
          }
        }
      `),
      { sectorId: world.sectorId('JUSTICE') },
    );
    // The sector's sheet as it is, with one item re-timed and one item added.
    const [header, ...rows] = parseCsv(
      Buffer.from(exportCatalogue.content, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as string[][];
    const minutes = header!.indexOf('standard_minutes');
    const revised = rows[1]!;
    revised[minutes] = String(Number(revised[minutes]) + 30);
    const added = [...rows[0]!];
    added[0] = 'JUS-950';
    added[header!.indexOf('name')] = 'Thẩm định hồ sơ đăng ký hoạt động trọng tài thương mại';
    const content = Buffer.from(stringifyCsv([header!, ...rows, added])).toString('base64');
    const counts = async () =>
      (
        await db.query(`select (select count(*) from catalogue.work_item)::int as items,
                               (select count(*) from catalogue.work_item_version)::int as versions,
                               (select count(*) from catalogue.audit_entry)::int as audit`)
      ).rows[0];
    const before = { counts: await counts(), state: await catalogueState() };
    const { importCatalogue: dry } = await admin.request(IMPORT, { format: 'CSV', content, dryRun: true, from: '2026-09-01' });
    expect(dry).toMatchObject({ applied: false, created: 1, revised: 1, unchanged: exportCatalogue.rows - 1, invalid: 0 });
    expect(dry.rows.filter((r) => r.action !== 'UNCHANGED')).toEqual([
      { row: 3, code: revised[0], action: 'REVISE', errors: [] },
      { row: rows.length + 2, code: 'JUS-950', action: 'CREATE', errors: [] },
    ]);
    expect({ counts: await counts(), state: await catalogueState() }).toEqual(before);
    // What the dry run reported is what applying does.
    const { importCatalogue: applied } = await admin.request(IMPORT, { format: 'CSV', content, dryRun: false, from: '2026-09-01' });
    expect(applied).toEqual({ ...dry, applied: true });
    expect(await counts()).toEqual({
      items: before.counts.items + 1,
      versions: before.counts.versions + 2,
      audit: before.counts.audit + 2,
    });
  });

  it('exports a sheet that imports back unchanged, and applies a valid sheet all at once', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const { exportCatalogue } = await admin.request(
      graphql(`
        query CatalogueExportCatalogue2($sectorId: ID!) {
          exportCatalogue(format: XLSX, on: "2026-06-01", sectorId: $sectorId) {
            filename
            encoding
            content
            rows
          }
        }
      `),
      { sectorId: world.sectorId('CULTURE') },
    );
    expect(exportCatalogue.rows).toBeGreaterThan(3);
    const roundTrip = await admin.request(IMPORT, {
      format: 'XLSX',
      content: exportCatalogue.content,
      dryRun: true,
      from: '2026-06-01',
    });
    expect(roundTrip.importCatalogue).toMatchObject({ invalid: 0, created: 0, revised: 0, unchanged: exportCatalogue.rows });
    const content = csv([
      HEADER,
      'CUL-950,Thẩm định kịch bản chương trình nghệ thuật,CULTURE,D,DOSSIER,360,1.5,,Văn bản thẩm định,yes,',
      'CUL-001,Renamed by import,CULTURE,D,DOSSIER,300,1.5,,,no,',
    ]);
    const { importCatalogue } = await admin.request(IMPORT, { format: 'CSV', content, dryRun: false, from: '2026-06-01' });
    expect(importCatalogue).toMatchObject({ applied: true, created: 1, revised: 1, invalid: 0 });
    const { workItemByCode } = await admin.request(
      graphql(`
        query CatalogueWorkItemByCode3 {
          workItemByCode(code: "CUL-001") {
            asOf(date: "2026-06-01") {
              name
              standardMinutes
            }
          }
        }
      `),
    );
    expect(workItemByCode!.asOf).toEqual({ name: 'Renamed by import', standardMinutes: 300 });
  });

  it('prints an agency’s KPI handbook grouped A–D, as HTML and as a spreadsheet', async () => {
    // The handbook is printed in the reader's language: this one reads Vietnamese.
    const staff = await world.graph.as(world.user('staff'), 'vi');
    const { kpiHandbook } = await staff.request(
      graphql(`
        query CatalogueKpiHandbook($id: ID!) {
          kpiHandbook(agencyId: $id, format: HTML, on: "2026-01-01") {
            filename
            contentType
            content
            rows
          }
        }
      `),
      { id: world.agencyId('SNV') },
    );
    expect(kpiHandbook.contentType).toMatch(/html/);
    expect(kpiHandbook.content).toContain('Sổ tay KPI — Sở Nội vụ');
    for (const group of ['Nhóm A', 'Nhóm B', 'Nhóm C', 'Nhóm D']) expect(kpiHandbook.content).toContain(group);
    expect(kpiHandbook.content).toContain('<table>');
    const { kpiHandbook: sheet } = await staff.request(
      graphql(`
        query CatalogueKpiHandbook2($id: ID!) {
          kpiHandbook(agencyId: $id, format: XLSX) {
            encoding
            content
            rows
          }
        }
      `),
      { id: world.agencyId('SNV') },
    );
    expect(Buffer.from(sheet.content, 'base64').subarray(0, 2).toString()).toBe('PK'); // a zip: XLSX
  });

  it('the whole catalogue, exported, imports back as no change — group C rows name their agency — in a sheet with a frozen, filtered header', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const { exportCatalogue } = await admin.request(
      graphql(`
        query CatalogueExportEverything {
          exportCatalogue(format: XLSX, on: "2026-06-01") {
            content
            rows
          }
        }
      `),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exportCatalogue.content, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const groupC = sheet.getRows(2, sheet.rowCount - 1)!.filter((r) => r.getCell(header.indexOf('group') + 1).value === 'C');
    expect(groupC.length).toBeGreaterThan(0);
    expect(groupC.every((r) => /^[0-9a-f-]{36}$/.test(String(r.getCell(header.indexOf('owner_agency_id') + 1).value)))).toBe(true);
    const { importCatalogue } = await admin.request(IMPORT, {
      format: 'XLSX',
      content: exportCatalogue.content,
      dryRun: true,
      from: '2026-06-01',
    });
    expect(importCatalogue.rows.filter((r) => r.errors.length)).toEqual([]);
    expect(importCatalogue).toMatchObject({ invalid: 0, created: 0, revised: 0, unchanged: exportCatalogue.rows });

    // The handbook's sheet prints like its HTML: landscape, its headings on every page.
    const { kpiHandbook } = await admin.request(
      graphql(`
        query CatalogueHandbookSheet($id: ID!) {
          kpiHandbook(agencyId: $id, format: XLSX) {
            content
          }
        }
      `),
      { id: world.agencyId('SNV') },
    );
    const handbook = new ExcelJS.Workbook();
    await handbook.xlsx.load(Buffer.from(kpiHandbook.content, 'base64') as never);
    const page = handbook.worksheets[0]!;
    expect(page.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:2' });
    expect(page.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(page.autoFilter).toBeTruthy();
  });

  it('finds near-duplicate items for the working group', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    await admin.request(
      graphql(`
        mutation CatalogueCreateWorkItem2($input: CreateWorkItemInput!) {
          createWorkItem(input: $input) {
            code
          }
        }
      `),
      {
        input: {
          code: 'C-SNV-950',
          group: 'C',
          ownerAgencyId: world.agencyId('SNV'),
          sectorId: world.sectorId('HOME'),
          name: 'Thẩm định đề án vị trí việc làm của đơn vị',
          unit: 'DOSSIER',
          standardMinutes: 900,
          coefficient: 2.5,
          effectiveFrom: '2026-01-01',
        },
      },
    );
    const { nearDuplicateWorkItems } = await admin.request(
      graphql(`
        query CatalogueNearDuplicateWorkItems {
          nearDuplicateWorkItems(threshold: 0.8) {
            a {
              code
            }
            b {
              code
            }
            similarity
          }
        }
      `),
    );
    const pairs = nearDuplicateWorkItems.map((p) => [p.a.code, p.b.code].sort().join(' ~ '));
    expect(pairs).toContain('C-SNV-950 ~ HOME-001');
    for (const pair of nearDuplicateWorkItems) expect(pair.similarity).toBeGreaterThanOrEqual(0.8);
  });
});

describe('no N+1', () => {
  it('a page of 10 or 200 items with sector, versions and as-of costs the same SQL', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const PAGE = graphql(`
      query CatalogueWorkItems3($first: Int!) {
        workItems(first: $first) {
          nodes {
            code
            name
            standardMinutes
            sector {
              code
              owner {
                id
              }
            }
            asOf(date: "2025-03-01") {
              coefficient
            }
            versions {
              version
            }
          }
        }
      }
    `);
    const queries = world.graph.queries('catalogue');
    const counts: number[] = [];
    for (const first of [10, 200]) {
      queries.reset();
      const { workItems } = await client.request(PAGE, { first });
      expect(workItems.nodes).toHaveLength(first);
      counts.push(queries.count);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('a directory page with every person’s loggable items costs the same SQL for 10 or 200 people', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const PAGE = graphql(`
      query CatalogueEmployees($first: Int!) {
        employees(first: $first) {
          nodes {
            code
            position {
              title
            }
            loggableWorkItems {
              code
            }
          }
        }
      }
    `);
    const queries = world.graph.queries('catalogue');
    const counts: number[] = [];
    for (const first of [10, 200]) {
      queries.reset();
      await client.request(PAGE, { first });
      counts.push(queries.count);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('province limits', () => {
  const SET = graphql(`
    mutation CatalogueSetProvinceLimits($input: SetProvinceLimitsInput!) {
      setProvinceLimits(input: $input) {
        id
        effectiveFrom
        effectiveTo
        coefficientMax
        recordedBy
        reason
      }
    }
  `);
  const input = {
    effectiveFrom: '2030-01-01',
    coefficientMin: 0.5,
    coefficientMax: 4,
    standardMinutesMax: 4800,
    weightMin: 0,
    weightMax: 40,
    expectedMinutesMin: 4800,
    expectedMinutesMax: 10560,
    reason: 'Mở rộng hệ số cho các đề án lớn',
  };

  it('only province admins set them: everyone else is FORBIDDEN and nothing is written', async () => {
    const others = [
      world.user('agency-admin'),
      world.adminOf('STC', Role.CATALOGUE_ADMIN),
      world.user('province-analyst'),
      world.user('unit-head'),
      world.user('staff'),
      world.user('eoffice'),
    ];
    for (const who of others) {
      const client = await world.graph.as(who);
      await refused(() => client.request(SET, { input }), 'FORBIDDEN');
    }
  });

  it('a change takes effect from its date, closes the previous limits the day before, and is audited', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const { setProvinceLimits } = await admin.request(SET, { input });
    expect(setProvinceLimits).toMatchObject({
      effectiveFrom: '2030-01-01',
      effectiveTo: null,
      coefficientMax: 4,
      recordedBy: world.user('province-admin').subject,
      reason: input.reason,
    });
    const { provinceLimits } = await admin.request(
      graphql(`
        query CatalogueProvinceLimits {
          provinceLimits {
            effectiveFrom
            effectiveTo
            coefficientMax
          }
        }
      `),
    );
    expect(provinceLimits).toEqual([
      { effectiveFrom: '2025-01-01', effectiveTo: '2029-12-31', coefficientMax: 3 },
      { effectiveFrom: '2030-01-01', effectiveTo: null, coefficientMax: 4 },
    ]);
    const { rows } = await db.query(
      `select action, actor, reason, details->>'coefficientMax' as max from catalogue.audit_entry where subject_type = 'ProvinceLimits' and subject_id = $1`,
      [setProvinceLimits.id],
    );
    expect(rows).toEqual([
      { action: 'set', actor: expect.stringContaining(world.user('province-admin').subject), reason: input.reason, max: '4' },
    ]);

    // Items are checked against the limits of their own date.
    const CREATE = graphql(`
      mutation CatalogueCreateWorkItem3($input: CreateWorkItemInput!) {
        createWorkItem(input: $input) {
          code
        }
      }
    `);
    const item = (code: string, effectiveFrom: string) => ({
      code,
      sectorId: world.sectorId('SHARED'),
      group: 'B' as const,
      name: 'Xây dựng đề án cấp tỉnh',
      unit: 'PLAN' as const,
      standardMinutes: 4800,
      coefficient: 3.5,
      effectiveFrom,
    });
    await refused(() => admin.request(CREATE, { input: item('B-960', '2029-12-31') }), 'OUT_OF_RANGE');
    await admin.request(CREATE, { input: item('B-960', '2030-01-01') });

    // A second set from the same date, or limits that make no sense, change nothing.
    await refused(() => admin.request(SET, { input }), 'OVERLAPPING_VERSION');
    await refused(() => admin.request(SET, { input: { ...input, effectiveFrom: '2031-01-01', coefficientMin: 5 } }), 'OUT_OF_RANGE');
  });
});

describe('in Vietnamese, the caller’s language', () => {
  const vi = () => world.graph.as(world.user('province-admin'), 'vi');
  const IMPORT = `mutation ($format: SheetFormat!, $content: String!, $dryRun: Boolean!) {
    importCatalogue(format: $format, content: $content, dryRun: $dryRun, effectiveFrom: "2026-06-01") {
      applied created revised unchanged invalid rows { row code action errors }
    }
  }`;
  interface Report {
    importCatalogue: {
      applied: boolean;
      created: number;
      revised: number;
      unchanged: number;
      invalid: number;
      rows: { errors: string[] }[];
    };
  }
  const messageOf = async (request: Promise<unknown>, code: string) => {
    const errors = await errorsOf(request);
    expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
    return errors[0]!.message;
  };

  it('refuses in Vietnamese, the codes unchanged, and in English as before', async () => {
    const createSector = `mutation ($owner: ID!) { createSector(input: { code: "X-VI", name: "Thử", ownerAgencyId: $owner }) { id } }`;
    const owner = { owner: world.agencyId('SNV') };
    expect(await messageOf((await world.graph.as(world.user('staff'), 'vi')).request(createSector, owner), 'FORBIDDEN')).toBe(
      'Đồng chí không có quyền truy cập danh sách lĩnh vực.',
    );
    expect(await messageOf((await world.graph.as(world.user('staff'), 'en')).request(createSector, owner), 'FORBIDDEN')).toBe(
      'You are not allowed to access the list of sectors.',
    );

    const setStandard = `mutation ($input: SetSectorKpiStandardInput!) { setSectorKpiStandard(input: $input) { effectiveFrom } }`;
    const weights = { quantity: 30, timeliness: 20, quality: 20, proactivity: 10, coordination: 10, creativity: 5, overdue: 4 };
    const input = {
      sectorId: world.sectorId('FINANCE'),
      positionCategory: 'SUPPORT',
      effectiveFrom: '2026-03-01',
      expectedMinutesPerMonth: 8800,
      weights,
    };
    expect(await messageOf((await vi()).request(setStandard, { input }), 'INVALID_WEIGHTS')).toBe(
      'Tổng trọng số của 7 chỉ tiêu phải bằng 100; hiện tổng là 99.',
    );
    expect(
      await messageOf(
        (await vi()).request(setStandard, { input: { ...input, weights: { ...weights, overdue: 5, quantity: 50, timeliness: 0 } } }),
        'INVALID_WEIGHTS',
      ),
    ).toBe('Trọng số Số lượng phải là số nguyên từ 0 đến 40; giá trị nhận được là 50.');

    const createItem = `mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }`;
    const item = {
      code: 'C-VI-1',
      sectorId: world.sectorId('SHARED'),
      group: 'C',
      name: 'Thử',
      unit: 'DOCUMENT',
      standardMinutes: 30,
      coefficient: 1,
      effectiveFrom: '2026-06-01',
    };
    expect(await messageOf((await vi()).request(createItem, { input: item }), 'BAD_USER_INPUT')).toBe(
      'Đầu công việc nhóm C thuộc danh mục riêng của một cơ quan: hãy nhập ownerAgencyId.',
    );
    expect(
      await messageOf((await vi()).request(createItem, { input: { ...item, group: 'B', code: 'B-VI-1', coefficient: 9 } }), 'OUT_OF_RANGE'),
    ).toMatch(/^Hệ số phải từ 0,5 đến \d+(,\d+)?\.$/);
    expect(
      await messageOf((await vi()).request(`{ kpiHandbook(agencyId: "${world.sectorId('FINANCE')}") { rows } }`), 'INVALID_REFERENCE'),
    ).toBe(`Không có cơ quan, đơn vị nào có mã định danh ${world.sectorId('FINANCE')}.`);
  });

  it('exports a sheet headed and written in Vietnamese that imports back unchanged; its rows’ problems are said in Vietnamese', async () => {
    const client = await vi();
    const { exportCatalogue } = await client.request<{ exportCatalogue: { content: string; rows: number } }>(
      `query ($sectorId: ID!) { exportCatalogue(format: CSV, on: "2026-06-01", sectorId: $sectorId) { content rows } }`,
      { sectorId: world.sectorId('SHARED') },
    );
    const [header, ...rows] = parseCsv(
      Buffer.from(exportCatalogue.content, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as string[][];
    expect(header).toEqual([
      'Mã',
      'Tên đầu công việc',
      'Lĩnh vực',
      'Nhóm',
      'Đơn vị tính',
      'Thời gian chuẩn (phút)',
      'Hệ số',
      'Tiêu chí định lượng',
      'Minh chứng',
      'Bắt buộc minh chứng',
      'Mô tả',
      'Cơ quan sở hữu (mã định danh)',
    ]);
    const units = new Set(rows.map((row) => row[4]));
    expect(units.has('Ngày') || units.has('Cuộc họp') || units.has('Văn bản')).toBe(true);
    expect([...units].some((unit) => /^[A-Z_]+$/.test(unit!))).toBe(false);
    expect(rows.every((row) => row[9] === 'có' || row[9] === 'không')).toBe(true);
    const { importCatalogue: back } = await client.request<Report>(IMPORT, {
      format: 'CSV',
      content: exportCatalogue.content,
      dryRun: true,
    });
    expect(back).toMatchObject({ invalid: 0, created: 0, revised: 0, unchanged: exportCatalogue.rows });
    // The English export of the same sheet imports back too, through a Vietnamese client.
    const { exportCatalogue: english } = await (
      await world.graph.as(world.user('province-admin'), 'en')
    ).request<{
      exportCatalogue: { content: string; rows: number };
    }>(`query ($sectorId: ID!) { exportCatalogue(format: XLSX, on: "2026-06-01", sectorId: $sectorId) { content rows } }`, {
      sectorId: world.sectorId('SHARED'),
    });
    const { importCatalogue: fromEnglish } = await client.request<Report>(IMPORT, {
      format: 'XLSX',
      content: english.content,
      dryRun: true,
    });
    expect(fromEnglish).toMatchObject({ invalid: 0, unchanged: english.rows });

    const bad = Buffer.from(
      [
        'Mã,Tên đầu công việc,Lĩnh vực,Nhóm,Đơn vị tính,Thời gian chuẩn (phút),Hệ số,Bắt buộc minh chứng',
        'FIN-970,Thẩm tra,NOPE,D,Giờ,0,"1,2",có',
      ].join('\n'),
    ).toString('base64');
    const { importCatalogue: report } = await client.request<Report>(IMPORT, { format: 'CSV', content: bad, dryRun: true });
    expect(report.invalid).toBe(1);
    expect(report.rows[0]!.errors).toEqual([
      expect.stringMatching(/^Đơn vị tính: một trong Văn bản, Hồ sơ, Báo cáo, Cuộc họp, /),
      'Thời gian chuẩn (phút): một số phút lớn hơn 0',
    ]);
  });

  it('prints the handbook in Vietnamese — sectors by name, units by label, never raw codes — and in English when asked', async () => {
    const query = `query ($id: ID!) { kpiHandbook(agencyId: $id, format: HTML, on: "2026-01-01") { filename content } }`;
    const { kpiHandbook: vn } = await (
      await vi()
    ).request<{ kpiHandbook: { filename: string; content: string } }>(query, {
      id: world.agencyId('SNV'),
    });
    expect(vn.content).toContain('<html lang="vi">');
    expect(vn.content).toContain('Danh mục đầu công việc áp dụng từ ngày 01/01/2026');
    expect(vn.content).toContain('<td>Nghiệp vụ dùng chung</td>');
    expect(vn.content).toContain('<td>Cuộc họp</td>');
    expect(vn.content).not.toMatch(/<td>(SHARED|DAY|MEETING|DOCUMENT)<\/td>/);
    const { kpiHandbook: en } = await (
      await world.graph.as(world.user('staff'), 'en')
    ).request<{ kpiHandbook: { filename: string; content: string } }>(query, { id: world.agencyId('SNV') });
    expect(en.filename).toBe(vn.filename);
    expect(en.content).toContain('<html lang="en">');
    expect(en.content).toContain('KPI handbook — Sở Nội vụ');
    expect(en.content).toContain('Group A — Work tied to leadership and management posts');
    expect(en.content).toContain('<td>Meeting</td>');
  });

  it('a job started in Vietnamese reports in Vietnamese', async () => {
    const client = await vi();
    const content = Buffer.from(
      [
        'code,name,sector,group,unit,standard_minutes,coefficient,evidence_required',
        'FIN-971,Thẩm tra dự toán ngân sách xã,FINANCE,D,Hồ sơ,240,"1,2",không',
      ].join('\n'),
    ).toString('base64');
    const { startCatalogueImportJob: job } = await client.request<{ startCatalogueImportJob: { id: string } }>(
      `mutation ($content: String!) { startCatalogueImportJob(format: CSV, content: $content, effectiveFrom: "2026-06-01") { id } }`,
      { content },
    );
    let read = { state: 'QUEUED', summary: null as string | null };
    for (let i = 0; i < 200 && (read.state === 'QUEUED' || read.state === 'RUNNING'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      read = (
        await client.request<{ catalogueJob: typeof read }>(`query ($id: ID!) { catalogueJob(id: $id) { state summary } }`, { id: job.id })
      ).catalogueJob;
    }
    expect(read).toEqual({ state: 'SUCCEEDED', summary: 'Đã nhập 1 dòng: 1 thêm mới, 0 sửa, 0 không đổi.' });
  });
});
