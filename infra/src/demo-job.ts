import {
  createLogger,
  JobRunner,
  JobState,
  Peers,
  Role,
  type Identity,
  type Job,
  type JobDefinition,
  type JobProgress,
  type JobRunnerOptions,
} from '@kpi/platform';
import { openSubgraphDatabase } from '@kpi/platform/database';
import type { LocalSubgraph } from './subgraphs.js';

/**
 * Loading the demo province is long work like any other (a minute or more for 7,000 people and
 * their diaries), so it runs as a job: recorded in the personnel subgraph's job table — the demo
 * province is first of all its people — and queued in its pg-boss queue. `pnpm start` (first start)
 * and `pnpm demo:reload` start it and work it themselves, before the services serve, so no service
 * caches a half-loaded province. A second launcher asking meanwhile joins the running job instead of
 * loading twice; a launcher killed mid-way leaves the job to be resumed by the next one (its parts
 * are each one transaction, and a part already loaded is skipped unless the job replaces); province
 * admins read it through the graph as `personnelJob(id)`.
 */
export const DEMO_JOB_KIND = 'demo.load';
const SCOPE = 'province';

/** Who starts it: the operator's command, not a person of the graph. */
const LAUNCHER: Identity = {
  subject: 'service:launcher',
  kind: 'service',
  employeeId: null,
  name: 'pnpm start / demo:reload',
  roles: [Role.SERVICE],
  agencyIds: [],
  unitIds: [],
};

export interface DemoPart {
  /** The subgraph whose schema this part fills. */
  name: string;
  url: string;
  loader: NonNullable<LocalSubgraph['demo']>;
  /** A department's part: its failure is reported and the job goes on without it. */
  departmental: boolean;
}

interface DemoParams {
  replace: boolean;
}

export interface DemoResult extends Record<string, unknown> {
  loaded: string[];
  skipped: string[];
  failed: { part: string; message: string }[];
}

/** The job: each part a phase, its rows the units of work. */
export function demoJob(parts: readonly DemoPart[]): JobDefinition<unknown, DemoParams> {
  return {
    kind: DEMO_JOB_KIND,
    async run(_ctx, { replace }, progress) {
      const result: DemoResult = { loaded: [], skipped: [], failed: [] };
      for (const part of parts) {
        // Safe to run again: a part an earlier attempt committed is not loaded twice.
        if (!replace && (await part.loader.isLoaded(part.url))) {
          result.skipped.push(part.name);
          continue;
        }
        await progress.phase(part.name);
        const report = rowsReporter(part.name, progress);
        try {
          await part.loader.load(part.url, { replace, onProgress: report.update });
          result.loaded.push(part.name);
        } catch (error) {
          if (!part.departmental) throw error;
          result.failed.push({ part: part.name, message: (error as Error).message });
        } finally {
          await report.settled();
        }
      }
      const said = [
        result.loaded.length ? `loaded ${result.loaded.join(', ')}` : null,
        result.skipped.length ? `already there: ${result.skipped.join(', ')}` : null,
        ...result.failed.map(({ part, message }) => `${part} failed (${message})`),
      ].filter(Boolean);
      return { summary: `The demo province ${replace ? 'reloaded' : 'loaded'}: ${said.join('; ') || 'nothing to do'}.`, result };
    },
  };
}

/** The loaders count rows as (done, total); the job counts a phase's units: one phase per part, advanced in order. */
function rowsReporter(phase: string, progress: JobProgress) {
  let reported = 0;
  let pending: Promise<void> = Promise.resolve();
  return {
    update(done: number, total: number) {
      const by = done - reported;
      const first = reported === 0;
      reported = done;
      pending = pending.then(async () => {
        if (first) await progress.phase(phase, total);
        await progress.advance(by);
      });
    },
    settled: () => pending,
  };
}

export interface DemoLoadOptions {
  parts: readonly DemoPart[];
  /** The personnel subgraph's database (its job table and queue). */
  personnel: Pick<LocalSubgraph, 'definition'> & { url: string };
  replace: boolean;
  /** The job as it goes (read from its row, as the graph shows it). */
  onProgress?: (job: Job) => void;
  /** Told once, when the job is started or joined. */
  onStarted?: (job: Job, joined: boolean) => void;
}

/**
 * Starts the demo job (or joins the one under way), works it in this process, and waits for it to
 * end; the ended job is returned, FAILED ones too.
 */
export async function loadDemoAsJob({ parts, personnel, replace, onProgress, onStarted }: DemoLoadOptions): Promise<Job> {
  const database = await openSubgraphDatabase({
    url: personnel.url,
    schema: personnel.definition.schema,
    entities: personnel.definition.entities,
    migrations: personnel.definition.migrations,
  });
  const logger = createLogger('demo');
  if (logger.level === 'info' && !process.env.LOG_LEVEL) logger.level = 'warn'; // the launcher prints its own lines
  const em = () => database.orm.em.fork() as ReturnType<JobRunnerOptions<unknown>['em']>;
  const runner = new JobRunner<unknown>({
    name: 'launcher',
    schema: personnel.definition.schema,
    databaseUrl: personnel.url,
    definitions: [demoJob(parts) as JobDefinition<unknown, never>],
    em,
    contextFor: (identity, jobId) => ({
      identity,
      em: em(),
      loaders: {},
      peers: new Peers({}, null, 'launcher', undefined, jobId),
      accessChanged: new Set<string>(),
    }),
    logger,
  });
  try {
    await runner.start();
    const before = await runner.store.active(DEMO_JOB_KIND, SCOPE);
    let job = await runner.enqueue(DEMO_JOB_KIND, SCOPE, { replace } satisfies DemoParams, LAUNCHER);
    onStarted?.(job, before?.id === job.id);
    const id = job.id;
    while (job.state === JobState.QUEUED || job.state === JobState.RUNNING) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = (await runner.store.byIds([id]))[0]!;
      onProgress?.(job);
    }
    return job;
  } finally {
    await runner.stop();
    await database.close();
  }
}
