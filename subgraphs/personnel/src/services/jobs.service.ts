import { DomainError, formatNumber, hasRole, Role, type Job, type JobDefinition } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { PersonnelLoaders } from '../loaders.js';
import { placementImportScope } from '../rules/access.js';
import type { PersonnelContext } from './context.js';
import * as imports from './placement-import.service.js';
import { plain, said } from '../messages.js';

type ImportParams = Omit<imports.PlacementImportInput, 'dryRun'>;

/**
 * A placement history sheet applied as a job: judged row by row again when it runs (people and
 * their placements may have moved since the dry run), written only if every row still passes.
 * Its summary and errors are said in the language of whoever started it (the job runner runs it
 * in that language).
 */
const importJob: JobDefinition<PersonnelLoaders, ImportParams> = {
  kind: 'personnel.placements.import',
  async run(ctx, params, progress) {
    const report = await imports.importPlacementHistory(ctx, { ...params, dryRun: false }, progress);
    if (!report.applied)
      throw new DomainError(
        ErrorCode.INVALID_IMPORT,
        said.importInvalidNow({ invalid: plain(report.invalid), rows: plain(report.rows.length) }),
        { field: 'content' },
      );
    return {
      summary: said.importSummary({
        rows: formatNumber(report.rows.length),
        created: formatNumber(report.created),
        unchanged: formatNumber(report.unchanged),
      }),
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
      said.importInvalid({ invalid: plain(preview.invalid), rows: plain(preview.rows.length) }),
      { field: 'content' },
    );
  const scope = placementImportScope(ctx.identity)!;
  return runner(ctx).enqueue(importJob.kind, scope === 'province' ? 'province' : scope.join(','), params, ctx.identity);
}

/** A job is read by whoever started it and by province admins. */
export function jobById(ctx: PersonnelContext, id: string): Promise<Job | null> {
  return runner(ctx).readBy(ctx.identity, id, ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN));
}
