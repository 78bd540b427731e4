import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadWorkbook, type SheetRow } from '../assessment/spreadsheet';
import { todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import { followJob, JobProgress, scoringJobs, type JobView } from '../jobs';
import { problemText } from '../problem';
import { addTexts } from '../texts';
import type { WebAnnualAssessmentsQuery } from '../graphql/graphql';

addTexts('assessment', {
  vi: {
    title: 'Đánh giá, xếp loại cuối năm',
    agency: 'Cơ quan, đơn vị',
    year: 'Năm',
    prepare: 'Lập danh sách từ điểm các tháng',
    refresh: 'Tính lại từ điểm các tháng',
    empty: 'Chưa lập danh sách đánh giá năm {{year}}. Bấm “Lập danh sách” để lấy điểm KPI của các tháng đã lưu.',
    explain:
      'Điểm KPI là bình quân các tháng, quy ra {{staff}} điểm (lãnh đạo {{leaders}}). Tiêu chí chung do cơ quan chấm: tối đa 30 điểm (lãnh đạo 50). Xuất sắc không quá 20 % số người hoàn thành tốt trở lên trong từng nhóm vị trí và toàn cơ quan; người bằng điểm ở ngưỡng do cơ quan chọn khi xác nhận.',
    counts:
      'Xuất sắc {{excellent}} · Tốt {{good}} · Hoàn thành {{completed}} · Không hoàn thành {{notCompleted}} · {{capped}} người hạ từ xuất sắc do giới hạn 20 % · {{tied}} người bằng điểm ở ngưỡng',
    rank: 'Hạng',
    person: 'Họ tên',
    months: 'Số tháng',
    kpi: 'KPI bình quân',
    kpiPoints: 'Điểm KPI quy đổi',
    criteria: 'Tiêu chí chung',
    criteriaOf: 'Tiêu chí chung của {{name}} (tối đa {{max}})',
    disciplined: 'Bị kỷ luật',
    disciplinedOf: '{{name}} bị kỷ luật trong năm',
    total: 'Tổng điểm',
    level: 'Xếp loại',
    choose: 'Chọn xuất sắc',
    chooseOf: 'Chọn {{name}} là xuất sắc (bằng điểm ở ngưỡng)',
    capped: 'hạ do giới hạn 20 %',
    tied: 'bằng điểm ở ngưỡng',
    save: 'Lưu tiêu chí chung',
    saved: 'Đã lưu tiêu chí chung của {{count}} người.',
    confirm: 'Xác nhận kết quả',
    confirmed: 'Đã xác nhận kết quả đánh giá năm {{year}}.',
    isConfirmed: 'Kết quả đã được xác nhận: không thể sửa.',
    download: 'Tải bảng tính (Excel)',
    fileName: 'danh-gia-nam-{{year}}-{{agency}}.xlsx',
    print: 'In danh sách để ký',
    sheet: {
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      title: 'DANH SÁCH TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM {{year}}',
      placeAndDate: '…………, ngày …… tháng …… năm ……',
      draft: 'DỰ THẢO — chưa xác nhận, không dùng để ký',
      disciplinedYes: 'Có',
      preparer: 'NGƯỜI LẬP BIỂU',
      head: 'THỦ TRƯỞNG CƠ QUAN',
      signHint: '(Ký, ghi rõ họ tên)',
      sealHint: '(Ký, ghi rõ họ tên, đóng dấu)',
    },
    columns: {
      rank: 'Hạng',
      code: 'Mã cán bộ',
      name: 'Họ và tên',
      category: 'Nhóm vị trí',
      months: 'Số tháng có điểm',
      kpiScore: 'KPI bình quân',
      kpiPoints: 'Điểm KPI quy đổi',
      otherCriteria: 'Tiêu chí chung',
      total: 'Tổng điểm',
      level: 'Xếp loại',
      note: 'Ghi chú',
      status: 'Trạng thái',
    },
  },
  en: {
    title: 'Annual assessment',
    agency: 'Agency',
    year: 'Year',
    prepare: 'Prepare from the monthly scores',
    refresh: 'Refresh from the monthly scores',
    empty: 'No assessment for {{year}} yet. “Prepare” takes the stored monthly KPI scores.',
    explain:
      'The KPI score is the mean of the months, converted to {{staff}} points ({{leaders}} for leaders). The general criteria are the agency’s: up to 30 points (50 for leaders). Excellent is capped at 20 % of those rated good or better in each position group and in the agency; the agency chooses among those tied at the edge when it confirms.',
    counts:
      'Excellent {{excellent}} · Good {{good}} · Completed {{completed}} · Not completed {{notCompleted}} · {{capped}} lowered by the 20 % cap · {{tied}} tied at the cap',
    rank: 'Rank',
    person: 'Name',
    months: 'Months',
    kpi: 'Mean KPI',
    kpiPoints: 'KPI points',
    criteria: 'General criteria',
    criteriaOf: 'General criteria of {{name}} (at most {{max}})',
    disciplined: 'Disciplined',
    disciplinedOf: '{{name}} was disciplined this year',
    total: 'Total',
    level: 'Level',
    choose: 'Choose excellent',
    chooseOf: 'Choose {{name}} as excellent (tied at the cap)',
    capped: 'lowered by the 20 % cap',
    tied: 'tied at the cap',
    save: 'Save the general criteria',
    saved: 'General criteria saved for {{count}} people.',
    confirm: 'Confirm the result',
    confirmed: 'The assessment of {{year}} is confirmed.',
    isConfirmed: 'Confirmed: it can no longer change.',
    download: 'Download the spreadsheet (Excel)',
    fileName: 'annual-assessment-{{year}}-{{agency}}.xlsx',
    print: 'Print the list for signing',
    sheet: {
      nation: 'SOCIALIST REPUBLIC OF VIETNAM',
      motto: 'Independence - Freedom - Happiness',
      title: 'SUMMARY OF THE ANNUAL QUALITY ASSESSMENT OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES, {{year}}',
      placeAndDate: '…………, day …… month …… year ……',
      draft: 'DRAFT — not confirmed, not for signing',
      disciplinedYes: 'Yes',
      preparer: 'PREPARED BY',
      head: 'HEAD OF THE AGENCY',
      signHint: '(Signature and full name)',
      sealHint: '(Signature, full name and seal)',
    },
    columns: {
      rank: 'Rank',
      code: 'Employee code',
      name: 'Name',
      category: 'Position group',
      months: 'Months scored',
      kpiScore: 'Mean KPI',
      kpiPoints: 'KPI points',
      otherCriteria: 'General criteria',
      total: 'Total',
      level: 'Level',
      note: 'Note',
      status: 'Status',
    },
  },
});

const AGENCIES = graphql(`
  query WebAssessmentAgencies {
    me {
      id
      agency {
        id
        name
        code
      }
      access {
        roles
        agencyIds
      }
    }
  }
`);

const ASSESSMENTS = graphql(`
  query WebAnnualAssessments($agencyId: ID!, $year: Int!) {
    agency(id: $agencyId) {
      id
      name
      code
      parent {
        id
        name
      }
    }
    annualAssessments(agencyId: $agencyId, year: $year) {
      ...WebAssessmentRow
    }
  }
  fragment WebAssessmentRow on AnnualAssessment {
    id
    rank
    months
    isLeadership
    positionCategory
    kpiScore
    kpiShare
    kpiPoints
    otherCriteria
    disciplined
    total
    level
    capped
    tiedAtCap
    status
    employee {
      id
      code
      fullName
    }
  }
`);

const PREPARE = graphql(`
  mutation WebStartAnnualAssessmentJob($agencyId: ID!, $year: Int!) {
    startAnnualAssessmentJob(agencyId: $agencyId, year: $year) {
      ...WebJob
    }
  }
`);
const CRITERIA = graphql(`
  mutation WebScoreOtherCriteria($employeeId: ID!, $year: Int!, $input: OtherCriteriaInput!) {
    scoreOtherCriteria(employeeId: $employeeId, year: $year, input: $input) {
      id
    }
  }
`);
const CONFIRM = graphql(`
  mutation WebConfirmAnnualAssessment($agencyId: ID!, $year: Int!, $excellentIds: [ID!]) {
    confirmAnnualAssessment(agencyId: $agencyId, year: $year, excellentIds: $excellentIds) {
      id
      status
    }
  }
`);

/** The annual assessment of an agency: prepare, enter the general criteria, see the cap and ties, confirm, download. */
export default function Assessment() {
  const { t } = useTranslation();
  const today = todayInVietnam();
  // Early in a year the question is the year just ended.
  const [year, setYear] = useState(Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) <= 3 ? 1 : 0));
  const { data: mine } = useQuery(AGENCIES);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const chosen = agencyId ?? mine?.me?.access?.agencyIds[0] ?? mine?.me?.agency.id ?? null;
  const { data, loading, error, refetch } = useQuery(ASSESSMENTS, { variables: { agencyId: chosen!, year }, skip: !chosen });
  const client = useApolloClient();
  const [startPreparing, { loading: preparing }] = useMutation(PREPARE);
  const [job, setJob] = useState<JobView | null>(null);
  /** Preparing runs as a job on the server: its progress is shown until it ends. */
  async function prepare() {
    const started = (await startPreparing({ variables: { agencyId: chosen!, year } })).data!.startAnnualAssessmentJob;
    setJob(started);
    await followJob(scoringJobs(client), started.id, setJob);
  }
  const [score] = useMutation(CRITERIA);
  const [confirm, { loading: confirming }] = useMutation(CONFIRM);
  const [edits, setEdits] = useState<Map<string, { points?: number; disciplined?: boolean }>>(new Map());
  const [excellent, setExcellent] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(run: () => Promise<unknown>, done: string) {
    setProblem(null);
    setStatus(null);
    setBusy(true);
    try {
      await run();
      setStatus(done);
      await refetch();
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  const rows = data?.annualAssessments ?? [];
  const confirmed = rows.length > 0 && rows.every((r) => r.status === 'CONFIRMED');
  const count = (level: string) => rows.filter((r) => r.level === level).length;
  const edit = (id: string, change: { points?: number; disciplined?: boolean }) =>
    setEdits((before) => new Map(before).set(id, { ...before.get(id), ...change }));

  async function saveCriteria() {
    const changed = rows.filter((r) => edits.has(r.employee.id));
    for (const row of changed) {
      const change = edits.get(row.employee.id)!;
      await score({
        variables: {
          employeeId: row.employee.id,
          year,
          input: { points: change.points ?? row.otherCriteria ?? 0, disciplined: change.disciplined ?? row.disciplined },
        },
      });
    }
    setEdits(new Map());
    return changed.length;
  }

  async function download() {
    const headers = Object.fromEntries(
      (
        [
          'rank',
          'code',
          'name',
          'category',
          'months',
          'kpiScore',
          'kpiPoints',
          'otherCriteria',
          'total',
          'level',
          'note',
          'status',
        ] as const
      ).map((k) => [k, t(`assessment.columns.${k}`)]),
    ) as Record<keyof SheetRow, string>;
    await downloadWorkbook(
      t('assessment.fileName', { year, agency: data!.agency?.code ?? '' }),
      `${t('assessment.title')} ${year}`,
      headers,
      rows.map((r) => ({
        rank: r.rank,
        code: r.employee.code,
        name: r.employee.fullName,
        category: r.positionCategory ? t(`enum.PositionCategory.${r.positionCategory}`) : '',
        months: r.months,
        kpiScore: r.kpiScore,
        kpiPoints: r.kpiPoints,
        otherCriteria: r.otherCriteria,
        total: r.total,
        level: r.level ? t(`enum.ClassificationLevel.${r.level}`) : '',
        note: [r.capped ? t('assessment.capped') : '', r.tiedAtCap ? t('assessment.tied') : ''].filter(Boolean).join('; '),
        status: t(`enum.AssessmentStatus.${r.status}`),
      })),
    );
  }

  const agencies = mine?.me ? [...new Set([mine.me.agency.id, ...(mine.me.access?.agencyIds ?? [])])] : [];
  return (
    <section aria-labelledby="assessment-title">
      <h1 id="assessment-title" className="no-print">
        {t('assessment.title')}
      </h1>
      <p className="no-print">
        <label>
          {t('assessment.agency')}{' '}
          <select id="assessment-agency" value={chosen ?? ''} onChange={(e) => setAgencyId(e.target.value)}>
            {agencies.map((id) => (
              <option key={id} value={id}>
                {id === mine?.me?.agency.id ? mine.me.agency.name : id === data?.agency?.id ? data.agency.name : id}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('assessment.year')}{' '}
          <select id="assessment-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[0, 1, 2].map((back) => {
              const y = Number(today.slice(0, 4)) - back;
              return (
                <option key={y} value={y}>
                  {y}
                </option>
              );
            })}
          </select>
        </label>
      </p>
      <p className="muted no-print">{t('assessment.explain', { staff: 70, leaders: 50 })}</p>
      {status ? (
        <p id="assessment-status" role="status" className="no-print">
          {status}
        </p>
      ) : null}
      {busy ? <JobProgress job={job} /> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {!chosen || (!data && loading) ? (
        <p>{t('loading')}</p>
      ) : !data && error ? (
        <p role="alert">{t('failed', { message: error.message })}</p>
      ) : (
        <>
          {confirmed ? (
            <p id="assessment-confirmed" className="no-print">
              {t('assessment.isConfirmed')}
            </p>
          ) : (
            <p>
              <button type="button" id="prepare" disabled={preparing || busy} onClick={() => void act(prepare, t('assessment.prepare'))}>
                {rows.length ? t('assessment.refresh') : t('assessment.prepare')}
              </button>
            </p>
          )}
          {rows.length === 0 ? (
            <p id="assessment-empty">{t('assessment.empty', { year })}</p>
          ) : (
            <>
              <p id="assessment-counts" className="no-print">
                {t('assessment.counts', {
                  excellent: count('EXCELLENT'),
                  good: count('GOOD'),
                  completed: count('COMPLETED'),
                  notCompleted: count('NOT_COMPLETED'),
                  capped: rows.filter((r) => r.capped).length,
                  tied: rows.filter((r) => r.tiedAtCap).length,
                })}
              </p>
              <div className="scroll no-print" tabIndex={0}>
                <table id="assessment-rows">
                  <caption>
                    {t('assessment.title')} {year}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="number">
                        {t('assessment.rank')}
                      </th>
                      <th scope="col">{t('assessment.person')}</th>
                      <th scope="col" className="number">
                        {t('assessment.kpi')}
                      </th>
                      <th scope="col" className="number">
                        {t('assessment.kpiPoints')}
                      </th>
                      <th scope="col">{t('assessment.criteria')}</th>
                      <th scope="col">{t('assessment.disciplined')}</th>
                      <th scope="col" className="number">
                        {t('assessment.total')}
                      </th>
                      <th scope="col">{t('assessment.level')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => {
                      const change = edits.get(r.employee.id);
                      const max = r.isLeadership ? 50 : 30;
                      return (
                        <tr key={r.id} data-employee={r.employee.id}>
                          <td className="number">{r.rank ?? '—'}</td>
                          <th scope="row">
                            {r.employee.fullName}
                            <br />
                            <span className="muted">
                              {r.employee.code} · {r.positionCategory ? t(`enum.PositionCategory.${r.positionCategory}`) : ''}
                            </span>
                          </th>
                          <td className="number">{r.kpiScore?.toFixed(2) ?? '—'}</td>
                          <td className="number">{r.kpiPoints?.toFixed(2) ?? '—'}</td>
                          <td>
                            <input
                              className="criteria"
                              type="number"
                              min={0}
                              max={max}
                              step={0.5}
                              disabled={confirmed}
                              aria-label={t('assessment.criteriaOf', { name: r.employee.fullName, max })}
                              value={change?.points ?? r.otherCriteria ?? ''}
                              onChange={(e) => edit(r.employee.id, { points: Number(e.target.value) })}
                            />
                          </td>
                          <td>
                            <input
                              type="checkbox"
                              disabled={confirmed}
                              aria-label={t('assessment.disciplinedOf', { name: r.employee.fullName })}
                              checked={change?.disciplined ?? r.disciplined}
                              onChange={(e) => edit(r.employee.id, { disciplined: e.target.checked })}
                            />
                          </td>
                          <td className="number">{r.total?.toFixed(2) ?? '—'}</td>
                          <td>
                            {r.level ? t(`enum.ClassificationLevel.${r.level}`) : '—'}
                            {r.capped ? <span className="badge warning"> {t('assessment.capped')}</span> : null}
                            {r.tiedAtCap && !confirmed ? (
                              <label>
                                <input
                                  type="checkbox"
                                  className="choose-excellent"
                                  checked={excellent.has(r.employee.id)}
                                  onChange={() =>
                                    setExcellent((before) => {
                                      const after = new Set(before);
                                      if (after.has(r.employee.id)) after.delete(r.employee.id);
                                      else after.add(r.employee.id);
                                      return after;
                                    })
                                  }
                                />{' '}
                                <span className="sr-only">{t('assessment.chooseOf', { name: r.employee.fullName })}</span>
                                <span aria-hidden="true">{t('assessment.choose')}</span>
                              </label>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p>
                {confirmed ? null : (
                  <>
                    <button
                      type="button"
                      id="save-criteria"
                      disabled={busy || edits.size === 0}
                      onClick={() => {
                        const n = edits.size;
                        void act(saveCriteria, t('assessment.saved', { count: n }));
                      }}
                    >
                      {t('assessment.save')}
                    </button>{' '}
                    <button
                      type="button"
                      id="confirm-assessment"
                      disabled={busy || confirming || edits.size > 0}
                      onClick={() =>
                        void act(
                          () => confirm({ variables: { agencyId: chosen!, year, excellentIds: excellent.size ? [...excellent] : null } }),
                          t('assessment.confirmed', { year }),
                        )
                      }
                    >
                      {t('assessment.confirm')}
                    </button>{' '}
                  </>
                )}
                <button type="button" id="download-assessment" onClick={() => void download()}>
                  {t('assessment.download')}
                </button>{' '}
                <button type="button" id="print-assessment" onClick={() => window.print()}>
                  {t('assessment.print')}
                </button>
              </p>
              <SignedSheet year={year} agency={data!.agency ?? null} rows={rows} confirmed={confirmed} />
            </>
          )}
        </>
      )}
    </section>
  );
}

type Assessed = WebAnnualAssessmentsQuery['annualAssessments'][number];

/**
 * The list an agency signs, shown only when printed: laid out as Decree 30/2020/NĐ-CP lays out an
 * administrative document (the managing body and the agency top left, the national name and motto
 * top right, place and date, title, the table, signatures with the seal), one row per person with
 * what decided their level — KPI points, general criteria, discipline, total, level, the 20 % cap
 * and ties — landscape, since twelve columns do not fit a portrait A4. A draft says so on every
 * page rather than being refused: an agency prints drafts to discuss them.
 */
function SignedSheet({
  year,
  agency,
  rows,
  confirmed,
}: {
  year: number;
  agency: WebAnnualAssessmentsQuery['agency'];
  rows: readonly Assessed[];
  confirmed: boolean;
}) {
  const { t } = useTranslation();
  const count = (level: string) => rows.filter((r) => r.level === level).length;
  const fixed = (value: number | null | undefined) => (value === null || value === undefined ? '' : value.toFixed(2));
  return (
    <div className="print-only assessment-sheet" id="assessment-sheet">
      <div className="document-head">
        <p>
          {agency?.parent?.name.toUpperCase()}
          <br />
          <strong>{agency?.name.toUpperCase()}</strong>
        </p>
        <p>
          <strong>{t('assessment.sheet.nation')}</strong>
          <br />
          <strong>{t('assessment.sheet.motto')}</strong>
          <br />
          <em>{t('assessment.sheet.placeAndDate')}</em>
        </p>
      </div>
      <h1>{t('assessment.sheet.title', { year })}</h1>
      {confirmed ? null : (
        <p className="draft" id="assessment-sheet-draft">
          {t('assessment.sheet.draft')}
        </p>
      )}
      <table id="assessment-sheet-rows">
        <thead>
          <tr>
            {(
              [
                'rank',
                'name',
                'code',
                'category',
                'months',
                'kpiScore',
                'kpiPoints',
                'otherCriteria',
                'disciplined',
                'total',
                'level',
                'note',
              ] as const
            ).map((column) => (
              <th key={column} scope="col">
                {column === 'disciplined' ? t('assessment.disciplined') : t(`assessment.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-employee={r.employee.id}>
              <td className="number">{r.rank ?? ''}</td>
              <td>{r.employee.fullName}</td>
              <td>{r.employee.code}</td>
              <td>{r.positionCategory ? t(`enum.PositionCategory.${r.positionCategory}`) : ''}</td>
              <td className="number">{r.months}</td>
              <td className="number">{fixed(r.kpiScore)}</td>
              <td className="number">{fixed(r.kpiPoints)}</td>
              <td className="number">{fixed(r.otherCriteria)}</td>
              <td>{r.disciplined ? t('assessment.sheet.disciplinedYes') : ''}</td>
              <td className="number">{fixed(r.total)}</td>
              <td>{r.level ? t(`enum.ClassificationLevel.${r.level}`) : ''}</td>
              <td>{[r.capped ? t('assessment.capped') : '', r.tiedAtCap ? t('assessment.tied') : ''].filter(Boolean).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('assessment.counts', {
          excellent: count('EXCELLENT'),
          good: count('GOOD'),
          completed: count('COMPLETED'),
          notCompleted: count('NOT_COMPLETED'),
          capped: rows.filter((r) => r.capped).length,
          tied: rows.filter((r) => r.tiedAtCap).length,
        })}
      </p>
      <div className="signatures" id="assessment-sheet-signatures">
        <p>
          <strong>{t('assessment.sheet.preparer')}</strong>
          <br />
          <span className="muted">{t('assessment.sheet.signHint')}</span>
        </p>
        <p>
          <strong>{t('assessment.sheet.head')}</strong>
          <br />
          <span className="muted">{t('assessment.sheet.sealHint')}</span>
        </p>
      </div>
    </div>
  );
}
