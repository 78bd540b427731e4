import { DomainError, ErrorCode, forbidden, formatNumber, type Job, type JobDefinition, type JobProgress } from '@kpi/platform';
import type { ScoringLoaders } from '../loaders.js';
import { canComputeAgency, canManageScoring } from '../rules/access.js';
import { periodRange } from '../rules/periods.js';
import * as assessments from './assessment.service.js';
import type { ScoringContext } from './context.js';
import * as periods from './period.service.js';
import { said } from '../messages.js';

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

const count = (n: number) => formatNumber(n);

/**
 * A period's computing, closing and recomputing share one kind: whatever the action, one job at a
 * time per period (closing while a compute runs would freeze half-written scores).
 */
const periodJob: JobDefinition<ScoringLoaders, PeriodParams> = {
  kind: 'scoring.period',
  // Said in the language of whoever started it: the platform's runner keeps it with the job.
  run: (ctx, params, progress) => runPeriod(ctx, params, progress),
};

async function runPeriod(ctx: ScoringContext, { action, period, reason, agencyId }: PeriodParams, progress: JobProgress) {
  if (action === PeriodAction.CLOSE) {
    if (agencyId) {
      const closed = await periods.closeAgencyPeriod(ctx, period, agencyId, reason, progress);
      return said.jobClosedAgency({ period: closed.code, agencyId });
    }
    return said.jobClosed({ period: (await periods.closePeriod(ctx, period, reason, progress)).code });
  }
  if (action === PeriodAction.RECOMPUTE) {
    const report = await periods.recomputePeriod(ctx, period, progress, agencyId ?? null);
    const figures = { period: report.period, people: count(report.people), changed: count(report.changed) };
    return agencyId ? said.jobRecomputedAgency({ ...figures, agencyId }) : said.jobRecomputed(figures);
  }
  if (agencyId) {
    const computed = await periods.computeAgencyPeriod(ctx, period, agencyId, progress);
    return said.jobComputedAgency({ period: computed.code, agencyId });
  }
  return said.jobComputed({ period: (await periods.computePeriod(ctx, period, progress)).code });
}

const assessmentJob: JobDefinition<ScoringLoaders, AssessmentParams> = {
  kind: 'scoring.assessment.prepare',
  async run(ctx, { agencyId, year }, progress) {
    await progress.phase('preparing');
    const rows = await assessments.prepare(ctx, year, agencyId);
    return said.jobPrepared({ year, people: count(rows.length) });
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
    else if (!canComputeAgency(ctx.identity, agencyId)) throw forbidden(said.computingAgencyScores());
  } else if (action === PeriodAction.CLOSE) await periods.assertClosable(ctx, period);
  else if (action === PeriodAction.COMPUTE) await periods.assertComputable(ctx, period);
  else if (!canManageScoring(ctx.identity)) throw forbidden(said.managingPeriods());
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
  if (!canManageScoring(ctx.identity)) throw forbidden(said.theScoringJobs());
  return runner(ctx).store.recent(
    scoringJobs.map((j) => j.kind),
    first,
  );
}

/** Computing or closing a period in a request is refused while a job works on that period. */
export async function assertNoPeriodJob(ctx: ScoringContext, code: string) {
  const running = await ctx.jobs?.store.active(periodJob.kind, periodRange(code).code);
  if (running)
    throw new DomainError(ErrorCode.JOB_RUNNING, said.jobRunning({ scope: running.scope, state: running.state }), {
      field: 'period',
      jobId: running.id,
    });
}
