import type { ApolloClient } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { graphql } from './graphql';
import type { WebJobFragment } from './graphql/graphql';
import { addTexts } from './texts';

addTexts('job', {
  vi: {
    phases: {
      people: 'Đọc danh sách công chức',
      facts: 'Tổng hợp nhật ký và số liệu',
      scoring: 'Tính điểm',
      storing: 'Lưu điểm',
      recomputing: 'Tính lại từ dữ liệu đã khóa',
      preparing: 'Lập danh sách',
      importing: 'Ghi danh mục',
    },
    progress: '{{done}} / {{total}}',
    attempt: 'Lần chạy thứ {{attempt}}',
    failed: 'Công việc không thành công: {{message}}',
  },
  en: {
    phases: {
      people: 'Reading who works where',
      facts: 'Gathering diaries and facts',
      scoring: 'Scoring',
      storing: 'Storing the scores',
      recomputing: 'Recomputing from the frozen inputs',
      preparing: 'Preparing the list',
      importing: 'Writing the catalogue',
    },
    progress: '{{done}} / {{total}}',
    attempt: 'Attempt {{attempt}}',
    failed: 'The job failed: {{message}}',
  },
});

/** What every screen reads of a job: the mutations that start one select it too. */
graphql(`
  fragment WebJob on Job {
    id
    state
    phase
    done
    total
    attempts
    summary
    result
    errors {
      code
      message
    }
  }
`);

export type JobView = WebJobFragment;

const SCORING_JOB = graphql(`
  query WebScoringJob($id: ID!) {
    scoringJob(id: $id) {
      ...WebJob
    }
  }
`);

const CATALOGUE_JOB = graphql(`
  query WebCatalogueJob($id: ID!) {
    catalogueJob(id: $id) {
      ...WebJob
    }
  }
`);

const DIARY_JOB = graphql(`
  query WebDiaryJob($id: ID!) {
    diaryJob(id: $id) {
      ...WebJob
    }
  }
`);

const PERSONNEL_JOB = graphql(`
  query WebPersonnelJob($id: ID!) {
    personnelJob(id: $id) {
      ...WebJob
    }
  }
`);

/** Where a job is read: the subgraph that runs it. */
export type JobReader = (id: string) => Promise<JobView | null | undefined>;

export const scoringJobs =
  (client: ApolloClient): JobReader =>
  async (id) =>
    (await client.query({ query: SCORING_JOB, variables: { id }, fetchPolicy: 'network-only' })).data?.scoringJob;

export const catalogueJobs =
  (client: ApolloClient): JobReader =>
  async (id) =>
    (await client.query({ query: CATALOGUE_JOB, variables: { id }, fetchPolicy: 'network-only' })).data?.catalogueJob;

export const diaryJobs =
  (client: ApolloClient): JobReader =>
  async (id) =>
    (await client.query({ query: DIARY_JOB, variables: { id }, fetchPolicy: 'network-only' })).data?.diaryJob;

export const personnelJobs =
  (client: ApolloClient): JobReader =>
  async (id) =>
    (await client.query({ query: PERSONNEL_JOB, variables: { id }, fetchPolicy: 'network-only' })).data?.personnelJob;

/** A job that FAILED, as an error the screens show like any other (its code first). */
export class JobFailed extends Error {
  readonly errors: { extensions: { code: string } }[];
  constructor(job: JobView) {
    const last = job.errors[job.errors.length - 1];
    super(last?.message ?? job.state);
    this.errors = last ? [{ extensions: { code: last.code } }] : [];
  }
}

const POLL_MS = 500;

/**
 * Follows a job until it ends: `onChange` sees each state, phase and count as it moves; resolves
 * with the job that SUCCEEDED, rejects with JobFailed. The page may be left meanwhile: the job goes
 * on in the service.
 */
export async function followJob(read: JobReader, id: string, onChange: (job: JobView) => void): Promise<JobView> {
  for (;;) {
    const job = await read(id);
    if (!job) throw new Error(id);
    onChange(job);
    if (job.state === 'SUCCEEDED') return job;
    if (job.state === 'FAILED') throw new JobFailed(job);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Where a job stands: its state, its phase with a progress bar, its summary once done. */
export function JobProgress({ job }: { job: JobView | null }) {
  const { t } = useTranslation();
  if (!job) return null;
  const phase = job.phase ? t(`job.phases.${job.phase}`, { defaultValue: job.phase }) : null;
  return (
    <div id="job-progress" role="status" aria-live="polite" data-state={job.state} data-phase={job.phase ?? ''}>
      <strong>{t(`enum.JobState.${job.state}`)}</strong>
      {phase ? <> — {phase}</> : null}
      {job.state === 'RUNNING' && job.total ? (
        <>
          {' '}
          <progress id="job-bar" value={job.done} max={job.total} aria-label={phase ?? undefined} />{' '}
          {t('job.progress', { done: job.done.toLocaleString('vi-VN'), total: job.total.toLocaleString('vi-VN') })}
        </>
      ) : null}
      {job.attempts > 1 ? <> ({t('job.attempt', { attempt: job.attempts })})</> : null}
      {job.summary ? <p id="job-summary">{job.summary}</p> : null}
    </div>
  );
}
