import { DomainError, ErrorCode, forbidden, type Job, type JobDefinition } from '@kpi/platform';
import type { ScoringLoaders } from '../loaders.js';
import { canComputeAgency, canManageScoring } from '../rules/access.js';
import { periodRange } from '../rules/periods.js';
import * as assessments from './assessment.service.js';
import type { ScoringContext } from './context.js';
import * as periods from './period.service.js';

export enum PeriodAction {
  COMPUTE = 'COMPUTE',
  CLOSE = 'CLOSE',
  RECOMPUTE = 'RECOMPUTE',
}

interface PeriodParams {
  action: PeriodAction;
  period: string;
  reason: string | null;
  /** One agency's people only; absent: the whole province. */
  agencyId?: string | null;
}

interface AssessmentParams {
  agencyId: string;
  year: number;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A period's computing, closing and recomputing share one kind: whatever the action, one job at a
 * time per period (closing while a compute runs would freeze half-written scores).
 */
const periodJob: JobDefinition<ScoringLoaders, PeriodParams> = {
  kind: 'scoring.period',
  async run(ctx, { action, period, reason, agencyId }, progress) {
    const of = agencyId ? ` for agency ${agencyId}` : '';
    if (action === PeriodAction.CLOSE) {
      const closed = agencyId
        ? await periods.closeAgencyPeriod(ctx, period, agencyId, reason, progress)
        : await periods.closePeriod(ctx, period, reason, progress);
      return `Closed ${closed.code}${of}: scores frozen with their inputs.`;
    }
    if (action === PeriodAction.RECOMPUTE) {
      const report = await periods.recomputePeriod(ctx, period, progress, agencyId ?? null);
      return `Recomputed ${report.period}${of}: ${count(report.people)} people, ${count(report.changed)} changed.`;
    }
    const computed = agencyId
      ? await periods.computeAgencyPeriod(ctx, period, agencyId, progress)
      : await periods.computePeriod(ctx, period, progress);
    return `Computed ${computed.code}${of}: scores stored for aggregates.`;
  },
};

const assessmentJob: JobDefinition<ScoringLoaders, AssessmentParams> = {
  kind: 'scoring.assessment.prepare',
  async run(ctx, { agencyId, year }, progress) {
    await progress.phase('preparing');
    const rows = await assessments.prepare(ctx, year, agencyId);
    return `Prepared the ${year} assessment: ${count(rows.length)} people ranked.`;
  },
};

export const scoringJobs = [periodJob, assessmentJob] as const;

function runner(ctx: ScoringContext) {
  if (!ctx.jobs) throw new Error('the scoring subgraph runs without its job runner');
  return ctx.jobs;
}

/**
 * Checks what can be checked now (who asks, whether the period may be computed or closed), so a
 * mistake is refused at once rather than reported by a failed job; the job checks again when it runs.
 */
export async function startPeriodJob(
  ctx: ScoringContext,
  action: PeriodAction,
  code: string,
  reason: string | null,
  agencyId: string | null = null,
): Promise<Job> {
  const period = periodRange(code).code;
  if (agencyId) {
    if (action === PeriodAction.CLOSE) await periods.assertAgencyClosable(ctx, period, agencyId);
    else if (!canComputeAgency(ctx.identity, agencyId)) throw forbidden('computing this agency’s scores');
  } else if (action === PeriodAction.CLOSE) await periods.assertClosable(ctx, period);
  else if (action === PeriodAction.COMPUTE) await periods.assertComputable(ctx, period);
  else if (!canManageScoring(ctx.identity)) throw forbidden('computing, closing or reopening scoring periods');
  // One job per period at a time, whether for the province or one agency: they write the same scores.
  return runner(ctx).enqueue(periodJob.kind, period, { action, period, reason, agencyId } satisfies PeriodParams, ctx.identity);
}

export async function startAssessmentJob(ctx: ScoringContext, agencyId: string, year: number): Promise<Job> {
  assessments.assertMayPrepare(ctx, year, agencyId);
  return runner(ctx).enqueue(assessmentJob.kind, `${agencyId}:${year}`, { agencyId, year } satisfies AssessmentParams, ctx.identity);
}

/** A job is read by whoever started it and by the province's scoring managers. */
export function jobById(ctx: ScoringContext, id: string): Promise<Job | null> {
  return runner(ctx).readBy(ctx.identity, id, canManageScoring(ctx.identity));
}

export async function recentJobs(ctx: ScoringContext, first: number): Promise<Job[]> {
  if (!canManageScoring(ctx.identity)) throw forbidden('the scoring jobs');
  return runner(ctx).store.recent(
    scoringJobs.map((j) => j.kind),
    first,
  );
}

/** Computing or closing a period in a request is refused while a job works on that period. */
export async function assertNoPeriodJob(ctx: ScoringContext, code: string) {
  const running = await ctx.jobs?.store.active(periodJob.kind, periodRange(code).code);
  if (running)
    throw new DomainError(
      ErrorCode.JOB_RUNNING,
      `A job is already working on ${running.scope} (${running.state}); wait for it to finish.`,
      {
        field: 'period',
        jobId: running.id,
      },
    );
}
