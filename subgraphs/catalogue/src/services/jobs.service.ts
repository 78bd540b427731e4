import { DomainError, hasRole, Role, type Job, type JobDefinition, type JobProgress } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import type { CatalogueLoaders } from '../loaders.js';
import type { CatalogueContext } from './context.js';
import * as exchange from './exchange.service.js';

type ImportParams = Omit<Parameters<typeof exchange.importCatalogue>[1], 'dryRun'>;
async function applySheet(ctx: CatalogueContext, params: ImportParams, progress: JobProgress) {
  await progress.phase('importing');
  const report = await exchange.importCatalogue(ctx, { ...params, dryRun: false });
  if (!report.applied)
    throw new DomainError(ErrorCode.INVALID_IMPORT, said.invalidNow({ invalid: report.invalid, rows: report.rows.length }), {
      field: 'content',
    });
  const { created, revised, unchanged } = report;
  return {
    summary: said.imported({ rows: report.rows.length, created, revised, unchanged }),
    result: { created, revised, unchanged },
  };
}

/**
 * An import applied as a job: judged row by row again when it runs (the catalogue may have moved
 * since the dry run), applied only if every row is still valid, all in one transaction.
 */
const importJob: JobDefinition<CatalogueLoaders, ImportParams> = {
  kind: 'catalogue.import',
  // In the language of whoever started it: the platform's runner keeps it with the job.
  run: (ctx, params, progress) => applySheet(ctx, params, progress),
};

export const catalogueJobs = [importJob] as const;

function runner(ctx: CatalogueContext) {
  if (!ctx.jobs) throw new Error('the catalogue subgraph runs without its job runner');
  return ctx.jobs;
}

/**
 * The sheet is judged first, as a dry run, so a file with invalid rows is refused at once; the job
 * applies it. One import at a time per list: the owning agency's group C, or the province's.
 */
export async function startImportJob(ctx: CatalogueContext, params: ImportParams): Promise<Job> {
  const preview = await exchange.importCatalogue(ctx, { ...params, dryRun: true });
  if (preview.invalid > 0)
    throw new DomainError(ErrorCode.INVALID_IMPORT, said.invalidRows({ invalid: preview.invalid, rows: preview.rows.length }), {
      field: 'content',
    });
  return runner(ctx).enqueue(importJob.kind, params.ownerAgencyId ?? 'province', params, ctx.identity);
}

export function jobById(ctx: CatalogueContext, id: string): Promise<Job | null> {
  return runner(ctx).readBy(ctx.identity, id, ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN));
}
