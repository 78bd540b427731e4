import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from '../admin/download';
import { problemText } from '../problem';
import { todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { WebImportCatalogueMutation } from '../graphql/graphql';
import { catalogueJobs, followJob, JobProgress, type JobView } from '../jobs';

const IMPORT = graphql(`
  mutation WebImportCatalogue(
    $format: SheetFormat!
    $content: String!
    $effectiveFrom: LocalDate!
    $dryRun: Boolean!
    $ownerAgencyId: ID
    $reason: String
  ) {
    importCatalogue(
      format: $format
      content: $content
      effectiveFrom: $effectiveFrom
      dryRun: $dryRun
      ownerAgencyId: $ownerAgencyId
      reason: $reason
    ) {
      applied
      dryRun
      created
      revised
      unchanged
      invalid
      rows {
        row
        code
        action
        errors
      }
    }
  }
`);

const APPLY = graphql(`
  mutation WebStartCatalogueImportJob(
    $format: SheetFormat!
    $content: String!
    $effectiveFrom: LocalDate!
    $ownerAgencyId: ID
    $reason: String
  ) {
    startCatalogueImportJob(
      format: $format
      content: $content
      effectiveFrom: $effectiveFrom
      ownerAgencyId: $ownerAgencyId
      reason: $reason
    ) {
      ...WebJob
    }
  }
`);

type Report = WebImportCatalogueMutation['importCatalogue'];
interface Applied {
  created: number;
  revised: number;
  unchanged: number;
}

/**
 * A sheet in, previewed first: the graph's dry run reports every row's outcome and writes
 * nothing; "Apply" sends the very same file and date again, and only a preview without an
 * invalid row may be applied.
 */
export function CatalogueImport({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [from, setFrom] = useState(todayInVietnam());
  const [reason, setReason] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const [run, { loading }] = useMutation(IMPORT);
  const [startApplying] = useMutation(APPLY);
  const [job, setJob] = useState<JobView | null>(null);
  const [applying, setApplying] = useState(false);

  async function sheet() {
    return {
      format: /\.xlsx$/i.test(file!.name) ? ('XLSX' as const) : ('CSV' as const),
      content: await readAsBase64(file!),
      effectiveFrom: from,
      ownerAgencyId: agencyId,
      reason: reason.trim() || null,
    };
  }

  async function preview() {
    if (!file) return;
    setProblem(null);
    setJob(null);
    try {
      const { data } = await run({ variables: { ...(await sheet()), dryRun: true } });
      setReport(data!.importCatalogue);
    } catch (failure) {
      setReport(null);
      setProblem(problemText(failure));
    }
  }

  /** The previewed sheet applied as a job on the server: its progress shown, then what it changed. */
  async function apply() {
    if (!file || !report) return;
    setProblem(null);
    setApplying(true);
    try {
      const started = (await startApplying({ variables: await sheet() })).data!.startCatalogueImportJob;
      setJob(started);
      const done = await followJob(catalogueJobs(client), started.id, setJob);
      const { created = 0, revised = 0, unchanged = 0 } = (done.result ?? {}) as Partial<Applied>;
      setReport({ ...report, created, revised, unchanged, applied: true, dryRun: false, invalid: 0 });
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setApplying(false);
    }
  }
  // Anything changed since the preview needs a new one.
  const changed = () => setReport(null);

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('catalogue.importTitle')}</h2>
      <p className="muted">{t('catalogue.importHelp')}</p>
      <form
        id="import"
        onSubmit={(event) => {
          event.preventDefault();
          void preview();
        }}
      >
        <label>
          {t('catalogue.file')}{' '}
          <input
            id="import-file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              changed();
            }}
          />
        </label>
        <label>
          {t('catalogue.importFrom')}{' '}
          <input
            id="import-from"
            type="date"
            required
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
              changed();
            }}
          />
        </label>
        <label>
          {t('catalogue.importReason')} <input id="import-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" id="preview" disabled={loading || !file}>
          {t('catalogue.preview')}
        </button>{' '}
        <button
          type="button"
          id="apply"
          disabled={loading || applying || !report || !report.dryRun || report.invalid > 0}
          onClick={() => void apply()}
        >
          {t('catalogue.apply')}
        </button>
      </form>
      {applying ? <JobProgress job={job} /> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <p role="status" id="import-summary">
        {report
          ? report.applied
            ? t('catalogue.appliedSummary', report)
            : `${t('catalogue.previewSummary', report)}${report.invalid ? ` ${t('catalogue.cannotApply')}` : ''}`
          : null}
      </p>
      {report ? (
        <div className="scroll" tabIndex={0}>
          <table id="import-report">
            <caption>{t('catalogue.reportCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
                  {t('catalogue.row')}
                </th>
                <th scope="col">{t('catalogue.code')}</th>
                <th scope="col">{t('catalogue.outcome')}</th>
                <th scope="col">{t('catalogue.errorsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.row} data-action={row.action}>
                  <td className="number">{row.row}</td>
                  <td>{row.code}</td>
                  <td className={row.action === 'ERROR' ? 'warning' : undefined}>
                    {t(`catalogue.action.${row.action}`, { defaultValue: row.action })}
                  </td>
                  <td>{row.errors.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
