import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateEducation, loadDemoEducation, SCHOOLS, type DemoEducation } from '@kpi/demo';
import { education } from '@kpi/education';
import { isProvinceSubgraph, loadGraphConfig } from '@kpi/platform';
import { actor, errorsOf } from '@kpi/platform/testkit';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * The education subgraph speaks the caller's language (issue 15 §2): its refusals and the verdicts
 * on delivered periods reach a Vietnamese caller in Vietnamese (days as 20/11/2026), an English
 * one in the English the graph always spoke, with the codes unchanged.
 */
const NOW = '2026-11-20T10:00:00+07:00';
const TERM = '2026-2027/HK1';
let world: DemoWorld;
let demo: DemoEducation;
const school = () => world.province.agencies.find((a) => a.code === SCHOOLS[0]!.code)!;
const schoolName = () => demo.schools.find((s) => s.agencyId === school().id)!.name;
const admin = () => world.province.employees.find((e) => e.agencyId === school().id && e.role === 'head')!;
const teacher = () => {
  const roster = new Set(demo.teachers.filter((t) => t.role === 'TEACHER').map((t) => t.employeeId));
  return world.province.employees.find((e) => e.agencyId === school().id && e.role === 'staff' && roster.has(e.id))!;
};

beforeAll(async () => {
  const province = loadGraphConfig().subgraphs.filter(isProvinceSubgraph);
  world = await startDemoWorld({
    now: NOW,
    extra: [education],
    employees: 400,
    gateway: { coreSubgraphs: province.map((entry) => entry.name) },
  });
  demo = generateEducation(world.province, '2026-11-20');
  await loadDemoEducation(world.graph.databaseUrl, demo);
});
afterAll(() => world?.stop());

const TOTALS = 'query ($id: ID!, $term: String!) { agency(id: $id) { teachingTotals(term: $term) { teachers } } }';
const LOAD = 'query ($id: ID!, $term: String!) { employee(id: $id) { teachingLoad(term: $term) { balance } } }';
const DELIVER = `mutation ($schoolId: ID!, $periods: [TaughtPeriodInput!]!) {
  recordTaughtPeriods(schoolId: $schoolId, periods: $periods) { externalId outcome code message }
}`;
const DUTY = 'mutation ($input: DutyInput!) { recordDuty(input: $input) { kindCode } }';

describe('the education subgraph in Vietnamese', () => {
  it('refuses an unknown term with the terms there are, in the caller’s language', async () => {
    const variables = { id: school().id, term: '2019-2020/HK9' };
    const [vi] = await errorsOf((await world.graph.as(actor.agencyAdmin(admin()), 'vi')).request(TOTALS, variables));
    const [en] = await errorsOf((await world.graph.as(actor.agencyAdmin(admin()), 'en')).request(TOTALS, variables));
    expect(vi).toMatchObject({
      message: 'Không có học kỳ 2019-2020/HK9; các học kỳ hiện có: 2026-2027/HK1, 2026-2027/HK2.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(en).toMatchObject({
      message: 'No term 2019-2020/HK9; the terms are 2026-2027/HK1, 2026-2027/HK2.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('tells a colleague in Vietnamese that a teacher’s load is not theirs to read', async () => {
    const who = teacher();
    const colleague = world.province.employees.find(
      (e) => e.agencyId === school().id && e.role === 'staff' && e.id !== who.id && e.supervisorId !== who.id,
    )!;
    const errors = await errorsOf((await world.graph.as(actor.staff(colleague), 'vi')).request(LOAD, { id: who.id, term: TERM }));
    expect(errors.find((e) => e.extensions?.code === 'FORBIDDEN')?.message).toBe(
      'Đồng chí không có quyền truy cập khối lượng giảng dạy của người này.',
    );
  });

  it('gives each rejected period its reason in Vietnamese, days written the Vietnamese way, codes unchanged', async () => {
    const who = teacher();
    const schoolClass = demo.classes.find((c) => c.schoolAgencyId === school().id)!;
    const outsider = world.user('staff').employeeId!;
    const period = {
      externalId: 'vi-2026-11-14-1',
      teacherId: who.id,
      classId: schoolClass.id,
      subject: 'Ngữ văn',
      taughtOn: '2026-11-14',
      periodNumber: 3,
    };
    const client = await world.graph.as(actor.agencyAdmin(admin()), 'vi');
    const { recordTaughtPeriods } = await client.request<{
      recordTaughtPeriods: { externalId: string; outcome: string; code: string | null; message: string | null }[];
    }>(DELIVER, {
      schoolId: school().id,
      periods: [
        period,
        { ...period, externalId: 'vi-dup' },
        { ...period, externalId: 'vi-outsider', teacherId: outsider },
        { ...period, externalId: 'vi-future', taughtOn: '2026-11-21', periodNumber: 4 },
        { ...period, externalId: 'vi-period', periodNumber: 11 },
        { ...period, externalId: 'vi-summer', taughtOn: '2026-08-10' },
      ],
    });
    expect(recordTaughtPeriods.map((r) => [r.outcome, r.code, r.message])).toEqual([
      ['RECORDED', null, null],
      ['REJECTED', 'SLOT_TAKEN', `Lớp ${schoolClass.name} đã có giờ dạy ở tiết 3 ngày 14/11/2026.`],
      ['REJECTED', 'NOT_ON_ROSTER', `Giáo viên ${outsider} không có trong danh sách giáo viên của ${schoolName()}.`],
      ['REJECTED', 'FUTURE_DATE', 'Ngày 21/11/2026 chưa đến (hôm nay là 20/11/2026).'],
      ['REJECTED', 'BAD_USER_INPUT', 'Tiết học được đánh số từ 1 đến 10.'],
      ['REJECTED', 'OUTSIDE_TERM', `Ngày 10/08/2026 không thuộc học kỳ nào của năm học ${schoolClass.schoolYearCode} của lớp.`],
    ]);
    // In English, the same verdicts read as they always did.
    const en = await world.graph.as(actor.agencyAdmin(admin()), 'en');
    const again = await en.request<{ recordTaughtPeriods: { code: string | null; message: string | null }[] }>(DELIVER, {
      schoolId: school().id,
      periods: [{ ...period, externalId: 'en-future', taughtOn: '2026-11-21', periodNumber: 4 }],
    });
    expect(again.recordTaughtPeriods[0]).toMatchObject({ code: 'FUTURE_DATE', message: '2026-11-21 is after today (2026-11-20).' });
  });

  it('refuses an ill-recorded duty in Vietnamese', async () => {
    const client = await world.graph.as(actor.agencyAdmin(admin()), 'vi');
    const duty = { teacherId: teacher().id, term: TERM, kindCode: 'EXAM_SESSION' };
    const [noDay] = await errorsOf(client.request(DUTY, { input: duty }));
    expect(noDay).toMatchObject({
      message: 'Coi thi, chấm thi (một buổi) được tính theo từng lần thực hiện: Đồng chí cần ghi ngày thực hiện.',
      extensions: { code: 'BAD_USER_INPUT', field: 'doneOn' },
    });
    const [outside] = await errorsOf(client.request(DUTY, { input: { ...duty, doneOn: '2026-03-02' } }));
    expect(outside).toMatchObject({
      message: 'Ngày 02/03/2026 không thuộc học kỳ 2026-2027/HK1 (05/09/2026 – 16/01/2027).',
      extensions: { code: 'OUTSIDE_TERM' },
    });
    const [unknown] = await errorsOf(client.request(DUTY, { input: { ...duty, kindCode: 'NAP' } }));
    expect(unknown!.message).toMatch(/^Không có loại nhiệm vụ NAP; các loại hiện có: .*HOMEROOM, /);
  });
});
