import { DomainError, forbidden, isCalendarDate } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, AssignmentAction, AssignmentEvent, AssignmentRole, AssignmentStatus, Timeliness } from '../entities/index.js';
import type { AssignWorkInput, AssignmentFilter, CompleteAssignmentInput, SubmitAssignmentInput } from './assignment.inputs.js';
import { actsAsAssigner, canAssign, canReadAssignment, canReadDiary, type DiaryOwner } from '../rules/access.js';
import {
  assertCompletion,
  defaultDelays,
  nextStatus,
  TRANSITIONS,
  timelinessOf,
  workingDaysLeft,
  type Party,
} from '../rules/assignments.js';
import { todayInVietnam, type Exceptions } from '../rules/calendar.js';
import { actorOf, type DiaryContext } from './context.js';
import { employeesById, itemsOn, performable, type EmployeeFacts } from './facts.service.js';
import { allExceptions } from './policy.service.js';
import { day, said } from '../messages.js';

const IN_SERVICE = ['ACTIVE', 'ON_LEAVE'];
const OPEN = [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.RETURNED];

function text(field: string, value: string | null | undefined, max: number, required = false): string | null {
  const trimmed = value?.trim() || null;
  if (required && !trimmed) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.fieldRequired({ field }), { field });
  if (trimmed && trimmed.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.fieldAtMost({ field, max }), { field });
  return trimmed;
}

function evidenceList(refs: string[] | null | undefined): string[] {
  const list = [...new Set((refs ?? []).map((r) => r.trim()).filter(Boolean))];
  if (list.length > 50) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.evidenceAtMost(), { field: 'evidenceRefs' });
  return list;
}

/** The lead checked the way every diary write checks a person: in service, and the item performable. */
async function checkLead(ctx: DiaryContext, lead: EmployeeFacts | null | undefined, workItemId: string, today: string, field: string) {
  if (!lead) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noSuchEmployee(), { field });
  if (!IN_SERVICE.includes(lead.status)) throw new DomainError(ErrorCode.EMPLOYEE_INACTIVE, said.noLongerInService(), { field });
  const [items, allowed] = await Promise.all([
    itemsOn(ctx, [workItemId], [today]),
    lead.position ? performable(ctx, [lead.position]) : Promise.resolve(new Map<string, Set<string>>()),
  ]);
  const item = items.get(workItemId);
  if (!item) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noWorkItemWithId({ id: workItemId }), { field: 'workItemId' });
  if (!item.on.get(today))
    throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.itemNotInCatalogueToday({ code: item.code }), { field: 'workItemId' });
  if (!lead.position || !allowed.get(lead.position.id)?.has(workItemId))
    throw new DomainError(ErrorCode.NOT_PERFORMABLE, said.leadCannotPerform({ code: item.code, lead: lead.code }), { field: 'workItemId' });
}

function record(
  ctx: DiaryContext,
  em: EntityManager,
  a: Assignment,
  action: AssignmentAction,
  from: AssignmentStatus | null,
  comment: string | null,
  details: Record<string, unknown> | null = null,
) {
  em.create(AssignmentEvent, {
    assignmentId: a.id,
    action,
    fromStatus: from,
    toStatus: a.status,
    actor: actorOf(ctx),
    comment,
    details,
  } as AssignmentEvent);
}

/** A leader gives work to one of the people they lead; one transaction with its ASSIGN event. */
export async function assignWork(ctx: DiaryContext, input: AssignWorkInput) {
  const me = ctx.identity.employeeId;
  if (ctx.identity.kind !== 'person' || !me) throw forbidden(said.assigningOnlyLeaders());
  const title = text('title', input.title, 300, true)!;
  const description = text('description', input.description, 4000);
  if (!(input.expectedQuantity > 0) || !Number.isFinite(input.expectedQuantity) || input.expectedQuantity > 100_000)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.expectedQuantity(), {
      field: 'expectedQuantity',
    });
  const today = todayInVietnam();
  if (!isCalendarDate(input.deadline) || input.deadline < today)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.deadlineFromToday({ today: day(today) }), { field: 'deadline' });
  const coOperatorIds = [...new Set(input.coOperatorIds ?? [])];
  if (coOperatorIds.includes(input.leadId))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.leadNotCooperator(), { field: 'coOperatorIds' });
  if (coOperatorIds.length > 30) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.cooperatorsAtMost(), { field: 'coOperatorIds' });
  const people = await employeesById(ctx, [me, input.leadId, ...coOperatorIds]);
  const [assigner, lead, ...helpers] = people;
  if (!assigner) throw forbidden(said.assigningWork());
  if (lead && !canAssign(ctx.identity, assigner, lead))
    throw new DomainError(ErrorCode.FORBIDDEN, said.assignOnlyToLed(), { field: 'leadId' });
  await checkLead(ctx, lead, input.workItemId, today, 'leadId');
  const missing = coOperatorIds.find((_, i) => !helpers[i] || !IN_SERVICE.includes(helpers[i]!.status));
  if (missing)
    throw new DomainError(ErrorCode.INVALID_REFERENCE, said.cooperatorMissing({ id: missing }), {
      field: 'coOperatorIds',
    });
  return ctx.em.transactional(async (em: EntityManager) => {
    const a = em.create(Assignment, {
      title,
      description,
      workItemId: input.workItemId,
      expectedQuantity: input.expectedQuantity,
      assignerId: me,
      leadId: lead!.id,
      coOperatorIds,
      agencyId: lead!.agencyId,
      divisionId: lead!.divisionId,
      evidenceRefs: evidenceList(input.evidenceRefs),
      assignedOn: today,
      originalDeadline: input.deadline,
      deadline: input.deadline,
      status: AssignmentStatus.ASSIGNED,
    } as Assignment);
    record(ctx, em, a, AssignmentAction.ASSIGN, null, text('comment', input.comment, 2000));
    await em.flush();
    return a;
  });
}

function assertParty(ctx: DiaryContext, a: Assignment, party: Party) {
  const allowed =
    party === 'lead' ? ctx.identity.kind === 'person' && ctx.identity.employeeId === a.leadId : actsAsAssigner(ctx.identity, a);
  if (allowed) return;
  if (canReadAssignment(ctx.identity, a))
    throw new DomainError(ErrorCode.FORBIDDEN, party === 'lead' ? said.onlyLeadReports() : said.onlyAssignerDecides());
  throw forbidden(said.thisAssignment());
}

export interface TransitionInput {
  comment?: string | null;
  submit?: SubmitAssignmentInput;
  complete?: CompleteAssignmentInput;
  leadId?: string;
  deadline?: string;
}

/** What one step needs besides the assignment: the caller's input, today, the calendar, a new lead. */
interface Step {
  input: TransitionInput;
  today: string;
  exceptions: Exceptions;
  newLead: EmployeeFacts | null;
}

/**
 * One step of the lifecycle, under a row lock so two people acting at once cannot both move it;
 * the step and its details are recorded in the same transaction.
 */
export async function transition(
  ctx: DiaryContext,
  id: string,
  action: Exclude<AssignmentAction, AssignmentAction.ASSIGN>,
  input: TransitionInput,
) {
  const comment = text(
    'comment',
    input.comment,
    2000,
    action === AssignmentAction.RETURN || action === AssignmentAction.CANCEL || action === AssignmentAction.EXTEND,
  );
  const today = todayInVietnam();
  const exceptions = await allExceptions(ctx);
  // Facts from other subgraphs are fetched before the transaction: no remote call holds a lock.
  const newLead = action === AssignmentAction.REASSIGN ? await reassignableLead(ctx, id, input, today) : null;
  return ctx.em.transactional(async (em: EntityManager) => {
    const a = await em.findOne(Assignment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!a || !canReadAssignment(ctx.identity, a)) throw forbidden(said.thisAssignment());
    assertParty(ctx, a, TRANSITIONS[action].by);
    const from = a.status;
    a.status = nextStatus(action, a.status);
    const details = STEPS[action]?.(a, { input, today, exceptions, newLead }) ?? null;
    record(ctx, em, a, action, from, comment, details);
    await em.flush();
    return a;
  });
}

/** The new lead of a reassignment, checked before the transaction: someone the assigner may give the work to. */
async function reassignableLead(ctx: DiaryContext, id: string, input: TransitionInput, today: string): Promise<EmployeeFacts> {
  const current = await ctx.loaders.assignment.load(id);
  if (!current || !canReadAssignment(ctx.identity, current)) throw forbidden(said.thisAssignment());
  assertParty(ctx, current, 'assigner');
  if (!input.leadId) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.nameNewLead(), { field: 'leadId' });
  if (input.leadId === current.leadId) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.alreadyLeads(), { field: 'leadId' });
  const [me, lead] = await employeesById(ctx, [ctx.identity.employeeId!, input.leadId]);
  // Whoever reassigns must be able to assign the work to the new lead themselves.
  if (lead && (!me || !canAssign(ctx.identity, me, lead)))
    throw new DomainError(ErrorCode.FORBIDDEN, said.reassignOnlyToLed(), { field: 'leadId' });
  await checkLead(ctx, lead, current.workItemId, today, 'leadId');
  return lead!;
}

type StepDetails = Record<string, unknown>;

/** What each step changes beyond the status, and the details its event records. ACCEPT, RETURN and CANCEL change only the status. */
const STEPS: Partial<Record<AssignmentAction, (a: Assignment, step: Step) => StepDetails>> = {
  [AssignmentAction.SUBMIT]: (a, { input, today, exceptions }) => {
    const quantityDone = input.submit?.quantityDone;
    if (quantityDone !== undefined && quantityDone !== null && (!(quantityDone >= 0) || quantityDone > 100_000))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.quantityDone(), { field: 'quantityDone' });
    a.submittedAt = new Date();
    a.submittedOn = today;
    a.quantityDone = quantityDone ?? Number(a.expectedQuantity);
    a.evidenceRefs = evidenceList([...a.evidenceRefs, ...(input.submit?.evidenceRefs ?? [])]);
    return { quantityDone: a.quantityDone, timeliness: timelinessOf(a, today, exceptions) };
  },
  [AssignmentAction.COMPLETE]: (a, { input, today, exceptions }) => {
    const c = input.complete!;
    const timeliness = timelinessOf(a, today, exceptions);
    const completion = {
      majorErrors: c.majorErrors ?? 0,
      excusedErrors: c.excusedErrors ?? 0,
      delays: c.delays ?? defaultDelays(timeliness),
      excusedDelays: c.excusedDelays ?? 0,
      objectiveCause: c.objectiveCause?.trim() || null,
    };
    assertCompletion(completion);
    if (timeliness === Timeliness.LATE && completion.delays === 0)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.lateNeedsDelay(), { field: 'delays' });
    Object.assign(a, completion, { quality: c.quality, completedAt: new Date() });
    return { quality: c.quality, ...completion, timeliness };
  },
  [AssignmentAction.REASSIGN]: (a, { newLead }) => {
    const details = { fromLeadId: a.leadId, toLeadId: newLead!.id };
    a.leadId = newLead!.id;
    a.coOperatorIds = a.coOperatorIds.filter((c) => c !== newLead!.id);
    a.agencyId = newLead!.agencyId;
    a.divisionId = newLead!.divisionId;
    a.submittedAt = null;
    a.submittedOn = null;
    a.quantityDone = null;
    return details;
  },
  [AssignmentAction.EXTEND]: (a, { input, today }) => {
    if (!input.deadline || !isCalendarDate(input.deadline) || input.deadline <= a.deadline || input.deadline < today)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.extensionLater({ deadline: day(a.deadline) }), {
        field: 'deadline',
      });
    const details = { fromDeadline: a.deadline, toDeadline: input.deadline };
    a.deadline = input.deadline;
    return details;
  },
};

export async function assignmentById(ctx: DiaryContext, id: string) {
  const a = await ctx.loaders.assignment.load(id);
  if (a && canReadAssignment(ctx.identity, a)) return a;
  throw forbidden(said.thisAssignment());
}

/** Narrows a list by status, role, due-soon and overdue, on the working calendar. */
function narrow(list: Assignment[], filter: AssignmentFilter | undefined, today: string, exceptions: Exceptions, personId?: string) {
  return list.filter((a) => {
    if (filter?.statuses?.length && !filter.statuses.includes(a.status)) return false;
    if (filter?.role === AssignmentRole.LEAD && a.leadId !== personId) return false;
    if (filter?.role === AssignmentRole.COOPERATOR && !a.coOperatorIds.includes(personId ?? '')) return false;
    if (filter?.overdue && timelinessOf(a, today, exceptions) !== Timeliness.OVERDUE) return false;
    if (filter?.dueWithinWorkingDays !== undefined && filter.dueWithinWorkingDays !== null) {
      const left = workingDaysLeft(a, today, exceptions);
      if (left === null || left > filter.dueWithinWorkingDays) return false;
    }
    return true;
  });
}

const limitOf = (filter?: AssignmentFilter) => Math.min(Math.max(filter?.first ?? 100, 1), 500);

/** A person's assignments (led or helped with), as they or those who read their diary see them. */
export async function assignmentsOf(ctx: DiaryContext, person: DiaryOwner, filter?: AssignmentFilter) {
  if (!canReadDiary(ctx.identity, person)) throw forbidden(said.personsAssignments());
  const [list, exceptions] = await Promise.all([ctx.loaders.assignmentsOf.load(person.id), allExceptions(ctx)]);
  return narrow(list, filter, todayInVietnam(), exceptions, person.id).slice(0, limitOf(filter));
}

export async function myAssignments(ctx: DiaryContext, filter?: AssignmentFilter) {
  const me = ctx.identity.employeeId;
  if (ctx.identity.kind !== 'person' || !me) throw forbidden(said.assignmentsOnlyPersons());
  return assignmentsOf(ctx, { id: me }, filter);
}

/** What I assigned; with `toReview`, only what waits for my decision. */
export async function assignmentsGiven(ctx: DiaryContext, filter?: AssignmentFilter, toReview = false) {
  const me = ctx.identity.employeeId;
  if (ctx.identity.kind !== 'person' || !me) throw forbidden(said.assignmentsGivenOnlyPersons());
  const statuses = toReview ? [AssignmentStatus.SUBMITTED] : filter?.statuses;
  const [list, exceptions] = await Promise.all([ctx.loaders.store.assignmentsGivenBy(me, { statuses, limit: 5000 }), allExceptions(ctx)]);
  return narrow(list, { ...filter, statuses }, todayInVietnam(), exceptions).slice(0, limitOf(filter));
}

export const isOpen = (a: Assignment) => OPEN.includes(a.status);
