import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '@kpi/platform/testkit';
import { scoring } from '@kpi/scoring';
import { graphql } from '../../src/graphql/index.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * A province moving from its previous KPI software brings its past diaries in: a sheet judged row
 * by row (a dry run first), written all or nothing, each entry filed where its person worked that
 * day, priced by the catalogue version then, marked IMPORT — and counted as imported in scoring's
 * explanation of the month.
 */
const NOW = '2026-11-20T10:00:00+07:00';
const DAY = '2026-03-10';
let world: DemoWorld;

beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring], diaryMonths: 1 });
});
afterAll(() => world?.stop());

const IMPORT = graphql(`
  mutation HistoryImport($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {
    importDiaryHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {
      applied
      dryRun
      created
      unchanged
      invalid
      rows {
        row
        employeeCode
        action
        errors
      }
    }
  }
`);
const IMPORT_ASSIGNMENTS = graphql(`
  mutation HistoryImportAssignments($content: String!, $dryRun: Boolean!) {
    importAssignmentHistory(format: CSV, content: $content, dryRun: $dryRun) {
      applied
      created
      unchanged
      invalid
      rows {
        row
        action
        errors
      }
    }
  }
`);
const START = graphql(`
  mutation HistoryStartJob($content: String!) {
    startDiaryHistoryImportJob(format: CSV, content: $content, reason: "Năm 2026") {
      id
    }
  }
`);
const JOB = graphql(`
  query HistoryJob($id: ID!) {
    diaryJob(id: $id) {
      state
      summary
      result
    }
  }
`);

const as = (label: string) => world.graph.as(world.user(label));
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}\n`).toString('base64');
const person = (label: string) => world.province.employees.find((e) => e.id === world.user(label).employeeId)!;
/** An item of the person's job description, by its code. */
const itemOf = (label: string, nth = 0) => {
  const items = world.demo.jobDescriptions.filter((j) => j.positionId === person(label).positionId).map((j) => j.workItemId);
  return world.demo.items.find((i) => i.id === items[nth])!;
};
const imported = async () =>
  (
    await world.db.query<{
      employee_id: string;
      agency_id: string;
      work_date: string;
      quantity: string;
      standard_minutes: string;
      status: string;
    }>(
      `select employee_id, agency_id, to_char(work_date, 'YYYY-MM-DD') as work_date, quantity, standard_minutes, status
         from diary.diary_entry where source = 'IMPORT' order by work_date, quantity`,
    )
  ).rows;
const codes = async (request: Promise<unknown>) => (await errorsOf(request)).map((e) => e.extensions?.code);

describe('the diary history import', () => {
  it('judges every row in a dry run — Vietnamese headers, naming each problem’s column — and writes nothing', async () => {
    const staff = person('staff');
    const item = itemOf('staff');
    const sheet = csv([
      'Mã cán bộ,Ngày,Mã đầu công việc,Số lượng,Số phút thực tế,Trạng thái,Ghi chú',
      `${staff.code},${DAY},${item.code},2,,Đã duyệt,Hồ sơ tháng 3`,
      `NOBODY,${DAY},${item.code},1,,,`,
      `${staff.code},2027-01-05,${item.code},1,,,`,
      `${staff.code},${DAY},NO-SUCH-ITEM,1,,,`,
      `${staff.code},${DAY},${item.code},2,,Đã duyệt,Hồ sơ tháng 3`,
      `${staff.code},${DAY},${item.code},1,1440,,Quá một ngày`,
      `${staff.code},2024-06-03,${item.code},1,,,`,
    ]);
    const { importDiaryHistory: report } = await (
      await as('province-admin')
    ).request(IMPORT, { format: 'CSV', content: sheet, dryRun: true });
    expect(report).toMatchObject({ applied: false, dryRun: true, created: 1, unchanged: 0, invalid: 6 });
    const errorsOfRow = (row: number) => report.rows.find((r) => r.row === row)!.errors;
    expect(report.rows[0]).toEqual({ row: 2, employeeCode: staff.code, action: 'CREATE', errors: [] });
    expect(errorsOfRow(3)).toEqual(['employee_code: no person with staff code NOBODY']);
    expect(errorsOfRow(4)).toEqual(['work_date: 2027-01-05 is in the future (today is 2026-11-20)']);
    expect(errorsOfRow(5)).toEqual(['work_item_code: no work item with code NO-SUCH-ITEM']);
    expect(errorsOfRow(6)).toEqual(['import_key: the same entry as row 2; give each entry its own import_key']);
    expect(errorsOfRow(7)[0]).toMatch(/^actual_minutes: .* already holds \d+ minutes; with 1440 more it would exceed 24 hours$/);
    expect(errorsOfRow(8)).toEqual(
      expect.arrayContaining(['work_date: the diary of 2024-06 is not kept here (it precedes the diary or was archived)']),
    );
    expect(await imported()).toEqual([]);
  });

  it('writes a valid sheet all at once: filed where each person worked that day, priced then, approved, audited; again it changes nothing', async () => {
    const staff = person('staff');
    const [first, second] = [itemOf('staff', 0), itemOf('staff', 1)];
    const sheet = csv([
      'import_key,employee_code,work_date,work_item_code,quantity,actual_minutes,status',
      `OLD-1,${staff.code},${DAY},${first.code},2,,`,
      `OLD-2,${staff.code},${DAY},${second.code},"1,5",90,RETURNED`,
    ]);
    const admin = await as('province-admin');
    const { importDiaryHistory: report } = await admin.request(IMPORT, {
      format: 'CSV',
      content: sheet,
      dryRun: false,
      reason: 'Chuyển từ phần mềm KPI cũ',
    });
    expect(report).toMatchObject({ applied: true, created: 2, unchanged: 0, invalid: 0 });
    const placement = world.province.placements
      .filter((p) => p.employeeId === staff.id && p.effectiveFrom <= DAY && (p.effectiveTo === null || DAY <= p.effectiveTo))
      .at(-1)!;
    const version = world.demo.versions.find(
      (v) => v.workItemId === first.id && v.effectiveFrom <= DAY && (v.effectiveTo === null || DAY <= v.effectiveTo),
    )!;
    expect(await imported()).toEqual([
      {
        employee_id: staff.id,
        agency_id: placement.agencyId,
        work_date: DAY,
        quantity: '1.50',
        standard_minutes: expect.any(String),
        status: 'RETURNED',
      },
      {
        employee_id: staff.id,
        agency_id: placement.agencyId,
        work_date: DAY,
        quantity: '2.00',
        standard_minutes: expect.any(String),
        status: 'APPROVED',
      },
    ]);
    expect(Number((await imported())[1]!.standard_minutes)).toBe(Number(version.standardMinutes));
    const { rows: audit } = await world.db.query(`select action, reason, details from diary.diary_audit where action = 'history-import'`);
    expect(audit).toEqual([
      { action: 'history-import', reason: 'Chuyển từ phần mềm KPI cũ', details: { rows: 2, created: 2, unchanged: 0, from: DAY, to: DAY } },
    ]);

    const again = (await admin.request(IMPORT, { format: 'CSV', content: sheet, dryRun: false })).importDiaryHistory;
    expect(again).toMatchObject({ applied: true, created: 0, unchanged: 2, invalid: 0 });
    expect(again.rows.map((r) => r.action)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await imported()).toHaveLength(2);
  });

  it('an agency’s admin imports their agency’s people only; staff may not import at all', async () => {
    const other = world.province.employees.find((e) => e.agencyId !== person('agency-admin').agencyId && e.status === 'ACTIVE')!;
    const item = world.demo.items[0]!;
    const sheet = csv(['employee_code,work_date,work_item_code,quantity', `${other.code},${DAY},${item.code},1`]);
    const { importDiaryHistory: report } = await (
      await as('agency-admin')
    ).request(IMPORT, { format: 'CSV', content: sheet, dryRun: true });
    expect(report.rows[0]!.errors).toContain(
      `employee_code: ${other.code} worked in another agency on ${DAY}; that agency’s admins import it`,
    );
    expect(await codes((await as('staff')).request(IMPORT, { format: 'CSV', content: sheet, dryRun: true }))).toEqual(['FORBIDDEN']);
    expect(
      await codes((await as('province-admin')).request(IMPORT, { format: 'CSV', content: csv(['who,when', 'a,b']), dryRun: true })),
    ).toEqual(['INVALID_IMPORT']);
  });

  it('brings past assignments in with their real dates and outcome, each row judged; written with its steps, marked imported', async () => {
    const [staff, head] = [person('staff'), person('unit-head')];
    const item = itemOf('staff', 0);
    const header =
      'import_key,Tên công việc,work_item_code,assigner_code,lead_code,expected_quantity,assigned_on,deadline,status,submitted_on,quality,delays';
    const good = `GV-1,Báo cáo quý I,${item.code},${head.code},${staff.code},4,2026-03-02,2026-03-20,Hoàn thành,2026-03-25,Tốt,1`;
    const admin = await as('province-admin');
    const dry = (
      await admin.request(IMPORT_ASSIGNMENTS, {
        content: csv([
          header,
          good,
          `GV-2,Thiếu đánh giá,${item.code},${head.code},${staff.code},1,2026-03-02,2026-03-20,COMPLETED,2026-03-19,,`,
          `GV-3,Hạn trước ngày giao,${item.code},${head.code},NOBODY,1,2026-03-10,2026-03-02,ASSIGNED,,,`,
        ]),
        dryRun: true,
      })
    ).importAssignmentHistory;
    expect(dry).toMatchObject({ applied: false, created: 1, invalid: 2 });
    expect(dry.rows[1]!.errors).toEqual(['quality: a completed assignment was rated']);
    expect(dry.rows[2]!.errors).toEqual(['deadline: before the day it was assigned']);

    const { importAssignmentHistory: report } = await admin.request(IMPORT_ASSIGNMENTS, { content: csv([header, good]), dryRun: false });
    expect(report).toMatchObject({ applied: true, created: 1, unchanged: 0, invalid: 0 });
    const { rows } = await world.db.query(
      `select a.id, a.status, a.lead_id, a.assigner_id, to_char(a.submitted_on, 'YYYY-MM-DD') as submitted_on, a.quality, a.delays,
              array(select e.action from diary.assignment_event e where e.assignment_id = a.id order by e.at, e.action) as steps
         from diary.assignment a where a.import_key = 'GV-1'`,
    );
    expect(rows).toEqual([
      {
        id: expect.any(String),
        status: 'COMPLETED',
        lead_id: staff.id,
        assigner_id: head.id,
        submitted_on: '2026-03-25',
        quality: 'GOOD',
        delays: 1,
        steps: ['ACCEPT', 'ASSIGN', 'COMPLETE', 'SUBMIT'],
      },
    ]);
    const { assignment } = await (
      await as('staff')
    ).request(
      graphql(`
        query HistoryAssignment($id: ID!) {
          assignment(id: $id) {
            imported
            status
          }
        }
      `),
      { id: rows[0].id },
    );
    expect(assignment).toEqual({ imported: true, status: 'COMPLETED' });
    const again = (await admin.request(IMPORT_ASSIGNMENTS, { content: csv([header, good]), dryRun: false })).importAssignmentHistory;
    expect(again).toMatchObject({ applied: true, created: 0, unchanged: 1 });
  });

  it('runs a sheet as a job, refusing at once a sheet with an invalid row; the month’s score counts the imported entries in its explanation', async () => {
    const staff = person('staff');
    const item = itemOf('staff', 2);
    const admin = await as('province-admin');
    expect(
      await codes(
        admin.request(START, { content: csv(['employee_code,work_date,work_item_code,quantity', `NOBODY,${DAY},${item.code},1`]) }),
      ),
    ).toEqual(['INVALID_IMPORT']);
    const { startDiaryHistoryImportJob: job } = await admin.request(START, {
      content: csv(['employee_code,work_date,work_item_code,quantity', `${staff.code},2026-03-11,${item.code},3`]),
    });
    let state = (await admin.request(JOB, { id: job.id })).diaryJob!;
    for (let i = 0; i < 120 && !['SUCCEEDED', 'FAILED'].includes(state.state); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = (await admin.request(JOB, { id: job.id })).diaryJob!;
    }
    expect(state).toEqual({
      state: 'SUCCEEDED',
      summary: 'Imported 1 rows of history: 1 diary entries written, 0 already there.',
      result: { created: 1, unchanged: 0 },
    });
    expect(await codes((await as('staff')).request(JOB, { id: job.id }))).toEqual(['FORBIDDEN']);

    await admin.request(
      graphql(`
        mutation HistoryComputeMarch {
          computeScoringPeriod(period: "2026-03") {
            status
          }
        }
      `),
    );
    const { me } = await (
      await as('staff')
    ).request(
      graphql(`
        query HistoryMyMarch {
          me {
            periodScore(period: "2026-03") {
              segments {
                facts
                imported {
                  entries
                  products
                }
              }
            }
          }
        }
      `),
    );
    const facts = me!.periodScore!.segments.map((s) => s.facts as { importedEntries: number; approvedEntries: number });
    // Two approved imports (OLD-1 and the job's); the returned one never counts.
    expect(facts.reduce((sum, f) => sum + f.importedEntries, 0)).toBe(2);
    // The imported assignment, due in March, is one of the products the month scores — marked so.
    const led = facts.flatMap((f) => (f as unknown as { led: { imported?: boolean; timeliness: string }[] }).led);
    expect(led.filter((a) => a.imported)).toEqual([expect.objectContaining({ imported: true, timeliness: 'LATE' })]);
    // … and the explanation says so in its own fields.
    const imported = me!.periodScore!.segments.map((s) => s.imported);
    expect(imported.reduce((sum, i) => ({ entries: sum.entries + i.entries, products: sum.products + i.products }))).toEqual({
      entries: 2,
      products: 1,
    });
    expect(facts.reduce((sum, f) => sum + f.approvedEntries, 0)).toBeGreaterThanOrEqual(2);
  });
});
