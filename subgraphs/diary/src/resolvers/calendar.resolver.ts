import { GraphQLLocalDate } from '@kpi/platform';
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
  @Query(() => [CalendarDay], { description: 'Holidays and swapped working days between two dates' })
  workingCalendar(
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.calendarDays(ctx, from, to);
  }

  @Mutation(() => CalendarDay, {
    nullable: true,
    description: 'Province admins: mark a weekday HOLIDAY or a weekend day WORKING_SWAP; kind null restores the normal rule (audited)',
  })
  setCalendarDay(
    @Arg('day', () => GraphQLLocalDate) day: string,
    @Arg('kind', () => DayKind, { nullable: true }) kind: DayKind | undefined,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.setCalendarDay(ctx, day, kind ?? null, name ?? null);
  }

  @Mutation(() => Leave, { description: 'Agency admins record a person’s approved leave (audited)' })
  recordLeave(@Arg('input') input: RecordLeaveInput, @Ctx() ctx: DiaryContext) {
    return calendar.recordLeave(ctx, input);
  }

  @Mutation(() => Leave, {
    description: 'Agency admins of the person’s agency cancel a leave; its working days expect a diary again (audited)',
  })
  cancelLeave(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.cancelLeave(ctx, id, reason ?? null);
  }
}
