import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoId, type Identity } from '@kpi/platform';
import { actor, errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { type DemoCatalogue, type DemoProvince, demoUsers } from '@kpi/demo';
import type { RequestOptions, Variables } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../src/graphql/index.js';
import type { AssignmentFieldsFragment, AssignWorkInput } from '../../src/graphql/graphql.js';
import pg from 'pg';
import { NOT_IN_CONTRACT, startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026, 10:00 in Vietnam.
const NOW = '2026-11-20T10:00:00+07:00';
let graph: TestGraph;
let province: DemoProvince;
let demo: DemoCatalogue;
let users: ReturnType<typeof demoUsers>;
let db: pg.Client;
const user = (label: string) => users.find((u) => u.label === label)!.identity;
const employee = (id: string) => province.employees.find((e) => e.id === id)!;

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW });
  ({ graph, province, demo, users, db } = world);
  await db.query('truncate diary.assignment cascade');
});
afterAll(() => world?.stop());

const staff = () => employee(user('staff').employeeId!);
/** A colleague in the staff member's division (a co-operator). */
const itemsOf = (e: { positionId: string }) => demo.jobDescriptions.filter((j) => j.positionId === e.positionId).map((j) => j.workItemId);
/** The others of the staff member's division but its head: the other specialist first, then the deputy head. */
const unitStaff = () =>
  province.employees
    .filter((e) => e.divisionId === staff().divisionId && e.role !== 'divisionHead' && e.id !== staff().id && e.status === 'ACTIVE')
    .sort((a, b) => Number(b.role === 'staff') - Number(a.role === 'staff'));
const shares = (e: { positionId: string }) => itemsOf(e).some((id) => itemsOf(staff()).includes(id));
/** Colleagues in the staff member's division who may log some of the same items (co-operators). */
const colleague = () => unitStaff().filter(shares)[0]!;
const bystander = () => unitStaff().filter(shares)[1]!;
const sharedItem = () => itemsOf(staff()).find((id) => itemsOf(colleague()).includes(id) && itemsOf(bystander()).includes(id))!;

async function counts() {
  const { rows } = await db.query(
    'select (select count(*) from diary.assignment)::int as assignments, (select count(*) from diary.assignment_event)::int as events',
  );
  return rows[0];
}
async function refused(request: () => Promise<unknown>, code: string) {
  const before = await counts();
  const errors = await errorsOf(request());
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await counts()).toEqual(before);
  return errors[0]!;
}

graphql(`
  fragment AssignmentFields on Assignment {
    id
    title
    status
    deadline
    effectiveDeadline
    timeliness
    workingDaysLate
    workingDaysLeft
    expectedQuantity
    quantityDone
    quality
    majorErrors
    excusedErrors
    delays
    excusedDelays
    lead {
      id
      fullName
    }
    assigner {
      id
    }
    coOperators {
      id
      fullName
    }
    workItem {
      id
      code
    }
    recorded {
      entries
      quantity
    }
    events {
      action
      fromStatus
      toStatus
      actor
      comment
      details
    }
  }
`);
const ASSIGN = graphql(`
  mutation AssignmentsAssign($input: AssignWorkInput!) {
    assignWork(input: $input) {
      ...AssignmentFields
    }
  }
`);
const as = (identity: Identity) => graph.as(identity);
const assign = async (identity: Identity, input: AssignWorkInput) => (await (await as(identity)).request(ASSIGN, { input })).assignWork;

/** The lifecycle actions, each answering the assignment as `result`. */
const ACTION = {
  accept: graphql(`
    mutation AssignmentsAccept($id: ID!) {
      result: acceptAssignment(id: $id) {
        ...AssignmentFields
      }
    }
  `),
  submit: graphql(`
    mutation AssignmentsSubmit($id: ID!, $submit: SubmitAssignmentInput) {
      result: submitAssignment(id: $id, input: $submit) {
        ...AssignmentFields
      }
    }
  `),
  complete: graphql(`
    mutation AssignmentsComplete($id: ID!, $input: CompleteAssignmentInput!) {
      result: completeAssignment(id: $id, input: $input) {
        ...AssignmentFields
      }
    }
  `),
  return: graphql(`
    mutation AssignmentsReturn($id: ID!, $comment: String!) {
      result: returnAssignment(id: $id, comment: $comment) {
        ...AssignmentFields
      }
    }
  `),
  cancel: graphql(`
    mutation AssignmentsCancel($id: ID!, $comment: String!) {
      result: cancelAssignment(id: $id, comment: $comment) {
        ...AssignmentFields
      }
    }
  `),
  extend: graphql(`
    mutation AssignmentsExtend($id: ID!, $deadline: LocalDate!, $comment: String!) {
      result: extendAssignmentDeadline(id: $id, deadline: $deadline, comment: $comment) {
        ...AssignmentFields
      }
    }
  `),
  reassign: graphql(`
    mutation AssignmentsReassign($id: ID!, $leadId: ID!) {
      result: reassignAssignment(id: $id, leadId: $leadId) {
        ...AssignmentFields
      }
    }
  `),
};
type Acted = { result: AssignmentFieldsFragment };
/** Runs one lifecycle action, e.g. `act(head, ACTION.return, { id, comment })`. */
const act = async <V extends Variables>(identity: Identity, document: TypedDocumentNode<Acted, V>, variables: V) =>
  // The options form: graphql-request cannot check variables of a type still generic here.
  (await (await as(identity)).request({ document, variables } as unknown as RequestOptions<V, Acted>)).result;

describe('the lifecycle through the gateway', () => {
  let id: string;

  it('a unit head assigns work to a person of their unit, with a co-operator; the lead sees it in their list', async () => {
    const a = await assign(user('unit-head'), {
      leadId: staff().id,
      coOperatorIds: [colleague().id],
      workItemId: sharedItem(),
      title: 'Thẩm định hồ sơ đề nghị khen thưởng quý IV',
      expectedQuantity: 3,
      deadline: '2026-11-27',
      evidenceRefs: ['1520/SNV-TCBC'],
      comment: 'Ưu tiên hồ sơ của các xã',
    });
    id = a.id;
    expect(a).toMatchObject({
      status: 'ASSIGNED',
      timeliness: 'PENDING',
      workingDaysLeft: 5, // Mon 23 – Fri 27 November
      lead: { id: staff().id, fullName: staff().fullName },
      coOperators: [{ id: colleague().id, fullName: colleague().fullName }],
      assigner: { id: user('unit-head').employeeId },
    });
    expect(a.events).toEqual([
      expect.objectContaining({ action: 'ASSIGN', fromStatus: null, toStatus: 'ASSIGNED', comment: 'Ưu tiên hồ sơ của các xã' }),
    ]);
    const mine = (
      await (
        await as(user('staff'))
      ).request(
        graphql(`
          query AssignmentsMyAssignments {
            myAssignments(filter: { role: LEAD }) {
              id
            }
          }
        `),
      )
    ).myAssignments;
    expect(mine.map((x) => x.id)).toEqual([id]);
    const helping = (
      await (
        await as(actor.staff(colleague()))
      ).request(
        graphql(`
          query AssignmentsMyAssignments2 {
            myAssignments(filter: { role: COOPERATOR }) {
              id
            }
          }
        `),
      )
    ).myAssignments;
    expect(helping.map((x) => x.id)).toEqual([id]);
    const soon = (
      await (
        await as(user('staff'))
      ).request(
        graphql(`
          query AssignmentsMyAssignments3 {
            myAssignments(filter: { dueWithinWorkingDays: 4 }) {
              id
            }
          }
        `),
      )
    ).myAssignments;
    expect(soon).toEqual([]); // five working days left
  });

  it('the lead accepts, records diary work against it, and submits; the assigner completes with a rating', async () => {
    const accepted = await act(user('staff'), ACTION.accept, { id });
    expect(accepted.status).toBe('IN_PROGRESS');
    const record = await (
      await as(user('staff'))
    ).request(
      graphql(`
        mutation AssignmentsRecordDiaryEntry($input: RecordDiaryEntryInput!) {
          recordDiaryEntry(input: $input) {
            entry {
              id
              assignmentId
            }
          }
        }
      `),
      {
        input: {
          workDate: '2026-11-20',
          workItemId: sharedItem(),
          quantity: 2,
          actualMinutes: 50,
          assignmentId: id,
          note: 'assignment work',
        },
      },
    );
    expect(record.recordDiaryEntry.entry.assignmentId).toBe(id);
    const submitted = await act(user('staff'), ACTION.submit, {
      id,
      submit: { quantityDone: 3, evidenceRefs: ['1602/SNV-TCBC'], comment: 'Đã thẩm định 3 hồ sơ' },
    });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', timeliness: 'ON_TIME', quantityDone: 3, recorded: { entries: 1, quantity: 2 } });
    const waiting = (
      await (
        await as(user('unit-head'))
      ).request(
        graphql(`
          query AssignmentsAssignmentsToReview {
            assignmentsToReview {
              id
            }
          }
        `),
      )
    ).assignmentsToReview;
    expect(waiting.map((x) => x.id)).toEqual([id]);
    const done = await act(user('unit-head'), ACTION.complete, {
      id,
      input: { quality: 'GOOD', majorErrors: 1, comment: 'Một hồ sơ thiếu biên bản họp' },
    });
    expect(done).toMatchObject({
      status: 'COMPLETED',
      quality: 'GOOD',
      majorErrors: 1,
      excusedErrors: 0,
      delays: 0,
      timeliness: 'ON_TIME',
    });
    expect(done.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['ASSIGN', null, 'ASSIGNED'],
      ['ACCEPT', 'ASSIGNED', 'IN_PROGRESS'],
      ['SUBMIT', 'IN_PROGRESS', 'SUBMITTED'],
      ['COMPLETE', 'SUBMITTED', 'COMPLETED'],
    ]);
    expect(done.events[3].actor).toContain(user('unit-head').employeeId);
    expect(done.events[3].details).toMatchObject({ quality: 'GOOD', majorErrors: 1, delays: 0, timeliness: 'ON_TIME' });
  });

  it('refuses the wrong party and impossible steps, writing nothing', async () => {
    await refused(() => act(user('staff'), ACTION.accept, { id }), 'INVALID_TRANSITION');
    await refused(() => act(user('staff'), ACTION.cancel, { id, comment: 'no' }), 'FORBIDDEN');
    const other = await assign(user('unit-head'), {
      leadId: staff().id,
      workItemId: sharedItem(),
      title: 'Báo cáo tuần',
      expectedQuantity: 1,
      deadline: '2026-11-25',
    });
    await refused(() => act(user('unit-head'), ACTION.accept, { id: other.id }), 'FORBIDDEN');
    await refused(() => act(user('staff'), ACTION.complete, { id: other.id, input: { quality: 'GOOD' } }), 'FORBIDDEN');
    await refused(() => act(user('unit-head'), ACTION.return, { id: other.id, comment: 'x' }), 'INVALID_TRANSITION');
    await refused(() => act(user('unit-head'), ACTION.cancel, { id: other.id, comment: ' ' }), 'BAD_USER_INPUT');
    await refused(() => act(user('province-analyst'), ACTION.accept, { id: other.id }), 'FORBIDDEN');
  });

  it('a return sends it back; reassigning and extending are recorded with what changed', async () => {
    const a = await assign(user('unit-head'), {
      leadId: staff().id,
      workItemId: sharedItem(),
      title: 'Rà soát vị trí việc làm',
      expectedQuantity: 2,
      deadline: '2026-11-26',
    });
    await act(user('staff'), ACTION.submit, { id: a.id });
    const returned = await act(user('unit-head'), ACTION.return, { id: a.id, comment: 'Thiếu phụ lục' });
    expect(returned).toMatchObject({ status: 'RETURNED', timeliness: 'PENDING' });
    const extended = await act(user('unit-head'), ACTION.extend, {
      id: a.id,
      deadline: '2026-12-04',
      comment: 'Chờ số liệu của các xã',
    });
    expect(extended.deadline).toBe('2026-12-04');
    expect(extended.events.at(-1)).toMatchObject({ action: 'EXTEND', details: { fromDeadline: '2026-11-26', toDeadline: '2026-12-04' } });
    const reassigned = await act(user('unit-head'), ACTION.reassign, { id: a.id, leadId: colleague().id });
    expect(reassigned).toMatchObject({ status: 'ASSIGNED', lead: { id: colleague().id } });
    expect(reassigned.events.at(-1)).toMatchObject({
      action: 'REASSIGN',
      fromStatus: 'RETURNED',
      details: { fromLeadId: staff().id, toLeadId: colleague().id },
    });
    // The former lead no longer sees it as theirs.
    const mine = (
      await (
        await as(user('staff'))
      ).request(
        graphql(`
          query AssignmentsMyAssignments4 {
            myAssignments(filter: { role: LEAD }) {
              id
            }
          }
        `),
      )
    ).myAssignments;
    expect(mine.map((x) => x.id)).not.toContain(a.id);
  });
});

describe('overdue against the working calendar', () => {
  let id: string;
  it('is overdue the moment the deadline passes unfinished, and late once submitted; a late product carries a delay', async () => {
    process.env.KPI_NOW = '2026-11-09T09:00:00+07:00'; // assigned on Monday 9 November
    const a = await assign(user('unit-head'), {
      leadId: staff().id,
      workItemId: sharedItem(),
      title: 'Tổng hợp báo cáo tháng',
      expectedQuantity: 1,
      deadline: '2026-11-13',
    });
    id = a.id;
    process.env.KPI_NOW = '2026-11-13T16:00:00+07:00';
    expect((await act(user('staff'), ACTION.accept, { id })).timeliness).toBe('PENDING');
    process.env.KPI_NOW = NOW; // Friday 20 November
    const overdue = (
      await (
        await as(user('staff'))
      ).request(
        graphql(`
          query AssignmentsMyAssignments5 {
            myAssignments(filter: { overdue: true }) {
              id
              timeliness
              workingDaysLate
            }
          }
        `),
      )
    ).myAssignments;
    expect(overdue).toEqual([{ id, timeliness: 'OVERDUE', workingDaysLate: 5 }]); // 16–20 November
    const submitted = await act(user('staff'), ACTION.submit, { id });
    expect(submitted).toMatchObject({ timeliness: 'LATE', workingDaysLate: 5 });
    await refused(() => act(user('unit-head'), ACTION.complete, { id, input: { quality: 'SATISFACTORY', delays: 0 } }), 'BAD_USER_INPUT');
    await refused(
      () => act(user('unit-head'), ACTION.complete, { id, input: { quality: 'SATISFACTORY', excusedDelays: 1 } }),
      'BAD_USER_INPUT', // an excused delay needs its objective cause
    );
    const done = await act(user('unit-head'), ACTION.complete, { id, input: { quality: 'SATISFACTORY' } });
    expect(done).toMatchObject({ status: 'COMPLETED', delays: 1, excusedDelays: 0, timeliness: 'LATE' });
  });

  it('gives the unit its overdue share and the person theirs', async () => {
    process.env.KPI_NOW = '2026-11-02T09:00:00+07:00';
    const stale = await assign(user('unit-head'), {
      leadId: colleague().id,
      workItemId: sharedItem(),
      title: 'Cập nhật cơ sở dữ liệu',
      expectedQuantity: 1,
      deadline: '2026-11-06',
    });
    process.env.KPI_NOW = NOW;
    const { agency, employee: person } = await (
      await as(user('unit-head'))
    ).request(
      graphql(`
        query AssignmentsAgency($unit: ID!, $person: ID!) {
          agency(id: $unit) {
            assignmentSummary(from: "2026-11-01", to: "2026-11-30") {
              assigned
              completed
              onTime
              late
              overdue
              pending
              cancelled
              overdueShare
            }
          }
          employee(id: $person) {
            assignmentSummary(from: "2026-11-01", to: "2026-11-30") {
              onTime
              late
              overdue
              overdueShare
            }
          }
        }
      `),
      { unit: staff().divisionId!, person: colleague().id },
    );
    // Due in November: the first (on time), the weekly report (pending), the reassigned review (pending, now December: out),
    // the monthly report (late) and the stale one (overdue): (1 late + 1 overdue) ÷ 3 due.
    expect(agency!.assignmentSummary).toEqual({
      assigned: 4,
      completed: 2,
      onTime: 1,
      late: 1,
      overdue: 1,
      pending: 1,
      cancelled: 0,
      overdueShare: 0.6667,
    });
    expect(person!.assignmentSummary).toEqual({ onTime: 0, late: 0, overdue: 1, overdueShare: 1 });
    expect(stale.id).toBeDefined();
    await refused(
      async () =>
        (await as(user('staff'))).request(
          graphql(`
            query AssignmentsAgency2($unit: ID!) {
              agency(id: $unit) {
                assignmentSummary(from: "2026-11-01", to: "2026-11-30") {
                  assigned
                }
              }
            }
          `),
          {
            unit: staff().divisionId!,
          },
        ),
      'FORBIDDEN',
    );
  });
});

describe('permissions and bad input', () => {
  const base = () => ({
    leadId: staff().id,
    workItemId: sharedItem(),
    title: 'Soạn thảo văn bản',
    expectedQuantity: 1,
    deadline: '2026-11-27',
  });

  it('only leaders assign, and only to the people they lead', async () => {
    await refused(() => assign(user('staff'), { ...base(), leadId: colleague().id }), 'FORBIDDEN');
    const elsewhere = province.employees.find(
      (e) => e.agencyId === staff().agencyId && e.divisionId && e.divisionId !== staff().divisionId && e.role === 'staff',
    )!;
    await refused(() => assign(user('unit-head'), { ...base(), leadId: elsewhere.id }), 'FORBIDDEN');
    await refused(() => assign(user('eoffice'), base()), NOT_IN_CONTRACT);
  });

  it('refuses a past deadline, a zero quantity, an item the lead cannot log, unknown people — nothing written', async () => {
    await refused(() => assign(user('unit-head'), { ...base(), deadline: '2026-11-19' }), 'BAD_USER_INPUT');
    await refused(() => assign(user('unit-head'), { ...base(), expectedQuantity: 0 }), 'BAD_USER_INPUT');
    await refused(() => assign(user('unit-head'), { ...base(), title: '  ' }), 'BAD_USER_INPUT');
    const foreign = demo.items.find((i) => !itemsOf(staff()).includes(i.id) && i.itemGroup !== 'A')!;
    await refused(() => assign(user('unit-head'), { ...base(), workItemId: foreign.id }), 'NOT_PERFORMABLE');
    await refused(() => assign(user('unit-head'), { ...base(), workItemId: demoId('work-item', 'NO-SUCH') }), 'INVALID_REFERENCE');
    await refused(() => assign(user('unit-head'), { ...base(), coOperatorIds: [staff().id] }), 'BAD_USER_INPUT');
  });

  it('a diary entry may advance only an assignment its author is on', async () => {
    const a = await assign(user('unit-head'), base());
    const errors = await errorsOf(
      (await as(actor.staff(bystander()))).request(
        graphql(`
          mutation AssignmentsRecordDiaryEntry2($input: RecordDiaryEntryInput!) {
            recordDiaryEntry(input: $input) {
              entry {
                id
              }
            }
          }
        `),
        { input: { workDate: '2026-11-19', workItemId: sharedItem(), quantity: 1, actualMinutes: 20, assignmentId: a.id } },
      ),
    );
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['INVALID_REFERENCE', 'assignmentId']]);
  });
});

describe('unit views: missing diaries and reminders', () => {
  it('lists the unit’s people with working days lacking a diary, matching each person’s own view', async () => {
    await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date between '2026-11-16' and '2026-11-18'`, [
      colleague().id,
    ]);
    const { agency, employee: person } = await (
      await as(user('unit-head'))
    ).request(
      graphql(`
        query AssignmentsAgency3($unit: ID!, $person: ID!) {
          agency(id: $unit) {
            missingDiaries(from: "2026-11-01", to: "2026-11-30") {
              employee {
                id
                fullName
              }
              days
              count
            }
          }
          employee(id: $person) {
            missingDiaryDays(from: "2026-11-01", to: "2026-11-30")
          }
        }
      `),
      { unit: staff().divisionId!, person: colleague().id },
    );
    const row = agency!.missingDiaries.find((r) => r.employee.id === colleague().id);
    expect(row!.days).toEqual(person!.missingDiaryDays);
    expect(row!.days).toEqual(expect.arrayContaining(['2026-11-16', '2026-11-17', '2026-11-18']));
    expect(row!.count).toBe(row!.days.length);
    expect(row!.employee.fullName).toBe(colleague().fullName);
    const counts = agency!.missingDiaries.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('gives reminders as data: missing days with the close date, overdue work to its lead, work due soon', async () => {
    await assign(user('unit-head'), {
      leadId: staff().id,
      workItemId: sharedItem(),
      title: 'Chuẩn bị họp giao ban',
      expectedQuantity: 1,
      deadline: '2026-11-24',
    });
    const { agency } = await (
      await as(user('unit-head'))
    ).request(
      graphql(`
        query AssignmentsAgency4($unit: ID!) {
          agency(id: $unit) {
            reminders {
              kind
              employee {
                id
              }
              days
              assignment {
                id
                title
              }
              dueOn
              message
            }
          }
        }
      `),
      { unit: staff().divisionId! },
    );
    const missing = agency!.reminders.find((r) => r.kind === 'MISSING_DIARY' && r.employee.id === colleague().id);
    // October closed on 25 November? Not yet on 20 November: October and November are both open, October due first.
    expect(missing!.dueOn).toMatch(/^2026-1[12]-24$/);
    expect(missing!.message).toContain('16/11');
    const overdue = agency!.reminders.find((r) => r.kind === 'ASSIGNMENT_OVERDUE');
    expect(overdue).toMatchObject({
      employee: { id: colleague().id },
      assignment: { title: 'Cập nhật cơ sở dữ liệu' },
      dueOn: '2026-11-06',
    });
    const soon = agency!.reminders.filter((r) => r.kind === 'ASSIGNMENT_DUE_SOON').map((r) => r.assignment!.title);
    // From Friday 20/11: due Tuesday 24/11 is two working days away (reminded), Wednesday 25/11 three (not yet).
    expect(soon).toContain('Chuẩn bị họp giao ban');
    expect(soon).not.toContain('Báo cáo tuần');
  });
});

describe('no N+1', () => {
  it('a page of people with their assignments and missing days costs the same statements at 10 and 60 people', async () => {
    const client = await as(user('province-analyst'));
    const queries = graph.queries('diary');
    const results: number[] = [];
    for (const first of [10, 60]) {
      queries.reset();
      const { employees } = await client.request(
        graphql(`
          query AssignmentsEmployees($first: Int!) {
            employees(first: $first) {
              nodes {
                id
                assignments {
                  id
                  lead {
                    id
                  }
                  events {
                    action
                  }
                  recorded {
                    entries
                  }
                  timeliness
                }
                assignmentSummary(from: "2026-11-01", to: "2026-11-30") {
                  overdueShare
                }
              }
            }
          }
        `),
        { first },
      );
      expect(employees.nodes).toHaveLength(first);
      results.push(queries.count);
    }
    expect(results[1]).toBe(results[0]);
  });

  it('agencies with their missing diaries and overdue shares: constant statements as the list grows', async () => {
    const client = await as(user('province-analyst'));
    const queries = graph.queries('diary');
    const results: number[] = [];
    for (const first of [3, 20]) {
      queries.reset();
      const { agencies } = await client.request(
        graphql(`
          query AssignmentsAgencies($first: Int!) {
            agencies(first: $first) {
              nodes {
                id
                missingDiaries(from: "2026-11-01", to: "2026-11-19") {
                  count
                }
                assignmentSummary(from: "2026-11-01", to: "2026-11-30") {
                  assigned
                }
              }
            }
          }
        `),
        { first },
      );
      expect(agencies.nodes).toHaveLength(first);
      results.push(queries.count);
    }
    expect(results[1]).toBe(results[0]);
  });
});
