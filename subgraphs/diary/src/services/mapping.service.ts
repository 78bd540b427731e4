import { DomainError, forbidden, hasRole, Role } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkItemMapping } from '../entities/index.js';
import type { SetWorkItemMappingInput } from './inputs.js';
import { adminScope } from '../rules/access.js';
import { todayInVietnam } from '../rules/calendar.js';
import { audit, type DiaryContext } from './context.js';
import { itemsOn } from './facts.service.js';
import { said } from '../messages.js';

function text(field: string, value: string, max: number) {
  const trimmed = value?.trim() ?? '';
  if (!trimmed || trimmed.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.fieldLength({ field, max }), { field });
  return trimmed;
}

/**
 * Agency admins map their document types to work items; province admins keep the defaults (no
 * agency) and may set any agency's. An agency's own mapping wins over the default for its people.
 */
export async function setWorkItemMapping(ctx: DiaryContext, input: SetWorkItemMappingInput) {
  const who = ctx.identity;
  const agencyId = input.agencyId ?? null;
  const allowed =
    who.kind === 'person' &&
    (hasRole(who, Role.PROVINCE_ADMIN) || (agencyId !== null && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(agencyId)));
  if (!allowed) throw forbidden(agencyId ? said.agencyMappings() : said.defaultMappings());
  const client = text('client', input.client, 100);
  const documentType = text('documentType', input.documentType, 100);
  const items = await itemsOn(ctx, [input.workItemId], [todayInVietnam()]);
  const item = items.get(input.workItemId);
  if (!item) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noWorkItemWithId({ id: input.workItemId }), { field: 'workItemId' });
  if (!item.on.get(todayInVietnam()))
    throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.itemNotInCatalogueToday({ code: item.code }), { field: 'workItemId' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = await em.findOne(WorkItemMapping, { client, agencyId, documentType });
    const mapping = existing ?? em.create(WorkItemMapping, { client, agencyId, documentType } as WorkItemMapping);
    const before = existing?.workItemId ?? null;
    mapping.workItemId = input.workItemId;
    mapping.recordedBy = who.subject;
    mapping.recordedAt = new Date();
    audit(ctx, em, `mapping:${client}/${documentType}`, null, null, {
      agencyId,
      details: { client, documentType, workItemId: input.workItemId, before },
    });
    await em.flush();
    return mapping;
  });
}

/** A client's mappings: all of them for province roles; the defaults and their agencies' own for agency admins. */
export async function workItemMappings(ctx: DiaryContext, client: string) {
  const scope = adminScope(ctx.identity);
  if (!scope) throw forbidden(said.intakeMappings());
  return ctx.loaders.store.mappingsFor(client.trim(), 'all' in scope ? undefined : scope.agencyIds);
}

/** An integration client's own mappings (the province defaults and every agency's own): which of its document types count. */
export async function intakeMappings(ctx: DiaryContext) {
  if (ctx.identity.kind !== 'client') throw forbidden(said.clientMappings());
  return ctx.loaders.store.mappingsFor(ctx.identity.subject, undefined);
}
