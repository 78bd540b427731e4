import { describe, expect, it } from '@jest/globals';
import { actor, codeOf } from '@kpi/platform/testkit';
import { Role } from '@kpi/platform';
import { AssignmentAction, AssignmentStatus as S, DayKind, Timeliness } from '../src/entities/enums.js';
import { canAssign, canReadAssignment, canReadUnit } from '../src/rules/access.js';
import {
  assertCompletion,
  defaultDelays,
  effectiveDeadline,
  nextStatus,
  summarise,
  timelinessOf,
  TRANSITIONS,
  workingDaysLate,
  workingDaysLeft,
} from '../src/rules/assignments.js';
import { HOLIDAYS } from '../src/migrations/holidays.js';

const calendar = new Map(HOLIDAYS.map(([day, kind]) => [day, kind as DayKind]));
const code = codeOf;
const open = (deadline: string, status = S.IN_PROGRESS) => ({ status, deadline, submittedOn: null });
const submitted = (deadline: string, submittedOn: string, status = S.SUBMITTED) => ({ status, deadline, submittedOn });

describe('deadlines on the working calendar', () => {
  it('a deadline on a day off moves to the next working day (Civil Code 2015, art. 148(5))', () => {
    expect(effectiveDeadline('2026-11-20', calendar)).toBe('2026-11-20'); // a Friday stays
    expect(effectiveDeadline('2026-11-21', calendar)).toBe('2026-11-23'); // Saturday → Monday
    // 30/4 and 1/5/2026 are Thursday and Friday holidays: due on 30/4 means due Monday 4/5.
    expect(effectiveDeadline('2026-04-30', calendar)).toBe('2026-05-04');
    // Tết Bính Ngọ 16–20/2/2026, then the weekend: due on the first day of Tết means 23/2.
    expect(effectiveDeadline('2026-02-16', calendar)).toBe('2026-02-23');
  });

  it('overdue the moment the deadline passes unfinished; pending on the day itself', () => {
    expect(timelinessOf(open('2026-11-20'), '2026-11-20', calendar)).toBe(Timeliness.PENDING);
    expect(timelinessOf(open('2026-11-20'), '2026-11-21', calendar)).toBe(Timeliness.OVERDUE);
    // Due Saturday 21/11: not overdue on Sunday or Monday, overdue on Tuesday.
    expect(timelinessOf(open('2026-11-21'), '2026-11-23', calendar)).toBe(Timeliness.PENDING);
    expect(timelinessOf(open('2026-11-21'), '2026-11-24', calendar)).toBe(Timeliness.OVERDUE);
    // Returned work is unfinished again.
    expect(timelinessOf(open('2026-11-20', S.RETURNED), '2026-11-23', calendar)).toBe(Timeliness.OVERDUE);
    expect(timelinessOf(open('2026-11-01', S.CANCELLED), '2026-11-23', calendar)).toBe(Timeliness.CANCELLED);
  });

  it('judges finished work on the day it was submitted, not on the assigner’s review', () => {
    expect(timelinessOf(submitted('2026-11-20', '2026-11-20'), '2026-12-15', calendar)).toBe(Timeliness.ON_TIME);
    expect(timelinessOf(submitted('2026-11-20', '2026-11-23', S.COMPLETED), '2026-11-23', calendar)).toBe(Timeliness.LATE);
    expect(timelinessOf(submitted('2026-04-30', '2026-05-04', S.COMPLETED), '2026-06-01', calendar)).toBe(Timeliness.ON_TIME);
  });

  it('counts lateness and time left in working days', () => {
    // Due Friday 13/11, submitted Tuesday 17/11: Monday and Tuesday late = 2.
    expect(workingDaysLate(submitted('2026-11-13', '2026-11-17'), '2026-11-30', calendar)).toBe(2);
    // Due 13/11, still open on Friday 20/11: 16, 17, 18, 19, 20 = 5.
    expect(workingDaysLate(open('2026-11-13'), '2026-11-20', calendar)).toBe(5);
    expect(workingDaysLate(open('2026-11-27'), '2026-11-20', calendar)).toBe(0);
    // From Friday 20/11 to Tuesday 24/11: Monday and Tuesday left = 2; on the day itself 0.
    expect(workingDaysLeft(open('2026-11-24'), '2026-11-20', calendar)).toBe(2);
    expect(workingDaysLeft(open('2026-11-20'), '2026-11-20', calendar)).toBe(0);
    expect(workingDaysLeft(open('2026-11-19'), '2026-11-20', calendar)).toBeNull();
  });
});

describe('the overdue share', () => {
  const today = '2026-11-30';
  it('exactly 20 %: one overdue among five due', () => {
    const list = [
      submitted('2026-11-10', '2026-11-09', S.COMPLETED),
      submitted('2026-11-12', '2026-11-12', S.COMPLETED),
      submitted('2026-11-16', '2026-11-13'),
      submitted('2026-11-20', '2026-11-20', S.COMPLETED),
      open('2026-11-25'),
      open('2026-12-10'), // not yet due: left out
      open('2026-11-05', S.CANCELLED), // counts nowhere
    ];
    expect(summarise(list, today, calendar)).toEqual({
      assigned: 6,
      completed: 3,
      onTime: 4,
      late: 0,
      overdue: 1,
      pending: 1,
      cancelled: 1,
      overdueShare: 0.2, // 1 ÷ (4 + 0 + 1)
    });
  });

  it('late work counts as well as overdue work: 2 of 6 = 33.33 %', () => {
    const list = [
      submitted('2026-11-10', '2026-11-11', S.COMPLETED), // late by one working day
      open('2026-11-20'), // overdue
      ...['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((d) => submitted(d, d, S.COMPLETED)),
    ];
    const summary = summarise(list, today, calendar);
    expect([summary.late, summary.overdue, summary.onTime]).toEqual([1, 1, 4]);
    expect(summary.overdueShare).toBe(0.3333);
  });

  it('nothing due yet: no share rather than 0 %', () => {
    expect(summarise([open('2026-12-31')], today, calendar).overdueShare).toBeNull();
  });
});

describe('the lifecycle', () => {
  it('moves assigned → in progress → submitted → completed, and back on a return', () => {
    expect(nextStatus(AssignmentAction.ACCEPT, S.ASSIGNED)).toBe(S.IN_PROGRESS);
    expect(nextStatus(AssignmentAction.SUBMIT, S.IN_PROGRESS)).toBe(S.SUBMITTED);
    expect(nextStatus(AssignmentAction.SUBMIT, S.ASSIGNED)).toBe(S.SUBMITTED);
    expect(nextStatus(AssignmentAction.RETURN, S.SUBMITTED)).toBe(S.RETURNED);
    expect(nextStatus(AssignmentAction.SUBMIT, S.RETURNED)).toBe(S.SUBMITTED);
    expect(nextStatus(AssignmentAction.COMPLETE, S.SUBMITTED)).toBe(S.COMPLETED);
    expect(nextStatus(AssignmentAction.REASSIGN, S.IN_PROGRESS)).toBe(S.ASSIGNED);
    expect(nextStatus(AssignmentAction.EXTEND, S.RETURNED)).toBe(S.RETURNED);
  });

  it('refuses steps that make no sense, saying what is possible', () => {
    expect(code(() => nextStatus(AssignmentAction.ACCEPT, S.COMPLETED))).toBe('INVALID_TRANSITION');
    expect(code(() => nextStatus(AssignmentAction.COMPLETE, S.IN_PROGRESS))).toBe('INVALID_TRANSITION');
    expect(code(() => nextStatus(AssignmentAction.EXTEND, S.SUBMITTED))).toBe('INVALID_TRANSITION');
    let possible: unknown;
    try {
      nextStatus(AssignmentAction.COMPLETE, S.ASSIGNED);
    } catch (error) {
      possible = (error as { extensions: { possible: string[] } }).extensions.possible;
    }
    expect(possible).toEqual(['ACCEPT', 'SUBMIT', 'CANCEL', 'REASSIGN', 'EXTEND']);
  });

  it('a late product carries one delay by default; exemptions need an objective cause', () => {
    expect(defaultDelays(Timeliness.LATE)).toBe(1);
    expect(defaultDelays(Timeliness.ON_TIME)).toBe(0);
    const ok = { majorErrors: 2, excusedErrors: 1, delays: 1, excusedDelays: 0, objectiveCause: 'Văn bản hướng dẫn của Bộ ban hành muộn' };
    expect(code(() => assertCompletion(ok))).toBeNull();
    expect(code(() => assertCompletion({ ...ok, objectiveCause: null }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCompletion({ ...ok, excusedErrors: 3 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCompletion({ ...ok, majorErrors: -1, excusedErrors: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCompletion({ ...ok, delays: 1.5 }))).toBe('BAD_USER_INPUT');
  });
});

describe('who assigns and who sees', () => {
  const agency = 'agency-1';
  const division = 'division-1';
  const leaderFacts = (id: string, isLeadership = false, agencyId = agency, divisionId: string | null = null) => ({
    id,
    agencyId,
    divisionId,
    position: { isLeadership },
  });
  const person = (id: string, supervisorId: string | null = null, divisionId: string | null = division) => ({
    id,
    agencyId: agency,
    divisionId,
    supervisorId,
  });

  it('a leader assigns to their reports, their unit, or — holding a leadership post — their agency', () => {
    const head = actor.person('head', [Role.STAFF, Role.UNIT_HEAD], [agency], [division]);
    expect(canAssign(head, leaderFacts('head'), person('p1'))).toBe(true); // in the unit they head
    expect(canAssign(head, leaderFacts('head'), person('p2', null, 'division-2'))).toBe(false);
    const supervisor = actor.person('sup', [Role.STAFF], [agency]);
    expect(canAssign(supervisor, leaderFacts('sup'), person('p3', 'sup', 'division-2'))).toBe(true); // a direct report
    const director = actor.person('dir', [Role.STAFF], [agency]);
    expect(canAssign(director, leaderFacts('dir', true), person('p4', null, 'division-9'))).toBe(true);
    expect(canAssign(director, leaderFacts('dir', true, 'agency-2'), person('p4'))).toBe(false);
    // A division head's leadership post does not reach other divisions.
    expect(canAssign(head, leaderFacts('head', true, agency, division), person('p5', null, 'division-2'))).toBe(false);
    const colleague = actor.person('col', [Role.STAFF], [agency]);
    expect(canAssign(colleague, leaderFacts('col'), person('p1'))).toBe(false);
    expect(canAssign(head, leaderFacts('head'), person('head'))).toBe(false); // not to oneself
  });

  it('the people on it, the assigner, the unit head, agency admins and province roles read an assignment', () => {
    const a = { assignerId: 'boss', leadId: 'lead', coOperatorIds: ['helper'], agencyId: agency, divisionId: division };
    expect(canReadAssignment(actor.person('helper', [Role.STAFF], [agency]), a)).toBe(true);
    expect(canReadAssignment(actor.person('other', [Role.STAFF], [agency]), a)).toBe(false);
    expect(canReadAssignment(actor.person('hr', [Role.AGENCY_ADMIN], [agency]), a)).toBe(true);
    expect(canReadAssignment(actor.person('x', [Role.PROVINCE_ANALYST], []), a)).toBe(true);
    expect(canReadAssignment(actor.integrationClient(), a)).toBe(false);
    expect(canReadUnit(actor.person('h', [Role.UNIT_HEAD], [agency], [division]), { id: division, parentId: agency })).toBe(true);
    expect(canReadUnit(actor.person('hr', [Role.AGENCY_ADMIN], [agency]), { id: division, parentId: agency })).toBe(true);
    expect(canReadUnit(actor.person('s', [Role.STAFF], [agency]), { id: division, parentId: agency })).toBe(false);
  });
});

describe('the assignment lifecycle, every action from every status', () => {
  // Written out by hand from the lifecycle (docs/diary.md), not derived from TRANSITIONS, so that
  // a change to the rule — REASSIGN allowed from SUBMITTED, say — fails here. '✗' = refused.
  const X = '✗';
  const grid = `
              ASSIGNED     IN_PROGRESS  SUBMITTED  COMPLETED  RETURNED   CANCELLED
    ACCEPT    IN_PROGRESS  ✗            ✗          ✗          ✗          ✗
    SUBMIT    SUBMITTED    SUBMITTED    ✗          ✗          SUBMITTED  ✗
    COMPLETE  ✗            ✗            COMPLETED  ✗          ✗          ✗
    RETURN    ✗            ✗            RETURNED   ✗          ✗          ✗
    CANCEL    CANCELLED    CANCELLED    CANCELLED  ✗          CANCELLED  ✗
    REASSIGN  ASSIGNED     ASSIGNED     ✗          ✗          ASSIGNED   ✗
    EXTEND    ASSIGNED     IN_PROGRESS  ✗          ✗          RETURNED   ✗
  `;
  const [header, ...rows] = grid
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const statuses = header as S[];
  const table = Object.fromEntries(rows.map(([action, ...next]) => [action, next as (S | typeof X)[]])) as Record<
    Exclude<AssignmentAction, AssignmentAction.ASSIGN>,
    (S | typeof X)[]
  >;
  const actions = Object.keys(table) as (keyof typeof table)[];
  const cases = actions.flatMap((action) => statuses.map((status, i) => [action, status, table[action][i]] as const));

  it('covers every action and status there is', () => {
    expect(new Set(actions)).toEqual(new Set(Object.values(AssignmentAction).filter((a) => a !== AssignmentAction.ASSIGN)));
    expect(new Set(statuses)).toEqual(new Set(Object.values(S)));
  });

  it.each(cases)('%s from %s → %s', (action, status, expected) => {
    if (expected === X) {
      let refusal: unknown;
      try {
        nextStatus(AssignmentAction[action], status);
      } catch (error) {
        refusal = error;
      }
      const { extensions } = refusal as { extensions: { code: string; possible: string[] } };
      expect(extensions.code).toBe('INVALID_TRANSITION');
      // The refusal names exactly what the table allows from that status.
      expect(extensions.possible).toEqual(actions.filter((a) => table[a][statuses.indexOf(status)] !== X));
    } else expect(nextStatus(AssignmentAction[action], status)).toBe(expected);
  });

  it('the lead reports, the assigner decides', () => {
    const lead = actions.filter((a) => TRANSITIONS[a].by === 'lead');
    expect(lead.sort()).toEqual(['ACCEPT', 'SUBMIT']);
  });
});
