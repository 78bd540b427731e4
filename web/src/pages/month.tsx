import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays, formatDate, monthEnd, monthOf, monthStart, nextMonth, previousMonth, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import { addTexts } from '../texts';

addTexts('month', {
  vi: {
    title: 'Tháng của tôi',
    previous: 'Tháng trước',
    next: 'Tháng sau',
    summary: '{{declared}} ngày đã khai, {{missing}} ngày còn thiếu trên {{working}} ngày làm việc',
    minutes: 'Đã ghi {{actual}} phút; chuẩn {{available}} phút',
    rule: 'Quy định: nhật ký của tháng {{month}} khóa sổ vào đầu ngày {{lock}}. Ghi sau {{late}} ngày làm việc kể từ ngày làm việc là khai bù (kê khai sót), vẫn được ghi nhưng người duyệt sẽ thấy.',
    locked: 'Tháng này đã khóa sổ từ {{lock}}: không thể khai thêm.',
    reminders: 'Cần làm',
    remindMissing: 'Còn {{count}} ngày chưa khai nhật ký — hãy khai trước {{lock}}.',
    remindNone: 'Không còn ngày nào thiếu. Tốt lắm!',
    days: 'Các ngày trong tháng',
    date: 'Ngày',
    state: 'Tình trạng',
    recorded: 'Đã ghi (phút)',
    action: 'Việc cần làm',
    declared: 'Đã khai',
    missing: 'Còn thiếu',
    leave: 'Nghỉ phép',
    holiday: 'Nghỉ lễ: {{name}}',
    weekend: 'Ngày nghỉ',
    future: 'Chưa đến',
    declareLate: 'Khai bù ngày {{date}}',
    open: 'Xem ngày {{date}}',
  },
  en: {
    title: 'My month',
    previous: 'Previous month',
    next: 'Next month',
    summary: '{{declared}} days declared, {{missing}} missing, of {{working}} working days',
    minutes: '{{actual}} minutes logged; {{available}} standard minutes',
    rule: 'The rule: the diary of {{month}} locks at the start of {{lock}}. An entry written more than {{late}} working days after its work date is a late declaration: it is accepted, and the reviewer sees it.',
    locked: 'This month has been locked since {{lock}}: nothing more can be declared.',
    reminders: 'To do',
    remindMissing: '{{count}} days without a diary — declare them before {{lock}}.',
    remindNone: 'No day is missing. Well done!',
    days: 'The days of the month',
    date: 'Date',
    state: 'State',
    recorded: 'Logged (minutes)',
    action: 'To do',
    declared: 'Declared',
    missing: 'Missing',
    leave: 'On leave',
    holiday: 'Holiday: {{name}}',
    weekend: 'Day off',
    future: 'Not yet',
    declareLate: 'Declare {{date}} late',
    open: 'Open {{date}}',
  },
});

const MONTH = graphql(`
  query WebMonth($from: LocalDate!, $to: LocalDate!, $on: LocalDate!) {
    diaryPolicy(on: $on) {
      closeDay
      graceDays
      lateAfterWorkingDays
    }
    me {
      id
      diaryPeriod(from: $from, to: $to) {
        workingDays
        missingDays
        actualMinutes
        availableStandardMinutes
        days {
          date
          isWorkingDay
          holiday
          onLeave
          missing
          actualMinutes
          entries {
            id
          }
        }
      }
    }
  }
`);

/** My month: the days declared and missing, one click to declare a missing day late, the lock date and the rule. */
export default function Month() {
  const { t, i18n } = useTranslation();
  const today = todayInVietnam();
  const [month, setMonth] = useState(monthOf(today));
  const from = monthStart(month);
  const to = monthEnd(month) < today ? monthEnd(month) : today;
  const { data, loading, error } = useQuery(MONTH, { variables: { from, to: to < from ? from : to, on: from } });
  const date = (d: string, weekday = false) => formatDate(d, i18n.language, weekday);

  const header = (
    <>
      <h1 id="month-title">
        {t('month.title')} — {month.slice(5)}/{month.slice(0, 4)}
      </h1>
      <p>
        <button type="button" id="month-previous" onClick={() => setMonth(previousMonth(month))}>
          {t('month.previous')}
        </button>{' '}
        <button type="button" id="month-next" disabled={month >= monthOf(today)} onClick={() => setMonth(nextMonth(month))}>
          {t('month.next')}
        </button>
      </p>
    </>
  );
  if (!data && loading) return header;
  if (!data && error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const policy = data!.diaryPolicy;
  const period = data!.me!.diaryPeriod;
  // The month locks at the start of its close day in the following month, after the grace days.
  const lock = addDays(`${nextMonth(month)}-${String(policy.closeDay).padStart(2, '0')}`, policy.graceDays);
  const locked = today >= lock;
  const declared = period.days.filter((d) => d.isWorkingDay && !d.onLeave && d.entries.length > 0).length;

  return (
    <section aria-labelledby="month-title">
      {header}
      <p id="month-summary">{t('month.summary', { declared, missing: period.missingDays.length, working: period.workingDays })}</p>
      <p>{t('month.minutes', { actual: period.actualMinutes, available: period.availableStandardMinutes })}</p>
      <p id="month-rule" className="muted">
        {t('month.rule', { month: `${month.slice(5)}/${month.slice(0, 4)}`, lock: date(lock), late: policy.lateAfterWorkingDays })}
      </p>
      <h2>{t('month.reminders')}</h2>
      {locked ? (
        <p role="status">{t('month.locked', { lock: date(lock) })}</p>
      ) : (
        <p id="month-reminder" role="status" className={period.missingDays.length ? 'warning' : undefined}>
          {period.missingDays.length
            ? t('month.remindMissing', { count: period.missingDays.length, lock: date(lock) })
            : t('month.remindNone')}
        </p>
      )}
      <div className="scroll" tabIndex={0}>
        <table id="month-days">
          <caption>{t('month.days')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('month.date')}</th>
              <th scope="col">{t('month.state')}</th>
              <th scope="col" className="number">
                {t('month.recorded')}
              </th>
              <th scope="col">{t('month.action')}</th>
            </tr>
          </thead>
          <tbody>
            {period.days.map((day) => {
              const state = day.holiday
                ? t('month.holiday', { name: day.holiday })
                : day.onLeave
                  ? t('month.leave')
                  : !day.isWorkingDay
                    ? t('month.weekend')
                    : day.missing
                      ? t('month.missing')
                      : t('month.declared');
              return (
                <tr key={day.date} data-date={day.date} className={day.missing ? 'warning' : undefined}>
                  <th scope="row">{date(day.date, true)}</th>
                  <td>{state}</td>
                  <td className="number">{day.actualMinutes}</td>
                  <td>
                    {day.missing && !locked ? (
                      <Link to={`/?date=${day.date}`} className="declare-late">
                        {t('month.declareLate', { date: date(day.date) })}
                      </Link>
                    ) : day.entries.length > 0 ? (
                      <Link to={`/?date=${day.date}`}>{t('month.open', { date: date(day.date) })}</Link>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
