import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, monthOf, monthStart, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import { addTexts } from '../texts';

addTexts('unit', {
  vi: {
    title: 'Đơn vị của tôi',
    unit: 'Đơn vị',
    missing: 'Người còn thiếu nhật ký tháng này',
    noneMissing: 'Mọi người đã khai đủ nhật ký.',
    days: 'Số ngày thiếu',
    which: 'Các ngày',
    overdue:
      'Việc được giao tháng này: {{assigned}} việc, {{completed}} hoàn thành, {{late}} trễ, {{overdue}} quá hạn — tỷ lệ chậm, quá hạn {{share}}',
    scores: 'Điểm tạm tính tháng này',
    person: 'Họ tên',
    score: 'Điểm',
    level: 'Xếp loại',
    reminders: 'Nhắc việc cần gửi hôm nay',
    noReminders: 'Không có gì cần nhắc.',
    send: 'Gửi thư nhắc',
    noEmail: 'chưa có địa chỉ thư',
    review: 'Mở hàng đợi duyệt',
    subject: 'Nhắc việc: {{kind}}',
  },
  en: {
    title: 'My unit',
    unit: 'Unit',
    missing: 'People with days missing this month',
    noneMissing: 'Everyone’s diary is complete.',
    days: 'Days missing',
    which: 'Which days',
    overdue:
      'Work assigned this month: {{assigned}}, {{completed}} completed, {{late}} late, {{overdue}} overdue — late or overdue share {{share}}',
    scores: 'Live scores this month',
    person: 'Name',
    score: 'Score',
    level: 'Level',
    reminders: 'Reminders to send today',
    noReminders: 'Nothing to remind.',
    send: 'Send a reminder',
    noEmail: 'no e-mail address',
    review: 'Open the review queue',
    subject: 'Reminder: {{kind}}',
  },
});

const UNIT = graphql(`
  query WebMyUnit($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $period: String!) {
    agency(id: $unitId) {
      id
      name
      missingDiaries(from: $from, to: $to) {
        count
        days
        employee {
          id
          fullName
        }
      }
      assignmentSummary(from: $from, to: $to) {
        assigned
        completed
        late
        overdue
        overdueShare
      }
      reminders {
        kind
        days
        dueOn
        message
        employee {
          id
          fullName
          email
        }
      }
    }
    employees(first: 200, filter: { divisionId: $unitId, status: ACTIVE }) {
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

const UNITS = graphql(`
  query WebMyUnits {
    me {
      id
      divisionId
      agencyId
      access {
        unitIds
      }
    }
  }
`);

/** My unit: missing diaries, the overdue share, live scores, the reminders to send. */
export default function Unit() {
  const { t, i18n } = useTranslation();
  const today = todayInVietnam();
  const month = monthOf(today);
  const { data: mine } = useQuery(UNITS);
  const units = mine?.me?.access?.unitIds ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const unitId = picked ?? units[0] ?? mine?.me?.divisionId ?? mine?.me?.agencyId ?? null;
  const { data, error } = useQuery(UNIT, {
    variables: { unitId: unitId!, from: monthStart(month), to: today, period: month },
    skip: !unitId,
  });
  if (error && !data) return <p role="alert">{t('failed', { message: error.message })}</p>;
  if (!data) return <p>{t('loading')}</p>;
  const unit = data.agency!;
  const s = unit.assignmentSummary;
  const share = s.overdueShare === null ? '—' : `${(s.overdueShare * 100).toFixed(1)} %`;

  return (
    <section aria-labelledby="unit-title">
      <h1 id="unit-title">
        {t('unit.title')}: {unit.name}
      </h1>
      {units.length > 1 ? (
        <label>
          {t('unit.unit')}{' '}
          <select value={unitId!} onChange={(e) => setPicked(e.target.value)}>
            {units.map((id) => (
              <option key={id} value={id}>
                {id === unit.id ? unit.name : id}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p id="unit-overdue">
        {t('unit.overdue', { assigned: s.assigned, completed: s.completed, late: s.late, overdue: s.overdue, share })}
      </p>
      <p>
        <Link to="/review">{t('unit.review')}</Link>
      </p>
      <h2>{t('unit.missing')}</h2>
      {unit.missingDiaries.length === 0 ? (
        <p>{t('unit.noneMissing')}</p>
      ) : (
        <div className="scroll" tabIndex={0}>
          <table id="unit-missing">
            <caption className="muted">{t('unit.missing')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('unit.person')}</th>
                <th scope="col" className="number">
                  {t('unit.days')}
                </th>
                <th scope="col">{t('unit.which')}</th>
              </tr>
            </thead>
            <tbody>
              {unit.missingDiaries.map((m) => (
                <tr key={m.employee.id} data-employee={m.employee.id}>
                  <th scope="row">{m.employee.fullName}</th>
                  <td className="number">{m.count}</td>
                  <td>{m.days.map((d) => formatDate(d, i18n.language)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('unit.reminders')}</h2>
      {unit.reminders.length === 0 ? (
        <p>{t('unit.noReminders')}</p>
      ) : (
        <ul id="unit-reminders">
          {unit.reminders.map((r, i) => (
            <li key={`${r.kind}-${r.employee.id}-${i}`}>
              <span className="badge">{t(`enum.ReminderKind.${r.kind}`)}</span> <strong>{r.employee.fullName}</strong>: {r.message}{' '}
              {r.employee.email ? (
                <a
                  href={`mailto:${r.employee.email}?${new URLSearchParams({ subject: t('unit.subject', { kind: t(`enum.ReminderKind.${r.kind}`) }), body: r.message }).toString().replace(/\+/g, '%20')}`}
                >
                  {t('unit.send')}
                </a>
              ) : (
                <span className="muted">({t('unit.noEmail')})</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('unit.scores')}</h2>
      <div className="scroll" tabIndex={0}>
        <table id="unit-scores">
          <caption className="muted">{t('unit.scores')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('unit.person')}</th>
              <th scope="col" className="number">
                {t('unit.score')}
              </th>
              <th scope="col">{t('unit.level')}</th>
            </tr>
          </thead>
          <tbody>
            {data.employees.nodes.map((p) => (
              <tr key={p.id} data-employee={p.id}>
                <th scope="row">{p.fullName}</th>
                <td className="number">{p.periodScore?.score?.toFixed(1) ?? '—'}</td>
                <td>{p.periodScore ? t(`enum.ClassificationLevel.${p.periodScore.level}`) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
