import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from '../admin/download';
import { graphql } from '../graphql';
import { diaryJobs, followJob, JobProgress, personnelJobs, type JobView } from '../jobs';
import { problemText } from '../problem';
import { addTexts } from '../texts';

addTexts('history', {
  vi: {
    title: 'Nhập dữ liệu lịch sử',
    help: 'Đưa dữ liệu các tháng trước từ phần mềm KPI cũ vào: quá trình công tác trước, rồi nhật ký và công việc được giao. Xem trước kiểm tra từng dòng và không ghi gì; chỉ tệp không có dòng lỗi mới được ghi, một lần cho cả tệp. Nhập lại cùng tệp không thay đổi gì.',
    kind: 'Loại dữ liệu',
    placements: 'Quá trình công tác',
    file: 'Tệp CSV hoặc XLSX',
    reason: 'Lý do (lưu vết)',
    preview: 'Xem trước',
    apply: 'Ghi dữ liệu',
    row: 'Dòng',
    code: 'Mã cán bộ',
    day: 'Ngày',
    outcome: 'Kết quả',
    problems: 'Lỗi',
    actions: { CREATE: 'Sẽ thêm', UNCHANGED: 'Đã có', ERROR: 'Lỗi' },
    caption: 'Kết quả từng dòng',
    previewSummary: '{{created}} dòng sẽ được thêm, {{unchanged}} đã có, {{invalid}} dòng lỗi.',
    cannotApply: 'Sửa các dòng lỗi rồi xem trước lại.',
    appliedSummary: 'Đã ghi: {{created}} dòng mới, {{unchanged}} đã có.',
  },
  en: {
    title: 'History import',
    help: 'Bring the past months in from the previous KPI software: people’s earlier placements first, then diaries and assignments. The preview checks every row and writes nothing; only a file without an invalid row is written, all at once. Importing the same file again changes nothing.',
    kind: 'What the file holds',
    placements: 'Placements',
    file: 'CSV or XLSX file',
    reason: 'Reason (audited)',
    preview: 'Preview',
    apply: 'Write it',
    row: 'Row',
    code: 'Staff code',
    day: 'Day',
    outcome: 'Outcome',
    problems: 'Problems',
    actions: { CREATE: 'To add', UNCHANGED: 'Already there', ERROR: 'Invalid' },
    caption: 'Every row’s outcome',
    previewSummary: '{{created}} rows to add, {{unchanged}} already there, {{invalid}} invalid.',
    cannotApply: 'Correct the invalid rows and preview again.',
    appliedSummary: 'Written: {{created}} new rows, {{unchanged}} already there.',
  },
});

const PLACEMENTS = graphql(`
  mutation WebImportPlacementHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {
    importPlacementHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {
      applied
      dryRun
      created
      unchanged
      invalid
      rows {
        row
        employeeCode
        effectiveFrom
        action
        errors
      }
    }
  }
`);
const ENTRIES = graphql(`
  mutation WebImportDiaryHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {
    importDiaryHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {
      ...WebHistoryReport
    }
  }
`);
const ASSIGNMENTS = graphql(`
  mutation WebImportAssignmentHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {
    importAssignmentHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {
      ...WebHistoryReport
    }
  }
`);
graphql(`
  fragment WebHistoryReport on DiaryHistoryReport {
    applied
    dryRun
    created
    unchanged
    invalid
    rows {
      row
      employeeCode
      workDate
      action
      errors
    }
  }
`);
const START_PLACEMENTS = graphql(`
  mutation WebStartPlacementImportJob($format: SheetFormat!, $content: String!, $reason: String) {
    startPlacementImportJob(format: $format, content: $content, reason: $reason) {
      ...WebJob
    }
  }
`);
const START_DIARY = graphql(`
  mutation WebStartDiaryHistoryImportJob($format: SheetFormat!, $content: String!, $reason: String, $sheet: DiaryHistorySheet!) {
    startDiaryHistoryImportJob(format: $format, content: $content, reason: $reason, sheet: $sheet) {
      ...WebJob
    }
  }
`);

type Kind = 'PLACEMENTS' | 'ENTRIES' | 'ASSIGNMENTS';
const KINDS: Kind[] = ['PLACEMENTS', 'ENTRIES', 'ASSIGNMENTS'];

interface Report {
  applied: boolean;
  dryRun: boolean;
  created: number;
  unchanged: number;
  invalid: number;
  rows: { row: number; employeeCode: string; day: string; action: string; errors: string[] }[];
}

/**
 * Province and agency admins bring a province's past in from its previous KPI software: a sheet
 * previewed first (the graph's dry run reports every row and writes nothing), then written as a
 * job on the server, its progress shown. Placements first: past diaries and assignments are filed
 * where each person worked on their day.
 */
export default function History() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [kind, setKind] = useState<Kind>('PLACEMENTS');
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewPlacements] = useMutation(PLACEMENTS);
  const [previewEntries] = useMutation(ENTRIES);
  const [previewAssignments] = useMutation(ASSIGNMENTS);
  const [startPlacements] = useMutation(START_PLACEMENTS);
  const [startDiary] = useMutation(START_DIARY);

  async function sheet() {
    return {
      format: /\.xlsx$/i.test(file!.name) ? ('XLSX' as const) : ('CSV' as const),
      content: await readAsBase64(file!),
      reason: reason.trim() || null,
    };
  }

  async function preview() {
    if (!file) return;
    setProblem(null);
    setJob(null);
    setBusy(true);
    try {
      const variables = { ...(await sheet()), dryRun: true };
      if (kind === 'PLACEMENTS') {
        const found = (await previewPlacements({ variables })).data!.importPlacementHistory;
        setReport({ ...found, rows: found.rows.map((r) => ({ ...r, day: r.effectiveFrom })) });
      } else {
        const found =
          kind === 'ENTRIES'
            ? (await previewEntries({ variables })).data!.importDiaryHistory
            : (await previewAssignments({ variables })).data!.importAssignmentHistory;
        setReport({ ...found, rows: found.rows.map((r) => ({ ...r, day: r.workDate })) });
      }
    } catch (failure) {
      setReport(null);
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  /** The previewed sheet written as a job on the server: its progress shown, then what it wrote. */
  async function apply() {
    if (!file || !report) return;
    setProblem(null);
    setBusy(true);
    try {
      const variables = await sheet();
      const started =
        kind === 'PLACEMENTS'
          ? (await startPlacements({ variables })).data!.startPlacementImportJob
          : (await startDiary({ variables: { ...variables, sheet: kind } })).data!.startDiaryHistoryImportJob;
      setJob(started);
      const done = await followJob((kind === 'PLACEMENTS' ? personnelJobs : diaryJobs)(client), started.id, setJob);
      const { created = 0, unchanged = 0 } = (done.result ?? {}) as { created?: number; unchanged?: number };
      setReport({ ...report, created, unchanged, invalid: 0, applied: true, dryRun: false });
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">{t('history.title')}</h1>
      <p className="muted">{t('history.help')}</p>
      <form
        id="history-form"
        onSubmit={(event) => {
          event.preventDefault();
          void preview();
        }}
      >
        <label>
          {t('history.kind')}{' '}
          <select
            id="history-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setReport(null);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'PLACEMENTS' ? t('history.placements') : t(`enum.DiaryHistorySheet.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.file')}{' '}
          <input
            id="history-file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          />
        </label>
        <label>
          {t('history.reason')} <input id="history-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" id="history-preview" disabled={busy || !file}>
          {t('history.preview')}
        </button>{' '}
        <button
          type="button"
          id="history-apply"
          disabled={busy || !report || !report.dryRun || report.invalid > 0 || report.created === 0}
          onClick={() => void apply()}
        >
          {t('history.apply')}
        </button>
      </form>
      {job ? <JobProgress job={job} /> : null}
      {problem ? (
        <p role="alert" id="history-problem">
          {problem}
        </p>
      ) : null}
      <p role="status" id="history-summary">
        {report
          ? report.applied
            ? t('history.appliedSummary', { ...report })
            : `${t('history.previewSummary', { ...report })}${report.invalid ? ` ${t('history.cannotApply')}` : ''}`
          : null}
      </p>
      {report ? (
        <div className="scroll" tabIndex={0}>
          <table id="history-report">
            <caption>{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
                  {t('history.row')}
                </th>
                <th scope="col">{t('history.code')}</th>
                <th scope="col">{t('history.day')}</th>
                <th scope="col">{t('history.outcome')}</th>
                <th scope="col">{t('history.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row} data-action={r.action}>
                  <td className="number">{r.row}</td>
                  <td>{r.employeeCode}</td>
                  <td>{r.day}</td>
                  <td>{t(`history.actions.${r.action}`)}</td>
                  <td>{r.errors.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
