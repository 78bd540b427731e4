import { DomainError, hasRole, Role, type Job, type JobDefinition } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { CatalogueLoaders } from '../loaders.js';
import type { CatalogueContext } from './context.js';
import * as exchange from './exchange.service.js';

type ImportParams = Omit<Parameters<typeof exchange.importCatalogue>[1], 'dryRun'>;

/**
 * An import applied as a job: judged row by row again when it runs (the catalogue may have moved
 * since the dry run), applied only if every row is still valid, all in one transaction.
 */
const importJob: JobDefinition<CatalogueLoaders, ImportParams> = {
  kind: 'catalogue.import',
  async run(ctx, params, progress) {
    await progress.phase('importing');
    const report = await exchange.importCatalogue(ctx, { ...params, dryRun: false });
    if (!report.applied)
      throw new DomainError(
        ErrorCode.INVALID_IMPORT,
        `${report.invalid} of ${report.rows.length} rows are invalid now: nothing was written; run the dry run again to see why.`,
        { field: 'content' },
      );
    const { created, revised, unchanged } = report;
    return {
      summary: `Imported ${report.rows.length} rows: ${created} new, ${revised} revised, ${unchanged} unchanged.`,
      result: { created, revised, unchanged },
    };
  },
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
    throw new DomainError(
      ErrorCode.INVALID_IMPORT,
      `${preview.invalid} of ${preview.rows.length} rows are invalid: nothing was started; the dry run (importCatalogue) says why, row by row.`,
      { field: 'content' },
    );
  return runner(ctx).enqueue(importJob.kind, params.ownerAgencyId ?? 'province', params, ctx.identity);
}

export function jobById(ctx: CatalogueContext, id: string): Promise<Job | null> {
  return runner(ctx).readBy(ctx.identity, id, ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN));
}
