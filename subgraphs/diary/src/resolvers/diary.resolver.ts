import { GraphQLLocalDate, described, Parent } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { DiaryEntry, type DiaryEntryRow, Employee, EntryStatus, Leave, ReviewDecision, WorkItem, workPointsOf } from '../entities/index.js';
import * as calendar from '../services/calendar.service.js';
import type { DiaryContext } from '../services/context.js';
import * as entries from '../services/entry.service.js';
import * as review from '../services/review.service.js';
import * as views from '../services/view.service.js';
import { IntakeOnlyForClients } from './guard.js';
import { labelsAhead, namedItem, PROVIDES_ITEM_LABELS } from './work-item.resolver.js';
import type { GraphQLResolveInfo } from 'graphql';
import {
  DiaryDay,
  DiaryEntryPayload,
  DiaryPeriod,
  RecordDiaryEntryInput,
  UpdateDiaryEntryInput,
  WorkItemUsage,
} from '../services/inputs.js';

@Resolver(() => DiaryEntry)
@UseMiddleware(IntakeOnlyForClients)
export class DiaryEntryResolver {
  @Mutation(() => DiaryEntryPayload, {
    description: described(
      'Records a diary entry for oneself; warnings (over the standard day, far above standard time…) do not block',
      'Ghi một mục nhật ký của bản thân; cảnh báo (vượt ngày công chuẩn, vượt xa thời gian chuẩn…) không chặn việc ghi',
    ),
  })
  recordDiaryEntry(
    @Arg('input', { description: described('The entry', 'Mục nhật ký') }) input: RecordDiaryEntryInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return entries.recordEntry(ctx, input);
  }

  @Mutation(() => DiaryEntryPayload, {
    description: described(
      'Changes an own entry that is not approved; it goes back to review',
      'Sửa một mục nhật ký của bản thân chưa được duyệt; mục đó quay lại chờ duyệt',
    ),
  })
  updateDiaryEntry(
    @Arg('id', () => ID, { description: described('The entry’s id', 'Mã mục nhật ký') }) id: string,
    @Arg('input', { description: described('The new values', 'Giá trị mới') }) input: UpdateDiaryEntryInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return entries.updateEntry(ctx, id, input);
  }

  @Mutation(() => Boolean, {
    description: described(
      'Deletes an own entry that is not approved, in an open month; true when done. With override, those allowed to override (admins) delete any entry of their agency, with a reason (audited)',
      'Xóa một mục nhật ký của bản thân chưa được duyệt, trong tháng chưa khóa; trả về true khi xong. Với override, người có quyền (quản trị) xóa mọi mục của cơ quan mình, kèm lý do (có ghi vết)',
    ),
  })
  deleteDiaryEntry(
    @Arg('id', () => ID, { description: described('The entry’s id', 'Mã mục nhật ký') }) id: string,
    @Arg('override', {
      defaultValue: false,
      description: described(
        'Act as an admin: also approved entries and closed months (needs a reason)',
        'Thao tác với quyền quản trị: cả mục đã duyệt và tháng đã khóa (cần lý do)',
      ),
    })
    override: boolean,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why (audited; required with override)', 'Lý do (có ghi vết; bắt buộc khi override)'),
    })
    reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return entries.deleteEntry(ctx, id, override, reason);
  }

  @Query(() => [DiaryEntry], {
    description: described(
      'Submitted entries of my units, flagged ones first (unit heads)',
      'Các mục nhật ký chờ duyệt của đơn vị tôi, mục có cảnh báo trước (trưởng đơn vị)',
    ),
  })
  async reviewQueue(
    @Arg('divisionId', () => ID, {
      nullable: true,
      description: described('Only this division; null: all I head', 'Chỉ phòng này; null: mọi đơn vị tôi phụ trách'),
    })
    divisionId: string | undefined,
    @Arg('from', () => GraphQLLocalDate, {
      nullable: true,
      description: described('Work dates from this day; null: no lower bound', 'Ngày làm việc từ ngày này; null: không giới hạn'),
    })
    from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, {
      nullable: true,
      description: described('Work dates to this day; null: no upper bound', 'Ngày làm việc đến ngày này; null: không giới hạn'),
    })
    to: string | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      description: described('At most this many (default 100, at most 500)', 'Tối đa bấy nhiêu mục (mặc định 100, tối đa 500)'),
    })
    first: number | undefined,
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return labelsAhead(ctx, info, await review.reviewQueue(ctx, { divisionId, from, to, first }), (e) => e.workItemId);
  }

  @Mutation(() => [DiaryEntry], {
    description: described(
      'Approve or return entries of my units, one or many, all or nothing',
      'Duyệt hoặc trả lại các mục nhật ký của đơn vị tôi, một hay nhiều mục, hoặc tất cả hoặc không mục nào',
    ),
  })
  reviewDiaryEntries(
    @Arg('ids', () => [ID], { description: described('The entries’ ids', 'Mã các mục nhật ký') }) ids: string[],
    @Arg('decision', () => ReviewDecision, { description: described('Approve or return', 'Duyệt hoặc trả lại') }) decision: ReviewDecision,
    @Arg('note', () => String, {
      nullable: true,
      description: described('A note for the person (say why when returning)', 'Ghi chú cho người ghi (nêu lý do khi trả lại)'),
    })
    note: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return review.reviewEntries(ctx, ids, decision, note);
  }
}

/** Fields of an entry, kept apart from the root fields so that the client guard costs nothing per entry. */
@Resolver(() => DiaryEntry)
export class DiaryEntryFieldsResolver {
  @FieldResolver(() => Employee, { description: described('Whose diary it is', 'Người ghi nhật ký') })
  employee(@Parent() entry: DiaryEntryRow) {
    return { id: entry.employeeId };
  }

  @FieldResolver(() => WorkItem, { description: described('The catalogue work item done', 'Đầu công việc đã thực hiện') })
  @Directive(PROVIDES_ITEM_LABELS)
  workItem(@Parent() entry: DiaryEntryRow, @Ctx() ctx: DiaryContext, @Info() info: GraphQLResolveInfo) {
    return namedItem(ctx, info, entry.workItemId);
  }

  @FieldResolver(() => Float, {
    description: described(
      'Work points: quantity × standard minutes × coefficient, rounded to 2 decimals',
      'Điểm công việc: số lượng × số phút chuẩn × hệ số, làm tròn 2 chữ số thập phân',
    ),
  })
  workPoints(@Parent() entry: DiaryEntryRow) {
    return Math.round(workPointsOf(entry) * 100) / 100;
  }
}

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

/** Personnel's Employee gains their diary; who may read it is decided on the required facts. */
@Resolver(() => Employee)
export class EmployeeDiaryResolver {
  @FieldResolver(() => [DiaryEntry], {
    description: described(
      'Diary entries between two dates (the person, their superiors and admins)',
      'Các mục nhật ký giữa hai ngày (bản thân, cấp trên và quản trị được xem)',
    ),
  })
  @Directive(REQUIRES)
  async diaryEntries(
    @Parent() employee: Employee,
    @Arg('from', () => GraphQLLocalDate, { description: described('First day (inclusive)', 'Ngày đầu (tính cả ngày này)') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string,
    @Arg('status', () => EntryStatus, {
      nullable: true,
      description: described('Only entries in this status; null: all', 'Chỉ các mục ở trạng thái này; null: tất cả'),
    })
    status: EntryStatus | undefined,
    @Arg('approvedBefore', () => Date, {
      nullable: true,
      description: described(
        'Only entries approved at or before this moment and still approved: what a period closed then counted (pass the period’s closing time to explain a frozen score)',
        'Chỉ các mục được duyệt trước hoặc đúng thời điểm này và vẫn được duyệt: những gì kỳ đã khóa khi đó tính đến (truyền thời điểm khóa kỳ để giải thích điểm đã chốt)',
      ),
    })
    approvedBefore: Date | undefined,
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return labelsAhead(ctx, info, await views.entriesOf(ctx, employee, from, to, status, approvedBefore), (e) => e.workItemId);
  }

  @FieldResolver(() => [Leave], {
    description: described('Approved leave overlapping two dates', 'Các kỳ nghỉ đã duyệt giao với khoảng hai ngày'),
  })
  @Directive(REQUIRES)
  leaves(
    @Parent() employee: Employee,
    @Arg('from', () => GraphQLLocalDate, { description: described('First day (inclusive)', 'Ngày đầu (tính cả ngày này)') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.leavesOf(ctx, employee, from, to);
  }

  @FieldResolver(() => DiaryDay, { description: described('One day against the standard working day', 'Một ngày so với ngày công chuẩn') })
  @Directive(REQUIRES)
  async diaryDay(
    @Parent() employee: Employee,
    @Arg('date', () => GraphQLLocalDate, { description: described('The day', 'Ngày') }) date: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return (await views.daysOf(ctx, employee, date, date))[0];
  }

  @FieldResolver(() => DiaryPeriod, {
    description: described(
      'Days and totals over a period: the real-time self view',
      'Các ngày và tổng cộng trong kỳ: theo dõi kết quả của bản thân theo thời gian thực',
    ),
  })
  @Directive(REQUIRES)
  diaryPeriod(
    @Parent() employee: Employee,
    @Arg('from', () => GraphQLLocalDate, { description: described('First day (inclusive)', 'Ngày đầu (tính cả ngày này)') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.periodOf(ctx, employee, from, to);
  }

  @FieldResolver(() => [GraphQLLocalDate], {
    description: described(
      'Past working days without entries and without leave',
      'Các ngày làm việc đã qua không có nhật ký và không nghỉ phép',
    ),
  })
  @Directive(REQUIRES)
  missingDiaryDays(
    @Parent() employee: Employee,
    @Arg('from', () => GraphQLLocalDate, { description: described('First day (inclusive)', 'Ngày đầu (tính cả ngày này)') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.missingDaysOf(ctx, employee, from, to);
  }
}

@Resolver(() => WorkItem)
export class WorkItemUsageResolver {
  @FieldResolver(() => WorkItemUsage, {
    description: described(
      'How much it was used in a period, from the diaries (for the catalogue’s hygiene): province roles, and the agency and catalogue admins who keep it',
      'Mức sử dụng trong kỳ theo nhật ký (để rà soát danh mục): các vai trò cấp tỉnh, quản trị cơ quan và quản trị danh mục quản lý đầu công việc này',
    ),
  })
  @Directive('@requires(fields: "keeperAgencyIds")')
  usage(
    @Parent() item: WorkItem,
    @Arg('from', () => GraphQLLocalDate, { description: described('First day (inclusive)', 'Ngày đầu (tính cả ngày này)') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.usageOf(ctx, item, from, to);
  }
}
