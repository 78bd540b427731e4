import { DomainError, hasRole, Role, type Job, type JobDefinition } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { PersonnelLoaders } from '../loaders.js';
import { placementImportScope } from '../rules/access.js';
import type { PersonnelContext } from './context.js';
import * as imports from './placement-import.service.js';

type ImportParams = Omit<imports.PlacementImportInput, 'dryRun'>;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A placement history sheet applied as a job: judged row by row again when it runs (people and
 * their placements may have moved since the dry run), written only if every row still passes.
 */
const importJob: JobDefinition<PersonnelLoaders, ImportParams> = {
  kind: 'personnel.placements.import',
  async run(ctx, params, progress) {
    const report = await imports.importPlacementHistory(ctx, { ...params, dryRun: false }, progress);
    if (!report.applied)
      throw new DomainError(
        ErrorCode.INVALID_IMPORT,
        `${report.invalid} of ${report.rows.length} rows are invalid now: nothing was written; run the dry run again to see why.`,
        { field: 'content' },
      );
    return {
      summary: `Imported ${count(report.rows.length)} rows of placement history: ${count(report.created)} placements written, ${count(report.unchanged)} already there.`,
      result: { created: report.created, unchanged: report.unchanged },
    };
  },
};

export const personnelJobs = [importJob] as const;

function runner(ctx: PersonnelContext) {
  if (!ctx.jobs) throw new Error('the personnel subgraph runs without its job runner');
  return ctx.jobs;
}

/**
 * The sheet is judged first, as a dry run, so a file with an invalid row is refused at once; the
 * job writes it. One placement import at a time per admin scope (the province, or an admin's
 * agencies), so two jobs never race for the same people.
 */
export async function startPlacementImportJob(ctx: PersonnelContext, params: ImportParams): Promise<Job> {
  const preview = await imports.importPlacementHistory(ctx, { ...params, dryRun: true });
  if (preview.invalid > 0)
    throw new DomainError(
      ErrorCode.INVALID_IMPORT,
      `${preview.invalid} of ${preview.rows.length} rows are invalid: nothing was started; the dry run (importPlacementHistory) says why, row by row.`,
      { field: 'content' },
    );
  const scope = placementImportScope(ctx.identity)!;
  return runner(ctx).enqueue(importJob.kind, scope === 'province' ? 'province' : scope.join(','), params, ctx.identity);
}

/** A job is read by whoever started it and by province admins. */
export function jobById(ctx: PersonnelContext, id: string): Promise<Job | null> {
  return runner(ctx).readBy(ctx.identity, id, ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN));
}
