import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '@kpi/platform/testkit';
import { scoring } from '@kpi/scoring';
import pg from 'pg';
import { graphql } from '../../src/graphql/index.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026 in Vietnam: October has ended (it can be closed).
const NOW = '2026-11-20T10:00:00+07:00';
let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring], diaryMonths: 1 });
});
afterAll(() => world?.stop());

graphql(`
  fragment JobsJob on Job {
    id
    kind
    scope
    state
    phase
    done
    total
    attempts
    summary
    requestedBy
    errors {
      code
      message
      attempt
    }
  }
`);
const START = graphql(`
  mutation JobsStartPeriod($period: String!, $action: ScoringPeriodAction!, $reason: String) {
    startScoringPeriodJob(period: $period, action: $action, reason: $reason) {
      ...JobsJob
    }
  }
`);
const JOB = graphql(`
  query JobsJob($id: ID!) {
    scoringJob(id: $id) {
      ...JobsJob
    }
  }
`);
const JOBS = graphql(`
  query JobsRecent {
    scoringJobs(first: 5) {
      id
      state
    }
  }
`);
const CLOSE_NOW = graphql(`
  mutation JobsCloseNow($period: String!) {
    closeScoringPeriod(period: $period) {
      status
    }
  }
`);
const PERIOD = graphql(`
  query JobsPeriod($period: String!) {
    scoringPeriod(period: $period) {
      status
    }
  }
`);
const PREPARE = graphql(`
  mutation JobsPrepare($agencyId: ID!, $year: Int!) {
    startAnnualAssessmentJob(agencyId: $agencyId, year: $year) {
      ...JobsJob
    }
  }
`);

const admin = () => world.graph.as(world.user('province-admin'));

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('closing a period as a job', () => {
  it('returns at once, reports its phases and progress, runs once per period at a time, and closes the period', async () => {
    const client = await admin();
    // Hold the scores' table so the job stops at its storing phase, where the test can look at it.
    const holder = new pg.Client({ connectionString: world.graph.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table scoring.period_score in access exclusive mode');
      const { startScoringPeriodJob: job } = await client.request(START, { period: '2026-10', action: 'CLOSE', reason: 'month ended' });
      expect(job).toMatchObject({ kind: 'scoring.period', scope: '2026-10', errors: [], summary: null });
      expect(['QUEUED', 'RUNNING']).toContain(job.state);
      expect(job.requestedBy).toContain(world.user('province-admin').subject);

      const storing = await until(
        async () => (await client.request(JOB, { id: job.id })).scoringJob!,
        (j) => j.phase === 'storing',
      );
      expect(storing).toMatchObject({ state: 'RUNNING', phase: 'storing', done: 0, attempts: 1 });
      expect(storing.total).toBeGreaterThan(0);

      // Once at a time: starting it again (any action on that period) gives the running job back;
      // closing in a request is refused while it runs.
      const again = await client.request(START, { period: '2026-10', action: 'COMPUTE' });
      expect(again.startScoringPeriodJob.id).toBe(job.id);
      const refused = await errorsOf(client.request(CLOSE_NOW, { period: '2026-10' }));
      expect(refused.map((e) => [e.extensions?.code, e.extensions?.jobId])).toEqual([['JOB_RUNNING', job.id]]);
      expect((await client.request(PERIOD, { period: '2026-10' })).scoringPeriod.status).toBe('OPEN');

      await holder.query('commit');
      const finished = await until(
        async () => (await client.request(JOB, { id: job.id })).scoringJob!,
        (j) => j.state === 'SUCCEEDED' || j.state === 'FAILED',
      );
      expect(finished).toMatchObject({
        state: 'SUCCEEDED',
        phase: null,
        attempts: 1,
        errors: [],
        summary: expect.stringMatching(/^Closed 2026-10/),
      });
      expect((await client.request(PERIOD, { period: '2026-10' })).scoringPeriod.status).toBe('CLOSED');
      const stored = await world.db.query(
        `select count(*)::int as n from scoring.period_score s join scoring.scoring_period p on p.id = s.period_id where p.code = '2026-10' and s.frozen`,
      );
      expect(stored.rows[0].n).toBe(storing.total);
      expect((await client.request(JOBS)).scoringJobs[0]).toEqual({ id: job.id, state: 'SUCCEEDED' });
    } finally {
      await holder.query('rollback').catch(() => {});
      await holder.end();
    }
  });

  it('refuses at once what it can tell is wrong, and records a verdict found while running without retrying it', async () => {
    const client = await admin();
    // November has not ended: refused before any job exists.
    const early = await errorsOf(client.request(START, { period: '2026-11', action: 'CLOSE' }));
    expect(early.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // Others may neither start nor read scoring jobs.
    const staff = await world.graph.as(world.user('staff'));
    expect((await errorsOf(staff.request(START, { period: '2026-09', action: 'COMPUTE' }))).map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    expect((await errorsOf(staff.request(JOBS))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    // Preparing an assessment with no stored months: the job fails with the service's verdict, once.
    const agencyId = world.user('agency-admin').agencyIds[0]!;
    const agencyAdmin = await world.graph.as(world.user('agency-admin'));
    const { startAnnualAssessmentJob: job } = await agencyAdmin.request(PREPARE, { agencyId, year: 2025 });
    const failed = await until(
      async () => (await agencyAdmin.request(JOB, { id: job.id })).scoringJob!,
      (j) => j.state === 'FAILED' || j.state === 'SUCCEEDED',
    );
    expect(failed).toMatchObject({ state: 'FAILED', attempts: 1, summary: null });
    expect(failed.errors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(/No monthly scores of 2025/), attempt: 1 }]);
    // The person who started it reads it; a colleague does not.
    expect((await errorsOf(staff.request(JOB, { id: job.id }))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
