import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, type Identity } from '@kpi/platform';
import { actor, errorsOf } from '@kpi/platform/testkit';
import { graphql } from '../../src/graphql/index.js';
import type { ItemFragment } from '../../src/graphql/graphql.js';
import pg from 'pg';
import { catalogueWorld, type CatalogueWorld } from './fixtures.js';
import { NOT_IN_CONTRACT } from '../../src/world.js';

// Group C lists are "an agency's own list, approved by its head": proposals wait for the head of
// the agency, and the diary cannot log them until then.
let world: CatalogueWorld;
let db: pg.Client;
beforeAll(async () => {
  world = await catalogueWorld({ diary: 'logging' });
  db = new pg.Client({ connectionString: world.graph.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  delete process.env.KPI_NOW;
  await db?.end();
  await world?.graph.stop();
});

async function catalogueState() {
  const { rows } = await db.query(`select
    (select count(*) from catalogue.work_item)::int as items,
    (select md5(coalesce(string_agg(v::text, ',' order by id), '')) from catalogue.work_item_version v) as versions,
    (select count(*) from catalogue.position_work_item)::int as job_lines,
    (select count(*) from catalogue.audit_entry)::int as audit`);
  return rows[0];
}
const diaryEntries = async () => (await db.query('select count(*)::int as n from diary.diary_entry')).rows[0].n as number;

async function refused(request: () => Promise<unknown>, code: string | string[]) {
  const before = [await catalogueState(), await diaryEntries()];
  const errors = await errorsOf(request());
  expect(errors).toHaveLength(1);
  expect([code].flat()).toContain(errors[0]!.extensions?.code);
  expect([await catalogueState(), await diaryEntries()]).toEqual(before);
  return errors[0]!;
}

graphql(`
  fragment Item on WorkItem {
    id
    code
    versions {
      id
      version
      approval
      effectiveFrom
      effectiveTo
      standardMinutes
    }
    pendingVersion {
      id
      version
      approval
      effectiveFrom
      standardMinutes
    }
    history {
      action
      actor
      reason
      details
    }
  }
`);
const CREATE = graphql(`
  mutation ApprovalCreateWorkItemItem($input: CreateWorkItemInput!) {
    createWorkItem(input: $input) {
      ...Item
    }
  }
`);
const REVISE = graphql(`
  mutation ApprovalReviseWorkItemItem($id: ID!, $input: ReviseWorkItemInput!) {
    reviseWorkItem(id: $id, input: $input) {
      ...Item
    }
  }
`);
const APPROVE = graphql(`
  mutation ApprovalApproveWorkItemVersionItem($id: ID!, $reason: String) {
    approveWorkItemVersion(id: $id, reason: $reason) {
      ...Item
    }
  }
`);
const REJECT = graphql(`
  mutation ApprovalRejectWorkItemVersionItem($id: ID!, $reason: String!) {
    rejectWorkItemVersion(id: $id, reason: $reason) {
      ...Item
    }
  }
`);
const RECORD = graphql(`
  mutation ApprovalRecordDiaryEntry($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry {
        id
        standardMinutes
        workItemVersion
      }
    }
  }
`);
const as = (identity: Identity) => world.graph.as(identity);
const record = async (workItemId: string, workDate: string) =>
  (await as(world.user('staff'))).request(RECORD, { input: { workDate, workItemId, quantity: 1, actualMinutes: 100 } });

async function loggable() {
  const { me } = await (
    await as(world.user('staff'))
  ).request(
    graphql(`
      query ApprovalMe {
        me {
          loggableWorkItems {
            code
          }
          position {
            workItems {
              code
            }
          }
        }
      }
    `),
  );
  return { loggable: me!.loggableWorkItems.map((i) => i.code), performs: me!.position!.workItems.map((i) => i.code) };
}

const staffPositionId = () => world.province.employees.find((e) => e.id === world.user('staff').employeeId)!.positionId!;

describe('an agency’s own list is approved by its head', () => {
  let item: ItemFragment;

  it('the demo’s group C items, recorded before approvals existed, are approved and loggable', async () => {
    const { rows } = await db.query(`select approval, count(*)::int as n from catalogue.work_item_version group by approval`);
    expect(rows).toEqual([{ approval: 'APPROVED', n: world.demo.versions.length }]);
    const { workItemByCode } = await (
      await as(world.user('staff'))
    ).request(
      graphql(`
        query ApprovalWorkItemByCode {
          workItemByCode(code: "C-SNV-001") {
            versions {
              approval
            }
            pendingVersion {
              id
            }
          }
        }
      `),
    );
    expect(workItemByCode).toEqual({ versions: [{ approval: 'APPROVED' }], pendingVersion: null });
  });

  it('an agency admin’s new group C item is a proposal: not in force, not loggable, invisible to the diary', async () => {
    const admin = await as(world.user('agency-admin'));
    ({ createWorkItem: item } = await admin.request(CREATE, {
      input: {
        code: 'C-SNV-960',
        group: 'C',
        ownerAgencyId: world.agencyId('SNV'),
        sectorId: world.sectorId('HOME'),
        name: 'Rà soát hồ sơ đề nghị xét thăng hạng viên chức',
        unit: 'DOSSIER',
        standardMinutes: 120,
        coefficient: 1.2,
        effectiveFrom: '2026-11-01',
        reason: 'Danh mục riêng của Sở 2026',
      },
    }));
    expect(item.versions).toEqual([]);
    expect(item.pendingVersion).toMatchObject({ version: 1, approval: 'PENDING', effectiveFrom: '2026-11-01' });
    expect(item.history).toEqual([
      expect.objectContaining({ action: 'created', details: expect.objectContaining({ approval: 'PENDING' }) }),
    ]);
    // The agency prepares the job description now; the item becomes loggable once approved.
    const current = world.demo.jobDescriptions.filter((j) => j.positionId === staffPositionId()).map((j) => j.workItemId);
    await admin.request(
      graphql(`
        mutation ApprovalSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {
          setPositionWorkItems(positionId: $positionId, workItemIds: $ids) {
            code
          }
        }
      `),
      { positionId: staffPositionId(), ids: [...current, item.id] },
    );
    const { loggable: codes, performs } = await loggable();
    expect(codes).not.toContain('C-SNV-960');
    expect(performs).not.toContain('C-SNV-960');
    const { workItem } = await admin.request(
      graphql(`
        query ApprovalWorkItem($id: ID!) {
          workItem(id: $id) {
            asOf(date: "2026-11-18") {
              version
            }
          }
        }
      `),
      { id: item.id },
    );
    expect(workItem!.asOf).toBeNull();
    // What the diary asks (asOf, the position's items) says "not in force": nothing is recorded.
    await refused(() => record(item.id, '2026-11-18'), ['WORK_ITEM_RETIRED', 'NOT_PERFORMABLE']);
    const { workItemsAwaitingApproval } = await admin.request(
      graphql(`
        query ApprovalWorkItemsAwaitingApproval($agency: ID!) {
          workItemsAwaitingApproval(ownerAgencyId: $agency) {
            code
            name
            pendingVersion {
              id
            }
          }
        }
      `),
      { agency: world.agencyId('SNV') },
    );
    expect(workItemsAwaitingApproval).toEqual([
      { code: 'C-SNV-960', name: 'Rà soát hồ sơ đề nghị xét thăng hạng viên chức', pendingVersion: { id: item.pendingVersion!.id } },
    ]);
  });

  it('nobody but the head of the agency decides, and a refusal writes nothing', async () => {
    const version = item.pendingVersion!.id;
    const notHeads: Identity[] = [
      world.user('agency-admin'), // keeps the list
      world.user('unit-head'), // heads a division, not the agency
      world.headOf('STC'), // heads another agency
      actor.provinceAdmin(), // acts anywhere, but is not the agency's head
      world.user('province-analyst'),
      world.user('staff'),
      world.user('eoffice'),
      actor.person(world.user('agency-admin').employeeId!, [Role.STAFF, Role.AGENCY_ADMIN, Role.PROVINCE_ADMIN], [world.agencyId('SNV')]),
    ];
    for (const who of notHeads) {
      const client = await as(who);
      const code = who.kind === 'client' ? NOT_IN_CONTRACT : 'FORBIDDEN';
      await refused(() => client.request(APPROVE, { id: version }), code);
      await refused(() => client.request(REJECT, { id: version, reason: 'Không phù hợp' }), code);
    }
    const head = await as(world.headOf('SNV'));
    await refused(() => head.request(REJECT, { id: version, reason: '  ' }), 'BAD_USER_INPUT');
    await refused(() => head.request(APPROVE, { id: '0190a3b2-0000-7000-8000-00000000dead' }), 'FORBIDDEN');
    // Versions of other groups are not the agency's to approve.
    const bVersion = world.demo.versions.find((v) => v.workItemId === world.itemId('B-001'))!.id;
    await refused(() => head.request(APPROVE, { id: bVersion }), 'FORBIDDEN');
  });

  it('the head approves: audited with who, when and why; the item is then loggable from its date', async () => {
    const head = world.headOf('SNV');
    const { approveWorkItemVersion } = await (await as(head)).request(APPROVE, { id: item.pendingVersion!.id, reason: 'Đồng ý ban hành' });
    expect(approveWorkItemVersion.versions).toEqual([
      expect.objectContaining({ version: 1, approval: 'APPROVED', effectiveFrom: '2026-11-01', effectiveTo: null }),
    ]);
    expect(approveWorkItemVersion.pendingVersion).toBeNull();
    // The actor is the subject, with the person's name as the records have it.
    expect(approveWorkItemVersion.history.map((h) => [h.action, h.actor.split(' ')[0], h.reason])).toEqual([
      ['created', world.user('agency-admin').subject, 'Danh mục riêng của Sở 2026'],
      ['approved', head.subject, 'Đồng ý ban hành'],
    ]);
    const { rows } = await db.query(`select actor, reason, at from catalogue.audit_entry where subject_id = $1 and action = 'approved'`, [
      item.id,
    ]);
    const headName = world.province.employees.find((e) => e.id === head.employeeId)!.fullName;
    expect(rows).toEqual([{ actor: `${head.subject} (${headName})`, reason: 'Đồng ý ban hành', at: expect.any(Date) }]);
    expect((await loggable()).loggable).toContain('C-SNV-960');
    const { recordDiaryEntry } = await record(item.id, '2026-11-18');
    expect(recordDiaryEntry.entry).toMatchObject({ standardMinutes: 120, workItemVersion: 1 });
    await refused(async () => (await as(head)).request(APPROVE, { id: item.pendingVersion!.id }), 'ALREADY_DECIDED');
  });

  it('a revision waits too: the approved version stays in force until the head decides', async () => {
    const admin = await as(world.user('agency-admin'));
    const head = await as(world.headOf('SNV'));
    const { reviseWorkItem: first } = await admin.request(REVISE, {
      id: item.id,
      input: { effectiveFrom: '2026-11-19', standardMinutes: 90, reason: 'Rút ngắn thời gian chuẩn' },
    });
    expect(first.versions).toEqual([expect.objectContaining({ version: 1, effectiveTo: null, standardMinutes: 120 })]);
    expect(first.pendingVersion).toMatchObject({ version: 2, approval: 'PENDING', standardMinutes: 90 });
    const { recordDiaryEntry: meanwhile } = await record(item.id, '2026-11-19');
    expect(meanwhile.entry).toMatchObject({ standardMinutes: 120, workItemVersion: 1 });

    // Amending before the decision replaces the proposal; a decision on the old one is refused.
    const { reviseWorkItem: amended } = await admin.request(REVISE, {
      id: item.id,
      input: { effectiveFrom: '2026-11-19', standardMinutes: 80 },
    });
    expect(amended.pendingVersion).toMatchObject({ version: 2, standardMinutes: 80 });
    expect(amended.pendingVersion!.id).not.toBe(first.pendingVersion!.id);
    await refused(() => head.request(APPROVE, { id: first.pendingVersion!.id }), 'ALREADY_DECIDED');

    const { rejectWorkItemVersion: rejected } = await head.request(REJECT, {
      id: amended.pendingVersion!.id,
      reason: 'Chưa có số liệu khảo sát thời gian thực tế',
    });
    expect(rejected.pendingVersion).toBeNull();
    expect(rejected.versions).toEqual([expect.objectContaining({ version: 1, effectiveTo: null, standardMinutes: 120 })]);
    expect(rejected.history.at(-1)).toMatchObject({ action: 'rejected', reason: 'Chưa có số liệu khảo sát thời gian thực tế' });

    const { reviseWorkItem: again } = await admin.request(REVISE, {
      id: item.id,
      input: { effectiveFrom: '2026-11-20', standardMinutes: 90, reason: 'Theo khảo sát tháng 11' },
    });
    const { approveWorkItemVersion: approved } = await head.request(APPROVE, { id: again.pendingVersion!.id });
    expect(approved.versions).toEqual([
      expect.objectContaining({ version: 1, effectiveTo: '2026-11-19', standardMinutes: 120 }),
      expect.objectContaining({ version: 2, effectiveFrom: '2026-11-20', effectiveTo: null, standardMinutes: 90 }),
    ]);
    const { recordDiaryEntry: after } = await record(item.id, '2026-11-20');
    expect(after.entry).toMatchObject({ standardMinutes: 90, workItemVersion: 2 });
    // Earlier entries keep what they earned; the refused and replaced proposals stay on record.
    const entries = await db.query(
      `select work_date::text as day, standard_minutes::float8 as minutes from diary.diary_entry where work_item_id = $1 order by work_date`,
      [item.id],
    );
    expect(entries.rows).toEqual([
      { day: '2026-11-18', minutes: 120 },
      { day: '2026-11-19', minutes: 120 },
      { day: '2026-11-20', minutes: 90 },
    ]);
    const versions = await db.query(
      `select version, approval, standard_minutes::float8 as minutes from catalogue.work_item_version where work_item_id = $1 order by recorded_at`,
      [item.id],
    );
    expect(versions.rows).toEqual([
      { version: 1, approval: 'APPROVED', minutes: 120 },
      { version: 2, approval: 'WITHDRAWN', minutes: 90 },
      { version: 2, approval: 'REJECTED', minutes: 80 },
      { version: 2, approval: 'APPROVED', minutes: 90 },
    ]);
  });

  it('imported group C rows wait as well; retiring an item withdraws its proposal', async () => {
    const admin = await as(world.user('agency-admin'));
    const sheet = [
      'code,name,sector,group,unit,standard_minutes,coefficient,criteria,evidence,evidence_required,description',
      'C-SNV-961,Thẩm định hồ sơ tinh giản biên chế,HOME,C,DOSSIER,180,1.5,,Tờ trình,yes,',
    ].join('\n');
    const { importCatalogue } = await admin.request(
      graphql(`
        mutation ApprovalImportCatalogue($content: String!, $agency: ID!) {
          importCatalogue(format: CSV, content: $content, effectiveFrom: "2026-11-01", dryRun: false, ownerAgencyId: $agency) {
            applied
            created
          }
        }
      `),
      { content: Buffer.from(sheet).toString('base64'), agency: world.agencyId('SNV') },
    );
    expect(importCatalogue).toEqual({ applied: true, created: 1 });
    const { workItemByCode } = await admin.request(
      graphql(`
        query ApprovalWorkItemByCode2 {
          workItemByCode(code: "C-SNV-961") {
            id
            versions {
              id
            }
            pendingVersion {
              id
            }
          }
        }
      `),
    );
    expect(workItemByCode!.versions).toEqual([]);
    await admin.request(
      graphql(`
        mutation ApprovalRetireWorkItem($id: ID!) {
          retireWorkItem(id: $id, input: { effectiveFrom: "2026-11-15", reason: "Gộp vào C-SNV-960" }) {
            status
          }
        }
      `),
      { id: workItemByCode!.id },
    );
    await refused(
      async () => (await as(world.headOf('SNV'))).request(APPROVE, { id: workItemByCode!.pendingVersion!.id }),
      'ALREADY_DECIDED',
    );
  });
});
