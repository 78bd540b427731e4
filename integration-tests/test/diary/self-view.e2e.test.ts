import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { graphql } from '../../src/graphql/index.js';
import { plainRowDifferences } from '../../src/plain-rows.js';
import { requestsAnswered } from '../../src/requests.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * Issue 14, the self view: the staff dashboard's parts that are not the score — the person, their
 * position and agency, the month's diary figures and entries with their catalogue items, their
 * assignments. What each subgraph runs for it is a fixed number of statements, however many
 * entries the month holds; what the read paths read as plain rows is exactly what entities hold.
 */
const NOW = '2026-11-20T10:00:00+07:00';

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, employees: 150, diaryMonths: 2 });
}, 240_000);
afterAll(() => world?.stop());

const DASHBOARD = graphql(`
  query SelfViewDashboard($from: LocalDate!, $to: LocalDate!) {
    me {
      id
      code
      fullName
      staffType
      position {
        title
        category
        isLeadership
        standardMinutesPerDay
      }
      agency {
        code
        name
      }
      division {
        name
      }
      diaryPeriod(from: $from, to: $to) {
        workingDays
        actualMinutes
        earnedStandardMinutes
        workPoints
        approvedWorkPoints
        availableStandardMinutes
        missingDays
        daysOverStandard
      }
      diaryEntries(from: $from, to: $to) {
        id
        workDate
        quantity
        actualMinutes
        status
        workPoints
        flags
        workItem {
          code
          name
          unit
        }
      }
      assignmentSummary(from: $from, to: $to) {
        onTime
        late
        overdue
        overdueShare
      }
    }
    myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {
      id
      title
      deadline
      effectiveDeadline
      timeliness
      workingDaysLeft
      workItem {
        name
      }
    }
  }
`);

describe('the staff dashboard', () => {
  it('costs the same statements in every subgraph for a week, a month and two months of entries', async () => {
    const client = await world.graph.as(world.user('staff'));
    const subgraphs = ['personnel', 'catalogue', 'diary'];
    const counters = subgraphs.map((name) => world.graph.queries(name));
    const ranges = [
      ['2026-11-16', '2026-11-20'],
      ['2026-11-01', '2026-11-30'],
      ['2026-10-01', '2026-11-30'],
    ] as const;
    const counts: Record<string, number>[] = [];
    const sizes: number[] = [];
    for (const [from, to] of ranges)
      for (const warm of [false, true]) {
        for (const counter of counters) counter.reset();
        const { me } = await client.request(DASHBOARD, { from, to });
        if (warm) sizes.push(me!.diaryEntries.length);
        counts.push({ ...Object.fromEntries(subgraphs.map((name, i) => [name, counters[i]!.count])), warm: Number(warm) });
      }
    expect(sizes[2]).toBeGreaterThan(sizes[0]! * 4);
    // Personnel: the person; their position, agency and division are kept between requests (the
    // first time: personnel's revision, the agencies, the positions). The diary, asked once (it
    // answers `me` beside personnel): the person's entries, leave and assignments (their month's
    // summary and their open ones alike). The calendar and the policy are kept between requests (the first time: the
    // diary's revision for each ask, the calendar, the policy). The catalogue: nothing once the diary keeps the
    // items named (it answers their code, name and unit itself); before, one ask for every item
    // not kept yet — the items and their versions, and the catalogue's revision the first time.
    for (const count of counts.filter((c) => c.warm)) expect(count).toEqual({ personnel: 1, catalogue: 0, diary: 3, warm: 1 });
    expect(Math.max(...counts.map((c) => c.personnel!))).toBeLessThanOrEqual(4);
    expect(Math.max(...counts.map((c) => c.diary!))).toBeLessThanOrEqual(8);
    expect(Math.max(...counts.map((c) => c.catalogue!))).toBeLessThanOrEqual(3);
  });

  it('is fetched at once: personnel and the diary asked once each, the diary placing the person as personnel does', async () => {
    const client = await world.graph.as(world.user('staff'));
    const requests = (name: string) => requestsAnswered(world.graph, name);
    await client.request(DASHBOARD, { from: '2026-11-01', to: '2026-11-30' });
    const before = { personnel: await requests('personnel'), diary: await requests('diary') };
    await client.request(DASHBOARD, { from: '2026-11-01', to: '2026-11-30' });
    // Before `me` was answered beside personnel: personnel first, then the diary twice (the
    // person's month after personnel's answer, their open assignments beside it).
    expect({ personnel: (await requests('personnel')) - before.personnel, diary: (await requests('diary')) - before.diary }).toEqual({
      personnel: 1,
      diary: 1,
    });
    // What the diary provides of the person is what personnel says of them.
    const PLACE = '{ me { id agencyId divisionId supervisorId } }';
    const fromDiary = await (await world.graph.directAs('diary', world.user('staff'))).request(PLACE);
    expect(fromDiary).toEqual(await (await world.graph.directAs('personnel', world.user('staff'))).request(PLACE));
    expect((fromDiary as { me: { id: string } }).me.id).toBe(world.user('staff').employeeId);
    // No personal record for a service, from the diary as from personnel.
    for (const name of ['diary', 'personnel'])
      await expect(world.graph.directAsService(name, 'scoring').request('{ me { id } }')).rejects.toMatchObject({
        response: { errors: [{ extensions: { code: 'FORBIDDEN' } }] },
      });
  });

  it('names each entry’s own work item, though the diary asks the catalogue for each item once', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { me } = await client.request(DASHBOARD, { from: '2026-10-01', to: '2026-11-30' });
    const { rows } = await world.db.query<{ id: string; work_item_id: string }>(
      'select id, work_item_id from diary.diary_entry where id = any($1)',
      [me!.diaryEntries.map((e) => e.id)],
    );
    const itemOf = new Map(rows.map((r) => [r.id, r.work_item_id]));
    const codeOf = new Map(world.demo.items.map((i) => [i.id, i.code]));
    expect(new Set(me!.diaryEntries.map((e) => e.workItem.code)).size).toBeLessThan(me!.diaryEntries.length / 2);
    for (const entry of me!.diaryEntries) expect(entry.workItem.code).toBe(codeOf.get(itemOf.get(entry.id)!));
  });
});

describe('the shape of the answer', () => {
  const SHAPED = `query Shaped($from: LocalDate!, $to: LocalDate!, $withCode: Boolean!, $noName: Boolean!) {
    me {
      id
      code @include(if: $withCode)
      fullName @skip(if: $noName)
      diaryEntries(from: $from, to: $to) { id workDate @include(if: $withCode) workItem { code @skip(if: $noName) name } }
    }
  }`;
  type Shaped = { me: { id: string; code?: string; fullName?: string; diaryEntries: Record<string, unknown>[] } };

  it('follows @skip and @include on the person and on every entry, and only where they are', async () => {
    // The gateway shapes every answer from what the subgraphs sent (a patched @apollo/gateway skips
    // the directives' lookup on selections without any): both ways, fields of one object and of a list's items.
    const client = await world.graph.as(world.user('staff'));
    const month = { from: '2026-11-01', to: '2026-11-30' };
    const all = await client.request<Shaped>(SHAPED, { ...month, withCode: true, noName: false });
    const few = await client.request<Shaped>(SHAPED, { ...month, withCode: false, noName: true });
    expect(all.me.diaryEntries.length).toBeGreaterThan(5);
    expect(Object.keys(all.me).sort()).toEqual(['code', 'diaryEntries', 'fullName', 'id']);
    for (const entry of all.me.diaryEntries) {
      expect(Object.keys(entry).sort()).toEqual(['id', 'workDate', 'workItem']);
      expect(Object.keys(entry.workItem as object).sort()).toEqual(['code', 'name']);
    }
    expect(Object.keys(few.me).sort()).toEqual(['diaryEntries', 'id']);
    expect(few.me.diaryEntries.map((e) => Object.keys(e).sort().join())).toEqual(all.me.diaryEntries.map(() => 'id,workItem'));
    expect(few.me.diaryEntries.map((e) => e.workItem)).toEqual(
      all.me.diaryEntries.map((e) => ({ name: (e.workItem as { name: string }).name })),
    );
  });
});

describe('the calendar and the policy kept between requests', () => {
  const PERIOD = graphql(`
    query SelfViewPeriod($from: LocalDate!, $to: LocalDate!) {
      me {
        diaryPeriod(from: $from, to: $to) {
          workingDays
        }
      }
      diaryPolicy(on: $from) {
        graceDays
      }
    }
  `);
  const WEEK = { from: '2026-11-16', to: '2026-11-20' };

  it('are read again once either changes, even behind the diary’s back, and not before', async () => {
    const client = await world.graph.as(world.user('staff'));
    const diary = world.graph.queries('diary');
    const before = await client.request(PERIOD, WEEK);
    diary.reset();
    expect(await client.request(PERIOD, WEEK)).toEqual(before);
    // Kept: neither the calendar nor the policy is read again (the diary hears its own revision).
    const unchanged = diary.count;
    // A holiday and a new grace written in SQL, not through the graph: the diary's revision moves
    // with them all the same, and the next request sees both.
    await world.db.query(
      `insert into diary.calendar_day (day, kind, name, recorded_by, recorded_at) values ('2026-11-18', 'HOLIDAY', 'Test', 'test', now())`,
    );
    await world.db.query(`update diary.diary_policy set grace_days = grace_days + 1`);
    try {
      diary.reset();
      const after = await client.request(PERIOD, WEEK);
      expect(diary.count).toBeGreaterThan(unchanged);
      expect(after.me!.diaryPeriod.workingDays).toBe(before.me!.diaryPeriod.workingDays - 1);
      expect(after.diaryPolicy.graceDays).toBe(before.diaryPolicy.graceDays + 1);
    } finally {
      await world.db.query(`delete from diary.calendar_day where day = '2026-11-18' and recorded_by = 'test'`);
      await world.db.query(`update diary.diary_policy set grace_days = grace_days - 1`);
    }
    expect(await client.request(PERIOD, WEEK)).toEqual(before);
  });
});

describe('the agencies and positions kept between requests', () => {
  const PLACE = graphql(`
    query SelfViewPlace {
      me {
        position {
          title
        }
        agency {
          name
        }
      }
    }
  `);

  it('are read again once either changes, even behind personnel’s back, and not before', async () => {
    const client = await world.graph.as(world.user('staff'));
    const personnel = world.graph.queries('personnel');
    const before = await client.request(PLACE);
    personnel.reset();
    expect(await client.request(PLACE)).toEqual(before);
    // Kept: only the person is read (personnel hears its own revision).
    expect(personnel.count).toBe(1);
    const { positionId, agencyId } = (
      await world.db.query<{ positionId: string; agencyId: string }>(
        `select position_id as "positionId", agency_id as "agencyId" from personnel.employee where id = $1`,
        [world.user('staff').employeeId],
      )
    ).rows[0]!;
    await world.db.query(`update personnel.job_position set title = title || ' (test)' where id = $1`, [positionId]);
    await world.db.query(`update personnel.agency set name = name || ' (test)' where id = $1`, [agencyId]);
    try {
      const after = await client.request(PLACE);
      expect(after.me!.position!.title).toBe(`${before.me!.position!.title} (test)`);
      expect(after.me!.agency.name).toBe(`${before.me!.agency.name} (test)`);
    } finally {
      await world.db.query(`update personnel.job_position set title = left(title, -7) where id = $1`, [positionId]);
      await world.db.query(`update personnel.agency set name = left(name, -7) where id = $1`, [agencyId]);
    }
    expect(await client.request(PLACE)).toEqual(before);
  });
});

describe('plain rows', () => {
  it('hold exactly the values the entities of the same rows hold', async () => {
    const differences: string[] = [];
    for (const [subgraph, names] of [
      ['diary', ['DiaryEntry', 'Leave', 'Assignment', 'CalendarDay', 'DiaryPolicy']],
      ['catalogue', ['WorkItem', 'WorkItemVersion']],
      ['personnel', ['Agency', 'JobPosition', 'Employee', 'RoleGrant']],
    ] as const)
      differences.push(...(await plainRowDifferences(world.graph.subgraphs.get(subgraph)!.database.orm, names)));
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
