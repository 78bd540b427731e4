import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../graphql';

const UNITS = graphql(`
  query WebAgencyUnits($id: ID!, $period: String!) {
    agency(id: $id) {
      id
      name
      scoreSummary(period: $period) {
        people
        meanScore
      }
      children {
        id
        name
        scoreSummary(period: $period) {
          people
          scored
          meanScore
          excellent
          good
          completed
          notCompleted
        }
      }
    }
  }
`);

const PEOPLE = graphql(`
  query WebUnitPeople($unitId: ID!, $period: String!) {
    employees(first: 100, filter: { divisionId: $unitId, status: ACTIVE }) {
      nodes {
        id
        fullName
        periodScore(period: $period) {
          id
          score
          level
        }
      }
    }
  }
`);

const fixed = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));

/** Agency → its units → a unit's people, each with the period's stored scores the viewer may see. */
export function DrillDown({ agency, period, onClose }: { agency: { id: string; name: string }; period: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<{ id: string; name: string } | null>(null);
  const { data, error } = useQuery(UNITS, { variables: { id: agency.id, period } });
  return (
    <section id="drill-down" aria-labelledby="drill-title">
      <h2 id="drill-title">{t('dashboard.units', { agency: agency.name })}</h2>
      <button type="button" onClick={onClose}>
        {t('dashboard.close')}
      </button>
      {error ? <p role="alert">{t('failed', { message: error.message })}</p> : null}
      {!data ? null : (
        <div className="scroll" tabIndex={0}>
          <table id="table-units">
            <caption className="muted">{t('dashboard.units', { agency: agency.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.unit')}</th>
                <th scope="col" className="number">
                  {t('dashboard.people')}
                </th>
                <th scope="col" className="number">
                  {t('dashboard.mean')}
                </th>
                <th scope="col">{t('dashboard.level')}</th>
                <th scope="col">
                  <span className="sr-only">{t('dashboard.openPeople')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(data.agency?.children ?? []).map((child) => (
                <tr key={child.id} data-unit={child.id}>
                  <th scope="row">{child.name}</th>
                  <td className="number">{child.scoreSummary.scored}</td>
                  <td className="number">{fixed(child.scoreSummary.meanScore)}</td>
                  <td>
                    {child.scoreSummary.excellent} / {child.scoreSummary.good} / {child.scoreSummary.completed} /{' '}
                    {child.scoreSummary.notCompleted}
                  </td>
                  <td>
                    <button type="button" className="open-people" onClick={() => setUnit({ id: child.id, name: child.name })}>
                      {t('dashboard.openPeople')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unit ? <People unit={unit} period={period} /> : null}
    </section>
  );
}

function People({ unit, period }: { unit: { id: string; name: string }; period: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(PEOPLE, { variables: { unitId: unit.id, period } });
  return (
    <>
      <h3 id="people-title">{t('dashboard.peopleOf', { unit: unit.name })}</h3>
      {error ? <p role="alert">{t('failed', { message: error.message })}</p> : null}
      {!data ? null : (
        <div className="scroll" tabIndex={0}>
          <table id="table-people">
            <caption className="muted">{t('dashboard.peopleOf', { unit: unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.person')}</th>
                <th scope="col" className="number">
                  {t('dashboard.score')}
                </th>
                <th scope="col">{t('dashboard.level')}</th>
              </tr>
            </thead>
            <tbody>
              {data.employees.nodes.map((person) => (
                <tr key={person.id} data-person={person.id}>
                  <th scope="row">{person.fullName}</th>
                  <td className="number">{fixed(person.periodScore?.score)}</td>
                  <td>{person.periodScore ? t(`enum.ClassificationLevel.${person.periodScore.level}`) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
