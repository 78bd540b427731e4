import { clockNow, DomainError, forbidden, hasRole, type InputProblem, isCalendarDate, newId, Role } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EntryFlag, EntrySource, IntakeStatus, type DiaryPolicy } from '../entities/index.js';
import type { WorkEventInput } from './inputs.js';
import { addDays, firstOfMonth, isWorkingDay, todayInVietnam, type Exceptions } from '../rules/calendar.js';
import { assertDayTotal, assertEntryValues, assertNotFuture, entryFlags, isDuplicate } from '../rules/entries.js';
import { isClosed, isLateDeclaration, type Reopening } from '../rules/lockdown.js';
import { DiaryStore, lockPersonDay, type DayEntryRow } from '../store/diary.store.js';
import type { DiaryContext } from './context.js';
import {
  AS_DIARY,
  employeesByCode,
  itemsOn,
  performable,
  type EmployeeFacts,
  type ItemFacts,
  type ItemVersionFacts,
} from './facts.service.js';
import { policyAt } from './policy.service.js';
import { inKeptMonth } from './months.service.js';
import { day as dayOf, month, num, said } from '../messages.js';

/** Events per batch: a day of a large agency's documents, small enough to answer within a timeout. */
export const MAX_EVENTS = 500;

const IN_SERVICE = ['ACTIVE', 'ON_LEAVE'];

export interface WorkEventResult {
  externalId: string;
  status: IntakeStatus;
  entryId: string | null;
  reason: string | null;
  /** The error code a typed entry would have got for the same fault (DAY_OVER_24_HOURS, PERIOD_CLOSED…). */
  code: string | null;
  flags: EntryFlag[];
  /** While the batch is judged: the index of the event this one repeats. */
  repeatOf?: number;
}

const rejected = (externalId: string, code: string, reason: string): WorkEventResult => ({
  externalId,
  status: IntakeStatus.REJECTED,
  entryId: null,
  reason,
  code,
  flags: [],
});

const duplicate = (externalId: string, reason: string, entryId: string | null = null, code: string | null = null): WorkEventResult => ({
  externalId,
  status: IntakeStatus.DUPLICATE,
  entryId,
  reason,
  code,
  flags: [],
});

/** A rule of typed entries applied to an event: its refusal becomes the event's rejection. */
function refusalOf(rule: () => void): DomainError | null {
  try {
    rule();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** An event that passed every check that needs no look at its day; written under the day's lock. */
interface Planned {
  index: number;
  externalId: string;
  employee: EmployeeFacts;
  workDate: string;
  item: ItemFacts;
  version: ItemVersionFacts;
  quantity: number;
  minutes: number;
  documentType: string;
  evidenceRef: string | null;
  policy: DiaryPolicy;
  workingDay: boolean;
}

/** What every event of a batch is checked against, fetched once for the batch. */
interface BatchFacts {
  client: string;
  today: string;
  now: Date;
  byCode: Map<string, EmployeeFacts>;
  mappingOf(agencyId: string, documentType: string): { workItemId: string } | undefined;
  items: Map<string, ItemFacts>;
  allowed: Map<string, Set<string>>;
  received: Map<string, string>;
  policies: readonly DiaryPolicy[];
  reopenings: Reopening[];
  exceptions: Exceptions;
}

/**
 * Work events from E-Office (or another system): each becomes a diary entry of its employee, or
 * is reported as a duplicate or rejected with its reason and code. Idempotent per client and
 * external id: a retried batch, or the same event twice in one batch or in two concurrent
 * batches, creates one entry (a unique index decides, not only a prior read); a repeat inside the
 * batch names the entry of its first occurrence. The rules of typed entries apply where they make
 * sense: the 24-hour day, the over-standard-day warning and duplicates of the same document,
 * checked under the same per-person-per-day lock. Each event is judged on its own: one that breaks
 * the graph's input rules (`problems`, by the platform: an impossible date, a NUL in a text, a
 * megabyte of evidence) is REJECTED with BAD_USER_INPUT and its reason, and the rest are stored,
 * so a retry of the same batch converges.
 */
export async function recordWorkEvents(
  ctx: DiaryContext,
  events: WorkEventInput[],
  problems: readonly (InputProblem | null)[] = [],
): Promise<WorkEventResult[]> {
  const who = ctx.identity;
  if (who.kind !== 'client' || !hasRole(who, Role.INTEGRATION_CLIENT)) throw forbidden(said.workEventIntake());
  if (events.length === 0 || events.length > MAX_EVENTS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.eventsPerBatch({ max: num(MAX_EVENTS) }), {
      field: 'events',
      max: MAX_EVENTS,
    });
  // A malformed event is rejected on its own and never looked up: the others are judged without it.
  const facts = await batchFacts(
    ctx,
    who.subject,
    events.filter((_, index) => !problems[index]),
  );
  const results: WorkEventResult[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  events.forEach((event, index) => {
    const outcome = plan(facts, event, index, seen, problems[index] ?? null);
    if ('status' in outcome) results[index] = outcome;
    else planned.push(outcome);
  });
  // Leave makes a day non-working: one statement per distinct date of the batch.
  const leaves = await Promise.all(
    planned.map((p) => ctx.loaders.leaves.load(ctx.loaders.rangeKey(p.employee.id, p.workDate, p.workDate))),
  );
  planned.forEach((p, i) => (p.workingDay = isWorkingDay(p.workDate, facts.exceptions) && leaves[i]!.length === 0));
  for (const day of Map.groupBy(planned, (p) => `${p.employee.id}/${p.workDate}`).values()) {
    for (const [index, result] of await writeDay(ctx, facts, day)) results[index] = result;
  }
  // A repeat inside the batch names the entry its first occurrence created or found.
  for (const [index, result] of results.entries()) {
    if (result.repeatOf === undefined) continue;
    const first = results[result.repeatOf]!;
    results[index] = { ...result, entryId: first.status === IntakeStatus.REJECTED ? null : first.entryId };
  }
  return results.map(({ repeatOf: _repeatOf, ...result }) => result);
}

async function batchFacts(ctx: DiaryContext, client: string, events: WorkEventInput[]): Promise<BatchFacts> {
  const today = todayInVietnam();
  const store = ctx.loaders.store;
  const dates = [...new Set(events.map((e) => e.date).filter((d) => isCalendarDate(d) && d <= today))].sort();
  const externalIds = [...new Set(events.map((e) => e.externalId?.trim()).filter(Boolean))];
  // Everything from other subgraphs is asked as the diary itself: the client may read none of it.
  const [employees, mappings, received, policies, reopenings, exceptions] = await Promise.all([
    employeesByCode(ctx, [...new Set(events.map((e) => e.employeeCode))]),
    store.mappings(client),
    store.receivedEvents(client, externalIds),
    ctx.loaders.policies(),
    store.reopenings([...new Set(dates.map(firstOfMonth))]),
    ctx.loaders.calendar(addDays(firstOfMonth(dates[0] ?? today), -1), addDays(today, 45)),
  ]);
  const itemIds = [...new Set(mappings.map((m) => m.workItemId))];
  const positions = employees.filter((e) => e?.position).map((e) => e!.position!);
  const [items, allowed] = await Promise.all([
    itemIds.length && dates.length ? itemsOn(ctx, itemIds, dates, AS_DIARY) : Promise.resolve(new Map<string, ItemFacts>()),
    performable(ctx, positions, AS_DIARY),
  ]);
  return {
    client,
    today,
    now: clockNow(),
    byCode: new Map(employees.filter((e) => e).map((e) => [e!.code, e!])),
    // An agency's own mapping first, then the province default.
    mappingOf: (agencyId, documentType) =>
      mappings.find((m) => m.agencyId === agencyId && m.documentType === documentType) ??
      mappings.find((m) => m.agencyId === null && m.documentType === documentType),
    items,
    allowed,
    received,
    policies,
    reopenings,
    exceptions,
  };
}

/** The checks of one event that need nothing but the batch's facts, in the order a typed entry meets them. */
function plan(
  facts: BatchFacts,
  event: WorkEventInput,
  index: number,
  seen: Map<string, number>,
  problem: InputProblem | null,
): WorkEventResult | Planned {
  if (problem) {
    // Its externalId is echoed only when sound (the results are in the batch's order anyway).
    const sound = problem.field !== `events.${index}.externalId` && typeof event.externalId === 'string';
    return rejected(sound ? event.externalId.trim() : '', ErrorCode.BAD_USER_INPUT, problem.message);
  }
  const externalId = event.externalId?.trim();
  if (!externalId) return rejected('', ErrorCode.BAD_USER_INPUT, said.eventExternalId());
  const first = seen.get(externalId);
  if (first !== undefined) return { ...duplicate(externalId, said.eventRepeated()), repeatOf: first };
  seen.set(externalId, index);
  // A retry is a duplicate even if something changed since (the month closed, the mapping moved).
  const known = facts.received.get(externalId);
  if (known) return duplicate(externalId, said.eventAlreadyReceived(), known);
  const employee = facts.byCode.get(event.employeeCode);
  if (!employee) return rejected(externalId, ErrorCode.INVALID_REFERENCE, said.eventNoEmployee({ code: event.employeeCode }));
  if (!IN_SERVICE.includes(employee.status))
    return rejected(externalId, ErrorCode.EMPLOYEE_INACTIVE, said.eventNotInService({ code: employee.code }));
  const future = refusalOf(() => assertNotFuture(event.date, facts.today));
  if (future) return rejected(externalId, future.extensions.code as string, future.message);
  const mapping = facts.mappingOf(employee.agencyId, event.documentType);
  if (!mapping) return rejected(externalId, ErrorCode.INVALID_REFERENCE, said.eventNotMapped({ type: event.documentType }));
  const item = facts.items.get(mapping.workItemId);
  const version = item?.on.get(event.date);
  if (!item || !version) return rejected(externalId, ErrorCode.WORK_ITEM_RETIRED, said.eventItemNotOn({ date: dayOf(event.date) }));
  if (!employee.position || !facts.allowed.get(employee.position.id)?.has(item.id))
    return rejected(externalId, ErrorCode.NOT_PERFORMABLE, said.eventNotPerformable({ code: item.code, employee: employee.code }));
  const minutes = event.actualMinutes ?? Math.max(1, Math.round(Number(version.standardMinutes) * event.quantity));
  const values = refusalOf(() => assertEntryValues({ quantity: event.quantity, actualMinutes: minutes }));
  if (values) return rejected(externalId, values.extensions.code as string, values.message);
  const policy = policyAt(facts.policies, event.date);
  if (isClosed(event.date, employee.agencyId, facts.now, policy, facts.reopenings))
    return rejected(externalId, ErrorCode.PERIOD_CLOSED, said.eventMonthClosed({ month: month(event.date) }));
  return {
    index,
    externalId,
    employee,
    workDate: event.date,
    item,
    version,
    quantity: event.quantity,
    minutes,
    documentType: event.documentType,
    evidenceRef: event.evidence?.trim() || null,
    policy,
    workingDay: true,
  };
}

/**
 * The events of one person's day, in one transaction under the lock typed entries take: what the
 * day already holds decides duplicates, the 24-hour limit and the over-standard-day flag, and each
 * event written counts for the next.
 */
async function writeDay(ctx: DiaryContext, facts: BatchFacts, events: Planned[]): Promise<[number, WorkEventResult][]> {
  const { employee, workDate } = events[0]!;
  return ctx.em.transactional(async (em: EntityManager) => {
    await lockPersonDay(em, employee.id, workDate);
    const day = await new DiaryStore(em).dayEntries(employee.id, workDate);
    const out: [number, WorkEventResult][] = [];
    for (const event of events) out.push([event.index, await writeEvent(em, facts, event, day)]);
    return out;
  });
}

async function writeEvent(em: EntityManager, facts: BatchFacts, p: Planned, day: DayEntryRow[]): Promise<WorkEventResult> {
  const again = day.find((e) => e.client === facts.client && e.externalId === p.externalId);
  if (again) return duplicate(p.externalId, said.eventAlreadyReceived(), again.id);
  const key = {
    workItemId: p.item.id,
    quantity: p.quantity,
    actualMinutes: p.minutes,
    evidenceRef: p.evidenceRef,
    note: p.documentType,
    assignmentId: null,
  };
  // The same document already recorded (typed by the person, or sent under another id) is the same
  // work. Without a document number, events are told apart by their external ids alone: two
  // incoming letters of one type on one day look alike and are both real.
  const twin = p.evidenceRef ? day.find((e) => e.evidenceRef && isDuplicate(e, key)) : undefined;
  if (twin)
    return duplicate(
      p.externalId,
      said.eventDocumentRecorded({ date: dayOf(p.workDate), id: twin.id }),
      twin.id,
      ErrorCode.DUPLICATE_ENTRY,
    );
  const otherMinutes = day.reduce((sum, e) => sum + e.actualMinutes, 0);
  const full = refusalOf(() => assertDayTotal(otherMinutes, p.minutes));
  if (full) return rejected(p.externalId, full.extensions.code as string, full.message);
  const flags = entryFlags({
    dayMinutes: otherMinutes + p.minutes,
    standardDayMinutes: p.employee.position?.standardMinutesPerDay ?? p.policy.standardDayMinutes,
    actualMinutes: p.minutes,
    standardMinutes: Number(p.version.standardMinutes),
    quantity: p.quantity,
    farAboveFactor: Number(p.policy.farAboveFactor),
    late: isLateDeclaration(p.workDate, facts.today, p.policy, facts.exceptions),
    evidenceRequired: p.version.evidenceRequired,
    evidenceRef: p.evidenceRef,
    workingDay: p.workingDay,
    afterClose: false,
  }).filter((flag) => flag !== EntryFlag.LATE_DECLARATION); // the system, not the person, was late
  const id = await inKeptMonth(p.workDate, () => insertOnce(em, facts.client, p, flags));
  if (!id) return duplicate(p.externalId, 'already received');
  day.push({ id, ...key, client: facts.client, externalId: p.externalId });
  return { externalId: p.externalId, status: IntakeStatus.CREATED, entryId: id, reason: null, code: null, flags };
}

/** The event as a diary row, written once: a repeat of it (same client and id) writes nothing. */
function insertOnce(em: EntityManager, client: string, p: Planned, flags: EntryFlag[]): Promise<string | null> {
  return new DiaryStore(em).insertIntakeOnce({
    id: newId(),
    employeeId: p.employee.id,
    agencyId: p.employee.agencyId,
    divisionId: p.employee.divisionId,
    workDate: p.workDate,
    workItemId: p.item.id,
    workItemVersion: p.version.version,
    standardMinutes: Number(p.version.standardMinutes),
    coefficient: Number(p.version.coefficient),
    quantity: p.quantity,
    actualMinutes: p.minutes,
    note: p.documentType,
    evidenceRef: p.evidenceRef,
    evidenceRequired: p.version.evidenceRequired,
    source: EntrySource.EOFFICE,
    externalId: p.externalId,
    client,
    flags,
    recordedBy: client,
  });
}
