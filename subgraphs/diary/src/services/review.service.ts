import { DomainError, forbidden, hasRole, Role } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EntryStatus, ReviewDecision } from '../entities/index.js';
import { canReview } from '../rules/access.js';
import { addDays, todayInVietnam } from '../rules/calendar.js';
import { audit, type DiaryContext } from './context.js';
import { assertRange } from './view.service.js';
import { DiaryStore } from '../store/diary.store.js';
import { entryStatusLabel } from '../labels.js';
import { named, said } from '../messages.js';

/** Why an entry cannot be decided again, in the words of its status. */
function alreadyDecided(id: string, status: EntryStatus) {
  if (status === EntryStatus.APPROVED) return said.alreadyApproved({ id });
  if (status === EntryStatus.RETURNED) return said.alreadyReturned({ id });
  return said.alreadyDecided({ id, status: named(entryStatusLabel, status).toLowerCase() });
}

/**
 * What a unit head has to review: submitted entries of their units, flagged ones first (over the
 * standard day, far above standard time, declared late, missing evidence), then oldest first.
 */
export async function reviewQueue(
  ctx: DiaryContext,
  options: { divisionId?: string | null; from?: string | null; to?: string | null; first?: number | null },
) {
  const who = ctx.identity;
  if (who.kind !== 'person' || !hasRole(who, Role.UNIT_HEAD)) throw forbidden(said.reviewQueues());
  const units = options.divisionId ? [options.divisionId] : who.unitIds;
  if (units.some((unit) => !who.unitIds.includes(unit))) throw forbidden(said.unitReviewQueue());
  const to = options.to ?? todayInVietnam();
  const from = options.from ?? addDays(to, -62);
  assertRange(from, to);
  const first = Math.min(Math.max(options.first ?? 100, 1), 500);
  return ctx.loaders.store.reviewQueue(units, from, to, first);
}

/**
 * Approves or returns entries, one or many, all or nothing: every entry must be submitted and in
 * a unit the reviewer heads. Only approved entries count for scoring.
 */
export async function reviewEntries(ctx: DiaryContext, ids: string[], decision: ReviewDecision, note?: string | null) {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > 1000)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.reviewBatchSize(), { field: 'ids' });
  if (decision === ReviewDecision.RETURN && !note?.trim())
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.returnNeedsNote(), { field: 'note' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const entries = await new DiaryStore(em).entriesByIds(unique);
    if (entries.length !== unique.length || entries.some((entry) => !canReview(ctx.identity, entry)))
      throw forbidden(said.someOfTheseEntries());
    const decided = entries.find((entry) => entry.status !== EntryStatus.SUBMITTED);
    if (decided)
      throw new DomainError(ErrorCode.ALREADY_DECIDED, alreadyDecided(decided.id, decided.status), {
        field: 'ids',
        entryId: decided.id,
      });
    const now = new Date();
    for (const entry of entries) {
      entry.status = decision === ReviewDecision.APPROVE ? EntryStatus.APPROVED : EntryStatus.RETURNED;
      entry.reviewedBy = ctx.identity.subject;
      entry.reviewedAt = now;
      entry.reviewNote = note?.trim() || null;
      if (decision === ReviewDecision.RETURN)
        audit(ctx, em, 'returned', entry.id, note, { agencyId: entry.agencyId, employeeId: entry.employeeId });
    }
    await em.flush();
    return entries;
  });
}
