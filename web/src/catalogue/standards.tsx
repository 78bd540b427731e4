import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../problem';
import { todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { PositionCategory } from '../graphql/graphql';
import { CATEGORIES, WEIGHTS } from './texts';

const STANDARDS = graphql(`
  query WebSectorStandards($on: LocalDate!) {
    sectors {
      id
      code
      name
      ownerAgencyId
      kpiStandards(on: $on) {
        id
        positionCategory
        effectiveFrom
        expectedMinutesPerMonth
        weights {
          quantity
          timeliness
          quality
          proactivity
          coordination
          creativity
          overdue
        }
      }
    }
  }
`);

const SET = graphql(`
  mutation WebSetSectorKpiStandard($input: SetSectorKpiStandardInput!) {
    setSectorKpiStandard(input: $input) {
      id
    }
  }
`);

type Weights = Record<(typeof WEIGHTS)[number], number>;

/** The KPI standards of the sectors the agency owns (a department), and a new standard from a date. */
export function SectorStandards({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const { data, error, refetch } = useQuery(STANDARDS, { variables: { on: today } });
  const owned = (data?.sectors ?? []).filter((s) => s.ownerAgencyId === agencyId);
  const [sectorId, setSectorId] = useState('');
  const sector = owned.find((s) => s.id === sectorId) ?? owned[0];
  const [category, setCategory] = useState<PositionCategory>('PROFESSIONAL');
  const [from, setFrom] = useState(today);
  const [expected, setExpected] = useState('8800');
  const [weights, setWeights] = useState<Weights>({
    quantity: 30,
    timeliness: 20,
    quality: 20,
    proactivity: 10,
    coordination: 10,
    creativity: 5,
    overdue: 5,
  });
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET);
  const sum = WEIGHTS.reduce((total, key) => total + weights[key], 0);

  if (error) return <p role="alert">{problemText(error)}</p>;
  return (
    <section aria-labelledby="standards-title">
      <h2 id="standards-title">{t('catalogue.standardsTitle')}</h2>
      {data && !sector ? <p>{t('catalogue.noSectors')}</p> : null}
      {sector ? (
        <>
          <label>
            {t('catalogue.sector')}{' '}
            <select id="standard-sector" value={sector.id} onChange={(e) => setSectorId(e.target.value)}>
              {owned.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.code})
                </option>
              ))}
            </select>
          </label>
          <div className="scroll" tabIndex={0}>
            <table id="standards">
              <caption>{t('catalogue.standardsCaption', { sector: sector.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.category')}</th>
                  <th scope="col">{t('catalogue.from')}</th>
                  <th scope="col" className="number">
                    {t('catalogue.expected')}
                  </th>
                  {WEIGHTS.map((key) => (
                    <th scope="col" className="number" key={key}>
                      {t(`catalogue.weight.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sector.kpiStandards.map((s) => (
                  <tr key={s.id}>
                    <td>{t(`enum.PositionCategory.${s.positionCategory}`)}</td>
                    <td>{s.effectiveFrom}</td>
                    <td className="number">{s.expectedMinutesPerMonth}</td>
                    {WEIGHTS.map((key) => (
                      <td className="number" key={key}>
                        {s.weights[key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form
            id="standard"
            aria-labelledby="standard-title"
            onSubmit={(event) => {
              event.preventDefault();
              setProblem(null);
              setStatus(null);
              save({
                variables: {
                  input: {
                    sectorId: sector.id,
                    positionCategory: category,
                    effectiveFrom: from,
                    expectedMinutesPerMonth: Number(expected),
                    weights,
                    reason: reason.trim() || null,
                  },
                },
              })
                .then(async () => {
                  await refetch();
                  setStatus(t('catalogue.standardSaved'));
                })
                .catch((failure: unknown) => setProblem(problemText(failure)));
            }}
          >
            <h3 id="standard-title">{t('catalogue.newStandard')}</h3>
            <label>
              {t('catalogue.category')}{' '}
              <select id="standard-category" value={category} onChange={(e) => setCategory(e.target.value as PositionCategory)}>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`enum.PositionCategory.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('catalogue.from')} <input id="standard-from" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label>
              {t('catalogue.expected')}{' '}
              <input id="standard-expected" type="number" min={1} required value={expected} onChange={(e) => setExpected(e.target.value)} />
            </label>
            <fieldset>
              <legend>{t('catalogue.weightsSum', { sum })}</legend>
              {WEIGHTS.map((key) => (
                <label key={key}>
                  {t(`catalogue.weight.${key}`)}{' '}
                  <input
                    id={`weight-${key}`}
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    required
                    value={weights[key]}
                    onChange={(e) => setWeights((w) => ({ ...w, [key]: Number(e.target.value) }))}
                  />
                </label>
              ))}
            </fieldset>
            <label>
              {t('catalogue.reason')} <input id="standard-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="submit" id="save-standard" disabled={loading || sum !== 100}>
              {t('catalogue.saveStandard')}
            </button>
            <p role="status">{status}</p>
            {problem ? <p role="alert">{problem}</p> : null}
          </form>
        </>
      ) : null}
    </section>
  );
}
