import { Arg, Ctx, Directive, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Constraint, described, Parent } from '@kpi/platform';
import { Agency, AnnualAssessment, Employee } from '../entities/index.js';
import * as assessments from '../services/assessment.service.js';
import type { ScoringContext } from '../services/context.js';
import { YEAR_ARG } from './types.js';

@InputType({
  description: described(
    'The general criteria the evaluating body scores for a person’s year',
    'Điểm tiêu chí chung cấp có thẩm quyền đánh giá chấm cho một người trong năm',
  ),
})
export class OtherCriteriaInput {
  @Field(() => Float, {
    description: described(
      'General criteria: political qualities, ethics, discipline, … (0–30; 0–50 for leaders)',
      'Tiêu chí chung: phẩm chất chính trị, đạo đức, ý thức kỷ luật, … (0–30; lãnh đạo 0–50)',
    ),
  })
  points: number;
  @Field({
    nullable: true,
    description: described(
      'Disciplined in the year: not completed whatever the points; absent: as recorded before',
      'Bị kỷ luật trong năm: không hoàn thành nhiệm vụ bất kể số điểm; bỏ trống: giữ như đã ghi',
    ),
  })
  disciplined?: boolean;
  @Field({ nullable: true, description: described('A note on the criteria', 'Ghi chú về tiêu chí') }) note?: string;
}

@ObjectType({
  description: described(
    'A reward title the confirmed level opens, for the emulation council to decide',
    'Danh hiệu thi đua mà mức xếp loại đã xác nhận mở ra, để Hội đồng thi đua, khen thưởng quyết định',
  ),
})
export class RewardProposal {
  @Field(() => AnnualAssessment, { description: described('The confirmed assessment', 'Kết quả đánh giá đã xác nhận') })
  assessment: AnnualAssessment;
  @Field(() => [String], {
    description: described(
      'LAO_DONG_TIEN_TIEN (good or better); CHIEN_SI_THI_DUA_CO_SO (excellent, with an initiative)',
      'LAO_DONG_TIEN_TIEN (Lao động tiên tiến: từ hoàn thành tốt); CHIEN_SI_THI_DUA_CO_SO (Chiến sĩ thi đua cơ sở: hoàn thành xuất sắc, có sáng kiến)',
    ),
  })
  titles: string[];
}

@Resolver(() => AnnualAssessment)
export class AssessmentResolver {
  @Query(() => [AnnualAssessment], {
    description: described(
      'An agency’s assessment for a year, ranked (agency admins, province roles)',
      'Kết quả đánh giá năm của một cơ quan, theo thứ hạng (quản trị của cơ quan, các vai trò cấp tỉnh)',
    ),
  })
  annualAssessments(
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Arg('agencyId', () => ID, { description: described('The agency assessing', 'Cơ quan đánh giá') }) agencyId: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.ofAgency(ctx, year, agencyId);
  }

  @Query(() => [RewardProposal], {
    description: described(
      'Reward titles the confirmed assessment opens (agency admins, province roles)',
      'Các danh hiệu thi đua mà kết quả đánh giá đã xác nhận mở ra (quản trị của cơ quan, các vai trò cấp tỉnh)',
    ),
  })
  rewardProposals(
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Arg('agencyId', () => ID, { description: described('The agency assessing', 'Cơ quan đánh giá') }) agencyId: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.rewardProposals(ctx, year, agencyId);
  }

  @Mutation(() => [AnnualAssessment], {
    description: described(
      'Agency admins (province admins too): prepares or refreshes an agency’s proposal from the stored monthly scores',
      'Quản trị của cơ quan (cả quản trị cấp tỉnh): lập hoặc cập nhật danh sách dự kiến của cơ quan từ điểm hằng tháng đã lưu',
    ),
  })
  prepareAnnualAssessment(
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Arg('agencyId', () => ID, { description: described('The agency assessing', 'Cơ quan đánh giá') }) agencyId: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.prepare(ctx, year, agencyId);
  }

  @Mutation(() => AnnualAssessment, {
    description: described(
      'The evaluating body (the agency’s admins, province admins) enters a person’s general criteria; levels and ranks follow',
      'Cấp có thẩm quyền đánh giá (quản trị của cơ quan, quản trị cấp tỉnh) nhập điểm tiêu chí chung của một người; mức xếp loại và thứ hạng tính theo',
    ),
  })
  scoreOtherCriteria(
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Arg('employeeId', () => ID, { description: described('The person assessed', 'Người được đánh giá') }) employeeId: string,
    @Arg('input', { description: described('The criteria', 'Điểm tiêu chí') }) input: OtherCriteriaInput,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.scoreOtherCriteria(ctx, year, employeeId, input);
  }

  @Mutation(() => [AnnualAssessment], {
    description: described(
      'The agency (its admins, province admins) confirms the ranked proposal, choosing among those tied at the cap',
      'Cơ quan (quản trị của cơ quan, quản trị cấp tỉnh) xác nhận danh sách dự kiến đã xếp hạng, chọn trong số người bằng điểm tại ngưỡng giới hạn',
    ),
  })
  confirmAnnualAssessment(
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Arg('agencyId', () => ID, { description: described('The agency assessing', 'Cơ quan đánh giá') }) agencyId: string,
    @Arg('excellentIds', () => [ID], {
      nullable: true,
      description: described(
        'Of those tied at the cap, the people (employee ids) to rate excellent, within the cap',
        'Trong số người bằng điểm tại ngưỡng giới hạn, những người (mã nhân sự) được xếp loại xuất sắc, trong phạm vi giới hạn',
      ),
    })
    excellentIds: string[] | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.confirm(ctx, year, agencyId, excellentIds ?? []);
  }

  @FieldResolver(() => Employee, { description: described('The person assessed', 'Người được đánh giá') })
  employee(@Parent() a: AnnualAssessment) {
    return { id: a.employeeId };
  }

  @FieldResolver(() => Agency, { description: described('The agency assessing', 'Cơ quan đánh giá') })
  agency(@Parent() a: AnnualAssessment) {
    return { id: a.agencyId };
  }
}

@Resolver(() => Employee)
export class EmployeeAssessmentResolver {
  @FieldResolver(() => AnnualAssessment, {
    nullable: true,
    description: described(
      'The annual assessment of a year; null: none prepared (read as the person’s scores are)',
      'Kết quả đánh giá của một năm; null: chưa lập (quyền xem như với điểm của người đó)',
    ),
  })
  @Directive('@requires(fields: "agencyId divisionId supervisorId")')
  annualAssessment(
    @Parent() employee: Employee,
    @Constraint({ year: true }) @Arg('year', () => Int, { description: YEAR_ARG }) year: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return assessments.ofPerson(ctx, employee, year);
  }
}
