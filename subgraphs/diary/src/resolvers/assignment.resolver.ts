import { GraphQLLocalDate } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
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

const step = (ctx: DiaryContext, id: string, action: Parameters<typeof assignments.transition>[2], input: assignments.TransitionInput) =>
  assignments.transition(ctx, id, action, input);

@Resolver(() => Assignment)
@UseMiddleware(IntakeOnlyForClients)
export class AssignmentResolver {
  @Query(() => Assignment)
  assignment(@Arg('id', () => ID) id: string, @Ctx() ctx: DiaryContext) {
    return assignments.assignmentById(ctx, id);
  }

  @Query(() => [Assignment], { description: 'What I lead or help with: by status, due soon, overdue' })
  myAssignments(@Arg('filter', () => AssignmentFilter, { nullable: true }) filter: AssignmentFilter | undefined, @Ctx() ctx: DiaryContext) {
    return assignments.myAssignments(ctx, filter);
  }

  @Query(() => [Assignment], { description: 'What I assigned' })
  assignmentsGiven(
    @Arg('filter', () => AssignmentFilter, { nullable: true }) filter: AssignmentFilter | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return assignments.assignmentsGiven(ctx, filter);
  }

  @Query(() => [Assignment], { description: 'What I assigned that was submitted and waits for my decision' })
  assignmentsToReview(@Arg('first', () => Int, { nullable: true }) first: number | undefined, @Ctx() ctx: DiaryContext) {
    return assignments.assignmentsGiven(ctx, { first }, true);
  }

  @Mutation(() => Assignment, { description: 'A leader assigns a work item to a lead, with co-operators and a deadline' })
  assignWork(@Arg('input') input: AssignWorkInput, @Ctx() ctx: DiaryContext) {
    return assignments.assignWork(ctx, input);
  }

  @Mutation(() => Assignment, { description: 'The lead accepts: it is in progress' })
  acceptAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.ACCEPT, { comment });
  }

  @Mutation(() => Assignment, { description: 'The lead reports it done; timeliness is judged on this day' })
  submitAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SubmitAssignmentInput, { nullable: true }) input: SubmitAssignmentInput | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.SUBMIT, { comment: input?.comment, submit: input ?? {} });
  }

  @Mutation(() => Assignment, { description: 'The assigner accepts the product, rating its quality and recording major errors and delays' })
  completeAssignment(@Arg('id', () => ID) id: string, @Arg('input') input: CompleteAssignmentInput, @Ctx() ctx: DiaryContext) {
    return step(ctx, id, AssignmentAction.COMPLETE, { comment: input.comment, complete: input });
  }

  @Mutation(() => Assignment, { description: 'The assigner sends it back to be reworked (say why)' })
  returnAssignment(@Arg('id', () => ID) id: string, @Arg('comment') comment: string, @Ctx() ctx: DiaryContext) {
    return step(ctx, id, AssignmentAction.RETURN, { comment });
  }

  @Mutation(() => Assignment, { description: 'The assigner withdraws it (say why)' })
  cancelAssignment(@Arg('id', () => ID) id: string, @Arg('comment') comment: string, @Ctx() ctx: DiaryContext) {
    return step(ctx, id, AssignmentAction.CANCEL, { comment });
  }

  @Mutation(() => Assignment, { description: 'The assigner gives it to another lead; it starts again as ASSIGNED' })
  reassignAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.REASSIGN, { comment, leadId });
  }

  @Mutation(() => Assignment, { description: 'The assigner moves the deadline later (gia hạn), with a reason; not counted as a delay' })
  extendAssignmentDeadline(
    @Arg('id', () => ID) id: string,
    @Arg('deadline', () => GraphQLLocalDate) deadline: string,
    @Arg('comment') comment: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return step(ctx, id, AssignmentAction.EXTEND, { comment, deadline });
  }
}

/** Fields of an assignment, kept apart from the root fields so that the client guard costs nothing per assignment. */
@Resolver(() => Assignment)
export class AssignmentFieldsResolver {
  @FieldResolver(() => Employee)
  assigner(@Root() a: Assignment) {
    return { id: a.assignerId };
  }

  @FieldResolver(() => Employee)
  lead(@Root() a: Assignment) {
    return { id: a.leadId };
  }

  @FieldResolver(() => [Employee])
  coOperators(@Root() a: Assignment) {
    return a.coOperatorIds.map((id) => ({ id }));
  }

  @FieldResolver(() => WorkItem)
  workItem(@Root() a: Assignment) {
    return { id: a.workItemId };
  }

  @FieldResolver(() => [AssignmentEvent], { description: 'Every transition, oldest first' })
  events(@Root() a: Assignment, @Ctx() ctx: DiaryContext) {
    return ctx.loaders.assignmentEvents.load(a.id);
  }

  @FieldResolver(() => GraphQLLocalDate, { description: 'The deadline, moved to the next working day when it falls on a day off' })
  async effectiveDeadline(@Root() a: Assignment, @Ctx() ctx: DiaryContext) {
    return effectiveDeadline(a.deadline, await allExceptions(ctx));
  }

  @FieldResolver(() => Timeliness)
  async timeliness(@Root() a: Assignment, @Ctx() ctx: DiaryContext) {
    return timelinessOf(a, todayInVietnam(), await allExceptions(ctx));
  }

  @FieldResolver(() => Int, { description: 'Working days past the deadline (to the submission, or to today while unfinished)' })
  async workingDaysLate(@Root() a: Assignment, @Ctx() ctx: DiaryContext) {
    return workingDaysLate(a, todayInVietnam(), await allExceptions(ctx));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Working days left before the deadline; null once finished or past' })
  async workingDaysLeft(@Root() a: Assignment, @Ctx() ctx: DiaryContext) {
    return workingDaysLeft(a, todayInVietnam(), await allExceptions(ctx));
  }

  @FieldResolver(() => RecordedWork, { description: 'Diary entries that advance it (by the lead and the co-operators)' })
  async recorded(@Root() a: Assignment, @Ctx() ctx: DiaryContext) {
    return (await ctx.loaders.recorded.load(a.id)) ?? { entries: 0, quantity: 0 };
  }
}

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

@Resolver(() => Employee)
export class EmployeeAssignmentResolver {
  @FieldResolver(() => [Assignment], { description: 'What the person leads or helps with' })
  @Directive(REQUIRES)
  assignments(
    @Root() employee: Employee,
    @Arg('filter', () => AssignmentFilter, { nullable: true }) filter: AssignmentFilter | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return assignments.assignmentsOf(ctx, employee, filter);
  }

  @FieldResolver(() => AssignmentSummary, { description: 'What the person led that was due in a period: on time, late, overdue' })
  @Directive(REQUIRES)
  assignmentSummary(
    @Root() employee: Employee,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return units.personAssignmentSummary(ctx, employee, from, to);
  }
}

@Resolver(() => Agency)
export class AgencyDiaryResolver {
  @FieldResolver(() => AssignmentSummary, { description: 'The unit’s assignments due in a period and its overdue share' })
  @Directive('@requires(fields: "parentId")')
  assignmentSummary(
    @Root() agency: Agency,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return units.unitAssignmentSummary(ctx, agency, from, to);
  }

  @FieldResolver(() => [MissingDiary], { description: 'Its people with working days lacking a diary (to chase), most days first' })
  @Directive('@requires(fields: "parentId staffIds")')
  missingDiaries(
    @Root() agency: Agency,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return units.missingDiaries(ctx, agency, from, to);
  }

  @FieldResolver(() => [Reminder], {
    description: 'What its people should be told today: missing diaries, due and overdue work, waiting reviews',
  })
  @Directive('@requires(fields: "parentId staffIds")')
  reminders(@Root() agency: Agency, @Ctx() ctx: DiaryContext) {
    return units.reminders(ctx, agency);
  }
}
