import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoId, type Identity } from '@kpi/platform';
import { errorsOf } from '@kpi/platform/testkit';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * The diary speaks the caller's language (issue 15 §2): its refusals, its warnings and an import's
 * row problems in Vietnamese by default (dates as Vietnamese write them), in English when asked,
 * the codes unchanged.
 */
// Friday 20 November 2026, 10:00 in Vietnam: November and October are open, September is closed.
const NOW = '2026-11-20T10:00:00+07:00';
let world: DemoWorld;

beforeAll(async () => {
  world = await startDemoWorld({ now: NOW });
});
afterAll(() => world?.stop());

const RECORD = `
  mutation DiaryLanguageRecord($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry { id }
      warnings { code message }
    }
  }
`;
interface Recorded {
  recordDiaryEntry: { entry: { id: string }; warnings: { code: string; message: string }[] };
}

const client = (label: string, language: 'vi' | 'en') => world.graph.as(world.user(label), language);
const staffItem = () => {
  const staff = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
  return world.demo.jobDescriptions.find((j) => j.positionId === staff.positionId)!.workItemId;
};
const entry = (workDate: string, actualMinutes = 30) => ({ workDate, workItemId: staffItem(), quantity: 1, actualMinutes });

/** The one error of a refused request: its message and code. */
async function refusal(request: Promise<unknown>) {
  const errors = await errorsOf(request);
  expect(errors).toHaveLength(1);
  return { message: errors[0]!.message, code: errors[0]!.extensions?.code };
}

async function bothLanguages(label: string, query: string, variables: Record<string, unknown>) {
  const vi = await refusal((await client(label, 'vi')).request(query, variables));
  const en = await refusal((await client(label, 'en')).request(query, variables));
  return { vi, en };
}

describe('the diary in Vietnamese', () => {
  it('refuses a day in the future in Vietnamese, with Vietnamese dates, and in English when asked', async () => {
    const { vi, en } = await bothLanguages('staff', RECORD, { input: entry('2026-11-21') });
    expect(vi).toEqual({
      message: 'Không thể ghi công việc cho ngày trong tương lai (21/11/2026; hôm nay là 20/11/2026).',
      code: 'FUTURE_DATE',
    });
    expect(en).toEqual({ message: 'Work cannot be recorded for a future date (2026-11-21; today is 2026-11-20).', code: 'FUTURE_DATE' });
  });

  it('says a closed month is closed, and who can correct it', async () => {
    const { vi, en } = await bothLanguages('staff', RECORD, { input: entry('2026-09-15') });
    expect(vi).toEqual({
      message: 'Nhật ký tháng 09/2026 đã khóa sổ; quản trị cơ quan có thể điều chỉnh bằng quyền ghi đè.',
      code: 'PERIOD_CLOSED',
    });
    expect(en.message).toBe('The diary of 2026-09 is closed; an agency admin can correct it with an override.');
  });

  it('refuses what a person may not do in the platform’s sentence, the thing said in the diary’s words', async () => {
    const { vi, en } = await bothLanguages('staff', '{ reviewQueue { id } }', {});
    expect(vi).toEqual({
      message: 'Đồng chí không có quyền truy cập hàng đợi duyệt nhật ký: chỉ dành cho thủ trưởng đơn vị.',
      code: 'FORBIDDEN',
    });
    expect(en.message).toBe('You are not allowed to access review queues: they belong to unit heads.');
  });

  it('asks a reviewer in Vietnamese why an entry is returned', async () => {
    const query = 'mutation ($ids: [ID!]!) { reviewDiaryEntries(ids: $ids, decision: RETURN) { id } }';
    const { vi, en } = await bothLanguages('unit-head', query, { ids: [demoId('diary-entry', 'none')] });
    expect(vi).toEqual({ message: 'Đồng chí cần nêu lý do trả lại để người ghi biết mà sửa.', code: 'BAD_USER_INPUT' });
    expect(en.message).toBe('Say why an entry is returned, so its author can fix it.');
  });

  it('names an assignment’s status and the possible steps by their Vietnamese labels', async () => {
    const query = 'mutation ($id: ID!) { acceptAssignment(id: $id) { id } }';
    const staff: Identity = world.user('staff');
    const assigned = (await (
      await client('unit-head', 'en')
    ).request(`mutation ($input: AssignWorkInput!) { assignWork(input: $input) { id } }`, {
      input: { title: 'Báo cáo tháng', workItemId: staffItem(), expectedQuantity: 1, leadId: staff.employeeId, deadline: '2026-11-27' },
    })) as { assignWork: { id: string } };
    const { id } = assigned.assignWork;
    await (await client('staff', 'en')).request(query, { id });
    const { vi, en } = await bothLanguages('staff', query, { id });
    expect(vi).toEqual({
      message:
        'Việc được giao đang ở trạng thái “Đang làm” không thể thực hiện thao tác “Nhận việc”; hiện có thể: Báo cáo hoàn thành, Hủy, Giao lại, Gia hạn.',
      code: 'INVALID_TRANSITION',
    });
    expect(en.message).toBe('An assignment that is IN_PROGRESS cannot take ACCEPT; possible now: SUBMIT, CANCEL, REASSIGN, EXTEND.');
  });

  it('warns in Vietnamese when a saved entry deserves a look', async () => {
    // Sunday 15 November: not a working day, and declared late.
    const { recordDiaryEntry } = (await (await client('staff', 'vi')).request(RECORD, { input: entry('2026-11-15', 45) })) as Recorded;
    const said = Object.fromEntries(recordDiaryEntry.warnings.map((w) => [w.code, w.message]));
    expect(said.NON_WORKING_DAY).toBe('Ngày đó không phải ngày làm việc của đồng chí (cuối tuần, ngày lễ hoặc ngày nghỉ phép).');
    expect(said.LATE_DECLARATION).toBe('Mục này được ghi sau hạn kê khai của ngày đó: được tính là khai bù (kê khai sót).');
  });

  it('reports an import’s row problems in Vietnamese, reading a sheet with Vietnamese headers', async () => {
    const staff = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
    const sheet = Buffer.from(`Mã cán bộ,Ngày,Mã đầu công việc,Số lượng\n${staff.code},2027-01-05,X-1,1\n,2026-03-10,X-1,1\n`).toString(
      'base64',
    );
    const query = `mutation ($content: String!) {
      importDiaryHistory(format: CSV, content: $content, dryRun: true) { invalid rows { row errors } }
    }`;
    const { importDiaryHistory: report } = (await (await client('province-admin', 'vi')).request(query, { content: sheet })) as {
      importDiaryHistory: { invalid: number; rows: { row: number; errors: string[] }[] };
    };
    expect(report.invalid).toBe(2);
    expect(report.rows).toEqual([
      { row: 2, errors: ['work_date: ngày 05/01/2027 ở tương lai (hôm nay là 20/11/2026)'] },
      { row: 3, errors: ['employee_code: cần ghi mã cán bộ'] },
    ]);
  });

  it('documents its enums in the language asked', async () => {
    const query = '{ __type(name: "DiaryEntryFlag") { description enumValues { name description } } }';
    type Documented = { __type: { description: string; enumValues: { name: string; description: string }[] } };
    const vi = ((await (await client('staff', 'vi')).request(query)) as Documented).__type;
    const en = ((await (await client('staff', 'en')).request(query)) as Documented).__type;
    expect(vi.description).toBe('Lý do mục nhật ký cần người duyệt xem kỹ (cảnh báo, không chặn việc ghi)');
    expect(vi.enumValues.find((v) => v.name === 'LATE_DECLARATION')!.description).toBe(
      'Ghi sau hạn kê khai của ngày làm việc (khai bù, kê khai sót)',
    );
    expect(en.enumValues.find((v) => v.name === 'LATE_DECLARATION')!.description).toBe(
      'Recorded after the declaration deadline for its work date (kê khai sót, declared late)',
    );
  });

  it('runs a history job in the language of whoever started it: its refusal and its summary', async () => {
    const staff = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
    const item = world.demo.items.find((i) => i.id === staffItem())!;
    const sheet = (row: string) => Buffer.from(`employee_code,work_date,work_item_code,quantity\n${row}\n`).toString('base64');
    const start = 'mutation ($content: String!) { startDiaryHistoryImportJob(format: CSV, content: $content) { id } }';
    const admin = await client('province-admin', 'vi');
    expect(await refusal(admin.request(start, { content: sheet(`NOBODY,2026-03-12,${item.code},1`) }))).toEqual({
      message:
        'Có 1 trong 1 dòng không hợp lệ: chưa bắt đầu nhập; bản chạy thử (importDiaryHistory, importAssignmentHistory) nêu lý do từng dòng.',
      code: 'INVALID_IMPORT',
    });
    const { startDiaryHistoryImportJob: job } = (await admin.request(start, {
      content: sheet(`${staff.code},2026-03-12,${item.code},1`),
    })) as {
      startDiaryHistoryImportJob: { id: string };
    };
    const read = async () =>
      (
        (await admin.request('query ($id: ID!) { diaryJob(id: $id) { state summary } }', { id: job.id })) as {
          diaryJob: { state: string; summary: string | null };
        }
      ).diaryJob;
    let state = await read();
    for (let i = 0; i < 120 && !['SUCCEEDED', 'FAILED'].includes(state.state); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = await read();
    }
    expect(state).toEqual({ state: 'SUCCEEDED', summary: 'Đã nhập 1 dòng lịch sử: ghi mới 1 mục nhật ký, 0 dòng đã có từ trước.' });
  });
});
