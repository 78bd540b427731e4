import { DomainError, forbidden, newId, NO_PROGRESS, todayInVietnam, type JobProgress } from '@kpi/platform';
import { readSheet } from '@kpi/platform/sheets';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentAction, AssignmentStatus, type AssignmentEvent } from '../entities/index.js';
import { ErrorCode } from '../errors.js';
import { importScope } from '../rules/access.js';
import {
  ASSIGNMENT_HISTORY_COLUMNS,
  ASSIGNMENT_HISTORY_REQUIRED,
  parseAssignmentHistoryRow,
  type AssignmentHistoryRow,
} from '../rules/assignment-history.js';
import { day, said } from '../messages.js';
import { placementOn } from '../rules/history.js';
import { importedAssignmentKeys, insertAssignments, type HistoryAssignment } from '../store/history.store.js';
import { actorOf, audit, type DiaryContext } from './context.js';
import {
  historyReport,
  MAX_HISTORY_ROWS,
  peopleAndItems,
  versionOn,
  type HistoryImportInput,
  type HistoryReport,
  type HistoryRowResult,
} from './history.service.js';

/** The day's end in Vietnam: when a past submission or completion, known only by its day, is dated. */
const endOf = (day: string) => new Date(`${day}T17:00:00+07:00`);

/**
 * Brings past work assignments in with their real dates and outcomes — who assigned what to whom,
 * when, by which deadline, when it was reported done, how it was rated, its errors and delays — so
 * that the products of past months score as they did. Judged and written like the diary history
 * (importDiaryHistory): every row reported, all or nothing, a re-import a no-op (each row's key is
 * kept on its assignment), audited. Each assignment is filed where its lead worked on the day it
 * was given; its steps are recorded as imported, by the importer. The rules of giving work today
 * (who may assign to whom, a deadline from today) are not applied to the past.
 */
export async function importAssignmentHistory(
  ctx: DiaryContext,
  input: HistoryImportInput,
  progress: JobProgress = NO_PROGRESS,
): Promise<HistoryReport> {
  const scope = importScope(ctx.identity);
  if (!scope) throw forbidden(said.importingAssignmentHistory());
  const cells = await readSheet(input.format, input.content, {
    columns: ASSIGNMENT_HISTORY_COLUMNS,
    required: ASSIGNMENT_HISTORY_REQUIRED,
    maxRows: MAX_HISTORY_ROWS,
  });
  await progress.phase('checking', cells.length);
  const today = todayInVietnam();
  const parsed = cells.map((c) => parseAssignmentHistoryRow(c, today));
  const rows = parsed.flatMap((p) => (p.row ? [p.row] : []));
  const [{ people, items }, imported] = await Promise.all([
    peopleAndItems(
      ctx,
      rows.flatMap((r) => [r.leadCode, r.assignerCode, ...r.coOperatorCodes]),
      rows.map((r) => r.workItemCode),
    ),
    importedAssignmentKeys(ctx.em, [...new Set(rows.map((r) => r.key))]),
  ]);
  const actor = actorOf(ctx);
  const firstOfKey = new Map<string, number>();
  const results: HistoryRowResult[] = [];
  const planned: HistoryAssignment[] = [];
  parsed.forEach(({ row, errors }, index) => {
    const result: HistoryRowResult = {
      row: index + 2,
      employeeCode: row?.leadCode ?? '',
      workDate: row?.assignedOn ?? '',
      action: 'ERROR',
      errors,
    };
    results.push(result);
    if (!row) return;
    if (firstOfKey.has(row.key)) {
      errors.push(said.rowSameAssignment({ row: firstOfKey.get(row.key)! + 2 }));
      return;
    }
    firstOfKey.set(row.key, index);
    if (imported.has(row.key)) {
      result.action = 'UNCHANGED';
      return;
    }
    const lead = people.get(row.leadCode);
    const placement = lead ? placementOn(lead.placements, row.assignedOn) : null;
    if (!lead) errors.push(said.rowNoPerson({ column: 'lead_code', code: row.leadCode }));
    else if (!placement) errors.push(said.rowNoPlacement({ column: 'assigned_on', code: row.leadCode, date: day(row.assignedOn) }));
    else if (!('all' in scope) && !scope.agencyIds.includes(placement.agencyId))
      errors.push(said.rowOtherAgency({ column: 'lead_code', code: row.leadCode, date: day(row.assignedOn) }));
    const assigner = people.get(row.assignerCode);
    if (!assigner) errors.push(said.rowNoPerson({ column: 'assigner_code', code: row.assignerCode }));
    const missing = row.coOperatorCodes.filter((code) => !people.has(code));
    if (missing.length) errors.push(said.rowNoPerson({ column: 'co_operator_codes', code: missing.join(', ') }));
    const item = items.get(row.workItemCode);
    const version = item ? versionOn(item, row.assignedOn) : null;
    if (!item) errors.push(said.rowNoItem({ code: row.workItemCode }));
    else if (!version) errors.push(said.rowItemNotOn({ code: row.workItemCode, date: day(row.assignedOn) }));
    if (errors.length || !lead || !placement || !assigner || !item) return;
    result.action = 'CREATE';
    planned.push(
      assignmentOf(row, {
        leadId: lead.id,
        assignerId: assigner.id,
        coOperatorIds: row.coOperatorCodes.map((code) => people.get(code)!.id),
        workItemId: item.id,
        agencyId: placement.agencyId,
        divisionId: placement.divisionId ?? null,
        actor,
      }),
    );
  });
  await progress.advance(cells.length);
  const created = planned.length;
  if (input.dryRun || results.some((r) => r.action === 'ERROR')) return historyReport(results, input.dryRun, false, created);
  await progress.phase('writing', planned.length);
  await ctx.em.transactional(async (em: EntityManager) => {
    // A concurrent import of the same rows: one of the two is refused by the key's unique index.
    await insertAssignments(em, planned).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505')
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.concurrentImport(), {
          field: 'content',
        });
      throw error;
    });
    const agencies = [...new Set(planned.map((p) => p.assignment.agencyId))];
    const dates = planned.map((p) => p.assignment.assignedOn).sort();
    audit(ctx, em, 'history-import:assignments', null, input.reason, {
      agencyId: agencies.length === 1 ? agencies[0] : null,
      details: { rows: results.length, created, unchanged: results.length - created, from: dates[0] ?? null, to: dates.at(-1) ?? null },
    });
    await em.flush();
  });
  await progress.advance(planned.length);
  return historyReport(results, input.dryRun, true, created);
}

interface Resolved {
  leadId: string;
  assignerId: string;
  coOperatorIds: string[];
  workItemId: string;
  agencyId: string;
  divisionId: string | null;
  actor: string;
}

/** The assignment as it stands at the end of its past, with the steps that brought it there. */
function assignmentOf(row: AssignmentHistoryRow, r: Resolved): HistoryAssignment {
  const id = newId();
  const reported = row.submittedOn ? endOf(row.submittedOn) : null;
  const step = (action: AssignmentAction, from: AssignmentStatus | null, to: AssignmentStatus, at: Date) =>
    ({
      id: newId(),
      assignmentId: id,
      action,
      fromStatus: from,
      toStatus: to,
      actor: r.actor,
      at,
      comment: said.importedComment(),
      details: { imported: true },
    }) as AssignmentEvent;
  const given = endOf(row.assignedOn);
  const events = [step(AssignmentAction.ASSIGN, null, AssignmentStatus.ASSIGNED, given)];
  if (row.status !== AssignmentStatus.ASSIGNED && row.status !== AssignmentStatus.CANCELLED)
    events.push(step(AssignmentAction.ACCEPT, AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS, given));
  if (reported) events.push(step(AssignmentAction.SUBMIT, AssignmentStatus.IN_PROGRESS, AssignmentStatus.SUBMITTED, reported));
  if (row.status === AssignmentStatus.COMPLETED)
    events.push(step(AssignmentAction.COMPLETE, AssignmentStatus.SUBMITTED, AssignmentStatus.COMPLETED, reported!));
  if (row.status === AssignmentStatus.CANCELLED)
    events.push(step(AssignmentAction.CANCEL, AssignmentStatus.ASSIGNED, AssignmentStatus.CANCELLED, given));
  return {
    assignment: {
      id,
      title: row.title,
      description: row.description,
      workItemId: r.workItemId,
      expectedQuantity: row.expectedQuantity,
      assignerId: r.assignerId,
      leadId: r.leadId,
      coOperatorIds: r.coOperatorIds,
      agencyId: r.agencyId,
      divisionId: r.divisionId,
      evidenceRefs: [],
      assignedOn: row.assignedOn,
      originalDeadline: row.deadline,
      deadline: row.deadline,
      status: row.status,
      submittedAt: reported,
      submittedOn: row.submittedOn,
      quantityDone: row.quantityDone,
      completedAt: row.status === AssignmentStatus.COMPLETED ? reported : null,
      quality: row.quality,
      majorErrors: row.majorErrors,
      excusedErrors: row.excusedErrors,
      delays: row.delays,
      excusedDelays: row.excusedDelays,
      objectiveCause: null,
      importKey: row.key,
    },
    events,
  };
}
