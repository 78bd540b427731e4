import { GraphQLLocalDate, described } from '@kpi/platform';
import { Arg, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { CalendarDay, DayKind, Leave } from '../entities/index.js';
import * as calendar from '../services/calendar.service.js';
import type { DiaryContext } from '../services/context.js';
import { IntakeOnlyForClients } from './guard.js';
import { RecordLeaveInput } from '../services/inputs.js';

/** The working calendar (holidays, swapped days) and people's leave. */
@Resolver(() => CalendarDay)
@UseMiddleware(IntakeOnlyForClients)
export class CalendarResolver {
  @Query(() => [CalendarDay], {
    description: described(
      'Holidays and swapped working days between two dates (anyone signed in)',
      'Ngày lễ và ngày làm bù giữa hai ngày (mọi người đã đăng nhập)',
    ),
  })
  workingCalendar(
    @Arg('from', () => GraphQLLocalDate, { description: described('First day (inclusive)', 'Ngày đầu (tính cả ngày này)') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.calendarDays(ctx, from, to);
  }

  @Mutation(() => CalendarDay, {
    nullable: true,
    description: described(
      'Province admins: mark a weekday HOLIDAY or a weekend day WORKING_SWAP; kind null restores the normal rule (audited)',
      'Quản trị tỉnh: đánh dấu ngày thường là HOLIDAY hoặc ngày cuối tuần là WORKING_SWAP; kind null trả về quy tắc thường (có ghi vết)',
    ),
  })
  setCalendarDay(
    @Arg('day', () => GraphQLLocalDate, { description: described('The day to set', 'Ngày cần đặt') }) day: string,
    @Arg('kind', () => DayKind, {
      nullable: true,
      description: described(
        'What the day becomes; null: the normal rule (weekdays work)',
        'Loại ngày; null: theo quy tắc thường (ngày trong tuần làm việc)',
      ),
    })
    kind: DayKind | undefined,
    @Arg('name', () => String, { nullable: true, description: described('Its name, e.g. the holiday’s', 'Tên ngày, ví dụ tên ngày lễ') })
    name: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.setCalendarDay(ctx, day, kind ?? null, name ?? null);
  }

  @Mutation(() => Leave, {
    description: described(
      'Agency admins record a person’s approved leave (audited)',
      'Quản trị cơ quan ghi nhận kỳ nghỉ đã được duyệt của một người (có ghi vết)',
    ),
  })
  recordLeave(@Arg('input', { description: described('The leave', 'Kỳ nghỉ') }) input: RecordLeaveInput, @Ctx() ctx: DiaryContext) {
    return calendar.recordLeave(ctx, input);
  }

  @Mutation(() => Leave, {
    description: described(
      'Agency admins of the person’s agency cancel a leave; its working days expect a diary again (audited)',
      'Quản trị cơ quan của người đó hủy kỳ nghỉ; các ngày làm việc của kỳ nghỉ lại cần ghi nhật ký (có ghi vết)',
    ),
  })
  cancelLeave(
    @Arg('id', () => ID, { description: described('The leave’s id', 'Mã kỳ nghỉ') }) id: string,
    @Arg('reason', () => String, { nullable: true, description: described('Why (audited)', 'Lý do (có ghi vết)') })
    reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.cancelLeave(ctx, id, reason ?? null);
  }
}
