import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDate, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import { problemText } from '../problem';
import { addTexts } from '../texts';
import { fold } from './today';

addTexts('assign', {
  vi: {
    title: 'Giao việc',
    lead: 'Người chủ trì',
    choose: '— chọn —',
    item: 'Công việc (trong danh mục của người chủ trì)',
    titleField: 'Tên việc giao',
    quantity: 'Số lượng sản phẩm',
    deadline: 'Hạn hoàn thành',
    workingDays: 'Còn {{count}} ngày làm việc tính từ hôm nay (đã trừ ngày nghỉ, ngày lễ).',
    notWorking: 'Ngày {{date}} không phải ngày làm việc: hãy chọn ngày khác.',
    cooperators: 'Người phối hợp',
    assign: 'Giao việc',
    assigned: 'Đã giao “{{title}}” cho {{name}}.',
    follow: 'Theo dõi việc đã giao',
    none: 'Chưa giao việc nào đang mở.',
    status: 'Trạng thái',
    late: 'trễ {{count}} ngày làm việc',
    left: 'còn {{count}} ngày làm việc',
  },
  en: {
    title: 'Assign work',
    lead: 'Lead',
    choose: '— choose —',
    item: 'Work item (of the lead’s catalogue)',
    titleField: 'Title',
    quantity: 'Products expected',
    deadline: 'Deadline',
    workingDays: '{{count}} working days from today (holidays and days off left out).',
    notWorking: '{{date}} is not a working day: choose another.',
    cooperators: 'Co-operators',
    assign: 'Assign',
    assigned: '“{{title}}” assigned to {{name}}.',
    follow: 'Following what was assigned',
    none: 'Nothing assigned is open.',
    status: 'Status',
    late: '{{count}} working days late',
    left: '{{count}} working days left',
  },
});

const TEAM = graphql(`
  query WebAssignTeam($from: LocalDate!, $to: LocalDate!) {
    me {
      id
      subordinates {
        id
        fullName
        loggableWorkItems {
          id
          code
          name
        }
      }
    }
    workingCalendar(from: $from, to: $to) {
      day
      kind
      name
    }
    assignmentsGiven(filter: { statuses: [ASSIGNED, IN_PROGRESS, SUBMITTED, RETURNED] }) {
      id
      title
      status
      deadline
      expectedQuantity
      workingDaysLate
      workingDaysLeft
      lead {
        id
        fullName
      }
      coOperators {
        id
        fullName
      }
    }
  }
`);

const ASSIGN = graphql(`
  mutation WebAssignWork($input: AssignWorkInput!) {
    assignWork(input: $input) {
      id
    }
  }
`);

/** Working days after `from` up to `to` (inclusive): weekdays, less holidays, plus swapped working Saturdays. */
export function workingDaysBetween(from: string, to: string, calendar: { day: string; kind: string }[]) {
  const kinds = new Map(calendar.map((c) => [c.day, c.kind]));
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, kinds)) count += 1;
  return count;
}
export function isWorkingDay(day: string, kinds: Map<string, string>) {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const kind = kinds.get(day);
  return kind === 'WORKING_SWAP' || (weekday !== 0 && weekday !== 6 && kind !== 'HOLIDAY');
}

/** Assign work (item, quantity, deadline on the working calendar, co-operators) and follow it. */
export default function Assign() {
  const { t, i18n } = useTranslation();
  const today = todayInVietnam();
  const { data, loading, error, refetch } = useQuery(TEAM, { variables: { from: today, to: addDays(today, 180) } });
  const [assign, { loading: saving }] = useMutation(ASSIGN);
  const [leadId, setLeadId] = useState('');
  const [search, setSearch] = useState('');
  const [itemId, setItemId] = useState('');
  const [title, setTitle] = useState('');
  const [quantity, setQuantity] = useState(1);
  const [deadline, setDeadline] = useState('');
  const [cooperators, setCooperators] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const team = useMemo(() => data?.me?.subordinates ?? [], [data]);
  const lead = team.find((p) => p.id === leadId);
  const items = useMemo(() => {
    const wanted = fold(search.trim());
    return (lead?.loggableWorkItems ?? []).filter((i) => !wanted || fold(`${i.code} ${i.name}`).includes(wanted)).slice(0, 50);
  }, [lead, search]);

  if (!data && loading) return <p>{t('loading')}</p>;
  if (!data && error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const kinds = new Map(data!.workingCalendar.map((c) => [c.day, c.kind]));
  const working = deadline ? isWorkingDay(deadline, kinds) : true;

  async function submit() {
    setProblem(null);
    setStatus(null);
    try {
      await assign({
        variables: {
          input: { leadId, workItemId: itemId, title: title.trim(), expectedQuantity: quantity, deadline, coOperatorIds: [...cooperators] },
        },
      });
      setStatus(t('assign.assigned', { title: title.trim(), name: lead?.fullName }));
      setTitle('');
      setItemId('');
      setCooperators(new Set());
      await refetch();
    } catch (failure) {
      setProblem(problemText(failure));
    }
  }

  return (
    <section aria-labelledby="assign-title">
      <h1 id="assign-title">{t('assign.title')}</h1>
      {status ? (
        <p id="assign-status" role="status">
          {status}
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <form
        id="assign-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('assign.lead')}
          <select id="assign-lead" required value={leadId} onChange={(e) => (setLeadId(e.target.value), setItemId(''))}>
            <option value="">{t('assign.choose')}</option>
            {team.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </label>
        {lead ? (
          <>
            <label>
              {t('assign.item')}
              <input id="assign-search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
            </label>
            <select id="assign-item" required aria-label={t('assign.item')} value={itemId} onChange={(e) => setItemId(e.target.value)}>
              <option value="">{t('assign.choose')}</option>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.code} — {i.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label>
          {t('assign.titleField')}
          <input id="assign-title-field" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('assign.quantity')}
          <input
            id="assign-quantity"
            type="number"
            min={0.25}
            step={0.25}
            required
            value={quantity}
            onChange={(e) => setQuantity(Number(e.target.value))}
          />
        </label>
        <label>
          {t('assign.deadline')}
          <input
            id="assign-deadline"
            type="date"
            required
            min={today}
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            aria-describedby="assign-days"
          />
        </label>
        <p id="assign-days" className={working ? 'muted' : 'warning'}>
          {deadline
            ? working
              ? t('assign.workingDays', { count: workingDaysBetween(today, deadline, data!.workingCalendar) })
              : t('assign.notWorking', { date: formatDate(deadline, i18n.language, true) })
            : null}
        </p>
        {lead ? (
          <fieldset>
            <legend>{t('assign.cooperators')}</legend>
            {team
              .filter((p) => p.id !== leadId)
              .map((p) => (
                <label key={p.id}>
                  <input
                    type="checkbox"
                    className="cooperator"
                    value={p.id}
                    checked={cooperators.has(p.id)}
                    onChange={() =>
                      setCooperators((before) => {
                        const after = new Set(before);
                        if (after.has(p.id)) after.delete(p.id);
                        else after.add(p.id);
                        return after;
                      })
                    }
                  />{' '}
                  {p.fullName}
                </label>
              ))}
          </fieldset>
        ) : null}
        <button type="submit" id="assign-submit" disabled={saving || !working || !itemId}>
          {t('assign.assign')}
        </button>
      </form>
      <h2>{t('assign.follow')}</h2>
      {data!.assignmentsGiven.length === 0 ? (
        <p>{t('assign.none')}</p>
      ) : (
        <div className="scroll" tabIndex={0}>
          <table id="assignments-given">
            <caption className="muted">{t('assign.follow')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assign.titleField')}</th>
                <th scope="col">{t('assign.lead')}</th>
                <th scope="col">{t('assign.deadline')}</th>
                <th scope="col">{t('assign.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data!.assignmentsGiven.map((a) => (
                <tr key={a.id} data-assignment={a.id}>
                  <th scope="row">
                    {a.title}
                    {a.coOperators.length ? <span className="muted"> · {a.coOperators.map((c) => c.fullName).join(', ')}</span> : null}
                  </th>
                  <td>{a.lead.fullName}</td>
                  <td>
                    {formatDate(a.deadline, i18n.language)}
                    <br />
                    <span className={a.workingDaysLate > 0 ? 'warning' : 'muted'}>
                      {a.workingDaysLate > 0
                        ? t('assign.late', { count: a.workingDaysLate })
                        : t('assign.left', { count: a.workingDaysLeft ?? 0 })}
                    </span>
                  </td>
                  <td>{t(`enum.AssignmentStatus.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
