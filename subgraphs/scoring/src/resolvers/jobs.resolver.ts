import { Constraint, described, Job } from '@kpi/platform';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, registerEnumType } from 'type-graphql';
import type { ScoringContext } from '../services/context.js';
import * as jobs from '../services/jobs.service.js';
import { PeriodAction } from '../services/jobs.service.js';
import { PERIOD_ARG, YEAR_ARG } from './types.js';

registerEnumType(PeriodAction, {
  name: 'ScoringPeriodAction',
  description: described('What a scoring-period job does', 'Việc mà một công việc chấm điểm theo kỳ thực hiện'),
  valuesConfig: {
    COMPUTE: {
      description: described(
        'Compute and store the open period’s scores (as computeScoringPeriod)',
        'Tính và lưu điểm của kỳ đang mở (như computeScoringPeriod)',
      ),
    },
    CLOSE: {
      description: described(
        'Compute once more and freeze them (as closeScoringPeriod)',
        'Tính lần cuối và khóa điểm (như closeScoringPeriod)',
      ),
    },
    RECOMPUTE: { description: described('Recompute them (as recomputeScoringPeriod)', 'Tính lại điểm (như recomputeScoringPeriod)') },
  },
});

@Resolver(() => Job)
export class ScoringJobResolver {
  @Mutation(() => Job, {
    description: described(
      'Province admins (an agency’s admins for it): compute, close or recompute a period as a job — returns at once; read its progress with scoringJob. ' +
        'While one runs for a period, starting another for it returns the running one',
      'Quản trị cấp tỉnh (quản trị của cơ quan với cơ quan mình): tính, khóa sổ hoặc tính lại một kỳ dưới dạng công việc — trả về ngay; theo dõi tiến độ bằng scoringJob. ' +
        'Khi đang có công việc chạy cho một kỳ, yêu cầu mới cho kỳ đó trả về công việc đang chạy',
    ),
  })
  startScoringPeriodJob(
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) period: string,
    @Arg('action', () => PeriodAction, { description: described('What to do', 'Việc cần làm') }) action: PeriodAction,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Said when closing (audited)', 'Lý do khi khóa sổ (được ghi vết)'),
    })
    reason: string | undefined,
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described(
        'Only this agency’s people (its admins too); absent: the province',
        'Chỉ người của cơ quan này (quản trị của cơ quan cũng được làm); bỏ trống: toàn tỉnh',
      ),
    })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    return jobs.startPeriodJob(ctx, action, period, reason ?? null, agencyId ?? null);
  }

  @Mutation(() => Job, {
    description: described(
      'Prepares or refreshes an agency’s annual proposal as a job (as prepareAnnualAssessment does)',
      'Lập hoặc cập nhật danh sách đánh giá năm dự kiến của cơ quan dưới dạng công việc (như prepareAnnualAssessment)',
    ),
  })
  startAnnualAssessmentJob(
    @Arg('agencyId', () => ID, { description: described('The agency assessing', 'Cơ quan đánh giá') }) agencyId: string,
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return jobs.startAssessmentJob(ctx, agencyId, year);
  }

  @Query(() => Job, {
    nullable: true,
    description: described(
      'A scoring job: its state, phase, progress and errors (who started it, province admins); null: no such job',
      'Một công việc chấm điểm: tình trạng, bước, tiến độ và lỗi (người khởi chạy, quản trị cấp tỉnh); null: không có công việc này',
    ),
  })
  scoringJob(@Arg('id', () => ID, { description: described('The job’s id', 'Mã công việc') }) id: string, @Ctx() ctx: ScoringContext) {
    return jobs.jobById(ctx, id);
  }

  @Query(() => [Job], {
    description: described(
      'The latest scoring jobs, newest first (province admins)',
      'Các công việc chấm điểm gần nhất, mới nhất trước (quản trị cấp tỉnh)',
    ),
  })
  scoringJobs(
    @Constraint({ min: 1, max: 100 })
    @Arg('first', () => Int, { defaultValue: 20, description: described('How many, 1–100', 'Số lượng, 1–100') })
    first: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return jobs.recentJobs(ctx, first);
  }
}
