import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../problem';
import { addDays, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { WebWorkItemsQuery, WorkItemGroup } from '../graphql/graphql';

const ITEMS = graphql(`
  query WebWorkItems($first: Int!, $after: String, $filter: WorkItemFilter) {
    workItems(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        group
        status
        unit
        standardMinutes
        coefficient
        ownerAgencyId
        sector {
          id
          code
        }
        current {
          criteria
        }
        pendingVersion {
          id
        }
      }
    }
  }
`);

const REVISE = graphql(`
  mutation WebReviseWorkItem($id: ID!, $input: ReviseWorkItemInput!) {
    reviseWorkItem(id: $id, input: $input) {
      id
      pendingVersion {
        id
      }
    }
  }
`);

type Item = WebWorkItemsQuery['workItems']['nodes'][number];
const PAGE = 50;

/** Browse the catalogue (filtered, a page at a time) and revise an item from a date. */
export function WorkItems(props: { agencyId: string; sectors: { id: string; code: string; name: string }[] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [sectorId, setSectorId] = useState('');
  const [group, setGroup] = useState<WorkItemGroup | ''>('');
  const [ownOnly, setOwnOnly] = useState(false);
  const [editing, setEditing] = useState<Item | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const filter = {
    search: search.trim() || undefined,
    sectorId: sectorId || undefined,
    group: ownOnly ? ('C' as const) : group || undefined,
    ownerAgencyId: ownOnly ? props.agencyId : undefined,
  };
  const { data, loading, error, fetchMore, refetch } = useQuery(ITEMS, { variables: { first: PAGE, filter } });
  const page = data?.workItems;

  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title">{t('catalogue.itemsTitle')}</h2>
      <form id="item-filter" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('catalogue.search')} <input id="item-search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          {t('catalogue.sector')}{' '}
          <select id="item-sector" value={sectorId} onChange={(e) => setSectorId(e.target.value)}>
            <option value="">{t('catalogue.all')}</option>
            {props.sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('catalogue.group')}{' '}
          <select id="item-group" value={group} disabled={ownOnly} onChange={(e) => setGroup(e.target.value as WorkItemGroup | '')}>
            <option value="">{t('catalogue.all')}</option>
            {['A', 'B', 'C', 'D'].map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input id="own-only" type="checkbox" checked={ownOnly} onChange={(e) => setOwnOnly(e.target.checked)} /> {t('catalogue.ownOnly')}
        </label>
      </form>
      {error ? <p role="alert">{problemText(error)}</p> : null}
      {loading && !page ? <p>{t('loading')}</p> : null}
      <p role="status">{status}</p>
      {page ? (
        <div className="scroll" tabIndex={0}>
          <table id="items">
            <caption>{t('catalogue.caption', { shown: page.nodes.length, total: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.code')}</th>
                <th scope="col">{t('catalogue.name')}</th>
                <th scope="col">{t('catalogue.sector')}</th>
                <th scope="col">{t('catalogue.group')}</th>
                <th scope="col">{t('catalogue.col.unit')}</th>
                <th scope="col" className="number">
                  {t('catalogue.standardMinutes')}
                </th>
                <th scope="col" className="number">
                  {t('catalogue.coefficient')}
                </th>
                <th scope="col">{t('catalogue.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((item) => (
                <tr key={item.id} id={`item-${item.code}`}>
                  <td>{item.code}</td>
                  <td>
                    {item.name} {item.status === 'RETIRED' ? <span className="badge">{t('catalogue.retired')}</span> : null}
                    {item.pendingVersion ? <span className="badge warning">{t('catalogue.pending')}</span> : null}
                  </td>
                  <td>{item.sector.code}</td>
                  <td>{item.group}</td>
                  <td>{item.unit}</td>
                  <td className="number minutes">{item.standardMinutes}</td>
                  <td className="number">{item.coefficient}</td>
                  <td>
                    {item.status === 'ACTIVE' ? (
                      <button
                        type="button"
                        id={`revise-${item.code}`}
                        aria-label={t('catalogue.reviseFor', { action: t('catalogue.revise'), code: item.code })}
                        onClick={() => setEditing(item)}
                      >
                        {t('catalogue.revise')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page?.pageInfo.hasNextPage ? (
        <button
          type="button"
          id="more-items"
          onClick={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                workItems: { ...fetchMoreResult.workItems, nodes: [...previous.workItems.nodes, ...fetchMoreResult.workItems.nodes] },
              }),
            })
          }
        >
          {t('catalogue.more')}
        </button>
      ) : null}
      {editing ? (
        <ReviseForm
          key={editing.id}
          item={editing}
          onCancel={() => setEditing(null)}
          onDone={async (message) => {
            setEditing(null);
            setStatus(message);
            await refetch();
          }}
        />
      ) : null}
    </section>
  );
}

function ReviseForm(props: { item: Item; onDone: (message: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const { item } = props;
  const [from, setFrom] = useState(addDays(todayInVietnam(), 1));
  const [name, setName] = useState(item.name);
  const [minutes, setMinutes] = useState(String(item.standardMinutes));
  const [coefficient, setCoefficient] = useState(String(item.coefficient));
  const [criteria, setCriteria] = useState(item.current.criteria ?? '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [revise, { loading }] = useMutation(REVISE);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      id="revise"
      aria-labelledby="revise-title"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        revise({
          variables: {
            id: item.id,
            input: {
              effectiveFrom: from,
              name: name.trim(),
              standardMinutes: Number(minutes),
              coefficient: Number(coefficient),
              criteria: criteria.trim() || null,
              reason: reason.trim() || null,
            },
          },
        })
          .then(({ data }) =>
            props.onDone(
              data?.reviseWorkItem.pendingVersion
                ? t('catalogue.revisedPending', { code: item.code })
                : t('catalogue.revised', { code: item.code }),
            ),
          )
          .catch((failure: unknown) => setProblem(problemText(failure)));
      }}
    >
      <h3 id="revise-title">{t('catalogue.reviseTitle', { code: item.code })}</h3>
      <label>
        {t('catalogue.effectiveFrom')}{' '}
        <input ref={first} id="revise-from" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t('catalogue.name')} <input id="revise-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('catalogue.standardMinutes')}{' '}
        <input id="revise-minutes" type="number" min={1} step="any" required value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <label>
        {t('catalogue.coefficient')}{' '}
        <input
          id="revise-coefficient"
          type="number"
          min={0.1}
          step="any"
          required
          value={coefficient}
          onChange={(e) => setCoefficient(e.target.value)}
        />
      </label>
      <label>
        {t('catalogue.criteria')} <input id="revise-criteria" value={criteria} onChange={(e) => setCriteria(e.target.value)} />
      </label>
      <label>
        {t('catalogue.reason')} <input id="revise-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" id="save-version" disabled={loading}>
        {t('catalogue.saveVersion')}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        {t('catalogue.cancel')}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </form>
  );
}
