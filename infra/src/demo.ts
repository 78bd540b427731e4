import { isProvinceSubgraph, JobState, type Job } from '@kpi/platform';
import { subgraphDatabase } from './database.js';
import { DEMO_JOB_KIND, loadDemoAsJob, type DemoPart } from './demo-job.js';
import { progressReporter } from './progress.js';
import type { LocalSubgraph } from './subgraphs.js';

type Env = Record<string, string | undefined>;

/** Each local subgraph's part of the demo, in the database it reads. */
export function demoParts(subgraphs: readonly LocalSubgraph[], env: Env): DemoPart[] {
  return subgraphs
    .filter((subgraph) => subgraph.demo)
    .map(({ entry, definition, demo }) => ({
      name: definition.name,
      url: subgraphDatabase(definition.name, env).url,
      loader: demo!,
      departmental: !isProvinceSubgraph(entry),
    }));
}

/** Whether any part is still to load (a first start, or one cut off before its demo finished). */
export async function demoMissing(parts: readonly DemoPart[]) {
  for (const part of parts) if (!(await part.loader.isLoaded(part.url))) return true;
  return false;
}

/**
 * The demo job run to its end with a progress bar per part; throws when it FAILED, with its
 * last error. Needs the personnel subgraph (its job table), which every demo has.
 */
export async function loadDemo(
  subgraphs: readonly LocalSubgraph[],
  parts: readonly DemoPart[],
  env: Env,
  { replace, log }: { replace: boolean; log: (line: string) => void },
) {
  const personnel = subgraphs.find(({ definition }) => definition.name === 'personnel');
  if (!personnel) throw new Error('the demo job is kept by the personnel subgraph, which this graph does not run');
  const bar: { name: string | null; reporter: ReturnType<typeof progressReporter> | null } = { name: null, reporter: null };
  const job: Job = await loadDemoAsJob({
    parts,
    personnel: { definition: personnel.definition, url: subgraphDatabase('personnel', env).url },
    replace,
    onStarted: (started, joined) =>
      log(
        joined
          ? `the demo is already being loaded (job ${started.id}, ${DEMO_JOB_KIND}); following it…`
          : `${replace ? 'reloading' : 'loading'} the demo province (job ${started.id}; province admins read it as personnelJob)…`,
      ),
    onProgress: ({ phase, done, total }) => {
      if (!phase || total === null) return;
      if (bar.name !== phase) {
        bar.reporter?.stop();
        Object.assign(bar, { name: phase, reporter: progressReporter(phase) });
      }
      bar.reporter!.update(done, total);
    },
  });
  bar.reporter?.stop();
  if (job.state === JobState.FAILED) {
    const last = job.errors.at(-1);
    throw new Error(`the demo could not be loaded (job ${job.id}): ${last ? `${last.code}: ${last.message}` : 'no error recorded'}`);
  }
  log(job.summary ?? 'the demo is loaded');
  return job;
}
