import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../identity/identity.js';
import { BACKGROUND } from '../database/orm.js';
import { Job, JobState, type JobError } from './job.type.js';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language.js';

/**
 * The table a subgraph's migration creates for its jobs (in its own schema): what the graph reads
 * of a job. pg-boss keeps the queue (its own schema, `<schema>_jobs`); this keeps what people see —
 * phase, progress, errors — and makes "one at a time per scope" a unique index, so it holds
 * whatever any instance of the service does.
 */
export const jobTableSql = (schema: string) => [
  `create table ${schema}.job (
    id uuid primary key,
    kind text not null,
    scope text not null,
    params jsonb not null,
    identity jsonb not null,
    requested_by text not null,
    state text not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    phase text,
    done integer not null default 0,
    total integer,
    attempts integer not null default 0,
    summary text,
    result jsonb,
    errors jsonb not null default '[]',
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz,
    updated_at timestamptz not null default now()
  )`,
  `create unique index job_one_at_a_time_idx on ${schema}.job (kind, scope) where state in ('QUEUED', 'RUNNING')`,
  `create index job_recent_idx on ${schema}.job (kind, created_at desc)`,
];

/** Added to a job table made before jobs spoke the language of whoever started them. */
export const jobLanguageSql = (schema: string) => [
  `alter table ${schema}.job add column language text not null default 'vi' check (language in ('vi', 'en'))`,
];

interface JobRow {
  id: string;
  kind: string;
  scope: string;
  params: unknown;
  identity: Identity;
  requested_by: string;
  state: JobState;
  phase: string | null;
  done: number;
  total: number | null;
  attempts: number;
  summary: string | null;
  result: Record<string, unknown> | null;
  errors: JobError[];
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  language?: Language;
}

/** A PostgreSQL array literal: the driver layer would spread a JS array into a list of parameters. Ids and kinds hold no quotes or commas. */
const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

const at = (value: Date | string | null) => (value === null ? null : new Date(value));

export function toJob(row: JobRow): Job {
  return Object.assign(new Job(), {
    id: row.id,
    kind: row.kind,
    scope: row.scope,
    state: row.state,
    phase: row.phase,
    done: row.done,
    total: row.total,
    attempts: row.attempts,
    summary: row.summary,
    result: row.result,
    errors: row.errors,
    requestedBy: row.requested_by,
    requesterSubject: row.identity.subject,
    createdAt: at(row.created_at)!,
    startedAt: at(row.started_at),
    finishedAt: at(row.finished_at),
  });
}

export interface StoredJob {
  job: Job;
  params: unknown;
  identity: Identity;
  /** The language of whoever started it: its summary and errors are said in it. */
  language: Language;
}

/** Reads and writes a subgraph's job table with plain SQL: jobs are written outside any request's unit of work. */
export class JobStore {
  constructor(
    private readonly em: () => EntityManager,
    private readonly schema: string,
  ) {}

  private async rows(sql: string, params: unknown[] = []): Promise<JobRow[]> {
    return (await this.em().execute(sql.replaceAll('$job', `${this.schema}.job`), params)) as JobRow[];
  }

  /** A new QUEUED job, or null when one of this kind and scope is queued or running already. */
  async insert(id: string, kind: string, scope: string, params: unknown, identity: Identity, requestedBy: string, language: Language) {
    const [row] = await this.rows(
      `insert into $job (id, kind, scope, params, identity, requested_by, state, language) values (?, ?, ?, ?::jsonb, ?::jsonb, ?, 'QUEUED', ?)
       on conflict (kind, scope) where state in ('QUEUED', 'RUNNING') do nothing returning *`,
      [id, kind, scope, JSON.stringify(params ?? null), JSON.stringify(identity), requestedBy, language],
    );
    return row ? toJob(row) : null;
  }

  async active(kind: string, scope: string) {
    const [row] = await this.rows(`select * from $job where kind = ? and scope = ? and state in ('QUEUED', 'RUNNING')`, [kind, scope]);
    return row ? toJob(row) : null;
  }

  async byIds(ids: readonly string[]) {
    const rows = await this.rows(`select * from $job where id = any(?::uuid[])`, [arrayLiteral(ids)]);
    const byId = new Map(rows.map((row) => [row.id, toJob(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async recent(kinds: readonly string[], limit: number) {
    return (
      await this.rows(`select * from $job where kind = any(?::text[]) order by created_at desc limit ?`, [arrayLiteral(kinds), limit])
    ).map(toJob);
  }

  /** The job as a worker takes it up: RUNNING, one more attempt. Null if it is already finished. */
  async begin(id: string): Promise<StoredJob | null> {
    const [row] = await this.rows(
      `update $job set state = 'RUNNING', attempts = attempts + 1, started_at = coalesce(started_at, now()), phase = null, done = 0,
         total = null, updated_at = now() where id = ? and state in ('QUEUED', 'RUNNING') returning *`,
      [id],
    );
    return row ? { job: toJob(row), params: row.params, identity: row.identity, language: row.language ?? DEFAULT_LANGUAGE } : null;
  }

  async progress(id: string, phase: string | null, done: number, total: number | null) {
    await this.rows(`update $job set phase = ?, done = ?, total = ?, updated_at = now() where id = ? and state = 'RUNNING'`, [
      phase,
      done,
      total,
      id,
    ]);
  }

  async succeed(id: string, summary: string, result: Record<string, unknown> | null) {
    await this.rows(
      `update $job set state = 'SUCCEEDED', summary = ?, result = ?::jsonb, phase = null, finished_at = now(), updated_at = now() where id = ?`,
      [summary, result === null ? null : JSON.stringify(result), id],
    );
  }

  /** One attempt went wrong: the job FAILED for good, or QUEUED again to be retried. */
  async attemptFailed(id: string, error: JobError, final: boolean) {
    await this.rows(
      `update $job set state = ?, errors = errors || ?::jsonb, finished_at = case when ? then now() end, updated_at = now() where id = ?`,
      [final ? JobState.FAILED : JobState.QUEUED, JSON.stringify([error]), final, id],
    );
  }

  async countByState(): Promise<Record<string, number>> {
    const rows = (await this.em().execute(
      `select state, count(*)::int as n from ${this.schema}.job
       where state in ('QUEUED', 'RUNNING') or finished_at > now() - interval '1 day' group by state`,
    )) as { state: string; n: number }[];
    const counts: Record<string, number> = { QUEUED: 0, RUNNING: 0, SUCCEEDED: 0, FAILED: 0 };
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  /** Jobs this table says are under way but whose queue entry has ended (its last attempt died with its process). */
  async orphans(queueSchema: string) {
    return this.rows(
      `${BACKGROUND} select j.* from $job j left join ${queueSchema}.job q on q.id = j.id
       where j.state in ('QUEUED', 'RUNNING') and (q.id is null or q.state in ('completed', 'cancelled', 'failed'))
       and j.updated_at < now() - interval '5 seconds'`,
    );
  }
}
