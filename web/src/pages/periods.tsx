import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { ScoringPeriodAction } from '../graphql/graphql';
import { followJob, JobProgress, scoringJobs, type JobView } from '../jobs';
import { problemText } from '../problem';
import { addTexts } from '../texts';
import { useAdminAgencies } from '../admin/agencies';

addTexts('periods', {
  vi: {
    title: 'Kỳ đánh giá',
    month: 'Tháng',
    status: 'Trạng thái',
    agencyClosed: 'Cơ quan đã khóa sổ',
    province: 'Toàn tỉnh',
    closedAgencies: 'Cơ quan đã khóa sổ trước: {{count}}',
    computedAt: 'Tính điểm lần cuối',
    never: 'chưa tính',
    reason: 'Lý do khóa sổ',
    help: 'Việc này chạy nền trên máy chủ: có thể rời trang, việc vẫn tiếp tục.',
    recent: 'Các việc gần đây',
    scope: 'Phạm vi',
    state: 'Trạng thái',
    outcome: 'Kết quả',
  },
  en: {
    title: 'Scoring periods',
    month: 'Month',
    status: 'Status',
    agencyClosed: 'Closed for this agency',
    province: 'The whole province',
    closedAgencies: 'Agencies closed before the province: {{count}}',
    computedAt: 'Last computed',
    never: 'never',
    reason: 'Why it is closed',
    help: 'This runs in the background on the server: you may leave the page, it goes on.',
    recent: 'Recent jobs',
    scope: 'Scope',
    state: 'State',
    outcome: 'Outcome',
  },
});

const PERIOD = graphql(`
  query WebScoringPeriod($period: String!) {
    scoringPeriod(period: $period) {
      id
      code
      status
      computedAt
      agencyCloses {
        agencyId
      }
    }
  }
`);

const START = graphql(`
  mutation WebStartScoringPeriodJob($period: String!, $action: ScoringPeriodAction!, $reason: String, $agencyId: ID) {
    startScoringPeriodJob(period: $period, action: $action, reason: $reason, agencyId: $agencyId) {
      ...WebJob
    }
  }
`);

const RECENT = graphql(`
  query WebScoringJobs {
    scoringJobs(first: 10) {
      id
      scope
      state
      summary
      createdAt
      errors {
        message
      }
    }
  }
`);

const ACTIONS: ScoringPeriodAction[] = ['COMPUTE', 'CLOSE', 'RECOMPUTE'];

/** The month before this one: the one a province admin closes early in a month. */
function lastMonth() {
  const today = todayInVietnam();
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * A month's scores computed and stored, the month closed (frozen with its inputs) or recomputed to
 * check nothing changed — for the province (province admins) or one agency (its admins too), each
 * a job that runs on the server, its progress shown.
 */
export default function Periods() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [period, setPeriod] = useState(lastMonth);
  const [reason, setReason] = useState('');
  const [job, setJob] = useState<JobView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const { agencies, province } = useAdminAgencies();
  // '' is the whole province; an agency's admin acts on their agencies only.
  const [scope, setScope] = useState<string | null>(null);
  const agencyId = scope ?? (province ? '' : (agencies[0]?.id ?? ''));
  const { data, refetch } = useQuery(PERIOD, { variables: { period } });
  // The province's jobs are the province admins' to read; an agency's admin follows their own job.
  const { data: recent, refetch: refetchRecent } = useQuery(RECENT, { fetchPolicy: 'network-only', skip: !province });
  const [start] = useMutation(START);

  async function run(action: ScoringPeriodAction) {
    setProblem(null);
    setJob(null);
    setRunning(true);
    try {
      const started = await start({
        variables: { period, action, reason: action === 'CLOSE' ? reason || null : null, agencyId: agencyId || null },
      });
      const first = started.data!.startScoringPeriodJob;
      setJob(first);
      await followJob(scoringJobs(client), first.id, setJob);
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setRunning(false);
      await Promise.all([refetch(), province ? refetchRecent() : null]);
    }
  }

  const stored = data?.scoringPeriod;
  const status =
    stored?.status === 'OPEN' && agencyId && stored.agencyCloses.some((c) => c.agencyId === agencyId) ? 'AGENCY_CLOSED' : stored?.status;
  return (
    <section aria-labelledby="periods-title">
      <h1 id="periods-title">{t('periods.title')}</h1>
      <p>
        <label>
          {t('periods.month')}{' '}
          <input id="period" type="month" value={period} onChange={(e) => e.target.value && setPeriod(e.target.value)} />
        </label>
      </p>
      {agencies.length > 0 ? (
        <p>
          <label>
            {t('periods.scope')}{' '}
            <select id="period-scope" value={agencyId} onChange={(e) => setScope(e.target.value)}>
              {province ? <option value="">{t('periods.province')}</option> : null}
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({a.code})
                </option>
              ))}
            </select>
          </label>
        </p>
      ) : null}
      {stored ? (
        <p id="period-status" data-status={status}>
          {t('periods.status')}:{' '}
          <strong>{status === 'AGENCY_CLOSED' ? t('periods.agencyClosed') : t(`enum.ScoringPeriodStatus.${status}`)}</strong> —{' '}
          {t('periods.computedAt')}:{' '}
          {stored.computedAt ? new Date(stored.computedAt as string).toLocaleString('vi-VN') : t('periods.never')}
          {!agencyId && stored.status === 'OPEN' && stored.agencyCloses.length > 0
            ? ` — ${t('periods.closedAgencies', { count: stored.agencyCloses.length })}`
            : null}
        </p>
      ) : null}
      <p>
        <label>
          {t('periods.reason')} <input id="close-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </label>
      </p>
      <p>
        {ACTIONS.map((action) => (
          <button key={action} type="button" id={`period-${action.toLowerCase()}`} disabled={running} onClick={() => void run(action)}>
            {t(`enum.ScoringPeriodAction.${action}`)}
          </button>
        ))}
      </p>
      <p>{t('periods.help')}</p>
      <JobProgress job={job} />
      {problem ? (
        <p role="alert" id="periods-problem">
          {problem}
        </p>
      ) : null}
      {province ? (
        <>
          <h2>{t('periods.recent')}</h2>
          <table id="recent-jobs">
            <thead>
              <tr>
                <th scope="col">{t('periods.scope')}</th>
                <th scope="col">{t('periods.state')}</th>
                <th scope="col">{t('periods.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {(recent?.scoringJobs ?? []).map((j) => (
                <tr key={j.id} data-job={j.id}>
                  <td>{j.scope}</td>
                  <td>{t(`enum.JobState.${j.state}`)}</td>
                  <td>{j.summary ?? j.errors[j.errors.length - 1]?.message ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
