import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveExportedFile } from '../admin/download';
import { problemText } from '../problem';
import { graphql } from '../graphql';
import type { HandbookFormat } from '../graphql/graphql';

const EXPORT = graphql(`
  query WebExportCatalogue($ownerAgencyId: ID) {
    exportCatalogue(ownerAgencyId: $ownerAgencyId, format: XLSX) {
      filename
      contentType
      encoding
      content
      rows
    }
  }
`);

const HANDBOOK = graphql(`
  query WebKpiHandbook($agencyId: ID!, $format: HandbookFormat!) {
    kpiHandbook(agencyId: $agencyId, format: $format) {
      filename
      contentType
      encoding
      content
      rows
    }
  }
`);

/** The agency's own list as a sheet (that imports back unchanged) and its KPI handbook: files the graph builds. */
export function CatalogueFiles({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [format, setFormat] = useState<HandbookFormat>('HTML');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function download(
    fetch: () => Promise<{ filename: string; contentType: string; encoding: string; content: string; rows: number }>,
  ) {
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      const file = await fetch();
      saveExportedFile(file);
      setStatus(t('catalogue.downloadedFile', { name: file.filename, rows: file.rows }));
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">{t('catalogue.filesTitle')}</h2>
      <p>
        <button
          type="button"
          id="export"
          disabled={busy}
          onClick={() =>
            void download(
              async () =>
                (await client.query({ query: EXPORT, variables: { ownerAgencyId: agencyId }, fetchPolicy: 'no-cache' })).data!
                  .exportCatalogue,
            )
          }
        >
          {t('catalogue.exportSheet')}
        </button>
      </p>
      <label>
        {t('catalogue.handbookFormat')}{' '}
        <select id="handbook-format" value={format} onChange={(e) => setFormat(e.target.value as HandbookFormat)}>
          <option value="HTML">HTML</option>
          <option value="XLSX">XLSX</option>
          <option value="MARKDOWN">Markdown</option>
        </select>
      </label>
      <button
        type="button"
        id="handbook"
        disabled={busy}
        onClick={() =>
          void download(
            async () =>
              (await client.query({ query: HANDBOOK, variables: { agencyId, format }, fetchPolicy: 'no-cache' })).data!.kpiHandbook,
          )
        }
      >
        {t('catalogue.handbook')}
      </button>
      <p role="status" id="files-status">
        {status}
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
