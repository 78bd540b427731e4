import { DomainError, ErrorCode, forbidden, hasRole, Role } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DiaryEntry, EntryFlag, EntrySource, IntakeStatus, WorkItemMapping } from '../entities/index.js';
import type { SetWorkItemMappingInput, WorkEventInput } from '../resolvers/inputs.js';
import { isWorkingDay, todayInVietnam } from '../rules/calendar.js';
import { entryFlags } from '../rules/entries.js';
import { isLateDeclaration } from '../rules/lockdown.js';
import type { DiaryContext } from './context.js';
import { employeesByCode, itemsOn, performable } from './facts.service.js';
import { closedFor, exceptionsAround, policyOn } from './policy.service.js';

export const MAX_EVENTS = 500;

export interface WorkEventResult {
  externalId: string;
  status: IntakeStatus;
  entryId: string | null;
  reason: string | null;
}

const rejected = (externalId: string, reason: string): WorkEventResult => ({
  externalId,
  status: IntakeStatus.REJECTED,
  entryId: null,
  reason,
});

/**
 * Work events from E-Office (or another system): each becomes a diary entry of its employee, or
 * is reported as a duplicate or rejected with its reason. Idempotent per client and external id:
 * a retried batch, or the same event twice in one batch or in two concurrent batches, creates one
 * entry (a unique index decides, not a prior read).
 */
export async function recordWorkEvents(ctx: DiaryContext, events: WorkEventInput[]): Promise<WorkEventResult[]> {
  const who = ctx.identity;
  if (who.kind !== 'client' || !hasRole(who, Role.INTEGRATION_CLIENT)) throw forbidden('work event intake: it is for integration clients');
  if (events.length === 0 || events.length > MAX_EVENTS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Send 1 to ${MAX_EVENTS} events per batch.`, { field: 'events' });
  const client = who.subject;
  const today = todayInVietnam();
  const employees = await employeesByCode(ctx, [...new Set(events.map((e) => e.employeeCode))]);
  const byCode = new Map(employees.filter((e) => e).map((e) => [e!.code, e!]));
  const mappings = await ctx.loaders.store.mappings(client);
  const mappingOf = (agencyId: string, documentType: string) =>
    mappings.find((m) => m.agencyId === agencyId && m.documentType === documentType) ??
    mappings.find((m) => m.agencyId === null && m.documentType === documentType);
  const itemIds = [...new Set(mappings.map((m) => m.workItemId))];
  const dates = [...new Set(events.map((e) => e.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))];
  const [items, allowed] = await Promise.all([
    itemIds.length && dates.length ? itemsOn(ctx, itemIds, dates) : Promise.resolve(new Map()),
    performable(
      ctx,
      employees.filter((e) => e?.position).map((e) => e!.position!),
    ),
  ]);
  const results: WorkEventResult[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const externalId = event.externalId?.trim();
    if (!externalId) {
      results.push(rejected('', 'externalId is required: it is how retries are recognised'));
      continue;
    }
    if (seen.has(externalId)) {
      results.push({ externalId, status: IntakeStatus.DUPLICATE, entryId: null, reason: 'repeated in this batch' });
      continue;
    }
    seen.add(externalId);
    const employee = byCode.get(event.employeeCode);
    if (!employee) {
      results.push(rejected(externalId, `no employee with code ${event.employeeCode}`));
      continue;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(event.date) || event.date > today) {
      results.push(rejected(externalId, `date ${event.date} is not a past or present date written YYYY-MM-DD`));
      continue;
    }
    if (!(event.quantity > 0)) {
      results.push(rejected(externalId, 'quantity must be more than 0'));
      continue;
    }
    const mapping = mappingOf(employee.agencyId, event.documentType);
    if (!mapping) {
      results.push(rejected(externalId, `document type ${event.documentType} is not mapped to a work item for this agency`));
      continue;
    }
    const item = items.get(mapping.workItemId);
    const version = item?.on.get(event.date);
    if (!item || !version) {
      results.push(rejected(externalId, `the mapped work item is not in the catalogue on ${event.date}`));
      continue;
    }
    if (!employee.position || !allowed.get(employee.position.id)?.has(item.id)) {
      results.push(rejected(externalId, `${item.code} is not in ${employee.code}’s job description`));
      continue;
    }
    if (await closedFor(ctx, event.date, employee.agencyId)) {
      results.push(rejected(externalId, `the diary of ${event.date.slice(0, 7)} is closed`));
      continue;
    }
    const policy = await policyOn(ctx, event.date);
    const exceptions = await exceptionsAround(ctx, event.date, today);
    const minutes = Math.max(1, Math.min(1440, Math.round(event.actualMinutes ?? Number(version.standardMinutes) * event.quantity)));
    const flags = entryFlags({
      dayMinutes: 0,
      standardDayMinutes: Number.MAX_SAFE_INTEGER,
      actualMinutes: minutes,
      standardMinutes: Number(version.standardMinutes),
      quantity: event.quantity,
      farAboveFactor: Number(policy.farAboveFactor),
      late: isLateDeclaration(event.date, today, policy, exceptions),
      evidenceRequired: version.evidenceRequired,
      evidenceRef: event.evidence ?? null,
      workingDay: isWorkingDay(event.date, exceptions),
      afterClose: false,
    }).filter((flag) => flag !== EntryFlag.LATE_DECLARATION); // the system, not the person, was late
    const id = await insertOnce(ctx.em, {
      employeeId: employee.id,
      agencyId: employee.agencyId,
      divisionId: employee.divisionId,
      workDate: event.date,
      workItemId: item.id,
      workItemVersion: version.version,
      standardMinutes: Number(version.standardMinutes),
      coefficient: Number(version.coefficient),
      quantity: event.quantity,
      actualMinutes: minutes,
      note: event.documentType,
      evidenceRef: event.evidence ?? null,
      evidenceRequired: version.evidenceRequired,
      source: EntrySource.EOFFICE,
      externalId,
      client,
      flags,
      recordedBy: client,
    });
    results.push(
      id
        ? { externalId, status: IntakeStatus.CREATED, entryId: id, reason: null }
        : { externalId, status: IntakeStatus.DUPLICATE, entryId: null, reason: 'already received' },
    );
  }
  return results;
}

/** One insert that the unique (client, external_id) index turns into a no-op for a repeat. */
async function insertOnce(
  em: EntityManager,
  values: Omit<
    DiaryEntry,
    | 'id'
    | 'createdAt'
    | 'updatedAt'
    | 'status'
    | 'assignmentId'
    | 'reviewedBy'
    | 'reviewedAt'
    | 'reviewNote'
    | 'earnedMinutes'
    | 'workPoints'
  >,
) {
  const entry = em.create(DiaryEntry, values as DiaryEntry);
  const rows = await em.execute<{ id: string }[]>(
    `insert into diary.diary_entry (id, employee_id, agency_id, division_id, work_date, work_item_id, work_item_version, standard_minutes, coefficient,
       quantity, actual_minutes, note, evidence_ref, evidence_required, source, external_id, client, flags, recorded_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?)
     on conflict (client, external_id) where external_id is not null do nothing returning id`,
    [
      entry.id,
      values.employeeId,
      values.agencyId,
      values.divisionId,
      values.workDate,
      values.workItemId,
      values.workItemVersion,
      values.standardMinutes,
      values.coefficient,
      values.quantity,
      values.actualMinutes,
      values.note,
      values.evidenceRef,
      values.evidenceRequired,
      values.source,
      values.externalId,
      values.client,
      `{${values.flags.join(',')}}`,
      values.recordedBy,
    ],
  );
  em.clear();
  return rows[0]?.id ?? null;
}

/** Agency admins map their document types (or the province admin the defaults) to work items. */
export async function setWorkItemMapping(ctx: DiaryContext, input: SetWorkItemMappingInput) {
  const who = ctx.identity;
  const allowed =
    who.kind === 'person' &&
    (hasRole(who, Role.PROVINCE_ADMIN) || (input.agencyId && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(input.agencyId)));
  if (!allowed) throw forbidden('this agency’s mappings');
  const items = await itemsOn(ctx, [input.workItemId], [todayInVietnam()]);
  if (!items.get(input.workItemId))
    throw new DomainError(ErrorCode.INVALID_REFERENCE, `No work item with id ${input.workItemId} exists.`, { field: 'workItemId' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = await em.findOne(WorkItemMapping, {
      client: input.client,
      agencyId: input.agencyId ?? null,
      documentType: input.documentType,
    });
    const mapping =
      existing ??
      em.create(WorkItemMapping, {
        client: input.client,
        agencyId: input.agencyId ?? null,
        documentType: input.documentType,
      } as WorkItemMapping);
    mapping.workItemId = input.workItemId;
    mapping.recordedBy = who.subject;
    mapping.recordedAt = new Date();
    await em.flush();
    return mapping;
  });
}
