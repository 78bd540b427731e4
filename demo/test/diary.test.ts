import { describe, expect, it } from '@jest/globals';
import { AssignmentStatus as S, DayKind, HOLIDAYS, summarise, Timeliness, timelinessOf } from '@kpi/diary/model';
import { ASSIGNMENT_COLUMNS, generateDiaries } from '../src/diary/index.js';

const calendar = new Map(HOLIDAYS.map(([day, kind]) => [day, kind as DayKind]));

describe('the demo assignments', () => {
  it('have a plausible share done late or still overdue, and a consistent record', async () => {
    const demo = generateDiaries({ months: 2, today: '2026-11-20', targetEmployees: 400 });
    const column = (name: string) => ASSIGNMENT_COLUMNS.indexOf(name as (typeof ASSIGNMENT_COLUMNS)[number]);
    const rows = demo.assignments.assignments.map((r) => ({
      status: r[column('status')] as S,
      deadline: r[column('deadline')] as string,
      submittedOn: r[column('submitted_on')] as string | null,
      quality: r[column('quality')],
      delays: r[column('delays')] as number,
    }));
    expect(rows.length).toBeGreaterThan(200);
    const summary = summarise(rows, '2026-11-20', calendar);
    expect(summary.overdueShare).toBeGreaterThan(0.08);
    expect(summary.overdueShare).toBeLessThan(0.3);
    for (const row of rows.filter((r) => r.status === S.COMPLETED)) {
      expect(row.quality).not.toBeNull();
      expect(row.delays).toBe(timelinessOf(row, '2026-11-20', calendar) === Timeliness.LATE ? 1 : 0);
    }
    const firstEvents = new Map<string, string>();
    for (const e of demo.assignments.events) if (!firstEvents.has(e[1] as string)) firstEvents.set(e[1] as string, e[2] as string);
    expect(new Set(firstEvents.values())).toEqual(new Set(['ASSIGN']));
    expect(firstEvents.size).toBe(rows.length);
  });
});
