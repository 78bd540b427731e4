import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { newId, type Identity } from '@kpi/platform';
import { errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { type DemoCatalogue, type DemoProvince, demoUsers } from '@kpi/demo';
import type { GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { namedItems, unpackFigures, type DiaryFacts, type IndexedColumns, type PackedFigures } from '@kpi/scoring/model';
import { graphql } from '../../src/graphql/index.js';
import type { AssignWorkInput } from '../../src/graphql/graphql.js';
import { NOT_IN_CONTRACT, startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026, 10:00 in Vietnam.
const NOW = '2026-11-20T10:00:00+07:00';
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
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
  // Only the assignments made here: their facts are known exactly.
  await db.query('truncate diary.assignment cascade');
});
afterAll(() => world?.stop());

const staff = () => employee(user('staff').employeeId!);
const itemsOf = (e: { positionId: string }) => demo.jobDescriptions.filter((j) => j.positionId === e.positionId).map((j) => j.workItemId);
/** A colleague of the staff member's division who may log some of the same items (a co-operator). */
const colleague = () =>
  province.employees.find(
    (e) =>
      e.divisionId === staff().divisionId &&
      e.role === 'staff' &&
      e.id !== staff().id &&
      e.status === 'ACTIVE' &&
      itemsOf(e).some((id) => itemsOf(staff()).includes(id)),
  )!;
const sharedItem = () => itemsOf(staff()).find((id) => itemsOf(colleague()).includes(id))!;

/** The scoring subgraph as the diary sees it: a SERVICE identity signed with the graph's service key. */
const asService = async () => graph.directAsService('diary', 'scoring');

const FACTS = graphql(`
  query ScoringFactsScoringFacts($ranges: [ScoringFactsRange!]!) {
    scoringFacts(ranges: $ranges) {
      employeeId
      from
      to
      workingDays
      leaveDays
      declaredDays
      lateDeclarations
      daysOverStandard
      farAboveStandardEntries
      entries
      approvedEntries
      approvedActualMinutes
      items
      itemGroups
      packedItemGroups
      workPoints
      led
      coOperated
    }
  }
`);
const POINTS = graphql(`
  query ScoringFactsWorkPoints($ranges: [ScoringFactsRange!]!) {
    scoringFacts(ranges: $ranges) {
      employeeId
      workPoints
    }
  }
`);
type Range = { employeeId: string; from: string; to: string };
/** The facts of each range; the grouped lists travel as JSON objects, read here as scoring reads them. */
const factsOf = async (client: GraphQLClient, ranges: Range[]): Promise<(DiaryFacts & Range)[]> => {
  const facts = (await client.request(FACTS, { ranges })).scoringFacts as unknown as (DiaryFacts &
    Range & { itemGroups: unknown; packedItemGroups: Record<string, string>; workPoints: number })[];
  // The groups as columns (what scoring asks) are the same groups, in the same order.
  const fields = [
    'workItemId',
    'version',
    'standardMinutes',
    'coefficient',
    'entries',
    'quantity',
    'actualMinutes',
    'selfInitiatedQuantity',
  ] as const;
  return facts.map(({ itemGroups, packedItemGroups, workPoints, ...range }) => {
    // The work points are the groups' Σ quantity × standard minutes × coefficient, added in their order, to the last bit.
    expect(workPoints).toBe(range.items.reduce((sum, g) => sum + g.quantity * g.standardMinutes * g.coefficient, 0));
    expect(itemGroups).toEqual(Object.fromEntries(fields.map((field) => [field, range.items.map((item) => item[field])])));
    // Packed (what scoring asks): each column one text, its values joined by commas.
    const unpacked = (field: (typeof fields)[number]) => {
      const values = packedItemGroups[field] === '' ? [] : packedItemGroups[field]!.split(',');
      return field === 'workItemId' ? values : values.map(Number);
    };
    expect(Object.fromEntries(fields.map((field) => [field, unpacked(field)]))).toEqual(itemGroups);
    return range;
  });
};

/** The working days of a range computed by PostgreSQL from the shipped calendar, independently of the service. */
const WORKING = `
  select d::date as day from generate_series($1::date, $2::date, interval '1 day') d
    left join diary.calendar_day c on c.day = d::date
   where c.kind = 'WORKING_SWAP' or (extract(isodow from d) < 6 and c.kind is distinct from 'HOLIDAY')`;

async function workingDaysBySql(from: string, to: string): Promise<number> {
  const { rows } = await db.query(`select count(*)::int as n from (${WORKING}) w`, [from, to]);
  return rows[0].n;
}

/** Every figure of one person's range, from the rows, with plain SQL. */
async function expectedBySql({ employeeId, from, to }: Range) {
  const { rows: days } = await db.query(
    `with working as (${WORKING}),
          on_leave as (select w.day from working w
                        where exists (select 1 from diary.leave l where l.employee_id = $3 and w.day between l.from_date and l.to_date))
     select (select count(*) from working)::int as "workingDays",
            (select count(*) from on_leave)::int as "leaveDays",
            (select count(distinct e.work_date) from diary.diary_entry e
              where e.employee_id = $3 and e.work_date in (select day from working) and e.work_date not in (select day from on_leave))::int
              as "declaredDays"`,
    [from, to, employeeId],
  );
  const { rows: totals } = await db.query(
    `select count(*)::int as "entries",
            count(*) filter (where status = 'APPROVED')::int as "approvedEntries",
            coalesce(sum(actual_minutes) filter (where status = 'APPROVED'), 0)::int as "approvedActualMinutes",
            count(*) filter (where 'LATE_DECLARATION' = any(flags))::int as "lateDeclarations",
            count(*) filter (where 'FAR_ABOVE_STANDARD' = any(flags))::int as "farAboveStandardEntries",
            count(distinct work_date) filter (where 'OVER_STANDARD_DAY' = any(flags))::int as "daysOverStandard"
       from diary.diary_entry where employee_id = $1 and work_date between $2 and $3`,
    [employeeId, from, to],
  );
  const { rows: items } = await db.query(
    `select work_item_id as "workItemId", work_item_version as "version", standard_minutes::float8 as "standardMinutes",
            coefficient::float8 as "coefficient", count(*)::int as "entries", sum(quantity)::float8 as "quantity",
            sum(actual_minutes)::int as "actualMinutes",
            coalesce(sum(quantity) filter (where assignment_id is null), 0)::float8 as "selfInitiatedQuantity",
            sum(quantity * standard_minutes)::float8 as "earnedMinutes"
       from diary.diary_entry where employee_id = $1 and work_date between $2 and $3 and status = 'APPROVED'
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    [employeeId, from, to],
  );
  return { ...days[0], ...totals[0], items };
}

/** Compares a returned range with the SQL figures, including Σ quantity × standard minutes per item. */
function expectMatches(facts: DiaryFacts, expected: Awaited<ReturnType<typeof expectedBySql>>) {
  const { items, ...figures } = expected;
  expect(facts).toMatchObject(figures);
  expect(facts.items).toHaveLength(items.length);
  facts.items.forEach((item, i: number) => {
    const { earnedMinutes, ...row } = items[i];
    expect(item).toEqual(row);
    expect(item.quantity * item.standardMinutes).toBeCloseTo(earnedMinutes, 6);
  });
}

const ASSIGN = graphql(`
  mutation ScoringFactsAssignWork($input: AssignWorkInput!) {
    assignWork(input: $input) {
      id
    }
  }
`);
const assign = async (identity: Identity, input: AssignWorkInput): Promise<string> =>
  (await (await graph.as(identity)).request(ASSIGN, { input })).assignWork.id;
const clientOf = (identity: Identity) => graph.as(identity);

describe('the facts of one person, checked against the rows', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const head = user('unit-head');
    const base = { workItemId: sharedItem(), expectedQuantity: 3 };
    // Assigned on Monday 9 November, due Friday 13, still open on the 20th: overdue.
    process.env.KPI_NOW = '2026-11-09T09:00:00+07:00';
    ids.overdue = await assign(head, { ...base, leadId: staff().id, title: 'Tổng hợp báo cáo tháng', deadline: '2026-11-13' });
    process.env.KPI_NOW = NOW;
    // Due Saturday 28 November (moves to Monday 30), submitted today, completed with errors, one excused.
    ids.completed = await assign(head, {
      ...base,
      leadId: staff().id,
      coOperatorIds: [colleague().id],
      title: 'Thẩm định hồ sơ đề nghị khen thưởng quý IV',
      deadline: '2026-11-28',
    });
    ids.open = await assign(head, { ...base, leadId: staff().id, title: 'Báo cáo tuần', deadline: '2026-11-25' });
    ids.december = await assign(head, { ...base, leadId: staff().id, title: 'Kế hoạch năm 2027', deadline: '2026-12-04' });
    ids.helping = await assign(head, {
      ...base,
      leadId: colleague().id,
      coOperatorIds: [staff().id],
      title: 'Rà soát vị trí việc làm',
      deadline: '2026-11-26',
    });
    // Diary work on the completed assignment, approved: not self-initiated.
    const recorded = await (
      await clientOf(user('staff'))
    ).request(
      graphql(`
        mutation ScoringFactsRecordDiaryEntry($input: RecordDiaryEntryInput!) {
          recordDiaryEntry(input: $input) {
            entry {
              id
            }
          }
        }
      `),
      { input: { workDate: '2026-11-20', workItemId: sharedItem(), quantity: 2, actualMinutes: 50, assignmentId: ids.completed } },
    );
    await (
      await clientOf(user('unit-head'))
    ).request(
      graphql(`
        mutation ScoringFactsReviewDiaryEntries($ids: [ID!]!) {
          reviewDiaryEntries(ids: $ids, decision: APPROVE) {
            id
          }
        }
      `),
      {
        ids: [recorded.recordDiaryEntry.entry.id],
      },
    );
    await (
      await clientOf(user('staff'))
    ).request(
      graphql(`
        mutation ScoringFactsSubmitAssignment($id: ID!) {
          submitAssignment(id: $id, input: { quantityDone: 2.5 }) {
            id
          }
        }
      `),
      {
        id: ids.completed,
      },
    );
    await (
      await clientOf(user('unit-head'))
    ).request(
      graphql(`
        mutation ScoringFactsCompleteAssignment($id: ID!, $input: CompleteAssignmentInput!) {
          completeAssignment(id: $id, input: $input) {
            id
          }
        }
      `),
      {
        id: ids.completed,
        input: { quality: 'SATISFACTORY', majorErrors: 2, excusedErrors: 1, objectiveCause: 'Văn bản hướng dẫn ban hành chậm' },
      },
    );
    // The staff member's only leave: Thursday 12 – Monday 16 November, three working days.
    await db.query('delete from diary.leave where employee_id = $1', [staff().id]);
    await (
      await clientOf(user('agency-admin'))
    ).request(
      graphql(`
        mutation ScoringFactsRecordLeave($input: RecordLeaveInput!) {
          recordLeave(input: $input) {
            id
          }
        }
      `),
      {
        input: { employeeId: staff().id, fromDate: '2026-11-12', toDate: '2026-11-16', kind: 'ANNUAL' },
      },
    );
  });

  it('November 2026 has 21 working days, as the shipped calendar says', async () => {
    expect(await workingDaysBySql(NOVEMBER.from, NOVEMBER.to)).toBe(21);
    const [facts] = await factsOf(await asService(), [{ employeeId: staff().id, ...NOVEMBER }]);
    expect(facts).toMatchObject({ employeeId: staff().id, ...NOVEMBER, workingDays: 21 });
  });

  it('every diary figure equals what the rows say: totals, flags, leave, declared days, approved work per item', async () => {
    const range = { employeeId: staff().id, ...NOVEMBER };
    const [facts] = await factsOf(await asService(), [range]);
    const expected = await expectedBySql(range);
    expectMatches(facts, expected);
    expect(facts.leaveDays).toBe(3);
    expect(facts.entries).toBeGreaterThan(0);
    expect(facts.items.length).toBeGreaterThan(0);
    // The approved entry on the assignment is not self-initiated work.
    const onAssignment = facts.items.filter((i) => i.selfInitiatedQuantity < i.quantity);
    expect(onAssignment).toHaveLength(1);
    expect(onAssignment[0]).toMatchObject({ workItemId: sharedItem() });
    expect(onAssignment[0].quantity - onAssignment[0].selfInitiatedQuantity).toBeCloseTo(2, 6);
    // Leave days with entries do not count as declared.
    const { rows } = await db.query(
      `select count(distinct work_date)::int as n from diary.diary_entry
        where employee_id = $1 and work_date between '2026-11-01' and '2026-11-30' and extract(isodow from work_date) < 6`,
      [staff().id],
    );
    expect(facts.declaredDays).toBeLessThanOrEqual(rows[0].n);
  });

  it('the most flagged person of the month: late declarations, days over standard, far-above entries', async () => {
    const { rows } = await db.query(
      `select employee_id from diary.diary_entry
        where work_date between '2026-11-01' and '2026-11-30' and flags && array['LATE_DECLARATION', 'FAR_ABOVE_STANDARD', 'OVER_STANDARD_DAY']
        group by employee_id order by count(*) desc, employee_id limit 1`,
    );
    const range = { employeeId: rows[0].employee_id, ...NOVEMBER };
    const [facts] = await factsOf(await asService(), [range]);
    expectMatches(facts, await expectedBySql(range));
    expect(facts.lateDeclarations + facts.farAboveStandardEntries + facts.daysOverStandard).toBeGreaterThan(0);
  });

  it('assignments led and co-operated, due in the range, with their timeliness today and the assigner’s verdict', async () => {
    const [mine, theirs] = await factsOf(await asService(), [
      { employeeId: staff().id, ...NOVEMBER },
      { employeeId: colleague().id, ...NOVEMBER },
    ]);
    expect(mine.led).toEqual([
      {
        id: ids.overdue,
        deadline: '2026-11-13',
        effectiveDeadline: '2026-11-13',
        status: 'ASSIGNED',
        submittedOn: null,
        timeliness: 'OVERDUE',
        expectedQuantity: 3,
        quantityDone: null,
        quality: null,
        majorErrors: 0,
        excusedErrors: 0,
        delays: 0,
        excusedDelays: 0,
      },
      expect.objectContaining({ id: ids.open, deadline: '2026-11-25', effectiveDeadline: '2026-11-25', timeliness: 'PENDING' }),
      {
        id: ids.completed,
        deadline: '2026-11-28',
        effectiveDeadline: '2026-11-30',
        status: 'COMPLETED',
        submittedOn: '2026-11-20',
        timeliness: 'ON_TIME',
        expectedQuantity: 3,
        quantityDone: 2.5,
        quality: 'SATISFACTORY',
        majorErrors: 2,
        excusedErrors: 1,
        delays: 0,
        excusedDelays: 0,
      },
    ]);
    expect(mine.coOperated.map((a) => a.id)).toEqual([ids.helping]);
    expect(theirs.led.map((a) => a.id)).toEqual([ids.helping]);
    expect(theirs.coOperated.map((a) => a.id)).toEqual([ids.completed]);
    // December's deadline is outside November, inside December.
    const [december] = await factsOf(await asService(), [{ employeeId: staff().id, from: '2026-12-01', to: '2026-12-31' }]);
    expect(december.led.map((a) => a.id)).toEqual([ids.december]);
    // The same facts as the assignment's own view through the gateway.
    const { assignment } = await (
      await clientOf(user('unit-head'))
    ).request(
      graphql(`
        query ScoringFactsAssignment($id: ID!) {
          assignment(id: $id) {
            effectiveDeadline
            timeliness
          }
        }
      `),
      {
        id: ids.completed,
      },
    );
    expect(assignment).toEqual({ effectiveDeadline: '2026-11-30', timeliness: 'ON_TIME' });
  });

  it('working days follow the calendar: holidays, a swapped Saturday, a whole year', async () => {
    await db.query(`insert into diary.calendar_day (day, kind, name, recorded_by) values ('2026-12-05', 'WORKING_SWAP', 'Làm bù', 'test')`);
    const ranges = [
      { from: '2026-09-01', to: '2026-09-30' }, // National Day, 1–2 September
      { from: '2026-02-01', to: '2026-02-28' }, // Tết
      { from: '2026-12-01', to: '2026-12-31' }, // a Saturday worked
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-11-21', to: '2026-11-22' }, // a weekend
    ];
    const facts = await factsOf(
      await asService(),
      ranges.map((r) => ({ employeeId: staff().id, ...r })),
    );
    const expected: number[] = [];
    for (const r of ranges) expected.push(await workingDaysBySql(r.from, r.to));
    expect(facts.map((f) => f.workingDays)).toEqual(expected);
    expect(expected).toEqual([20, 15, 24, expected[3], 0]);
  });

  it('someone with no diary and no assignments gets zeros, not a missing row', async () => {
    const nobody = newId();
    const [facts] = await factsOf(await asService(), [{ employeeId: nobody, ...NOVEMBER }]);
    expect(facts).toEqual({
      employeeId: nobody,
      ...NOVEMBER,
      workingDays: 21,
      leaveDays: 0,
      declaredDays: 0,
      lateDeclarations: 0,
      daysOverStandard: 0,
      farAboveStandardEntries: 0,
      entries: 0,
      approvedEntries: 0,
      approvedActualMinutes: 0,
      items: [],
      led: [],
      coOperated: [],
    });
  });
});

describe('many people at once', () => {
  const people = () => province.employees.slice(0, 300).map((e) => e.id);

  it('answers in the order asked, a repeated range twice, each equal to the rows', async () => {
    const week = { employeeId: staff().id, from: '2026-11-09', to: '2026-11-15' };
    const month = { employeeId: staff().id, ...NOVEMBER };
    const ranges = [...people().map((employeeId) => ({ employeeId, ...NOVEMBER })), week, month, month];
    const facts = await factsOf(await asService(), ranges);
    expect(facts.map((f) => [f.employeeId, f.from, f.to])).toEqual(ranges.map((r) => [r.employeeId, r.from, r.to]));
    const { rows } = await db.query(
      `select employee_id, count(*)::int as entries, coalesce(sum(actual_minutes) filter (where status = 'APPROVED'), 0)::int as minutes
         from diary.diary_entry where employee_id = any($1::uuid[]) and work_date between '2026-11-01' and '2026-11-30' group by employee_id`,
      [people()],
    );
    const byPerson = new Map(rows.map((r) => [r.employee_id, r]));
    for (const f of facts.slice(0, 300))
      expect([f.entries, f.approvedActualMinutes]).toEqual([
        byPerson.get(f.employeeId)?.entries ?? 0,
        byPerson.get(f.employeeId)?.minutes ?? 0,
      ]);
    expect(facts.filter((f) => f.entries > 0).length).toBeGreaterThan(200);
    expectMatches(facts[300], await expectedBySql(week));
    expect(facts[300].leaveDays).toBe(2); // the leave recorded above: Thursday 12 and Friday 13 of this week
    expectMatches(facts[301], await expectedBySql(month));
    expect(facts[302]).toEqual(facts[301]);
  });

  it('as columns (what scoring asks): the very objects of scoringFacts, value for value and key for key, in the order asked', async () => {
    const month = { employeeId: staff().id, ...NOVEMBER };
    const week = { employeeId: staff().id, from: '2026-11-09', to: '2026-11-15' };
    const ranges = [
      month,
      ...people().map((employeeId) => ({ employeeId, ...NOVEMBER })),
      week,
      { employeeId: colleague().id, ...NOVEMBER },
      month,
    ];
    const client = await asService();
    const [{ packedScoringFacts: packed }, { scoringFacts: objects }] = await Promise.all([
      client.request(
        graphql(`
          query ScoringFactsPacked($ranges: [ScoringFactsRange!]!) {
            packedScoringFacts(ranges: $ranges) {
              workingDays
              leaveDays
              declaredDays
              lateDeclarations
              daysOverStandard
              farAboveStandardEntries
              entries
              approvedEntries
              approvedActualMinutes
              importedEntries
              assignments
              packedItemGroups
              workItemIds
              indexedItemGroups
              workPoints
            }
          }
        `),
        { ranges },
      ),
      client.request(
        graphql(`
          query ScoringFactsObjects($ranges: [ScoringFactsRange!]!) {
            scoringFacts(ranges: $ranges) {
              workingDays
              leaveDays
              declaredDays
              lateDeclarations
              daysOverStandard
              farAboveStandardEntries
              entries
              approvedEntries
              approvedActualMinutes
              importedEntries
              led
              coOperated
              packedItemGroups
              workPoints
            }
          }
        `),
        { ranges },
      ),
    ]);
    const unpacked = unpackFigures(packed as unknown as PackedFigures, ranges.length);
    // Compared as JSON: the same keys in the same order, as scoring stores them.
    expect(JSON.stringify(unpacked)).toBe(
      JSON.stringify(objects.map(({ packedItemGroups: _groups, workPoints: _points, ...figures }) => figures)),
    );
    expect(packed.packedItemGroups).toEqual(objects.map((o) => o.packedItemGroups));
    // The groups naming their items by index: each item once, and given their ids back, the very
    // packed groups, key for key (scoring stores them as they read).
    expect(new Set(packed.workItemIds).size).toBe(packed.workItemIds.length);
    expect(packed.workItemIds.length).toBeGreaterThan(5);
    const named = (packed.indexedItemGroups as IndexedColumns[]).map(namedItems(packed.workItemIds));
    expect(JSON.stringify(named)).toBe(JSON.stringify(objects.map((o) => o.packedItemGroups)));
    expect(packed.workPoints).toEqual(objects.map((o) => o.workPoints));
    // What makes the comparison mean something: assignments led and co-operated, leave, entries.
    expect(unpacked[0]!.led.length + unpacked[0]!.coOperated.length).toBeGreaterThan(0);
    expect(unpacked.some((f) => f.coOperated.length > 0) && unpacked.some((f) => f.led.length > 0)).toBe(true);
    expect(unpacked[301]!.leaveDays).toBe(2);
    expect(unpacked.filter((f) => f.entries > 0).length).toBeGreaterThan(200);
  });

  it('costs the same SQL statements for 10 ranges as for 64, and for 100 as for 300: never one per person', async () => {
    const client = await asService();
    const queries = graph.queries('diary');
    const counts: number[] = [];
    for (const size of [10, 64, 100, 300]) {
      queries.reset();
      const facts = await factsOf(
        client,
        people()
          .slice(0, size)
          .map((employeeId) => ({ employeeId, ...NOVEMBER })),
      );
      expect(facts).toHaveLength(size);
      counts.push(queries.count);
    }
    // Entry totals, per-item groups, work points, assignments, leave (the calendar is kept): as one
    // statement planned once per connection for a small batch (PLANNED_BATCH, 64), one each above.
    expect(counts).toEqual([1, 1, 5, 5]);
  });

  it('asked for the work points without the groups, reads no groups: the same points, a statement fewer', async () => {
    const client = await asService();
    const ranges = people().map((employeeId) => ({ employeeId, ...NOVEMBER }));
    const full = await factsOf(client, ranges);
    const queries = graph.queries('diary');
    queries.reset();
    const { scoringFacts } = await client.request(POINTS, { ranges });
    expect(queries.count).toBe(4);
    expect(scoringFacts.map((f) => f.workPoints)).toEqual(
      full.map((f) => f.items.reduce((sum, g) => sum + g.quantity * g.standardMinutes * g.coefficient, 0)),
    );
    expect(scoringFacts.filter((f) => f.workPoints > 0).length).toBeGreaterThan(200);
  });

  it('takes 5,000 ranges in one call, and no more', async () => {
    const ranges = Array.from({ length: 5000 }, (_, i) => ({ employeeId: province.employees[i % 400]!.id, ...NOVEMBER }));
    // A light selection: the limit is the point here, not the payload.
    const { scoringFacts } = await (
      await asService()
    ).request(
      graphql(`
        query ScoringFactsLight($ranges: [ScoringFactsRange!]!) {
          scoringFacts(ranges: $ranges) {
            employeeId
            workingDays
          }
        }
      `),
      { ranges },
    );
    expect(scoringFacts).toHaveLength(5000);
    expect(scoringFacts[4999]).toEqual({ employeeId: ranges[4999]!.employeeId, workingDays: 21 });
    const errors = await errorsOf(factsOf(await asService(), [...ranges, ranges[0]!]));
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'ranges']]);
  });
});

describe('who may ask, and what', () => {
  const one = () => [{ employeeId: staff().id, ...NOVEMBER }];
  const codes = async (request: Promise<unknown>) => (await errorsOf(request)).map((e) => e.extensions?.code);

  it('people and integration clients are refused, through the gateway or directly', async () => {
    expect(await codes(factsOf(await graph.as(user('province-analyst')), one()))).toEqual(['FORBIDDEN']);
    expect(await codes(factsOf(await graph.as(user('province-admin')), one()))).toEqual(['FORBIDDEN']);
    expect(await codes(factsOf(await graph.as(user('staff')), one()))).toEqual(['FORBIDDEN']);
    expect(await codes(factsOf(await graph.as(user('eoffice')), one()))).toEqual([NOT_IN_CONTRACT]);
    expect(await codes(factsOf(await graph.directAs('diary', user('eoffice')), one()))).toEqual(['FORBIDDEN']);
    expect(await codes(factsOf(await graph.directAs('diary', user('province-analyst')), one()))).toEqual(['FORBIDDEN']);
  });

  it('bad ranges are BAD_USER_INPUT naming the field', async () => {
    const client = await asService();
    const fieldOf = async (ranges: Range[]) =>
      (await errorsOf(factsOf(client, ranges))).map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await fieldOf([])).toEqual([['BAD_USER_INPUT', 'ranges']]);
    expect(await fieldOf([...one(), { employeeId: staff().id, from: '2026-11-30', to: '2026-11-01' }])).toEqual([
      ['BAD_USER_INPUT', 'ranges.1.to'],
    ]);
    expect(await fieldOf([{ employeeId: staff().id, from: '2026-01-01', to: '2027-01-02' }])).toEqual([['BAD_USER_INPUT', 'ranges.0.to']]);
    expect(await fieldOf([{ employeeId: 'E-001', ...NOVEMBER }])).toEqual([['BAD_USER_INPUT', 'ranges.0.employeeId']]);
    // 366 days is the most; a leap year's whole year fits.
    expect(await factsOf(client, [{ employeeId: staff().id, from: '2027-12-31', to: '2028-12-30' }])).toHaveLength(1);
    // Not a date at all: the LocalDate scalar refuses it before the resolver.
    expect(await codes(factsOf(client, [{ employeeId: staff().id, from: '2026-11-31', to: '2026-11-30' }]))).toEqual(['BAD_USER_INPUT']);
  });
});
