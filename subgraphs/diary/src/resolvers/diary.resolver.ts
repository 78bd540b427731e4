import { GraphQLLocalDate } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { DiaryEntry, Employee, EntryStatus, Leave, ReviewDecision, WorkItem } from '../entities/index.js';
import * as calendar from '../services/calendar.service.js';
import type { DiaryContext } from '../services/context.js';
import * as entries from '../services/entry.service.js';
import * as review from '../services/review.service.js';
import * as views from '../services/view.service.js';
import { IntakeOnlyForClients } from './guard.js';
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
    description: 'Records a diary entry; warnings (over the standard day, far above standard time…) do not block',
  })
  recordDiaryEntry(@Arg('input') input: RecordDiaryEntryInput, @Ctx() ctx: DiaryContext) {
    return entries.recordEntry(ctx, input);
  }

  @Mutation(() => DiaryEntryPayload, { description: 'Changes an own entry that is not approved; it goes back to review' })
  updateDiaryEntry(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateDiaryEntryInput, @Ctx() ctx: DiaryContext) {
    return entries.updateEntry(ctx, id, input);
  }

  @Mutation(() => Boolean)
  deleteDiaryEntry(
    @Arg('id', () => ID) id: string,
    @Arg('override', { defaultValue: false }) override: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return entries.deleteEntry(ctx, id, override, reason);
  }

  @Query(() => [DiaryEntry], { description: 'Submitted entries of my units, flagged ones first (unit heads)' })
  reviewQueue(
    @Arg('divisionId', () => ID, { nullable: true }) divisionId: string | undefined,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return review.reviewQueue(ctx, { divisionId, from, to, first });
  }

  @Mutation(() => [DiaryEntry], { description: 'Approve or return entries of my units, one or many, all or nothing' })
  reviewDiaryEntries(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return review.reviewEntries(ctx, ids, decision, note);
  }
}

/** Fields of an entry, kept apart from the root fields so that the client guard costs nothing per entry. */
@Resolver(() => DiaryEntry)
export class DiaryEntryFieldsResolver {
  @FieldResolver(() => Employee)
  employee(@Root() entry: DiaryEntry) {
    return { id: entry.employeeId };
  }

  @FieldResolver(() => WorkItem)
  workItem(@Root() entry: DiaryEntry) {
    return { id: entry.workItemId };
  }

  @FieldResolver(() => Float, { description: 'quantity × standard minutes × coefficient' })
  workPoints(@Root() entry: DiaryEntry) {
    return Math.round(entry.workPoints * 100) / 100;
  }
}

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

/** Personnel's Employee gains their diary; who may read it is decided on the required facts. */
@Resolver(() => Employee)
export class EmployeeDiaryResolver {
  @FieldResolver(() => [DiaryEntry], { description: 'Diary entries between two dates' })
  @Directive(REQUIRES)
  diaryEntries(
    @Root() employee: Employee,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('status', () => EntryStatus, { nullable: true }) status: EntryStatus | undefined,
    @Arg('approvedBefore', () => Date, {
      nullable: true,
      description:
        'Only entries approved at or before this moment and still approved: what a period closed then counted ' +
        '(pass the period’s closing time to explain a frozen score)',
    })
    approvedBefore: Date | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.entriesOf(ctx, employee, from, to, status, approvedBefore);
  }

  @FieldResolver(() => [Leave], { description: 'Approved leave overlapping two dates' })
  @Directive(REQUIRES)
  leaves(
    @Root() employee: Employee,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return calendar.leavesOf(ctx, employee, from, to);
  }

  @FieldResolver(() => DiaryDay, { description: 'One day against the standard working day' })
  @Directive(REQUIRES)
  async diaryDay(@Root() employee: Employee, @Arg('date', () => GraphQLLocalDate) date: string, @Ctx() ctx: DiaryContext) {
    return (await views.daysOf(ctx, employee, date, date))[0];
  }

  @FieldResolver(() => DiaryPeriod, { description: 'Days and totals over a period: the real-time self view' })
  @Directive(REQUIRES)
  diaryPeriod(
    @Root() employee: Employee,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.periodOf(ctx, employee, from, to);
  }

  @FieldResolver(() => [GraphQLLocalDate], { description: 'Past working days without entries and without leave' })
  @Directive(REQUIRES)
  missingDiaryDays(
    @Root() employee: Employee,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.missingDaysOf(ctx, employee, from, to);
  }
}

@Resolver(() => WorkItem)
export class WorkItemUsageResolver {
  @FieldResolver(() => WorkItemUsage, {
    description:
      'How much it was used in a period, from the diaries (for the catalogue’s hygiene): province roles, and the agency and catalogue admins who keep it',
  })
  @Directive('@requires(fields: "keeperAgencyIds")')
  usage(
    @Root() item: WorkItem,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return views.usageOf(ctx, item, from, to);
  }
}
