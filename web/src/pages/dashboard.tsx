import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../dashboard/chart';
import { DrillDown } from '../dashboard/drill-down';
import '../dashboard/texts';
import { monthOf, previousMonth, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { WebProvinceOverviewQuery } from '../graphql/graphql';

const OVERVIEW = graphql(`
  query WebProvinceOverview($period: String!) {
    provinceOverview(period: $period) {
      period {
        code
        status
        computedAt
      }
      distribution {
        people
        scored
        meanScore
        levels {
          excellent
          good
          completed
          notCompleted
        }
        histogram {
          from
          to
          people
        }
      }
      byAgency {
        key
        headcount
        meanScore
        agency {
          id
          name
        }
      }
      bySector {
        key
        headcount
        meanScore
      }
      byCategory {
        key
        headcount
        meanScore
        category
      }
      trend(months: 6) {
        period
        scored
        meanScore
        notCompletedShare
        declaredHoursPerWorkingDay
      }
      diaryDiscipline {
        agency {
          id
          name
        }
        headcount
        missingDiaryRate
        daysOverStandard
        lateDeclarations
      }
      anomalies(first: 10) {
        kind
        agency {
          id
          name
        }
        employee {
          id
          fullName
        }
        figure
        measure
        message
        rank
        found
      }
      staffingNeeds {
        position {
          id
          title
        }
        agency {
          id
          name
        }
        headcount
        utilisation
        positionsNeeded
        gap
      }
    }
  }
`);

type Overview = NonNullable<WebProvinceOverviewQuery['provinceOverview']>;
const LEVELS = ['excellent', 'good', 'completed', 'notCompleted'] as const;
const LEVEL_CODES = { excellent: 'EXCELLENT', good: 'GOOD', completed: 'COMPLETED', notCompleted: 'NOT_COMPLETED' } as const;
const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`);

/**
 * The province dashboard: a period's stored scores as charts — levels and scores, agencies,
 * sectors, position categories, the trend, diary discipline, anomalies and staffing needs — each
 * with its numbers as a table, and a drill-down agency → unit → person within the viewer's rights.
 */
export default function Dashboard() {
  const { t } = useTranslation();
  const current = monthOf(todayInVietnam());
  const months = useMemo(
    () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].reduce<string[]>((list) => [...list, previousMonth(list.at(-1) ?? current)], []),
    [current],
  );
  // A closed month is the usual question; the month running is one choice away.
  const [period, setPeriod] = useState(months[0]!);
  const { data, loading, error } = useQuery(OVERVIEW, { variables: { period } });

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <label>
        {t('dashboard.period')}{' '}
        <select id="dashboard-period" value={period} onChange={(e) => setPeriod(e.target.value)}>
          {[current, ...months].map((month) => (
            <option key={month} value={month}>
              {month.slice(5)}/{month.slice(0, 4)}
            </option>
          ))}
        </select>
      </label>
      {!data && loading ? (
        <p>{t('loading')}</p>
      ) : !data && error ? (
        <p role="alert">{t('failed', { message: error.message })}</p>
      ) : !data?.provinceOverview ? (
        <p id="dashboard-empty">{t('dashboard.notComputed', { period })}</p>
      ) : (
        <Charts overview={data.provinceOverview} period={period} />
      )}
    </section>
  );
}

function Charts({ overview, period }: { overview: Overview; period: string }) {
  const { t, i18n } = useTranslation();
  const [drill, setDrill] = useState<{ id: string; name: string } | null>(null);
  const d = overview.distribution;
  const levelNames = LEVELS.map((level) => t(`enum.ClassificationLevel.${LEVEL_CODES[level]}`));
  const agencies = [...overview.byAgency].sort((a, b) => (b.meanScore ?? 0) - (a.meanScore ?? 0));
  const sectorName = (key: string | null) => key ?? t('dashboard.noSector');
  const categoryName = (key: string | null) => (key ? t(`enum.PositionCategory.${key}`) : '—');
  const bar = (names: string[], values: (number | null)[], horizontal = false) => ({
    grid: { left: horizontal ? 160 : 40, right: 16, top: 16, bottom: 32, containLabel: false },
    [horizontal ? 'yAxis' : 'xAxis']: { type: 'category', data: names, axisLabel: { width: 150, overflow: 'truncate' } },
    [horizontal ? 'xAxis' : 'yAxis']: { type: 'value' },
    series: [{ type: 'bar', data: values }],
  });
  const head = (...columns: string[]) => (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={column} scope="col" className={i > 0 ? 'number' : undefined}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );

  return (
    <>
      <p id="dashboard-summary">
        {t('dashboard.computed', {
          at: overview.period.computedAt
            ? new Date(overview.period.computedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN')
            : '—',
          status: t(`enum.ScoringPeriodStatus.${overview.period.status}`),
          people: d.people,
          scored: d.scored,
          mean: fixed(d.meanScore),
        })}
      </p>
      <div className="charts">
        <Chart
          id="chart-levels"
          title={t('dashboard.levels')}
          option={{
            series: [
              {
                type: 'pie',
                radius: ['35%', '70%'],
                data: LEVELS.map((level, i) => ({ name: levelNames[i], value: d.levels[level] })),
              },
            ],
          }}
          table={
            <table id="table-levels">
              <caption>{t('dashboard.levels')}</caption>
              {head(t('dashboard.level'), t('dashboard.people'))}
              <tbody>
                {LEVELS.map((level, i) => (
                  <tr key={level} data-level={LEVEL_CODES[level]}>
                    <th scope="row">{levelNames[i]}</th>
                    <td className="number">{d.levels[level]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <Chart
          id="chart-histogram"
          title={t('dashboard.histogram')}
          option={bar(
            d.histogram.map((b) => `${b.from}–${b.to}`),
            d.histogram.map((b) => b.people),
          )}
          table={
            <table>
              <caption>{t('dashboard.histogram')}</caption>
              {head(t('dashboard.range'), t('dashboard.people'))}
              <tbody>
                {d.histogram.map((b) => (
                  <tr key={b.from}>
                    <th scope="row">
                      {b.from}–{b.to}
                    </th>
                    <td className="number">{b.people}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
      <Chart
        id="chart-agencies"
        title={t('dashboard.agencies')}
        open
        onPick={(index) => setDrill({ id: agencies[index]!.agency.id, name: agencies[index]!.agency.name })}
        option={{
          ...bar(
            agencies.map((a) => a.agency.name),
            agencies.map((a) => (a.meanScore === null ? null : Number(a.meanScore.toFixed(1)))),
            true,
          ),
          grid: { left: 220, right: 16, top: 8, bottom: 24 },
        }}
        table={
          <table id="table-agencies">
            <caption>{t('dashboard.agencies')}</caption>
            {head(t('dashboard.agency'), t('dashboard.headcount'), t('dashboard.mean'), '')}
            <tbody>
              {agencies.map((a) => (
                <tr key={a.agency.id} data-agency={a.agency.id}>
                  <th scope="row">{a.agency.name}</th>
                  <td className="number">{a.headcount}</td>
                  <td className="number">{fixed(a.meanScore)}</td>
                  <td>
                    <button type="button" className="drill" onClick={() => setDrill({ id: a.agency.id, name: a.agency.name })}>
                      {t('dashboard.drill')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {drill ? <DrillDown agency={drill} period={period} onClose={() => setDrill(null)} /> : null}
      <div className="charts">
        <Chart
          id="chart-sectors"
          title={t('dashboard.sectors')}
          option={bar(
            overview.bySector.map((s) => sectorName(s.key)),
            overview.bySector.map((s) => (s.meanScore === null ? null : Number(s.meanScore.toFixed(1)))),
          )}
          table={
            <table>
              <caption>{t('dashboard.sectors')}</caption>
              {head(t('dashboard.sector'), t('dashboard.headcount'), t('dashboard.mean'))}
              <tbody>
                {overview.bySector.map((s) => (
                  <tr key={s.key ?? 'none'}>
                    <th scope="row">{sectorName(s.key)}</th>
                    <td className="number">{s.headcount}</td>
                    <td className="number">{fixed(s.meanScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <Chart
          id="chart-categories"
          title={t('dashboard.categories')}
          option={bar(
            overview.byCategory.map((c) => categoryName(c.key)),
            overview.byCategory.map((c) => (c.meanScore === null ? null : Number(c.meanScore.toFixed(1)))),
          )}
          table={
            <table>
              <caption>{t('dashboard.categories')}</caption>
              {head(t('dashboard.category'), t('dashboard.headcount'), t('dashboard.mean'))}
              <tbody>
                {overview.byCategory.map((c) => (
                  <tr key={c.key ?? 'none'}>
                    <th scope="row">{categoryName(c.key)}</th>
                    <td className="number">{c.headcount}</td>
                    <td className="number">{fixed(c.meanScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <Chart
          id="chart-trend"
          title={t('dashboard.trend')}
          option={{
            grid: { left: 40, right: 16, top: 32, bottom: 32 },
            legend: { data: [t('dashboard.mean')] },
            xAxis: { type: 'category', data: overview.trend.map((p) => p.period) },
            yAxis: { type: 'value' },
            series: [
              {
                type: 'line',
                name: t('dashboard.mean'),
                data: overview.trend.map((p) => (p.meanScore === null ? null : Number(p.meanScore.toFixed(1)))),
              },
            ],
          }}
          table={
            <table>
              <caption>{t('dashboard.trend')}</caption>
              {head(
                t('dashboard.period'),
                t('dashboard.people'),
                t('dashboard.mean'),
                t('dashboard.notCompletedShare'),
                t('dashboard.hours'),
              )}
              <tbody>
                {overview.trend.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td className="number">{p.scored}</td>
                    <td className="number">{fixed(p.meanScore)}</td>
                    <td className="number">{percent(p.notCompletedShare)}</td>
                    <td className="number">{fixed(p.declaredHoursPerWorkingDay, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <Chart
          id="chart-discipline"
          title={t('dashboard.discipline')}
          option={bar(
            overview.diaryDiscipline.slice(0, 15).map((a) => a.agency.name),
            overview.diaryDiscipline
              .slice(0, 15)
              .map((a) => (a.missingDiaryRate === null ? null : Number((a.missingDiaryRate * 100).toFixed(1)))),
            true,
          )}
          table={
            <table>
              <caption>{t('dashboard.discipline')}</caption>
              {head(t('dashboard.agency'), t('dashboard.missingRate'), t('dashboard.overStandard'), t('dashboard.late'))}
              <tbody>
                {overview.diaryDiscipline.map((a) => (
                  <tr key={a.agency.id}>
                    <th scope="row">{a.agency.name}</th>
                    <td className="number">{percent(a.missingDiaryRate)}</td>
                    <td className="number">{a.daysOverStandard}</td>
                    <td className="number">{a.lateDeclarations}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
      <h2>{t('dashboard.anomalies')}</h2>
      {overview.anomalies.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <div className="scroll" tabIndex={0}>
          <table id="table-anomalies">
            <caption className="muted">{t('dashboard.anomalies')}</caption>
            {head(t('dashboard.kind'), t('dashboard.who'), t('dashboard.figure'), t('dashboard.message'))}
            <tbody>
              {overview.anomalies.map((a) => (
                <tr key={`${a.kind}-${a.rank}`}>
                  <th scope="row">
                    {t(`enum.ScoringAnomalyKind.${a.kind}`)}
                    <br />
                    <span className="muted">{t('dashboard.found', { count: a.found })}</span>
                  </th>
                  <td>{a.employee?.fullName ?? a.agency?.name ?? '—'}</td>
                  <td className="number">
                    {fixed(a.figure, 2)} {a.measure}
                  </td>
                  <td>{a.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('dashboard.staffing')}</h2>
      <div className="scroll" tabIndex={0}>
        <table id="table-staffing">
          <caption className="muted">{t('dashboard.staffing')}</caption>
          {head(t('dashboard.position'), t('dashboard.headcount'), t('dashboard.utilisation'), t('dashboard.needed'), t('dashboard.gap'))}
          <tbody>
            {overview.staffingNeeds.slice(0, 20).map((need) => (
              <tr key={`${need.agency.id}-${need.position.id}`}>
                <th scope="row">
                  {need.position.title}
                  <br />
                  <span className="muted">{need.agency.name}</span>
                </th>
                <td className="number">{need.headcount}</td>
                <td className="number">{percent(need.utilisation)}</td>
                <td className="number">{fixed(need.positionsNeeded)}</td>
                <td className="number">{fixed(need.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
