import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enumLabel, type Language } from '@kpi/platform';
import { errorsOf } from '@kpi/platform/testkit';
import { scoring } from '@kpi/scoring';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * Scoring speaks the caller's language (issue 15 §2): its refusals, its jobs' summaries and
 * errors (in the language of whoever started the job), its enums' labels — Vietnamese by
 * default, English when asked, the codes unchanged.
 */
// Friday 20 November 2026 in Vietnam: October has ended, November has not.
const NOW = '2026-11-20T10:00:00+07:00';
let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring], diaryMonths: 1 });
});
afterAll(() => world?.stop());

const as = (label: string, language: Language) => world.graph.as(world.user(label), language);

interface JobView {
  id: string;
  state: string;
  summary: string | null;
  errors: { code: string; message: string }[];
}
const JOB = `id state summary errors { code message }`;

async function finished(label: string, language: Language, id: string): Promise<JobView> {
  const client = await as(label, language);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { scoringJob } = (await client.request(`query ($id: ID!) { scoringJob(id: $id) { ${JOB} } }`, { id })) as {
      scoringJob: JobView;
    };
    if (scoringJob.state === 'SUCCEEDED' || scoringJob.state === 'FAILED' || Date.now() > deadline) return scoringJob;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('scoring in Vietnamese and English', () => {
  it('refuses in the caller’s language, with the same codes', async () => {
    const jobs = '{ scoringJobs(first: 5) { id } }';
    const [vi] = await errorsOf((await as('staff', 'vi')).request(jobs));
    const [en] = await errorsOf((await as('staff', 'en')).request(jobs));
    expect(vi).toMatchObject({
      message: 'Đồng chí không có quyền truy cập các việc chạy nền của phân hệ tính điểm.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(en).toMatchObject({ message: 'You are not allowed to access the scoring jobs.', extensions: { code: 'FORBIDDEN' } });

    const close = 'mutation { closeScoringPeriod(period: "2026-11") { status } }';
    const [early] = await errorsOf((await as('province-admin', 'vi')).request(close));
    expect(early).toMatchObject({
      message: 'Kỳ 2026-11 kéo dài đến hết ngày 30/11/2026: chỉ khóa sổ được khi kỳ đã kết thúc.',
      extensions: { code: 'BAD_USER_INPUT', field: 'period' },
    });
    const [earlyEn] = await errorsOf((await as('province-admin', 'en')).request(close));
    expect(earlyEn).toMatchObject({
      message: '2026-11 runs until 2026-11-30: a period closes once it has ended.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const policy = `mutation ($input: ScoringPolicyInput!) { setScoringPolicy(input: $input) { version } }`;
    const input = { effectiveFrom: '2030-01-01', preset: 'DECREE_335', overrides: { weights: { quantity: 50 } }, reason: 'thử' };
    const [weights] = await errorsOf((await as('province-admin', 'vi')).request(policy, { input }));
    expect(weights).toMatchObject({
      message: 'Trọng số của 7 nhóm chỉ số phải cộng lại bằng 100.',
      extensions: { code: 'INVALID_WEIGHTS', field: 'weights' },
    });
    const [noReason] = await errorsOf(
      (await as('province-admin', 'vi')).request(policy, { input: { ...input, overrides: null, reason: ' ' } }),
    );
    expect(noReason).toMatchObject({
      message: 'Đồng chí cần nêu lý do thay đổi chính sách tính điểm.',
      extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
    });
  });

  it('a job says its summary and its errors in the language of whoever started it', async () => {
    const start = `mutation { startScoringPeriodJob(period: "2026-10", action: COMPUTE) { ${JOB} } }`;
    const { startScoringPeriodJob: job } = (await (await as('province-admin', 'vi')).request(start)) as { startScoringPeriodJob: JobView };
    // Read in English, it still says what it said to the person who started it.
    expect(await finished('province-admin', 'en', job.id)).toMatchObject({
      state: 'SUCCEEDED',
      summary: 'Đã tính kỳ 2026-10: điểm đã được lưu để tổng hợp.',
    });

    const agencyId = world.user('agency-admin').agencyIds[0]!;
    const prepare = `mutation ($a: ID!) { startAnnualAssessmentJob(agencyId: $a, year: 2025) { ${JOB} } }`;
    const { startAnnualAssessmentJob: failing } = (await (await as('agency-admin', 'vi')).request(prepare, { a: agencyId })) as {
      startAnnualAssessmentJob: JobView;
    };
    const failed = await finished('agency-admin', 'vi', failing.id);
    expect(failed).toMatchObject({ state: 'FAILED', summary: null });
    expect(failed.errors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: 'Chưa có điểm tháng nào của năm 2025 được lưu cho cơ quan này: đồng chí cần tính điểm hoặc khóa sổ các tháng trước.',
      },
    ]);
  });

  it('labels its enums in both languages', () => {
    expect(enumLabel('ClassificationLevel', 'EXCELLENT', 'vi')).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(enumLabel('ClassificationLevel', 'EXCELLENT', 'en')).toBe('Excellently completed');
    expect(enumLabel('ScoringPeriodStatus', 'CLOSED', 'vi')).toBe('Đã khóa sổ');
    expect(enumLabel('ScoringPeriodAction', 'RECOMPUTE', 'vi')).toBe('Tính lại để đối chiếu');
    expect(enumLabel('ScoringAnomalyKind', 'SUDDEN_JUMP', 'vi')).toBe('Điểm thay đổi đột ngột');
  });
});
