import { DomainError, ErrorCode, hasRole, Role, type Job, type JobDefinition } from '@kpi/platform';
import type { DiaryLoaders } from '../loaders.js';
import { importScope } from '../rules/access.js';
import type { DiaryContext } from './context.js';
import { importAssignmentHistory } from './assignment-history.service.js';
import * as history from './history.service.js';
import { reminderJob } from './reminder-job.service.js';

/** What a history sheet holds: diary entries, or work assignments. */
export enum HistorySheet {
  ENTRIES = 'ENTRIES',
  ASSIGNMENTS = 'ASSIGNMENTS',
}

type HistoryParams = Omit<history.HistoryImportInput, 'dryRun'> & { sheet?: HistorySheet };

const importerOf = (sheet: HistorySheet | undefined) =>
  sheet === HistorySheet.ASSIGNMENTS ? importAssignmentHistory : history.importDiaryHistory;
const nounOf = (sheet: HistorySheet | undefined) => (sheet === HistorySheet.ASSIGNMENTS ? 'assignments' : 'diary entries');

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A history sheet applied as a job: judged row by row again when it runs (people, the catalogue or
 * the diary may have moved since the dry run), written only if every row still passes.
 */
const historyJob: JobDefinition<DiaryLoaders, HistoryParams> = {
  kind: 'diary.history.import',
  async run(ctx, params, progress) {
    const report = await importerOf(params.sheet)(ctx, { ...params, dryRun: false }, progress);
    if (!report.applied)
      throw new DomainError(
        ErrorCode.INVALID_IMPORT,
        `${report.invalid} of ${report.rows.length} rows are invalid now: nothing was written; run the dry run again to see why.`,
        { field: 'content' },
      );
    return {
      summary: `Imported ${count(report.rows.length)} rows of history: ${count(report.created)} ${nounOf(params.sheet)} written, ${count(report.unchanged)} already there.`,
      result: { created: report.created, unchanged: report.unchanged },
    };
  },
};

export const diaryJobs = [historyJob, reminderJob] as const;

function runner(ctx: DiaryContext) {
  if (!ctx.jobs) throw new Error('the diary subgraph runs without its job runner');
  return ctx.jobs;
}

/**
 * The sheet is judged first, as a dry run, so a file with an invalid row is refused at once; the
 * job writes it. One history import at a time per admin scope (the 24-hour day is judged across
 * the sheet and what is stored).
 */
export async function startHistoryJob(ctx: DiaryContext, params: HistoryParams): Promise<Job> {
  const preview = await importerOf(params.sheet)(ctx, { ...params, dryRun: true });
  if (preview.invalid > 0)
    throw new DomainError(
      ErrorCode.INVALID_IMPORT,
      `${preview.invalid} of ${preview.rows.length} rows are invalid: nothing was started; the dry run (importDiaryHistory, importAssignmentHistory) says why, row by row.`,
      { field: 'content' },
    );
  const scope = importScope(ctx.identity)!;
  return runner(ctx).enqueue(historyJob.kind, 'all' in scope ? 'province' : [...scope.agencyIds].sort().join(','), params, ctx.identity);
}

/** A job is read by whoever started it and by province admins. */
export function jobById(ctx: DiaryContext, id: string): Promise<Job | null> {
  return runner(ctx).readBy(ctx.identity, id, ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN));
}
