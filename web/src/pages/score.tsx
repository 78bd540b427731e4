import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, monthEnd, monthOf, monthStart, previousMonth, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { WebMyScoreQuery } from '../graphql/graphql';
import { addTexts } from '../texts';

/** The seven indicators, in the order the regulation lists them. */
const INDICATORS = ['quantity', 'timeliness', 'quality', 'proactivity', 'coordination', 'creativity', 'overdue'] as const;

addTexts('score', {
  vi: {
    title: 'Điểm của tôi',
    month: 'Tháng',
    live: 'Đang mở: điểm tạm tính theo dữ liệu đến hôm nay, thay đổi khi nhật ký được duyệt.',
    frozen: 'Đã khóa sổ: điểm cố định.',
    none: 'Chưa có điểm cho tháng này.',
    score: 'Điểm: {{score}}',
    level: 'Mức xếp loại sẽ là: {{level}}',
    byBand: 'Theo thang điểm: {{level}}',
    gate: 'Bị hạ vì: {{gate}}',
    leader: 'Lãnh đạo: ½ điểm của bản thân ({{own}}) + ½ điểm bình quân của đơn vị ({{unit}})',
    indicators: 'Bảy tiêu chí',
    indicator: 'Tiêu chí',
    value: 'Điểm',
    weight: 'Trọng số',
    meaning: 'Ý nghĩa',
    notMeasured: 'không đo (trọng số chia cho các tiêu chí khác)',
    how: 'Cách tính',
    howText:
      'KPI = Σ trọng số × điểm tiêu chí ÷ Σ trọng số của các tiêu chí có đo. Điểm khối lượng công việc: {{points}} điểm quy đổi trên năng lực {{capacity}} phút của {{days}} ngày làm việc.',
    stretches: 'Các giai đoạn (theo vị trí công tác)',
    stretch:
      'Từ {{from}} đến {{to}}: KPI {{kpi}}, {{points}} điểm quy đổi / {{capacity}} phút, {{days}} ngày; sản phẩm được giao {{assigned}}, hoàn thành {{completed}}',
    entries: 'Các mục nhật ký đã duyệt được tính',
    date: 'Ngày',
    item: 'Công việc',
    quantity: 'Số lượng',
    points: 'Điểm quy đổi',
    history: 'Các tháng trước',
    period: 'Kỳ',
    levelColumn: 'Mức xếp loại',
    noEntries: 'Chưa có mục nào được duyệt trong tháng.',
    products: 'Sản phẩm được giao (Nghị định 335), tính theo đơn vị sản phẩm',
    productsStretch: 'Giai đoạn',
    judgedUnits: 'Đến hạn hoặc đã nộp',
    completedUnits: 'Hoàn thành',
    unitsMeeting: 'Đạt yêu cầu',
    unitsOnTime: 'Đúng hạn',
    quantityPct: 'Số lượng %',
    qualityPct: 'Chất lượng %: tỷ lệ / sau trừ điểm lỗi',
    progressPct: 'Tiến độ %: tỷ lệ / sau trừ điểm chậm',
    sources: 'Nguồn điểm quy đổi',
    source: 'Nguồn',
    diarySource: 'Nhật ký công tác (các mục đã duyệt)',
    imported: 'Trong đó nhập từ phần mềm KPI cũ: {{entries}} mục nhật ký, {{products}} công việc được giao.',
    print: 'In phiếu điểm',
    sheetTitle: 'Phiếu điểm KPI tháng {{month}}',
    person: 'Họ và tên: {{name}} — Mã cán bộ: {{code}}',
    printedOn: 'In ngày {{date}}',
    signSelf: 'Người được đánh giá',
    signHead: 'Thủ trưởng đơn vị',
    signHint: '(Ký, ghi rõ họ tên)',
    meanings: {
      quantity:
        'Khối lượng: điểm quy đổi so với năng lực (thời gian làm việc chuẩn), kết hợp tỷ lệ sản phẩm hoàn thành ÷ được giao (Nghị định 335).',
      timeliness: 'Tiến độ: sản phẩm đúng hạn hoặc sớm ÷ được giao; mỗi lần chậm trừ 25 %.',
      quality: 'Chất lượng: sản phẩm đạt yêu cầu ÷ được giao; mỗi lỗi lớn trừ 25 %.',
      proactivity: 'Chủ động: số ngày tự khai nhật ký ÷ số ngày làm việc, trừ phần khai bù.',
      coordination: 'Phối hợp: việc được phối hợp hoàn thành đúng hạn.',
      creativity: 'Sáng tạo: điểm do lãnh đạo trực tiếp đánh giá (0–100).',
      overdue: 'Không quá hạn: 100 × (1 − tỷ lệ việc chậm, quá hạn).',
    },
    names: {
      quantity: 'Khối lượng',
      timeliness: 'Tiến độ',
      quality: 'Chất lượng',
      proactivity: 'Chủ động',
      coordination: 'Phối hợp',
      creativity: 'Sáng tạo',
      overdue: 'Không quá hạn',
    },
  },
  en: {
    title: 'My score',
    month: 'Month',
    live: 'Open: a live score from the data up to today; it moves as entries are approved.',
    frozen: 'Closed: the score is frozen.',
    none: 'No score for this month yet.',
    score: 'Score: {{score}}',
    level: 'The level it would give: {{level}}',
    byBand: 'By the bands: {{level}}',
    gate: 'Lowered because: {{gate}}',
    leader: 'Leader: ½ own score ({{own}}) + ½ the unit’s mean ({{unit}})',
    indicators: 'The seven indicators',
    indicator: 'Indicator',
    value: 'Value',
    weight: 'Weight',
    meaning: 'What it means',
    notMeasured: 'not measured (its weight shared among the others)',
    how: 'How it was computed',
    howText:
      'KPI = Σ weight × indicator ÷ Σ weights of the indicators measured. Quantity: {{points}} work points against a capacity of {{capacity}} minutes over {{days}} working days.',
    stretches: 'Stretches (by placement)',
    stretch:
      '{{from}} to {{to}}: KPI {{kpi}}, {{points}} work points / {{capacity}} minutes, {{days}} days; products assigned {{assigned}}, completed {{completed}}',
    entries: 'The approved diary entries counted',
    date: 'Date',
    item: 'Work',
    quantity: 'Quantity',
    points: 'Work points',
    history: 'Previous months',
    period: 'Period',
    levelColumn: 'Level',
    noEntries: 'No entry approved in the month yet.',
    products: 'Assigned products (Decree 335), counted in units',
    productsStretch: 'Stretch',
    judgedUnits: 'Due or submitted',
    completedUnits: 'Delivered',
    unitsMeeting: 'Meeting requirements',
    unitsOnTime: 'On time',
    quantityPct: 'Quantity %',
    qualityPct: 'Quality %: plain / after error deductions',
    progressPct: 'Progress %: plain / after delay deductions',
    sources: 'Where the work points come from',
    source: 'Source',
    diarySource: 'The work diary (approved entries)',
    imported: 'Of which brought in from the previous KPI software: {{entries}} diary entries, {{products}} assignments.',
    print: 'Print the score sheet',
    sheetTitle: 'KPI score sheet, {{month}}',
    person: 'Name: {{name}} — staff code: {{code}}',
    printedOn: 'Printed on {{date}}',
    signSelf: 'The person assessed',
    signHead: 'Head of the unit',
    signHint: '(Signature and full name)',
    meanings: {
      quantity: 'Quantity: work points against capacity (standard working time), with products finished ÷ assigned (Decree 335).',
      timeliness: 'Progress: products on time or early ÷ assigned; each delay takes 25 %.',
      quality: 'Quality: products meeting requirements ÷ assigned; each major error takes 25 %.',
      proactivity: 'Proactivity: days declared unprompted ÷ working days, less late declarations.',
      coordination: 'Co-operation: co-operated work finished on time.',
      creativity: 'Creativity: the direct leader’s rating (0–100).',
      overdue: 'Nothing overdue: 100 × (1 − the share of work late or overdue).',
    },
    names: {
      quantity: 'Quantity',
      timeliness: 'Progress',
      quality: 'Quality',
      proactivity: 'Proactivity',
      coordination: 'Co-operation',
      creativity: 'Creativity',
      overdue: 'Nothing overdue',
    },
  },
});

const SCORE = graphql(`
  query WebMyScore(
    $period: String!
    $from: LocalDate!
    $to: LocalDate!
    $p1: String!
    $p2: String!
    $p3: String!
    $p4: String!
    $p5: String!
  ) {
    me {
      id
      fullName
      code
      periodScore(period: $period) {
        ...WebScoreFigures
        ownScore
        unitScore
        isLeadership
        levelByBand
        gate
        frozen
        workPoints
        capacityMinutes
        availableDays
        indicators {
          quantity
          timeliness
          quality
          proactivity
          coordination
          creativity
          overdue
        }
        segments {
          from
          to
          kpi
          workPoints
          capacityMinutes
          availableDays
          weights {
            quantity
            timeliness
            quality
            proactivity
            coordination
            creativity
            overdue
          }
          products {
            assigned
            completed
            judgedUnits
            completedUnits
            unitsMeetingRequirements
            unitsOnTime
            quantityPct
            qualityPct
            progressPct
            plainQualityPct
            plainProgressPct
          }
          imported {
            entries
            products
          }
          workSources {
            provider
            workPoints
            lines {
              code
              label
              quantity
              unit
              workPoints
            }
          }
        }
      }
      diaryEntries(from: $from, to: $to, status: APPROVED) {
        id
        workDate
        quantity
        workPoints
        workItem {
          id
          name
        }
      }
      p1: periodScore(period: $p1) {
        ...WebScoreFigures
      }
      p2: periodScore(period: $p2) {
        ...WebScoreFigures
      }
      p3: periodScore(period: $p3) {
        ...WebScoreFigures
      }
      p4: periodScore(period: $p4) {
        ...WebScoreFigures
      }
      p5: periodScore(period: $p5) {
        ...WebScoreFigures
      }
    }
  }
  fragment WebScoreFigures on PeriodScore {
    id
    periodCode
    score
    level
  }
`);

type Score = NonNullable<NonNullable<WebMyScoreQuery['me']>['periodScore']>;
type Source = Score['segments'][number]['workSources'][number];

/** The work sources of every stretch, summed by provider (and a provider's lines by code). */
function sourcesOf(score: Score): Source[] {
  const byProvider = new Map<string, Source>();
  for (const source of score.segments.flatMap((s) => s.workSources)) {
    const found = byProvider.get(source.provider);
    if (!found) {
      byProvider.set(source.provider, { ...source, lines: source.lines.map((l) => ({ ...l })) });
      continue;
    }
    found.workPoints += source.workPoints;
    for (const line of source.lines) {
      const same = found.lines.find((l) => l.code === line.code);
      if (same) {
        same.quantity += line.quantity;
        same.workPoints += line.workPoints;
      } else found.lines.push({ ...line });
    }
  }
  return [...byProvider.values()];
}
/** The columns of the products' table after the stretch, in order (their headings are texts of the screen). */
const PRODUCT_COLUMNS = [
  'judgedUnits',
  'completedUnits',
  'unitsMeeting',
  'unitsOnTime',
  'quantityPct',
  'qualityPct',
  'progressPct',
] as const;

const figure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));

/** My score: the live month with the seven indicators, what each means, how it was computed, the entries behind it; earlier months. */
export default function MyScore() {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState(monthOf(todayInVietnam()));
  const earlier = [1, 2, 3, 4, 5].reduce<string[]>((list) => [...list, previousMonth(list.at(-1) ?? period)], []);
  const { data, loading, error } = useQuery(SCORE, {
    variables: {
      period,
      from: monthStart(period),
      to: monthEnd(period),
      p1: earlier[0]!,
      p2: earlier[1]!,
      p3: earlier[2]!,
      p4: earlier[3]!,
      p5: earlier[4]!,
    },
  });
  if (!data && loading) return <p>{t('loading')}</p>;
  if (!data && error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const me = data!.me!;
  const score: Score | null = me.periodScore ?? null;
  const segment = score?.segments[0];
  const history = [me.p1, me.p2, me.p3, me.p4, me.p5].filter((s) => s !== null);

  const imported = (score?.segments ?? []).reduce(
    (sum, s) => ({ entries: sum.entries + s.imported.entries, products: sum.products + s.imported.products }),
    { entries: 0, products: 0 },
  );
  const month = `${period.slice(5)}/${period.slice(0, 4)}`;

  return (
    <section aria-labelledby="score-title">
      {/* The printed sheet's head: who, which month, when (the screen's own head is not printed). */}
      <div className="print-only" id="sheet-head">
        <h1>{t('score.sheetTitle', { month })}</h1>
        <p>{t('score.person', { name: me.fullName, code: me.code })}</p>
        <p>{t('score.printedOn', { date: formatDate(todayInVietnam(), i18n.language) })}</p>
      </div>
      <h1 id="score-title" className="no-print">
        {t('score.title')} — {month}
      </h1>
      {score ? (
        <p className="no-print">
          <button type="button" id="score-print" onClick={() => window.print()}>
            {t('score.print')}
          </button>
        </p>
      ) : null}
      {!score ? (
        <p>{t('score.none')}</p>
      ) : (
        <>
          <p className="muted">{score.frozen ? t('score.frozen') : t('score.live')}</p>
          <p id="score-value" className="big">
            {t('score.score', { score: figure(score.score) })}
          </p>
          <p id="score-level">{t('score.level', { level: t(`enum.ClassificationLevel.${score.level}`) })}</p>
          {score.gate ? (
            <p className="warning">
              {t('score.byBand', { level: t(`enum.ClassificationLevel.${score.levelByBand}`) })} ·{' '}
              {t('score.gate', { gate: t(`enum.ClassificationGate.${score.gate}`) })}
            </p>
          ) : null}
          {score.isLeadership ? <p>{t('score.leader', { own: figure(score.ownScore), unit: figure(score.unitScore) })}</p> : null}
          <div className="scroll" tabIndex={0}>
            <table id="indicators">
              <caption>{t('score.indicators')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('score.indicator')}</th>
                  <th scope="col" className="number">
                    {t('score.value')}
                  </th>
                  <th scope="col" className="number">
                    {t('score.weight')}
                  </th>
                  <th scope="col">{t('score.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {INDICATORS.map((key) => {
                  const value = score.indicators[key];
                  return (
                    <tr key={key} data-indicator={key}>
                      <th scope="row">{t(`score.names.${key}`)}</th>
                      <td className="number">{figure(value)}</td>
                      <td className="number">{segment ? `${segment.weights[key]} %` : '—'}</td>
                      <td>
                        {t(`score.meanings.${key}`)}
                        {value === null ? <span className="muted"> — {t('score.notMeasured')}</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h2>{t('score.how')}</h2>
          <p>
            {t('score.howText', {
              points: figure(score.workPoints),
              capacity: Math.round(score.capacityMinutes),
              days: score.availableDays,
            })}
          </p>
          {score.segments.some((s) => s.products.judgedUnits) ? (
            // The law's arithmetic, by hand: units and plain ratios beside the values after deductions.
            <div className="scroll" tabIndex={0}>
              <table id="score-products">
                <caption>{t('score.products')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('score.productsStretch')}</th>
                    {PRODUCT_COLUMNS.map((column) => (
                      <th key={column} scope="col" className="number">
                        {t(`score.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {score.segments.map(({ from, to, products: p }) => (
                    <tr key={from} data-from={from}>
                      <th scope="row">
                        {formatDate(from, i18n.language)} – {formatDate(to, i18n.language)}
                      </th>
                      <td className="number">{figure(p.judgedUnits)}</td>
                      <td className="number">{figure(p.completedUnits)}</td>
                      <td className="number">{figure(p.unitsMeetingRequirements)}</td>
                      <td className="number">{figure(p.unitsOnTime)}</td>
                      <td className="number">{figure(p.quantityPct)}</td>
                      <td className="number">
                        {figure(p.plainQualityPct)} / {figure(p.qualityPct)}
                      </td>
                      <td className="number">
                        {figure(p.plainProgressPct)} / {figure(p.progressPct)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {sourcesOf(score).length > 1 ? (
            <div className="scroll" tabIndex={0}>
              <table id="score-sources">
                <caption>{t('score.sources')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('score.source')}</th>
                    <th scope="col" className="number">
                      {t('score.quantity')}
                    </th>
                    <th scope="col" className="number">
                      {t('score.points')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sourcesOf(score).flatMap((source) => [
                    <tr key={source.provider} data-provider={source.provider}>
                      <th scope="row">{source.provider === 'diary' ? t('score.diarySource') : source.provider}</th>
                      <td />
                      <td className="number">{figure(source.workPoints)}</td>
                    </tr>,
                    ...source.lines.map((line) => (
                      <tr key={`${source.provider}/${line.code}`}>
                        <td>— {line.label}</td>
                        <td className="number">
                          {figure(line.quantity)} {line.unit}
                        </td>
                        <td className="number">{figure(line.workPoints)}</td>
                      </tr>
                    )),
                  ])}
                </tbody>
              </table>
            </div>
          ) : null}
          {imported.entries + imported.products > 0 ? (
            <p id="score-imported" className="muted">
              {t('score.imported', imported)}
            </p>
          ) : null}
          {score.segments.length > 1 ? (
            <>
              <h3>{t('score.stretches')}</h3>
              <ul>
                {score.segments.map((s) => (
                  <li key={s.from}>
                    {t('score.stretch', {
                      from: formatDate(s.from, i18n.language),
                      to: formatDate(s.to, i18n.language),
                      kpi: figure(s.kpi),
                      points: figure(s.workPoints),
                      capacity: Math.round(s.capacityMinutes),
                      days: s.availableDays,
                      assigned: s.products.assigned,
                      completed: s.products.completed,
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <details id="score-entries">
            <summary>
              {t('score.entries')} ({me.diaryEntries.length})
            </summary>
            {me.diaryEntries.length === 0 ? (
              <p>{t('score.noEntries')}</p>
            ) : (
              <div className="scroll" tabIndex={0}>
                <table>
                  <caption className="muted">{t('score.entries')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('score.date')}</th>
                      <th scope="col">{t('score.item')}</th>
                      <th scope="col" className="number">
                        {t('score.quantity')}
                      </th>
                      <th scope="col" className="number">
                        {t('score.points')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {me.diaryEntries.map((entry) => (
                      <tr key={entry.id}>
                        <td>{formatDate(entry.workDate, i18n.language)}</td>
                        <td>{entry.workItem.name}</td>
                        <td className="number">{entry.quantity}</td>
                        <td className="number">{figure(entry.workPoints)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
          <div className="print-only signatures" id="sheet-signatures">
            {(['signSelf', 'signHead'] as const).map((who) => (
              <p key={who}>
                <strong>{t(`score.${who}`)}</strong>
                <br />
                <span className="muted">{t('score.signHint')}</span>
              </p>
            ))}
          </div>
        </>
      )}
      <h2 className="no-print">{t('score.history')}</h2>
      <div className="scroll no-print" tabIndex={0}>
        <table id="score-history">
          <caption className="muted">{t('score.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('score.period')}</th>
              <th scope="col" className="number">
                {t('score.value')}
              </th>
              <th scope="col">{t('score.levelColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((s) => (
              <tr key={s!.periodCode}>
                <th scope="row">
                  <button type="button" onClick={() => setPeriod(s!.periodCode)}>
                    {s!.periodCode}
                  </button>
                </th>
                <td className="number">{figure(s!.score)}</td>
                <td>{t(`enum.ClassificationLevel.${s!.level}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
