import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { PgBoss, type Job as QueuedJob } from 'pg-boss';
import { newId } from '../ids.js';
import { ErrorCode, forbidden, said } from '../errors.js';
import { isInfrastructureFailure, serviceUnavailable } from '../faults.js';
import { actorLabel, type Identity } from '../identity/identity.js';
import type { Logger } from '../logger.js';
import type { SubgraphContext } from '../server/context.js';
import { JobStore } from './job.store.js';
import { applySchedule, scheduledBy, type JobSchedule } from './schedule.js';
import type { Job, JobError } from './job.type.js';
import { currentLanguage, inLanguage } from '../i18n/language.js';

/** What a job reports as it goes: the step it is on and how far along; written a few times a second at most. */
export interface JobProgress {
  phase(name: string, total?: number | null): Promise<void>;
  advance(by?: number): Promise<void>;
}

/** A job that reports nothing (the same work run inside a request). */
export const NO_PROGRESS: JobProgress = { phase: async () => {}, advance: async () => {} };

export interface JobOutcome {
  summary: string;
  result: Record<string, unknown>;
}

export interface JobDefinition<Loaders = unknown, Params = unknown> {
  /** e.g. `scoring.period.close`: names the queue too. */
  kind: string;
  /**
   * Runs the work as the person who started it; returns a sentence saying what it did (and, if
   * its callers need figures, a result). Must be safe to run again.
   */
  run(ctx: SubgraphContext<Loaders>, params: Params, progress: JobProgress): Promise<string | JobOutcome>;
  /**
   * When the kind also runs by itself (read once, on start: configuration decides); null: only by
   * hand, and a schedule registered before is removed. Scheduled jobs run as the service.
   */
  schedule?: () => JobSchedule | null;
}

/** How long without a heartbeat before a job's process counts as dead and the job is retried (pg-boss's minimum is 10). */
const HEARTBEAT_SECONDS = 15;
/** Attempts after the first, for infrastructure failures and restarts; a verdict on the input is never retried. */
const RETRIES = 3;
const PROGRESS_EVERY_MS = 250;

export interface JobRunnerOptions<Loaders> {
  name: string;
  schema: string;
  databaseUrl: string;
  definitions: readonly JobDefinition<Loaders, never>[];
  em: () => EntityManager;
  /** The context a job runs in: the requester's identity, a fresh unit of work, peers asked as the service. */
  contextFor(identity: Identity, jobId: string): SubgraphContext<Loaders>;
  logger: Logger;
}

/**
 * Long work as jobs in PostgreSQL (pg-boss: no new server to run). A mutation checks its input,
 * calls `start` and returns the job at once; a worker in the same service runs it. A job whose
 * process dies stops sending heartbeats and is retried by whichever instance is up; the job table's
 * unique index keeps one job per kind and scope queued or running at a time.
 */
export class JobRunner<Loaders = unknown> {
  private boss: PgBoss | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  readonly store: JobStore;
  private readonly kinds: Map<string, JobDefinition<Loaders, never>>;

  constructor(private readonly options: JobRunnerOptions<Loaders>) {
    this.store = new JobStore(options.em, options.schema);
    this.kinds = new Map(options.definitions.map((d) => [d.kind, d]));
  }

  private get queueSchema() {
    return `${this.options.schema}_jobs`;
  }

  async start() {
    const boss = new PgBoss({
      connectionString: this.options.databaseUrl,
      schema: this.queueSchema,
      application_name: `kpi-${this.options.name}-jobs`,
      max: 4,
      // A missed heartbeat is noticed on the next monitoring pass: every 10 s, not pg-boss's default minute.
      superviseIntervalSeconds: 10,
      monitorIntervalSeconds: 10,
    });
    boss.on('error', (error) => this.options.logger.warn({ err: error }, 'job queue error'));
    await boss.start();
    this.boss = boss;
    for (const definition of this.kinds.values()) {
      await boss.createQueue(definition.kind, {
        heartbeatSeconds: HEARTBEAT_SECONDS,
        retryLimit: RETRIES,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: 3600,
      });
      await boss.work<{ kind: string }>(definition.kind, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, ([job]) =>
        this.work(definition, job!),
      );
      if (definition.schedule)
        await applySchedule(boss, definition.kind, definition.schedule(), (scope, params) =>
          this.enqueue(definition.kind, scope, params, scheduledBy(this.options.name)),
        );
    }
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), 30_000);
    this.sweeper.unref();
  }

  async stop() {
    if (this.sweeper) clearInterval(this.sweeper);
    // Not graceful: a job cut off here is retried when its heartbeat is missed, like after a crash.
    await this.boss?.stop({ graceful: false, close: true });
    this.boss = null;
  }

  /**
   * A job by id, for whoever started it and for those the service lets read all its jobs
   * (`readsAll`: its province admins, say); anyone else is refused. Null when there is none.
   */
  async readBy(who: Identity, id: string, readsAll: boolean): Promise<Job | null> {
    const [job] = await this.store.byIds([id]);
    if (!job) return null;
    if (!readsAll && job.requesterSubject !== who.subject) throw forbidden(said.thisJob());
    return job;
  }

  /** Queues a job, or returns the one of this kind and scope already queued or running. */
  async enqueue(kind: string, scope: string, params: unknown, identity: Identity): Promise<Job> {
    if (!this.kinds.has(kind)) throw new Error(`no job kind ${kind} in ${this.options.name}`);
    const id = newId();
    let job: Job | null = null;
    // The running one may end between the refused insert and the look-up: then try again.
    for (let tries = 0; !job && tries < 3; tries += 1) {
      job = await this.store.insert(id, kind, scope, params, identity, actorLabel(identity), currentLanguage());
      if (job) break;
      const running = await this.store.active(kind, scope);
      if (running) return running;
    }
    if (!job) throw serviceUnavailable('Another job of this kind kept starting and ending; start it again.');
    try {
      await this.boss!.send(kind, { kind }, { id });
    } catch (error) {
      await this.store.attemptFailed(id, errorOf(error, 0, false), true);
      throw error;
    }
    return job;
  }

  private async work(definition: JobDefinition<Loaders, never>, queued: QueuedJob<{ kind: string }>) {
    const begun = await this.store.begin(queued.id);
    if (!begun) return; // finished already (a duplicate delivery)
    const { job, params, identity, language } = begun;
    // Said in the language of whoever started it: its summary, its errors, what it writes for people.
    await inLanguage(language, () => this.run(definition, job, params, identity));
  }

  private async run(definition: JobDefinition<Loaders, never>, job: Job, params: unknown, identity: Identity) {
    const log = this.options.logger.child({ job: job.id, kind: job.kind, scope: job.scope, attempt: job.attempts });
    log.info('job started');
    const ctx = this.options.contextFor(identity, job.id);
    try {
      const outcome = await definition.run(ctx, params as never, this.progressOf(job.id));
      const { summary, result } = typeof outcome === 'string' ? { summary: outcome, result: null } : outcome;
      await this.store.succeed(job.id, summary, result);
      log.info({ summary }, 'job succeeded');
    } catch (error) {
      const retry = isInfrastructureFailure(error) && job.attempts <= RETRIES;
      await this.store.attemptFailed(job.id, errorOf(error, job.attempts, retry), !retry);
      log.warn({ err: error, retry }, 'job attempt failed');
      if (retry) throw error; // pg-boss retries it, with backoff
    }
  }

  private progressOf(id: string): JobProgress {
    let phase: string | null = null;
    let done = 0;
    let total: number | null = null;
    let written = 0;
    let trailing: NodeJS.Timeout | null = null;
    const write = async (force: boolean) => {
      const wait = PROGRESS_EVERY_MS - (Date.now() - written);
      if (!force && wait > 0) {
        // Held back, not dropped: a job that advances and then works a while still shows how far it got.
        trailing ??= setTimeout(() => void write(true).catch(() => {}), wait);
        return;
      }
      if (trailing) clearTimeout(trailing);
      trailing = null;
      written = Date.now();
      await this.store.progress(id, phase, done, total);
    };
    return {
      phase: async (name, of = null) => {
        phase = name;
        done = 0;
        total = of;
        await write(true);
      },
      advance: async (by = 1) => {
        done += by;
        await write(total !== null && done >= total);
      },
    };
  }

  /** Jobs left under way by a process that died on their last attempt: failed, so the scope is free again. */
  private async sweep() {
    for (const orphan of await this.store.orphans(this.queueSchema)) {
      await this.store.attemptFailed(
        orphan.id,
        {
          code: ErrorCode.SERVICE_UNAVAILABLE,
          message: said.jobOrphaned(),
          attempt: orphan.attempts,
        },
        true,
      );
    }
  }
}

function errorOf(error: unknown, attempt: number, retried: boolean): JobError {
  if (isInfrastructureFailure(error)) {
    const service = error instanceof GraphQLError ? (error.extensions?.service as string | undefined) : undefined;
    const what = service ? said.aServiceNamed({ service }) : said.aService();
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: retried ? said.jobPeerDown({ what }) : said.jobPeerDownFinal({ what }),
      attempt,
    };
  }
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string')
    return { code: error.extensions.code, message: error.message, attempt };
  return { code: ErrorCode.INTERNAL, message: said.jobFailed(), attempt };
}
