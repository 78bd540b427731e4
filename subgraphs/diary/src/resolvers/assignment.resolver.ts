import { GraphQLLocalDate, described, Parent } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Agency, Assignment, AssignmentAction, AssignmentEvent, Employee, Timeliness, WorkItem } from '../entities/index.js';
import { effectiveDeadline, timelinessOf, workingDaysLate, workingDaysLeft } from '../rules/assignments.js';
import { todayInVietnam } from '../rules/calendar.js';
import * as assignments from '../services/assignment.service.js';
import type { DiaryContext } from '../services/context.js';
import { allExceptions } from '../services/policy.service.js';
import * as units from '../services/unit.service.js';
import {
  AssignmentFilter,
  AssignmentSummary,
  AssignWorkInput,
  CompleteAssignmentInput,
  MissingDiary,
  RecordedWork,
  Reminder,
  SubmitAssignmentInput,
} from '../services/assignment.inputs.js';
import { IntakeOnlyForClients } from './guard.js';
import { labelsAhead, namedItem, PROVIDES_ITEM_LABELS } from './work-item.resolver.js';
import type { GraphQLResolveInfo } from 'graphql';

const step = (ctx: DiaryContext, id: string, action: Parameters<typeof assignments.transition>[2], input: assignments.TransitionInput) =>
  assignments.transition(ctx, id, action, input);

@Resolver(() => Assignment)
@UseMiddleware(IntakeOnlyForClients)
export class AssignmentResolver {
  @Query(() => Assignment, {
    description: described(
      'One assignment, for its assigner, lead and co-operators, their agency admins and province roles',
      'Một việc được giao; người giao, người chủ trì, người phối hợp, quản trị cơ quan và các vai trò cấp tỉnh được xem',
    ),
  })
  assignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return assignments.assignmentById(ctx, id);
  }

  @Query(() => [Assignment], {
    description: described(
      'What I lead or help with: by status, due soon, overdue',
      'Việc tôi chủ trì hoặc phối hợp: theo trạng thái, sắp đến hạn, quá hạn',
    ),
  })
  async myAssignments(
    @Arg('filter', () => AssignmentFilter, {
      nullable: true,
      description: described('Narrows the list; null: all', 'Lọc danh sách; null: tất cả'),
    })
    filter: AssignmentFilter | undefined,
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return labelsAhead(ctx, info, await assignments.myAssignments(ctx, filter), (a) => a.workItemId);
  }

  @Query(() => [Assignment], { description: described('What I assigned', 'Việc tôi đã giao') })
  async assignmentsGiven(
    @Arg('filter', () => AssignmentFilter, {
      nullable: true,
      description: described('Narrows the list; null: all', 'Lọc danh sách; null: tất cả'),
    })
    filter: AssignmentFilter | undefined,
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return labelsAhead(ctx, info, await assignments.assignmentsGiven(ctx, filter), (a) => a.workItemId);
  }

  @Query(() => [Assignment], {
    description: described(
      'What I assigned that was submitted and waits for my decision',
      'Việc tôi đã giao, đã được báo cáo hoàn thành và chờ tôi quyết định',
    ),
  })
  async assignmentsToReview(
    @Arg('first', () => Int, {
      nullable: true,
      description: described(
        'At most this many (default 100, at most 500), earliest deadline first',
        'Tối đa bấy nhiêu việc (mặc định 100, tối đa 500), hạn sớm nhất trước',
      ),
    })
    first: number | undefined,
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return labelsAhead(ctx, info, await assignments.assignmentsGiven(ctx, { first }, true), (a) => a.workItemId);
  }

  @Mutation(() => Assignment, {
    description: described(
      'A leader assigns a work item to a lead, with co-operators and a deadline',
      'Lãnh đạo giao một đầu công việc cho người chủ trì, kèm người phối hợp và thời hạn',
    ),
  })
  assignWork(
    @Arg('input', { description: described('What is assigned, to whom, by when', 'Giao việc gì, cho ai, hạn khi nào') })
    input: AssignWorkInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return assignments.assignWork(ctx, input);
  }

  @Mutation(() => Assignment, {
    description: described('The lead accepts: it is in progress', 'Người chủ trì nhận việc: việc chuyển sang đang thực hiện'),
  })
  acceptAssignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('comment', () => String, {
      nullable: true,
      description: described('A note kept in its history', 'Ghi chú lưu trong lịch sử của việc'),
    })
    comment: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.ACCEPT, { comment });
  }

  @Mutation(() => Assignment, {
    description: described(
      'The lead reports it done; timeliness is judged on this day',
      'Người chủ trì báo cáo hoàn thành; tính đúng hạn được xét theo ngày này',
    ),
  })
  submitAssignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('input', () => SubmitAssignmentInput, {
      nullable: true,
      description: described('The report and its evidence; null: none', 'Báo cáo và minh chứng; null: không có'),
    })
    input: SubmitAssignmentInput | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.SUBMIT, { comment: input?.comment, submit: input ?? {} });
  }

  @Mutation(() => Assignment, {
    description: described(
      'The assigner accepts the product, rating its quality and recording major errors and delays',
      'Người giao việc nghiệm thu sản phẩm, đánh giá chất lượng và ghi nhận lỗi lớn, chậm trễ',
    ),
  })
  completeAssignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('input', { description: described('The assigner’s rating', 'Đánh giá của người giao việc') }) input: CompleteAssignmentInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.COMPLETE, { comment: input.comment, complete: input });
  }

  @Mutation(() => Assignment, {
    description: described('The assigner sends it back to be reworked (say why)', 'Người giao việc trả lại để làm lại (nêu lý do)'),
  })
  returnAssignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('comment', { description: described('Why: kept in its history', 'Lý do: lưu trong lịch sử của việc') }) comment: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.RETURN, { comment });
  }

  @Mutation(() => Assignment, { description: described('The assigner withdraws it (say why)', 'Người giao việc hủy việc (nêu lý do)') })
  cancelAssignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('comment', { description: described('Why: kept in its history', 'Lý do: lưu trong lịch sử của việc') }) comment: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.CANCEL, { comment });
  }

  @Mutation(() => Assignment, {
    description: described(
      'The assigner gives it to another lead; it starts again as ASSIGNED',
      'Người giao việc chuyển cho người chủ trì khác; việc bắt đầu lại ở trạng thái ASSIGNED',
    ),
  })
  reassignAssignment(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('leadId', () => ID, { description: described('The new lead’s employee id', 'Mã nhân sự của người chủ trì mới') }) leadId: string,
    @Arg('comment', () => String, {
      nullable: true,
      description: described('A note kept in its history', 'Ghi chú lưu trong lịch sử của việc'),
    })
    comment: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.REASSIGN, { comment, leadId });
  }

  @Mutation(() => Assignment, {
    description: described(
      'The assigner moves the deadline later (gia hạn), with a reason; not counted as a delay',
      'Người giao việc gia hạn, có lý do; không tính là chậm trễ',
    ),
  })
  extendAssignmentDeadline(
    @Arg('id', () => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string,
    @Arg('deadline', () => GraphQLLocalDate, {
      description: described('The new deadline, later than the current one', 'Thời hạn mới, sau thời hạn hiện tại'),
    })
    deadline: string,
    @Arg('comment', { description: described('Why: kept in its history', 'Lý do: lưu trong lịch sử của việc') }) comment: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.EXTEND, { comment, deadline });
  }
}

/** Fields of an assignment, kept apart from the root fields so that the client guard costs nothing per assignment. */
@Resolver(() => Assignment)
export class AssignmentFieldsResolver {
  @FieldResolver(() => Employee, { description: described('Who gave it', 'Người giao việc') })
  assigner(@Parent() a: Assignment) {
    return { id: a.assignerId };
  }

  @FieldResolver(() => Employee, { description: described('Who is responsible for it', 'Người chủ trì') })
  lead(@Parent() a: Assignment) {
    return { id: a.leadId };
  }

  @FieldResolver(() => [Employee], { description: described('Who helps the lead', 'Những người phối hợp') })
  coOperators(@Parent() a: Assignment) {
    return a.coOperatorIds.map((id) => ({ id }));
  }

  @FieldResolver(() => WorkItem, { description: described('The catalogue work item it produces', 'Đầu công việc trong danh mục') })
  @Directive(PROVIDES_ITEM_LABELS)
  workItem(@Parent() a: Assignment, @Ctx() ctx: DiaryContext, @Info() info: GraphQLResolveInfo) {
    return namedItem(ctx, info, a.workItemId);
  }

  @FieldResolver(() => [AssignmentEvent], {
    description: described('Every transition, oldest first', 'Mọi lần chuyển trạng thái, cũ nhất trước'),
  })
  events(@Parent() a: Assignment, @Ctx() ctx: DiaryContext) {
    return ctx.loaders.assignmentEvents.load(a.id);
  }

  @FieldResolver(() => GraphQLLocalDate, {
    description: described(
      'The deadline, moved to the next working day when it falls on a day off',
      'Thời hạn, dời sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ',
    ),
  })
  async effectiveDeadline(@Parent() a: Assignment, @Ctx() ctx: DiaryContext) {
    return effectiveDeadline(a.deadline, await allExceptions(ctx));
  }

  @FieldResolver(() => Timeliness, {
    description: described(
      'On time, late or overdue, judged today on the working calendar',
      'Đúng hạn, trễ hạn hay quá hạn, xét đến hôm nay theo lịch làm việc',
    ),
  })
  async timeliness(@Parent() a: Assignment, @Ctx() ctx: DiaryContext) {
    return timelinessOf(a, todayInVietnam(), await allExceptions(ctx));
  }

  @FieldResolver(() => Int, {
    description: described(
      'Working days past the deadline (to the submission, or to today while unfinished)',
      'Số ngày làm việc quá hạn (đến ngày báo cáo hoàn thành, hoặc đến hôm nay nếu chưa xong)',
    ),
  })
  async workingDaysLate(@Parent() a: Assignment, @Ctx() ctx: DiaryContext) {
    return workingDaysLate(a, todayInVietnam(), await allExceptions(ctx));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: described(
      'Working days left before the deadline; null once finished or past',
      'Số ngày làm việc còn lại trước hạn; null khi đã xong hoặc đã quá hạn',
    ),
  })
  async workingDaysLeft(@Parent() a: Assignment, @Ctx() ctx: DiaryContext) {
    return workingDaysLeft(a, todayInVietnam(), await allExceptions(ctx));
  }

  @FieldResolver(() => RecordedWork, {
    description: described(
      'Diary entries that advance it (by the lead and the co-operators)',
      'Các mục nhật ký thực hiện việc này (của người chủ trì và người phối hợp)',
    ),
  })
  async recorded(@Parent() a: Assignment, @Ctx() ctx: DiaryContext) {
    return (await ctx.loaders.recorded.load(a.id)) ?? { entries: 0, quantity: 0 };
  }
}

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

@Resolver(() => Employee)
export class EmployeeAssignmentResolver {
  @FieldResolver(() => [Assignment], {
    description: described(
      'What the person leads or helps with (the person, their superiors and admins)',
      'Việc người này chủ trì hoặc phối hợp (bản thân, cấp trên và quản trị được xem)',
    ),
  })
  @Directive(REQUIRES)
  async assignments(
    @Parent() employee: Employee,
    @Arg('filter', () => AssignmentFilter, {
      nullable: true,
      description: described('Narrows the list; null: all', 'Lọc danh sách; null: tất cả'),
    })
    filter: AssignmentFilter | undefined,
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return labelsAhead(ctx, info, await assignments.assignmentsOf(ctx, employee, filter), (a) => a.workItemId);
  }

  @FieldResolver(() => AssignmentSummary, {
    description: described(
      'What the person led that was due in a period: on time, late, overdue',
      'Việc người này chủ trì đến hạn trong kỳ: đúng hạn, trễ hạn, quá hạn',
    ),
  })
  @Directive(REQUIRES)
  assignmentSummary(
    @Parent() employee: Employee,
    @Arg('from', () => GraphQLLocalDate, {
      description: described('First day of the period (inclusive)', 'Ngày đầu kỳ (tính cả ngày này)'),
    })
    from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day of the period (inclusive)', 'Ngày cuối kỳ (tính cả ngày này)') })
    to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return units.personAssignmentSummary(ctx, employee, from, to);
  }
}

@Resolver(() => Agency)
export class AgencyDiaryResolver {
  @FieldResolver(() => AssignmentSummary, {
    description: described(
      'The unit’s assignments due in a period and its overdue share',
      'Việc được giao của đơn vị đến hạn trong kỳ và tỷ lệ quá hạn',
    ),
  })
  @Directive('@requires(fields: "parentId")')
  assignmentSummary(
    @Parent() agency: Agency,
    @Arg('from', () => GraphQLLocalDate, {
      description: described('First day of the period (inclusive)', 'Ngày đầu kỳ (tính cả ngày này)'),
    })
    from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day of the period (inclusive)', 'Ngày cuối kỳ (tính cả ngày này)') })
    to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return units.unitAssignmentSummary(ctx, agency, from, to);
  }

  @FieldResolver(() => [MissingDiary], {
    description: described(
      'Its people with working days lacking a diary (to chase), most days first',
      'Những người của đơn vị có ngày làm việc chưa ghi nhật ký (cần nhắc), nhiều ngày nhất trước',
    ),
  })
  @Directive('@requires(fields: "parentId staffIds")')
  missingDiaries(
    @Parent() agency: Agency,
    @Arg('from', () => GraphQLLocalDate, {
      description: described('First day of the period (inclusive)', 'Ngày đầu kỳ (tính cả ngày này)'),
    })
    from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day of the period (inclusive)', 'Ngày cuối kỳ (tính cả ngày này)') })
    to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return units.missingDiaries(ctx, agency, from, to);
  }

  @FieldResolver(() => [Reminder], {
    description: described(
      'What its people should be told today: missing diaries, due and overdue work, waiting reviews',
      'Những điều cần nhắc người của đơn vị hôm nay: nhật ký còn thiếu, việc đến hạn và quá hạn, việc chờ duyệt',
    ),
  })
  @Directive('@requires(fields: "parentId staffIds")')
  reminders(@Parent() agency: Agency, @Ctx() ctx: DiaryContext) {
    return units.reminders(ctx, agency);
  }
}
