import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { todayInVietnam } from '@kpi/platform';
import { errorsOf } from '@kpi/platform/testkit';
import { personnelWorld, type PersonnelWorld } from './fixtures.js';

/**
 * Personnel speaks Vietnamese to whoever asks in it (issue 15 §2): its refusals, the rows of a
 * placement history import and its job's summary — the codes unchanged, the English the other
 * suites read unchanged too.
 */
let world: PersonnelWorld;
beforeAll(async () => {
  world = await personnelWorld(60);
});
afterAll(async () => {
  await world?.graph.stop();
});

type Person = PersonnelWorld['province']['employees'][number];
const inVietnamese = (label: string) => world.graph.as(world.user(label), 'vi');
const inEnglish = (label: string) => world.graph.as(world.user(label), 'en');
const staff = () => world.province.employees.filter((e) => e.status === 'ACTIVE' && e.role === 'staff');
const agencyOf = (person: Person) => world.province.agencies.find((a) => a.id === person.agencyId)!;
const plainPositionIn = (agencyId: string) => world.province.positions.find((p) => p.agencyId === agencyId && !p.isLeadership)!;
const firstDay = (person: Person) =>
  world.province.placements
    .filter((p) => p.employeeId === person.id)
    .map((p) => p.effectiveFrom)
    .sort()[0]!;
const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4, 7)}-01`;
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}\n`).toString('base64');
const VI_HEADER = 'Mã cán bộ,Loại,Mã cơ quan,Mã phòng ban,Mã vị trí,Mã người phụ trách,Từ ngày,Đến ngày,Số quyết định,Lý do';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
const APPOINT = `mutation($input: PlacementInput!) { appointEmployee(input: $input) { id } }`;
const DEACTIVATE = `mutation($input: DeactivateEmployeeInput!) { deactivateEmployee(input: $input) { status } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
const UPDATE_EMPLOYEE = `mutation($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`;
const UPDATE_AGENCY = `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id } }`;
const IMPORT = `mutation($content: String!) {
  importPlacementHistory(format: CSV, content: $content, dryRun: true) { invalid rows { row action errors } }
}`;
const START = `mutation($content: String!) { startPlacementImportJob(format: CSV, content: $content) { id } }`;
const JOB = `query($id: ID!) { personnelJob(id: $id) { state summary } }`;

/** The one error of a refused request: its code and its message. */
async function refusal(request: Promise<unknown>) {
  const errors = await errorsOf(request);
  expect(errors).toHaveLength(1);
  return { code: errors[0]!.extensions?.code, message: errors[0]!.message };
}

describe('personnel in Vietnamese', () => {
  it('refuses in Vietnamese, with the same codes as in English', async () => {
    const [vi, en] = [await inVietnamese('province-admin'), await inEnglish('province-admin')];
    const commune = { code: 'XA-THU', name: 'Xã thử', kind: 'COMMUNE' };
    expect(await refusal(vi.request(CREATE_AGENCY, { input: commune }))).toEqual({
      code: 'INVALID_PARENT',
      message: 'Mọi cơ quan, đơn vị (trừ tỉnh) đều phải có cơ quan cấp trên (parentId).',
    });
    expect(await refusal(en.request(CREATE_AGENCY, { input: commune }))).toEqual({
      code: 'INVALID_PARENT',
      message: 'Every agency but a province needs a parent (parentId).',
    });

    const person = staff()[0]!;
    const position = plainPositionIn(person.agencyId);
    const appointment = { employeeId: person.id, positionId: position.id, effectiveFrom: todayInVietnam() };
    expect(await refusal(vi.request(APPOINT, { input: appointment }))).toEqual({
      code: 'NOT_A_LEADERSHIP_POSITION',
      message: `Bổ nhiệm là vào một vị trí lãnh đạo, quản lý; ${position.title} không phải vị trí lãnh đạo, quản lý.`,
    });

    expect(await refusal(vi.request(GRANT, { input: { employeeId: person.id, role: 'STAFF', reason: 'Thử' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'Vai trò Cán bộ, công chức, viên chức (STAFF) không cấp riêng được: vai trò này xác định theo vị trí công tác của mỗi người.',
    });

    // What the platform says of a record, in personnel's words.
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(vi.request(UPDATE_EMPLOYEE, { id: nobody, input: { email: null } }))).toEqual({
      code: 'NOT_FOUND',
      message: `Không có hồ sơ cán bộ nào có mã định danh ${nobody}.`,
    });
    const department = world.province.agencies.find((a) => a.depth === 1)!;
    expect(await refusal(vi.request(UPDATE_AGENCY, { id: department.id, input: { name: '  ' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Tên không được để trống.',
    });
    expect(await refusal(vi.request(CREATE_AGENCY, { input: { ...commune, code: department.code, parentId: department.id } }))).toEqual({
      code: 'DUPLICATE_CODE',
      message: `Đã có cơ quan, đơn vị mang mã ${department.code}; hãy chọn mã khác.`,
    });

    const staffMember = await inVietnamese('staff');
    expect(await refusal(staffMember.request('{ integrationClients { clientId } }'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Đồng chí không có quyền truy cập danh sách ứng dụng tích hợp.',
    });
    expect(await refusal(staffMember.request('{ roleGrants { id } }'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Đồng chí không có quyền truy cập danh sách cấp vai trò.',
    });
  });

  it('names a status by its Vietnamese label, the code beside it', async () => {
    const admin = await inVietnamese('province-admin');
    const person = staff()[1]!;
    const leaving = { employeeId: person.id, status: 'RETIRED', effectiveFrom: todayInVietnam() };
    expect((await admin.request(DEACTIVATE, { input: leaving })) as unknown).toEqual({ deactivateEmployee: { status: 'RETIRED' } });
    expect(await refusal(admin.request(DEACTIVATE, { input: leaving }))).toEqual({
      code: 'EMPLOYEE_INACTIVE',
      message: `${person.fullName} đã thôi công tác, trạng thái hiện tại là Nghỉ hưu (RETIRED).`,
    });
    expect(await refusal((await inEnglish('province-admin')).request(DEACTIVATE, { input: leaving }))).toEqual({
      code: 'EMPLOYEE_INACTIVE',
      message: `${person.fullName} is already out of service (RETIRED).`,
    });
  });

  it('judges a placement sheet in Vietnamese: each problem by its Vietnamese header, dates as Vietnamese write them', async () => {
    const person = staff()[2]!;
    const agency = agencyOf(person);
    const from = firstDay(person);
    const row = (code: string, day: string) => [code, 'Tuyển dụng', agency.code, '', plainPositionIn(agency.id).code, '', day, '', '', ''];
    const { importPlacementHistory: report } = (await (
      await inVietnamese('province-admin')
    ).request(IMPORT, {
      content: csv([VI_HEADER, row('NOBODY', yearsBefore(from, 3)).join(','), row(person.code, from).join(',')]),
    })) as { importPlacementHistory: { invalid: number; rows: { row: number; action: string; errors: string[] }[] } };
    const vietnamese = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
    expect(report).toEqual({
      invalid: 2,
      rows: [
        { row: 2, action: 'ERROR', errors: ['Mã cán bộ: không có cán bộ nào mang mã NOBODY'] },
        {
          row: 3,
          action: 'ERROR',
          errors: [
            `Từ ngày: ngày ${vietnamese(from)} không trước quá trình công tác đầu tiên đã ghi nhận của ${person.code} (từ ngày ${vietnamese(from)}); ` +
              'chỉ nhập được quá trình trước đó (các thay đổi về sau được ghi bằng transferEmployee, rotateEmployee hoặc appointEmployee)',
          ],
        },
      ],
    });
  });

  it('runs a placement import job in the language of whoever started it', async () => {
    const person = staff()[3]!;
    const agency = agencyOf(person);
    const sheet = csv([
      VI_HEADER,
      [person.code, 'Tuyển dụng', agency.code, '', plainPositionIn(agency.id).code, '', yearsBefore(firstDay(person), 2), '', '', ''].join(
        ',',
      ),
    ]);
    const admin = await inVietnamese('province-admin');
    const { startPlacementImportJob: job } = (await admin.request(START, { content: sheet })) as {
      startPlacementImportJob: { id: string };
    };
    let state = { state: 'QUEUED', summary: null as string | null };
    for (let i = 0; i < 120 && !['SUCCEEDED', 'FAILED'].includes(state.state); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      state = ((await admin.request(JOB, { id: job.id })) as { personnelJob: typeof state }).personnelJob;
    }
    expect(state).toEqual({
      state: 'SUCCEEDED',
      summary: 'Đã nhập 1 dòng quá trình công tác: ghi mới 1, 0 dòng đã có.',
    });
  });
});
