import { DomainError, forbidden, hasRole, readsProvince, Role, type Identity } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AnnualAssessment, AssessmentStatus, Gate, Level, PositionCategory } from '../entities/index.js';
import { canReadScore } from '../rules/access.js';
import { assessYear, otherCriteriaMax } from '../rules/assessment.js';
import { applyExcellentCap, capOf, type Ranked } from '../rules/cap.js';
import type { ScoringRules } from '../rules/policy.js';
import { AssessmentStore } from '../store/assessment.store.js';
import { actorOf, audit, type ScoringContext } from './context.js';
import { policyOn, policyVersion } from './policy.service.js';
import { figure, said } from '../messages.js';

/** The agency's admins prepare, enter the general criteria and confirm; province admins may too. */
const managesAgency = (who: Identity, agencyId: string) =>
  who.kind === 'person' && (hasRole(who, Role.PROVINCE_ADMIN) || (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(agencyId)));
const readsAgency = (who: Identity, agencyId: string) => (readsProvince(who) && who.kind !== 'service') || managesAgency(who, agencyId);

function assertYear(year: number) {
  if (!Number.isInteger(year) || year < 2025 || year > 2100)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.yearFrom2025(), { field: 'year' });
}

/** Totals, gates, then the excellent cap over the agency's rows (in place); rows without a total wait. */
function classifyAgency(rows: AnnualAssessment[], rules: ScoringRules) {
  for (const row of rows) {
    const result = assessYear(
      {
        kpiScore: row.kpiScore === null ? null : Number(row.kpiScore),
        isLeadership: row.isLeadership,
        otherCriteria: row.otherCriteria === null ? null : Number(row.otherCriteria),
        disciplined: row.disciplined,
        overdueShare: row.overdueShare === null ? null : Number(row.overdueShare),
      },
      rules,
    );
    Object.assign(row, {
      kpiShare: result.kpiShare,
      kpiPoints: result.kpiPoints,
      total: result.total,
      levelByBand: result.total === null ? null : (result.classification.byBand as Level),
      gate: result.total === null ? null : (result.classification.gate as Gate | null),
      level: result.total === null ? null : (result.classification.level as Level),
      rank: null,
      capped: false,
      tiedAtCap: false,
    });
  }
  const ranked: Ranked[] = rows
    .filter((r) => r.total !== null)
    .map((r) => ({ id: r.employeeId, group: r.positionCategory ?? 'NONE', total: Number(r.total), level: r.level! }));
  const capped = new Map(applyExcellentCap(ranked, rules.excellentCap).map((c) => [c.id, c]));
  for (const row of rows) {
    const c = capped.get(row.employeeId);
    if (c) Object.assign(row, { level: c.level, rank: c.rank, capped: c.capped, tiedAtCap: c.tiedAtCap });
  }
}

async function draftRows(em: EntityManager, year: number, agencyId: string) {
  const rows = await new AssessmentStore(em).ofAgency(year, agencyId);
  if (rows.some((r) => r.status === AssessmentStatus.CONFIRMED))
    throw new DomainError(ErrorCode.ALREADY_DECIDED, said.assessmentConfirmed({ year }), { field: 'year' });
  return rows;
}

/**
 * Prepares (or refreshes) an agency's proposal for a year from the stored monthly scores: the
 * KPI part of each person, keeping any general criteria already entered, then levels and ranks.
 */
export function assertMayPrepare(ctx: ScoringContext, year: number, agencyId: string) {
  assertYear(year);
  if (!managesAgency(ctx.identity, agencyId)) throw forbidden(said.thisAgencysAssessment());
}

export async function prepare(ctx: ScoringContext, year: number, agencyId: string) {
  assertMayPrepare(ctx, year, agencyId);
  const policy = await policyOn(ctx, `${year}-12-31`);
  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = new Map((await draftRows(em, year, agencyId)).map((r) => [r.employeeId, r]));
    const facts = await new AssessmentStore(em).yearFacts(year, agencyId);
    if (facts.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.noMonthlyScores({ year }), { field: 'year' });
    const rows = facts.map((f) => {
      const row =
        existing.get(f.employeeId) ??
        em.create(AnnualAssessment, { year, employeeId: f.employeeId, kpiShare: 0, policyVersion: policy.version } as AnnualAssessment);
      existing.delete(f.employeeId);
      return Object.assign(row, {
        agencyId: f.agencyId,
        divisionId: f.divisionId,
        positionCategory: f.positionCategory as PositionCategory | null,
        isLeadership: f.isLeadership,
        months: f.months,
        kpiScore: f.kpiScore,
        overdueShare: f.due > 0 ? Math.round((f.lateOrOverdue / f.due) * 10_000) / 10_000 : null,
        policyVersion: policy.version,
      });
    });
    for (const gone of existing.values()) em.remove(gone); // moved to another agency since
    classifyAgency(rows, policy.rules);
    audit(ctx, em, `assessment ${year} prepared`, String(year), `agency ${agencyId}`);
    await em.flush();
    return rows.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  });
}

/** The evaluating body enters a person's general criteria (and discipline); the agency's levels and ranks follow. */
export async function scoreOtherCriteria(
  ctx: ScoringContext,
  year: number,
  employeeId: string,
  input: { points: number; disciplined?: boolean | null; note?: string | null },
) {
  assertYear(year);
  return ctx.em.transactional(async (em: EntityManager) => {
    const row = await em.findOne(AnnualAssessment, { year, employeeId });
    if (!row || !managesAgency(ctx.identity, row.agencyId)) throw forbidden(said.thisPersonsAssessment());
    const policy = await policyVersion(ctx, row.policyVersion);
    const max = otherCriteriaMax(row.isLeadership, policy.rules);
    if (!(input.points >= 0 && input.points <= max))
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        row.isLeadership ? said.generalCriteriaRangeLeader({ max: figure(max) }) : said.generalCriteriaRange({ max: figure(max) }),
        { field: 'points' },
      );
    const rows = await draftRows(em, year, row.agencyId);
    const target = rows.find((r) => r.employeeId === employeeId)!;
    Object.assign(target, {
      otherCriteria: input.points,
      disciplined: input.disciplined ?? target.disciplined,
      otherCriteriaNote: input.note?.trim() || null,
    });
    classifyAgency(rows, policy.rules);
    await em.flush();
    return target;
  });
}

/**
 * The agency confirms its ranked proposal, choosing among those tied at the cap if it wishes;
 * every person must have their general criteria, and the chosen excellent must fit the cap in
 * the agency and in each group.
 */
export async function confirm(ctx: ScoringContext, year: number, agencyId: string, chosen: string[] = []) {
  assertYear(year);
  if (!managesAgency(ctx.identity, agencyId)) throw forbidden(said.thisAgencysAssessment());
  return ctx.em.transactional(async (em: EntityManager) => {
    const rows = await draftRows(em, year, agencyId);
    if (rows.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.prepareFirst({ year }), { field: 'year' });
    const missing = rows.filter((r) => r.total === null).length;
    if (missing)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.lackGeneralCriteria({ missing: figure(missing) }), { field: 'year', missing });
    const notTied = chosen.filter((id) => !rows.find((r) => r.employeeId === id)?.tiedAtCap);
    if (notTied.length)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.onlyTiedAtCap(), {
        field: 'excellentIds',
        ids: notTied,
      });
    for (const row of rows) if (chosen.includes(row.employeeId)) Object.assign(row, { level: Level.EXCELLENT, capped: false });
    const policy = await policyVersion(ctx, rows[0]!.policyVersion);
    const asRanked = rows.map((r) => ({ id: r.employeeId, group: r.positionCategory ?? 'NONE', total: Number(r.total), level: r.level! }));
    const groups = [...Map.groupBy(asRanked, (r) => r.group).values(), asRanked];
    for (const group of groups) {
      const excellent = group.filter((r) => r.level === Level.EXCELLENT).length;
      const limit = capOf(group, policy.rules.excellentCap);
      if (excellent > limit)
        throw new DomainError(ErrorCode.OUT_OF_RANGE, said.overCap({ excellent: figure(excellent), limit: figure(limit) }), {
          field: 'excellentIds',
        });
    }
    const now = new Date();
    for (const row of rows)
      Object.assign(row, { status: AssessmentStatus.CONFIRMED, confirmedBy: actorOf(ctx), confirmedAt: now, tiedAtCap: false });
    audit(ctx, em, `assessment ${year} confirmed`, String(year), `agency ${agencyId}`);
    await em.flush();
    return rows.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  });
}

export async function ofAgency(ctx: ScoringContext, year: number, agencyId: string) {
  if (!readsAgency(ctx.identity, agencyId)) throw forbidden(said.thisAgencysAssessment());
  return (await new AssessmentStore(ctx.em).ofAgency(year, agencyId)).sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
}

export async function ofPerson(
  ctx: ScoringContext,
  employee: { id: string; agencyId?: string; divisionId?: string | null; supervisorId?: string | null },
  year: number,
) {
  const owner = {
    employeeId: employee.id,
    agencyId: employee.agencyId ?? '',
    divisionId: employee.divisionId ?? null,
    supervisorId: employee.supervisorId,
  };
  if (!canReadScore(ctx.identity, owner)) throw forbidden(said.thisPersonsAssessment());
  return ctx.loaders.assessment.load(`${year}|${employee.id}`);
}

/** Reward titles the confirmed levels open (Law on Emulation and Commendation 2022): for the council to decide. */
export async function rewardProposals(ctx: ScoringContext, year: number, agencyId: string) {
  const rows = (await ofAgency(ctx, year, agencyId)).filter((r) => r.status === AssessmentStatus.CONFIRMED);
  return rows
    .filter((r) => r.level === Level.EXCELLENT || r.level === Level.GOOD)
    .map((r) => ({
      assessment: r,
      titles: r.level === Level.EXCELLENT ? ['LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CO_SO'] : ['LAO_DONG_TIEN_TIEN'],
    }));
}
