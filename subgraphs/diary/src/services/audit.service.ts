import { DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { adminScope } from '../rules/access.js';
import { isUuid } from '../rules/ids.js';
import type { DiaryContext } from './context.js';
import { said } from '../messages.js';

const MAX_ROWS = 500;

export interface AuditFilter {
  entryId?: string | null;
  from?: Date | null;
  to?: Date | null;
  first?: number | null;
}

/**
 * The diary's audit trail, newest first: province roles read all of it, agency admins the rows
 * about their agencies (overrides, returns, leave, reopenings for them). Province-wide acts (the
 * calendar, the policy, the default mappings) are the province's.
 */
export async function diaryAudit(ctx: DiaryContext, filter: AuditFilter) {
  const scope = adminScope(ctx.identity);
  if (!scope) throw forbidden(said.auditTrail());
  if (filter.entryId && !isUuid(filter.entryId))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.entryIdNotAnId(), { field: 'entryId' });
  if (filter.from && filter.to && filter.to < filter.from)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.toBeforeFrom(), { field: 'to' });
  const first = filter.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > MAX_ROWS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.firstFrom1To({ max: MAX_ROWS }), { field: 'first' });
  return ctx.loaders.store.audit({
    entryId: filter.entryId,
    from: filter.from,
    to: filter.to,
    agencyIds: 'all' in scope ? undefined : scope.agencyIds,
    limit: first,
  });
}
