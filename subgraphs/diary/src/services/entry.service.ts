import { clockNow, DomainError, forbidden, hasRole, type Identity, isCalendarDate, Role } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentStatus, DiaryEntry, EntryFlag, EntrySource, EntryStatus } from '../entities/index.js';
import type { RecordDiaryEntryInput, UpdateDiaryEntryInput } from './inputs.js';
import { isWorkingDay, todayInVietnam, type Exceptions } from '../rules/calendar.js';
import {
  assertDayTotal,
  assertEntryValues,
  assertNotFuture,
  entryFlags,
  flagMessage,
  isDuplicate,
  type FlagFacts,
} from '../rules/entries.js';
import { isClosed, isLateDeclaration } from '../rules/lockdown.js';
import { asEntities, insertPlain, PLANNED_BATCH, WriteGroups } from '@kpi/platform/database';
import {
  type DayEntryRow,
  DiaryStore,
  lockPersonDays,
  personDayKey,
  type PolicyRow,
  stampWithEntries,
  type WriteContextRows,
} from '../store/diary.store.js';
import { audit, type DiaryContext } from './context.js';
import {
  catalogueRevisionOf,
  employeesById,
  keptItemsOn,
  keptPerformable,
  ownFacts,
  type EmployeeFacts,
  type ItemFacts,
  type ItemVersionFacts,
} from './facts.service.js';
import { closedFor, exceptionsAround, policyAt } from './policy.service.js';
import { inKeptMonth } from './months.service.js';
import { KeptDays } from './kept-days.js';
import { day, month, said } from '../messages.js';

/** Admins may write a person's diary only as an audited override, and only in their scope. */
const overrides = (who: Identity, agencyId: string) =>
  who.kind === 'person' && (hasRole(who, Role.PROVINCE_ADMIN) || (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(agencyId)));

export interface Warning {
  code: EntryFlag;
  message: string;
}

export interface RecordResult {
  entry: DiaryEntry;
  warnings: Warning[];
}

interface Candidate {
  employee: EmployeeFacts;
  workDate: string;
  workItemId: string;
  quantity: number;
  actualMinutes: number;
  assignmentId: string | null;
  note: string | null;
  evidenceRef: string | null;
  override: boolean;
  reason: string | null;
}

/** What the entry is checked and written against, gathered before the transaction. */
interface EntryContext {
  item: ItemFacts;
  version: ItemVersionFacts;
  policy: PolicyRow;
  /** The entry's month is closed: only an override may write it, and that is audited. */
  closed: boolean;
  workingDay: boolean;
  late: boolean;
  standardDay: number;
}

/**
 * Everything a new or changed entry is checked against, then written under a per-person-per-day
 * lock (so two saves at once cannot both pass the 24-hour or duplicate check): a new entry by a
 * statement that takes the lock and finds its day as it was read, a correction in a transaction
 * that holds it (writeGroup).
 */
async function checkAndWrite(
  ctx: DiaryContext,
  candidate: Candidate,
  replacing: DiaryEntry | null,
  source: EntrySource,
): Promise<RecordResult> {
  if (!isCalendarDate(candidate.workDate)) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.workDateFormat(), { field: 'workDate' });
  assertEntryValues(candidate);
  const today = todayInVietnam();
  assertNotFuture(candidate.workDate, today);
  const { item, version } = await performableVersion(ctx, candidate);
  await assertOnAssignment(ctx, candidate, replacing);
  const { written, facts } = await writeEntry(ctx, candidate, replacing, source, { item, version }, today);
  // A warning is worded only when the caller asks for its message (a field resolved by reading it).
  const warning = (code: EntryFlag): Warning => ({
    code,
    get message() {
      return flagMessage(code, facts);
    },
  });
  return { entry: written, warnings: written.flags.map(warning) };
}

/** The item's version in force on the work date, which the person's position must perform. */
async function performableVersion(ctx: DiaryContext, { employee, workDate, workItemId }: Candidate) {
  const [items, allowed] = await Promise.all([
    keptItemsOn(ctx, [workItemId], [workDate]),
    employee.position ? keptPerformable(ctx, [employee.position]) : Promise.resolve(new Map<string, Set<string>>()),
  ]);
  const item = items.get(workItemId);
  if (!item) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noWorkItemWithId({ id: workItemId }), { field: 'workItemId' });
  const version = item.on.get(workDate);
  if (!version)
    throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.itemNotInForceOn({ code: item.code, date: day(workDate) }), {
      field: 'workItemId',
    });
  if (!employee.position || !allowed.get(employee.position.id)?.has(item.id))
    throw new DomainError(ErrorCode.NOT_PERFORMABLE, said.notInYourPosition({ code: item.code }), { field: 'workItemId' });
  return { item, version };
}

/** Work linked to an assignment must be the person's (lead or co-operator), and the assignment alive. */
async function assertOnAssignment(ctx: DiaryContext, { employee, assignmentId }: Candidate, replacing: DiaryEntry | null) {
  if (!assignmentId || assignmentId === replacing?.assignmentId) return;
  const assignment = await ctx.loaders.assignment.load(assignmentId);
  const onIt = assignment && (assignment.leadId === employee.id || assignment.coOperatorIds.includes(employee.id));
  if (!onIt || assignment.status === AssignmentStatus.CANCELLED)
    throw new DomainError(ErrorCode.INVALID_REFERENCE, onIt ? said.assignmentWasCancelled() : said.notOnAssignment(), {
      field: 'assignmentId',
    });
}

/** The rules a write is checked against that change a few times a year, kept in the process (loaders.ts). */
interface DayRulesRows {
  /** Every version of the policy, oldest first. */
  policies: readonly PolicyRow[];
  /** The calendar's exceptions from the eve of the work date's month to 45 days past today. */
  exceptions: Exceptions;
}

/** The day's rules: the policy in force, whether the month is closed, a working day, declared late. */
function dayRules(candidate: Candidate, rules: DayRulesRows, rows: WriteContextRows, today: string) {
  const { employee, workDate } = candidate;
  const policy = policyAt(rules.policies, workDate);
  const closed = isClosed(workDate, employee.agencyId, clockNow(), policy, rows.reopenings);
  if (closed && !candidate.override)
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.monthClosedAskOverride({ month: month(workDate) }), { field: 'workDate' });
  if (candidate.override && !candidate.reason?.trim())
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.overrideNeedsReasonAudited(), { field: 'reason' });
  return {
    policy,
    closed,
    workingDay: isWorkingDay(workDate, rules.exceptions) && !rows.onLeave,
    late: isLateDeclaration(workDate, today, policy, rules.exceptions),
    standardDay: employee.position?.standardMinutesPerDay ?? policy.standardDayMinutes,
  };
}

/** A write waiting for its group: the candidate as checked so far, and what its day is checked against. */
interface PendingWrite {
  ctx: DiaryContext;
  candidate: Candidate;
  replacing: DiaryEntry | null;
  source: EntrySource;
  terms: Pick<EntryContext, 'item' | 'version'>;
  rules: DayRulesRows;
  today: string;
}

interface Written {
  written: DiaryEntry;
  facts: FlagFacts;
}

/**
 * The write, in the next group of writes (WriteGroups: a lone write is a group of one, written at
 * once). The policy and the calendar are read before it, as kept.
 */
async function writeEntry(
  ctx: DiaryContext,
  candidate: Candidate,
  replacing: DiaryEntry | null,
  source: EntrySource,
  terms: Pick<EntryContext, 'item' | 'version'>,
  today: string,
): Promise<Written> {
  // The calendar from the eve of the work date's month to 45 days past today: as far as "working days after" reach.
  const [policies, exceptions] = await Promise.all([ctx.loaders.policies(), exceptionsAround(ctx, candidate.workDate, today)]);
  return writeGroupsOf(ctx).submit({ ctx, candidate, replacing, source, terms, rules: { policies, exceptions }, today });
}

/** One queue of groups per database: a test process may serve several graphs. */
const writeGroups = new WeakMap<object, WriteGroups<PendingWrite, Written>>();
function writeGroupsOf(ctx: DiaryContext) {
  let groups = writeGroups.get(ctx.em.config);
  if (!groups)
    writeGroups.set(ctx.em.config, (groups = new WriteGroups<PendingWrite, Written>(writeGroup, { most: PLANNED_BATCH, parallel: 2 })));
  return groups;
}

/** The days last read or written, per database like the groups (kept-days.ts). */
const keptDays = new WeakMap<object, KeptDays>();
function keptDaysOf(ctx: Pick<DiaryContext, 'em'>) {
  let days = keptDays.get(ctx.em.config);
  if (!days) keptDays.set(ctx.em.config, (days = new KeptDays()));
  return days;
}

/**
 * A group of writes. New entries are written as read (writtenAsRead); a group that corrects an
 * entry, or overrides a closed month (audited), or whose days kept changing under it, is written
 * under its days' locks (writtenLocked).
 */
async function writeGroup(group: readonly PendingWrite[]): Promise<(Written | DomainError)[]> {
  if (group.every(({ replacing, candidate }) => !replacing && !candidate.override))
    for (let attempt = 0; attempt < AS_READ_ATTEMPTS; attempt++) {
      const written = await writtenAsRead(group);
      if (written) return written;
    }
  return writtenLocked(group);
}

/**
 * How often a group is written as read before its days are locked: each time, another write of its
 * days came first (or a write was refused on a day as kept, and is judged again on it as read).
 */
const AS_READ_ATTEMPTS = 3;

/**
 * A group of new entries in two statements and no transaction of its own: its days read unlocked,
 * each write checked against its day as the group's earlier writes left it, and every new row
 * inserted by one statement that first takes the days' locks and inserts only if none of those
 * days changed since they were read (DiaryStore.insertIfUnchanged) — the same verdicts the locked
 * transaction reaches, in two round trips instead of five (begin, lock, read, insert, commit):
 * on a busy diary each round trip waits its turn behind the other requests in the process.
 * A day the diary kept from its last read or write (KeptDays) is not read again: the insert's
 * comparison holds it to the day as it is, so a group of kept days is one statement.
 * Answers undefined when a day changed (nothing was written, its kept form forgotten: read
 * again). Never an override: one that writes a closed month is audited, in the locked transaction.
 */
async function writtenAsRead(group: readonly PendingWrite[]): Promise<(Written | DomainError)[] | undefined> {
  const { em } = group[0]!.ctx;
  const store = new DiaryStore(em.fork());
  const kept = keptDaysOf({ em });
  const rows = new Map<string, WriteContextRows>();
  /** The days taken as kept, not read: their stamps are proven only by an insert. */
  const unproven = new Set<string>();
  const toRead: { employeeId: string; workDate: string }[] = [];
  for (const { candidate } of group) {
    const key = personDayKey(candidate.employee.id, candidate.workDate);
    if (rows.has(key)) continue;
    const day = kept.take(key);
    if (day) {
      rows.set(key, day);
      unproven.add(key);
    } else toRead.push({ employeeId: candidate.employee.id, workDate: candidate.workDate });
  }
  if (toRead.length)
    for (const [key, day] of await store.writeContexts(toRead)) {
      kept.keep(key, day);
      rows.set(key, day);
    }
  const added: DiaryEntry[] = [];
  const results: (Written | DomainError)[] = [];
  for (const pending of group) {
    try {
      results.push(writeOne(undefined, pending, rows, new Map(), added));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Refused on a kept day, which no insert will check: judged again on the day as it is.
      const key = personDayKey(pending.candidate.employee.id, pending.candidate.workDate);
      if (unproven.has(key)) {
        kept.forget([key]);
        return undefined;
      }
      results.push(error);
    }
  }
  if (!added.length) return results;
  const days = new Map<string, DiaryEntry[]>();
  for (const entry of added) {
    const key = personDayKey(entry.employeeId, entry.workDate);
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  const { unchanged, transaction } = await inKeptMonth(group[0]!.candidate.workDate, () =>
    store.insertIfUnchanged(
      [...days].map(([key, [e]]) => ({ employeeId: e!.employeeId, workDate: e!.workDate, stamp: rows.get(key)!.stamp })),
      added,
    ),
  );
  if (!unchanged) {
    kept.forget(rows.keys());
    return undefined;
  }
  // Each written day as the group left it: its entries (writeOne added them), its stamp with the new rows'.
  for (const [key, entries] of days) {
    const day = rows.get(key)!;
    kept.keep(key, {
      ...day,
      stamp: stampWithEntries(
        day.stamp,
        entries.map((e) => e.id),
        transaction!,
      ),
    });
  }
  return results;
}

/**
 * A group's transaction: every day it writes locked (lockPersonDays), read in one statement (the
 * day's entries, the month's reopenings, the person's leave), each write checked in turn against
 * its day as the group's earlier writes left it, and every new row inserted by one statement —
 * five statements for the whole group, begin and commit included. A write that breaks a rule is
 * answered with its error and written nothing; the others are written.
 */
async function writtenLocked(group: readonly PendingWrite[]): Promise<(Written | DomainError)[]> {
  return group[0]!.ctx.em.fork().transactional(async (em: EntityManager) => {
    const days = group.map(({ candidate }) => ({ employeeId: candidate.employee.id, workDate: candidate.workDate }));
    await lockPersonDays(
      em,
      days.map((d) => personDayKey(d.employeeId, d.workDate)),
    );
    const store = new DiaryStore(em);
    const rows = await store.writeContexts(days);
    const replaced = new Map(
      (await store.entriesToChange(group.flatMap(({ replacing }) => (replacing ? [replacing.id] : [])))).map((e) => [e.id, e]),
    );
    const added: DiaryEntry[] = [];
    const results = group.map((pending) => {
      try {
        return writeOne(em, pending, rows, replaced, added);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
    });
    // A group of one names its month when the month is not kept; a larger group is written again one by one.
    await inKeptMonth(group[0]!.candidate.workDate, async () => {
      await insertPlain(em, DiaryEntry, added);
      await em.flush();
    });
    // Its days are read again by the next write rather than found changed by its insert.
    keptDaysOf(group[0]!.ctx).forget(rows.keys());
    return results;
  });
}

/**
 * One write of a group, checked against its day; the day then holds it for the group's later
 * writes. Without `em` (a group written as read) it only adds new entries.
 */
function writeOne(
  em: EntityManager | undefined,
  pending: PendingWrite,
  days: Map<string, WriteContextRows>,
  replaced: Map<string, DiaryEntry>,
  added: DiaryEntry[],
): Written {
  const { ctx, candidate, replacing, source } = pending;
  const { employee, workDate } = candidate;
  const locked = () => {
    if (!em) throw new Error("a correction or an audited override is written under its days' locks");
    return em;
  };
  const onDay = days.get(personDayKey(employee.id, workDate))!;
  const context: EntryContext = { ...pending.terms, ...dayRules(candidate, pending.rules, onDay, pending.today) };
  const sameDay = onDay.entries.filter((e) => e.id !== replacing?.id);
  // The duplicate check first: "already recorded" says more than "the day is full".
  const twin = sameDay.find((e) => isDuplicate(e, candidate));
  if (twin)
    throw new DomainError(ErrorCode.DUPLICATE_ENTRY, said.alreadyRecorded({ date: day(workDate), id: twin.id }), {
      field: 'workItemId',
      entryId: twin.id,
    });
  const otherMinutes = sameDay.reduce((sum, e) => sum + e.actualMinutes, 0);
  assertDayTotal(otherMinutes, candidate.actualMinutes);
  const facts = flagFacts(candidate, context, otherMinutes + candidate.actualMinutes);
  const values = entryValues(ctx, candidate, context, entryFlags(facts));
  let written: DiaryEntry;
  if (replacing) {
    const entry = replaced.get(replacing.id);
    if (!entry) throw forbidden(said.thisDiaryEntry());
    written = entry;
    locked().assign(written, values);
    // An entry moved to another day leaves the day it was on.
    for (const other of days.values()) other.entries = other.entries.filter((e) => e.id !== written.id);
  } else {
    // New rows go in together by one statement (insertPlain); a changed row and the audit by the flush.
    written = asEntities(DiaryEntry, [{ ...values, source }])[0]!;
    added.push(written);
  }
  onDay.entries = [...sameDay, dayEntryOf(written)];
  if (context.closed)
    audit(ctx, locked(), replacing ? 'override-update' : 'override-create', written.id, candidate.reason, {
      agencyId: written.agencyId,
      employeeId: written.employeeId,
      details: { workDate, workItemId: context.item.id, quantity: candidate.quantity, actualMinutes: candidate.actualMinutes },
    });
  return { written, facts };
}

/** An entry as the day checks read it (DiaryStore.writeContexts). */
const dayEntryOf = (entry: DiaryEntry): DayEntryRow => ({
  id: entry.id,
  workItemId: entry.workItemId,
  quantity: Number(entry.quantity),
  actualMinutes: entry.actualMinutes,
  note: entry.note,
  evidenceRef: entry.evidenceRef,
  assignmentId: entry.assignmentId,
  client: entry.client,
  externalId: entry.externalId,
});

/** What the warning flags are decided on (entryFlags), the day's total included. */
const flagFacts = (candidate: Candidate, context: EntryContext, dayMinutes: number): FlagFacts => ({
  dayMinutes,
  standardDayMinutes: context.standardDay,
  actualMinutes: candidate.actualMinutes,
  standardMinutes: Number(context.version.standardMinutes),
  quantity: candidate.quantity,
  farAboveFactor: Number(context.policy.farAboveFactor),
  late: context.late,
  evidenceRequired: context.version.evidenceRequired,
  evidenceRef: candidate.evidenceRef,
  workingDay: context.workingDay,
  afterClose: context.closed,
});

/** The entry's row: the candidate with the item's terms on the work date copied in, submitted anew. */
const entryValues = (ctx: DiaryContext, candidate: Candidate, { item, version }: EntryContext, flags: EntryFlag[]) => ({
  employeeId: candidate.employee.id,
  agencyId: candidate.employee.agencyId,
  divisionId: candidate.employee.divisionId,
  workDate: candidate.workDate,
  workItemId: item.id,
  workItemVersion: version.version,
  standardMinutes: Number(version.standardMinutes),
  coefficient: Number(version.coefficient),
  quantity: candidate.quantity,
  actualMinutes: candidate.actualMinutes,
  assignmentId: candidate.assignmentId,
  note: candidate.note,
  evidenceRef: candidate.evidenceRef,
  evidenceRequired: version.evidenceRequired,
  flags,
  status: EntryStatus.SUBMITTED,
  reviewedBy: null,
  reviewedAt: null,
  reviewNote: null,
  recordedBy: ctx.identity.subject,
});

async function subjectOf(ctx: DiaryContext, employeeId: string | null | undefined): Promise<EmployeeFacts> {
  const who = ctx.identity;
  const id = employeeId ?? who.employeeId;
  if (!id) throw forbidden(said.diariesOnlyPersons());
  const employee = await factsOf(ctx, id);
  if (!employee) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noEmployeeWithId({ id }), { field: 'employeeId' });
  return employee;
}

/** A person's facts: one's own as the diary keeps them, anyone else's asked with the caller's permissions. */
async function factsOf(ctx: DiaryContext, id: string) {
  if (id === ctx.identity.employeeId) return ownFacts(ctx, id);
  const [employee] = await employeesById(ctx, [id]);
  return employee;
}

/** The catalogue's revision is read while personnel is asked: a write waits for both at once. */
function readCatalogueAhead(ctx: DiaryContext) {
  catalogueRevisionOf(ctx).catch(() => undefined);
}

function assertMayWrite(ctx: DiaryContext, employee: EmployeeFacts, override: boolean) {
  if (ctx.identity.employeeId === employee.id && !override) return;
  if (override && overrides(ctx.identity, employee.agencyId)) return;
  throw forbidden(said.thisDiaryOwnOnly());
}

export async function recordEntry(ctx: DiaryContext, input: RecordDiaryEntryInput): Promise<RecordResult> {
  readCatalogueAhead(ctx);
  const employee = await subjectOf(ctx, input.employeeId);
  const override = input.override ?? false;
  assertMayWrite(ctx, employee, override);
  if (!['ACTIVE', 'ON_LEAVE'].includes(employee.status))
    throw new DomainError(ErrorCode.EMPLOYEE_INACTIVE, said.noLongerInService(), { field: 'employeeId' });
  return checkAndWrite(
    ctx,
    {
      employee,
      workDate: input.workDate,
      workItemId: input.workItemId,
      quantity: input.quantity,
      actualMinutes: input.actualMinutes,
      assignmentId: input.assignmentId ?? null,
      note: input.note?.trim() || null,
      evidenceRef: input.evidenceRef?.trim() || null,
      override,
      reason: input.reason ?? null,
    },
    null,
    EntrySource.MANUAL,
  );
}

async function ownedEntry(ctx: DiaryContext, id: string, override: boolean) {
  const entry = await ctx.em.findOne(DiaryEntry, { id });
  const mine = entry && entry.employeeId === ctx.identity.employeeId && !override;
  const overriding = entry && override && overrides(ctx.identity, entry.agencyId);
  if (!entry || (!mine && !overriding)) throw forbidden(said.thisDiaryEntry());
  if (entry.status === EntryStatus.APPROVED && !override) throw new DomainError(ErrorCode.FORBIDDEN, said.approvedIsFinal());
  return entry;
}

export async function updateEntry(ctx: DiaryContext, id: string, input: UpdateDiaryEntryInput): Promise<RecordResult> {
  const override = input.override ?? false;
  readCatalogueAhead(ctx);
  const entry = await ownedEntry(ctx, id, override);
  const employee = await factsOf(ctx, entry.employeeId);
  return checkAndWrite(
    ctx,
    {
      employee: employee!,
      workDate: input.workDate ?? entry.workDate,
      workItemId: input.workItemId ?? entry.workItemId,
      quantity: input.quantity ?? Number(entry.quantity),
      actualMinutes: input.actualMinutes ?? entry.actualMinutes,
      assignmentId: input.assignmentId !== undefined ? input.assignmentId : entry.assignmentId,
      note: input.note !== undefined ? input.note?.trim() || null : entry.note,
      evidenceRef: input.evidenceRef !== undefined ? input.evidenceRef?.trim() || null : entry.evidenceRef,
      override,
      reason: input.reason ?? null,
    },
    entry,
    entry.source,
  );
}

export async function deleteEntry(ctx: DiaryContext, id: string, override = false, reason?: string | null) {
  const entry = await ownedEntry(ctx, id, override);
  const closed = await closedFor(ctx, entry.workDate, entry.agencyId);
  if (closed && !override)
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.monthClosed({ month: month(entry.workDate) }), { field: 'id' });
  if (override && !reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.overrideNeedsReason(), { field: 'reason' });
  await ctx.em.transactional(async (em: EntityManager) => {
    await new DiaryStore(em).deleteEntry(entry.id);
    if (override || closed)
      audit(ctx, em, 'override-delete', entry.id, reason, {
        agencyId: entry.agencyId,
        employeeId: entry.employeeId,
        details: {
          workDate: entry.workDate,
          workItemId: entry.workItemId,
          quantity: Number(entry.quantity),
          actualMinutes: entry.actualMinutes,
        },
      });
    await em.flush();
  });
  return true;
}
