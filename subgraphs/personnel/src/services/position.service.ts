import { decodeCursor, DomainError, forbidden, pageSize, toPage, type PageArgs } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { Agency, JobPosition, PositionCategory, STANDARD_MINUTES_PER_DAY } from '../entities/index.js';
import type { CreateJobPositionInput, JobPositionFilter, UpdateJobPositionInput } from './inputs.js';
import { canManageWithin, canReadOrgChart } from '../rules/access.js';
import { PositionStore } from '../store/position.store.js';
import type { PersonnelContext } from './context.js';
import { codeOf, duplicateCode, readable, required, uniqueCode, writable } from '@kpi/platform';
import { said } from '../messages.js';

export async function positionById(ctx: PersonnelContext, id: string) {
  if (!canReadOrgChart(ctx.identity)) throw forbidden(said.thisJobPosition());
  return readable(ctx.identity, await ctx.loaders.position.load(id), () => true, said.thisJobPosition());
}

/** Position codes are unique within an agency: the key is the agency's code and the position's. */
export async function positionByCode(ctx: PersonnelContext, agencyCode: string, code: string) {
  if (!canReadOrgChart(ctx.identity)) throw forbidden(said.thisJobPosition());
  const agency = await ctx.loaders.agencyByCode.load(agencyCode);
  const position = agency ? await new PositionStore(ctx.em).byAgencyAndCode(agency.id, code) : null;
  return readable(ctx.identity, position, () => true, said.thisJobPosition());
}

export async function listPositions(ctx: PersonnelContext, filter: JobPositionFilter = {}, page: PageArgs = {}) {
  if (!canReadOrgChart(ctx.identity)) throw forbidden(said.jobPositions());
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  const { rows, total } = await new PositionStore(ctx.em).page(filter, size, after ? [String(after[0]), after[1]] : null);
  return toPage(rows, size, total, (p) => [p.code, p.id], Boolean(after));
}

function minutesPerDay(value: number | undefined | null): number {
  const minutes = value ?? STANDARD_MINUTES_PER_DAY;
  if (!Number.isInteger(minutes) || minutes < 60 || minutes > 720)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.standardMinutes(), { field: 'standardMinutesPerDay' });
  return minutes;
}

export async function createPosition(ctx: PersonnelContext, input: CreateJobPositionInput) {
  const code = codeOf('code', input.code);
  const title = required('title', input.title, said.theTitle());
  const standardMinutesPerDay = minutesPerDay(input.standardMinutesPerDay);
  return ctx.em.transactional(async (em) => {
    const agency = await em.findOne(Agency, { id: input.agencyId });
    if (!agency || !canManageWithin(ctx.identity, agency.path)) {
      if (!agency && canManageWithin(ctx.identity, '/'))
        throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noAgency({ id: input.agencyId }), { field: 'agencyId' });
      throw forbidden(said.thisAgency());
    }
    if (await new PositionStore(em).byAgencyAndCode(agency.id, code)) throw duplicateCode(said.aPositionOfThisAgency(), code);
    const position = em.create(JobPosition, {
      agencyId: agency.id,
      code,
      title,
      category: input.category,
      description: input.description?.trim() ?? '',
      isLeadership: input.isLeadership ?? input.category === PositionCategory.LEADERSHIP,
      standardMinutesPerDay,
    } as JobPosition);
    await uniqueCode(code, said.aPositionOfThisAgency(), () => em.flush());
    return position;
  });
}

export async function updatePosition(ctx: PersonnelContext, id: string, input: UpdateJobPositionInput) {
  return ctx.em.transactional(async (em) => {
    const found = await em.findOne(JobPosition, { id });
    const agency = found ? await em.findOne(Agency, { id: found.agencyId }) : null;
    const position = writable(
      ctx.identity,
      found,
      () => Boolean(agency && canManageWithin(ctx.identity, agency.path)),
      said.aJobPosition(),
      said.byId({ id }),
    );
    if (input.title !== undefined && input.title !== null) position.title = required('title', input.title, said.theTitle());
    if (input.category) position.category = input.category;
    if (input.description !== undefined && input.description !== null) position.description = input.description.trim();
    if (input.isLeadership !== undefined && input.isLeadership !== null) position.isLeadership = input.isLeadership;
    if (input.standardMinutesPerDay !== undefined && input.standardMinutesPerDay !== null)
      position.standardMinutesPerDay = minutesPerDay(input.standardMinutesPerDay);
    if (input.active !== undefined && input.active !== null) position.active = input.active;
    await em.flush();
    ctx.loaders.position.clear(position.id).prime(position.id, position);
    return position;
  });
}
