import { described, itemProblems, JudgedPerItem, Parent } from '@kpi/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, ID, Info, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Agency, Duty, DutyKind, Employee, School, SchoolClass, TeachingNorm, Term } from '../entities/index.js';
import type { EducationContext } from '../services/context.js';
import { recordTaughtPeriods } from '../services/intake.service.js';
import { teachingLoadOf, teachingTotalsOf } from '../services/load.service.js';
import { classesOf, recordDuty } from '../services/school.service.js';
import { workFacts } from '../services/work-facts.service.js';
import { PeriodsOnlyForClients } from './guard.js';
import {
  DutyInput,
  SchoolTeachingTotals,
  TaughtPeriodInput,
  TaughtPeriodResult,
  TeachingLoad,
  WorkFacts,
  WorkFactsRange,
} from './types.js';

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

@Resolver()
@UseMiddleware(PeriodsOnlyForClients)
export class EducationResolver {
  @Query(() => [Term], {
    description: described(
      'The school years’ terms, oldest first, with their teaching weeks; any signed-in person may read them',
      'Các học kỳ của các năm học, cũ nhất trước, kèm số tuần thực dạy; mọi người dùng đã đăng nhập đều xem được',
    ),
  })
  schoolTerms(@Ctx() ctx: EducationContext) {
    return ctx.loaders.terms();
  }

  @Query(() => [TeachingNorm], {
    description: described(
      'The weekly teaching norms on record, with the legal text each comes from; any signed-in person may read them',
      'Các định mức tiết dạy hằng tuần đang lưu, kèm văn bản căn cứ của từng định mức; mọi người dùng đã đăng nhập đều xem được',
    ),
  })
  teachingNorms(@Ctx() ctx: EducationContext) {
    return ctx.loaders.norms();
  }

  @Query(() => [DutyKind], {
    description: described(
      'The duties counted as teaching periods and their equivalents, with their source; any signed-in person may read them',
      'Các nhiệm vụ được quy đổi ra tiết dạy và số tiết quy đổi, kèm văn bản căn cứ; mọi người dùng đã đăng nhập đều xem được',
    ),
  })
  dutyKinds(@Ctx() ctx: EducationContext) {
    return ctx.loaders.dutyKinds();
  }

  @Mutation(() => [TaughtPeriodResult], {
    description: described(
      'A school management system (an integration client the school names) or the school’s admins deliver 1–1,000 periods ' +
        'taught; idempotent per external id; one verdict each, in order',
      'Hệ thống quản lý trường học (hệ thống tích hợp được trường chỉ định) hoặc quản trị của trường gửi 1–1.000 tiết đã dạy; ' +
        'gửi lại cùng mã bên ngoài không ghi thêm; mỗi tiết một kết quả, theo đúng thứ tự gửi',
    ),
  })
  recordTaughtPeriods(
    @Arg('schoolId', () => ID, {
      description: described(
        'The school’s agency id; a caller who may not deliver for it is refused (FORBIDDEN), whether or not it is a school',
        'Mã định danh cơ quan của trường; người gọi không được gửi cho trường này bị từ chối (FORBIDDEN), dù đó có phải là trường hay không',
      ),
    })
    schoolId: string,
    @JudgedPerItem()
    @Arg('periods', () => [TaughtPeriodInput], {
      description: described(
        'The periods, 1–1,000: an invalid one is rejected on its own, the others are recorded',
        'Các tiết đã dạy, 1–1.000: tiết không hợp lệ bị từ chối riêng, các tiết khác vẫn được ghi nhận',
      ),
    })
    periods: TaughtPeriodInput[],
    @Ctx() ctx: EducationContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A malformed period (an impossible date, a NUL in a text) is that period's rejection, not the batch's.
    return recordTaughtPeriods(ctx, schoolId, periods, itemProblems(info, 'periods', periods));
  }

  @Mutation(() => Duty, {
    description: described(
      'A school admin (or a province admin) records a duty counted as teaching periods',
      'Quản trị của trường (hoặc quản trị cấp tỉnh) ghi nhận một nhiệm vụ được quy đổi ra tiết dạy',
    ),
  })
  recordDuty(
    @Arg('input', () => DutyInput, { description: described('The duty', 'Nhiệm vụ cần ghi nhận') }) input: DutyInput,
    @Ctx() ctx: EducationContext,
  ) {
    return recordDuty(ctx, input);
  }

  @Query(() => [WorkFacts], {
    description: described(
      'The scoring-facts contract (schema/contracts/scoring-facts.graphql): the graph’s own services only',
      'Hợp đồng số liệu tính điểm (schema/contracts/scoring-facts.graphql): chỉ dành cho các dịch vụ nội bộ của hệ thống',
    ),
  })
  @Directive('@shareable')
  @Directive('@inaccessible')
  workFacts(
    @Arg('ranges', () => [WorkFactsRange], {
      description: described(
        'The ranges to count, 1–5,000; one answer each, in order',
        'Các khoảng ngày cần tính, 1–5.000; mỗi khoảng một kết quả, theo đúng thứ tự',
      ),
    })
    ranges: WorkFactsRange[],
    @Ctx() ctx: EducationContext,
  ) {
    return workFacts(ctx, ranges);
  }
}

@Resolver(() => Employee)
export class EmployeeEducationResolver {
  @FieldResolver(() => TeachingLoad, {
    nullable: true,
    description: described(
      'The teaching load in a term; null for someone on no school’s roster. Read by whoever reads the person’s work ' +
        '(themselves, their supervisor, their unit head, their agency’s admins, province roles)',
      'Khối lượng giảng dạy trong một học kỳ; null nếu người này không có trong danh sách giáo viên của trường nào. ' +
        'Người xem được công việc của người này thì xem được (chính người đó, người quản lý trực tiếp, trưởng đơn vị, quản trị của cơ quan, các vai trò cấp tỉnh)',
    ),
  })
  @Directive(REQUIRES)
  teachingLoad(
    @Parent() employee: Employee,
    @Arg('term', () => String, {
      description: described('A term’s code, e.g. 2026-2027/HK1 (schoolTerms)', 'Mã học kỳ, ví dụ 2026-2027/HK1 (schoolTerms)'),
    })
    term: string,
    @Ctx() ctx: EducationContext,
  ) {
    return teachingLoadOf(ctx, employee, term);
  }
}

@Resolver(() => Agency)
export class AgencyEducationResolver {
  @FieldResolver(() => School, {
    nullable: true,
    description: described(
      'The agency as a school (level, regime); null for one that is not a school',
      'Cơ quan, đơn vị với tư cách trường học (cấp học, loại hình); null nếu không phải là trường học',
    ),
  })
  school(@Parent() agency: Agency, @Ctx() ctx: EducationContext) {
    return ctx.loaders.school.load(agency.id);
  }

  @FieldResolver(() => [SchoolClass], {
    description: described(
      'A school’s classes in a school year; empty for an agency that is not a school. Read by the school’s admins and province roles',
      'Danh sách lớp của trường trong một năm học; rỗng nếu không phải là trường học. Quản trị của trường và các vai trò cấp tỉnh xem được',
    ),
  })
  schoolClasses(
    @Parent() agency: Agency,
    @Arg('schoolYear', () => String, { description: described('The school year, e.g. 2026-2027', 'Năm học, ví dụ 2026-2027') })
    schoolYear: string,
    @Ctx() ctx: EducationContext,
  ) {
    return classesOf(ctx, agency.id, schoolYear);
  }

  @FieldResolver(() => SchoolTeachingTotals, {
    nullable: true,
    description: described(
      'A school’s teaching totals in a term; null for one that is not a school. Read by the school’s admins and province roles',
      'Số liệu tổng hợp giảng dạy của trường trong một học kỳ; null nếu không phải là trường học. Quản trị của trường và các vai trò cấp tỉnh xem được',
    ),
  })
  teachingTotals(
    @Parent() agency: Agency,
    @Arg('term', () => String, {
      description: described('A term’s code, e.g. 2026-2027/HK1 (schoolTerms)', 'Mã học kỳ, ví dụ 2026-2027/HK1 (schoolTerms)'),
    })
    term: string,
    @Ctx() ctx: EducationContext,
  ) {
    return teachingTotalsOf(ctx, agency.id, term);
  }
}
