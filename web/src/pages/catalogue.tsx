import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencySelect, useAdminAgencies } from '../admin/agencies';
import { CatalogueFiles } from '../catalogue/files';
import { CatalogueImport } from '../catalogue/importer';
import { WorkItems } from '../catalogue/items';
import { SectorStandards } from '../catalogue/standards';
import '../catalogue/texts';
import { graphql } from '../graphql';

const SECTORS = graphql(`
  query WebCatalogueSectors {
    sectors {
      id
      code
      name
    }
  }
`);

/**
 * The catalogue keepers' screen: browse and revise the work items, the sector KPI standards the
 * agency owns, a spreadsheet import previewed by a dry run before anything is written, and the
 * files the graph builds (the agency's own list, its KPI handbook).
 */
export default function Catalogue() {
  const { t } = useTranslation();
  const { agencies, home, loading, error } = useAdminAgencies();
  const [agencyId, setAgencyId] = useState('');
  const agency = agencies.find((a) => a.id === agencyId);
  const { data } = useQuery(SECTORS);
  useEffect(() => {
    if (!agency && agencies.length) setAgencyId((agencies.find((a) => a.id === home) ?? agencies[0]!).id);
  }, [agencies, agency, home]);

  if (loading) return <p>{t('loading')}</p>;
  if (error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  if (!agencies.length) return <p>{t('admin.noAgency')}</p>;
  if (!agency) return <p>{t('loading')}</p>;
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <AgencySelect agencies={agencies} value={agencyId} onChange={setAgencyId} />
      <WorkItems agencyId={agency.id} sectors={data?.sectors ?? []} />
      <CatalogueImport agencyId={agency.id} />
      <CatalogueFiles agencyId={agency.id} />
      <SectorStandards agencyId={agency.id} />
    </section>
  );
}
