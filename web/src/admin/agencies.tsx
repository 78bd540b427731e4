import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../graphql';
import { addTexts } from '../texts';

addTexts('admin', {
  vi: { agency: 'Cơ quan, đơn vị', year: 'Năm', noAgency: 'Bạn chưa được giao quản trị cơ quan nào.' },
  en: { agency: 'Agency', year: 'Year', noAgency: 'You administer no agency.' },
});

const AGENCIES = graphql(`
  query WebAdminAgencies {
    me {
      id
      agencyId
      access {
        roles
        agencyIds
      }
    }
    orgTree {
      id
      code
      name
      children {
        id
        code
        name
      }
    }
  }
`);

export interface AdminAgency {
  id: string;
  code: string;
  name: string;
}

/**
 * The agencies an admin acts on: those of their grants (`me.access.agencyIds`); a province admin
 * may act on every agency and locality of the province (the org tree's first level).
 */
export function useAdminAgencies() {
  const { data, loading, error } = useQuery(AGENCIES);
  const access = data?.me?.access;
  const firstLevel = (data?.orgTree ?? []).flatMap((root) => root.children);
  const agencies: AdminAgency[] = access?.roles.includes('PROVINCE_ADMIN')
    ? firstLevel
    : firstLevel.filter((a) => access?.agencyIds.includes(a.id));
  return { agencies, home: data?.me?.agencyId, province: !!access?.roles.includes('PROVINCE_ADMIN'), loading, error };
}

/** A labelled agency picker. */
export function AgencySelect(props: { agencies: AdminAgency[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('admin.agency')}{' '}
      <select id="agency" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.code})
          </option>
        ))}
      </select>
    </label>
  );
}
