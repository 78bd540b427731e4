import { decodeCursor, DomainError, forbidden, pageSize, toPage, type PageArgs } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, AgencyKind } from '../entities/index.js';
import type { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './inputs.js';
import { canManageProvinceTree, canManageWithin, canReadOrgChart, directoryScope } from '../rules/access.js';
import { foldVietnamese } from '../rules/names.js';
import { childPath, isWithin, wouldCycle } from '../rules/tree.js';
import { AgencyStore } from '../store/agency.store.js';
import type { PersonnelContext } from './context.js';
import { codeOf, duplicateCode, readable, required, uniqueCode, writable } from '@kpi/platform';
import { said } from '../messages.js';

function assertReadsOrgChart(ctx: PersonnelContext) {
  if (!canReadOrgChart(ctx.identity)) throw forbidden(said.theOrgChart());
}

export async function agencyById(ctx: PersonnelContext, id: string) {
  assertReadsOrgChart(ctx);
  return readable(ctx.identity, await ctx.loaders.agency.load(id), () => true, said.thisAgency());
}

export async function agencyByCode(ctx: PersonnelContext, code: string) {
  assertReadsOrgChart(ctx);
  return readable(ctx.identity, await ctx.loaders.agencyByCode.load(code), () => true, said.thisAgency());
}

export async function orgTreeRoots(ctx: PersonnelContext, rootId?: string) {
  assertReadsOrgChart(ctx);
  if (rootId) {
    const root = await ctx.loaders.agency.load(rootId);
    return root ? [root] : [];
  }
  return new AgencyStore(ctx.em).roots();
}

export async function listAgencies(ctx: PersonnelContext, filter: AgencyFilter = {}, page: PageArgs = {}) {
  assertReadsOrgChart(ctx);
  const size = pageSize(page.first);
  let withinPath: string | undefined;
  if (filter.withinAgencyId) {
    const within = await ctx.loaders.agency.load(filter.withinAgencyId);
    if (!within) return toPage<Agency>([], size, 0, (a) => [a.code, a.id], false);
    withinPath = within.path;
  }
  const after = page.after ? decodeCursor(page.after) : null;
  const { rows, total } = await new AgencyStore(ctx.em).page(
    { kind: filter.kind, parentId: filter.parentId, withinPath, search: filter.search, active: filter.active },
    size,
    after ? String(after[0]) : null,
  );
  return toPage(rows, size, total, (a) => [a.code, a.id], Boolean(after));
}

/** The chain from the province down to the agency's parent, root first. */
export async function ancestorsOf(ctx: PersonnelContext, agency: Agency) {
  const ids = agency.path.split('/').filter(Boolean).slice(0, -1);
  const found = await ctx.loaders.agency.loadMany(ids);
  return found.filter((a): a is Agency => a instanceof Agency);
}

function assertParentFits(kind: AgencyKind, parent: Agency | null) {
  if (kind === AgencyKind.PROVINCE && parent) throw new DomainError(ErrorCode.INVALID_PARENT, said.provinceIsRoot(), { field: 'parentId' });
  if (kind !== AgencyKind.PROVINCE && !parent) throw new DomainError(ErrorCode.INVALID_PARENT, said.needsParent(), { field: 'parentId' });
  if (kind === AgencyKind.DIVISION && parent?.kind === AgencyKind.PROVINCE)
    throw new DomainError(ErrorCode.INVALID_PARENT, said.divisionUnderProvince(), { field: 'parentId' });
}

async function loadParent(ctx: PersonnelContext, em: EntityManager, parentId: string | undefined | null) {
  if (!parentId) return null;
  const parent = await em.findOne(Agency, { id: parentId });
  if (!parent) {
    if (canManageProvinceTree(ctx.identity))
      throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noAgency({ id: parentId }), { field: 'parentId' });
    throw forbidden(said.thisAgency());
  }
  return parent;
}

export async function createAgency(ctx: PersonnelContext, input: CreateAgencyInput) {
  const code = codeOf('code', input.code);
  const name = required('name', input.name, said.theName());
  return ctx.em.transactional(async (em) => {
    const parent = await loadParent(ctx, em, input.parentId);
    const allowed =
      parent && parent.kind !== AgencyKind.PROVINCE ? canManageWithin(ctx.identity, parent.path) : canManageProvinceTree(ctx.identity);
    if (!allowed) throw forbidden(said.thisPartOfTheOrganisation());
    assertParentFits(input.kind, parent);
    if (await em.findOne(Agency, { code })) throw duplicateCode(said.anAgency(), code);
    const agency = em.create(Agency, {
      code,
      name,
      searchName: foldVietnamese(name),
      kind: input.kind,
      parentId: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
      sectorCodes: input.sectorCodes ?? [],
    } as Agency);
    agency.path = childPath(parent?.path ?? null, agency.id);
    await uniqueCode(code, said.anAgency(), () => em.flush());
    return agency;
  });
}

export async function updateAgency(ctx: PersonnelContext, id: string, input: UpdateAgencyInput) {
  return ctx.em.transactional(async (em) => {
    const agency = writable(
      ctx.identity,
      await em.findOne(Agency, { id }),
      (a) => canManageWithin(ctx.identity, a.path),
      said.anAgencyRecord(),
      said.byId({ id }),
    );
    if (input.name !== undefined && input.name !== null) {
      agency.name = required('name', input.name, said.theName());
      agency.searchName = foldVietnamese(agency.name);
    }
    if (input.sectorCodes) agency.sectorCodes = input.sectorCodes;
    if (input.active !== undefined && input.active !== null) agency.active = input.active;
    if (input.parentId && input.parentId !== agency.parentId) await move(ctx, em, agency, input.parentId);
    await em.flush();
    ctx.loaders.agency.clear(agency.id).prime(agency.id, agency);
    return agency;
  });
}

/** Re-parents an agency; its whole subtree's paths follow in one statement. */
async function move(ctx: PersonnelContext, em: EntityManager, agency: Agency, parentId: string) {
  const parent = await loadParent(ctx, em, parentId);
  const topLevel = agency.depth <= 1 || parent?.kind === AgencyKind.PROVINCE;
  if (topLevel ? !canManageProvinceTree(ctx.identity) : !canManageWithin(ctx.identity, parent!.path))
    throw forbidden(said.thisPartOfTheOrganisation());
  assertParentFits(agency.kind, parent);
  if (wouldCycle(agency.path, parent!.path)) throw new DomainError(ErrorCode.AGENCY_CYCLE, said.agencyCycle(), { field: 'parentId' });
  const oldPath = agency.path;
  const newPath = childPath(parent!.path, agency.id);
  const depthShift = parent!.depth + 1 - agency.depth;
  await em.flush();
  await new AgencyStore(em).moveSubtree(oldPath, newPath, depthShift);
  agency.parentId = parent!.id;
  agency.path = newPath;
  agency.depth += depthShift;
}

/**
 * Who is in service directly in an agency or division: what unit-wide views in other subgraphs
 * (missing diaries, reminders) require. Read by those who read that agency's directory.
 */
export async function staffIdsOf(ctx: PersonnelContext, agency: Agency) {
  const scope = directoryScope(ctx.identity);
  if (scope !== 'all' && !scope.some((agencyId) => isWithin(agency.path, agencyId))) throw forbidden(said.thisAgencyStaffList());
  return ctx.loaders.unitStaff.load(agency.id);
}
