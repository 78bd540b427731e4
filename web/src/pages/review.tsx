import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addDays, formatDate, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { WebReviewQueueQuery } from '../graphql/graphql';
import { problemText } from '../problem';
import { addTexts } from '../texts';

addTexts('review', {
  vi: {
    title: 'Duyệt nhật ký',
    day: 'Ngày làm việc',
    allDays: 'Mọi ngày đang chờ',
    waiting: '{{count}} mục chờ duyệt: {{exceptions}} mục cần xem kỹ, {{rest}} mục bình thường',
    exceptions: 'Cần xem kỹ (có cảnh báo)',
    rest: 'Bình thường',
    none: 'Không có mục nào chờ duyệt.',
    person: 'Người ghi',
    item: 'Công việc',
    claimed: 'Thời gian khai',
    standardTime: 'chuẩn {{minutes}} phút',
    warnings: 'Cảnh báo',
    select: 'Chọn mục của {{name}}: {{item}}',
    approve: 'Duyệt',
    selectColumn: 'Chọn',
    actions: 'Quyết định',
    return: 'Trả lại',
    approveSelected: 'Duyệt {{count}} mục đã chọn',
    approveRest: 'Duyệt tất cả {{count}} mục bình thường',
    reason: 'Lý do trả lại (người ghi sẽ thấy)',
    confirmReturn: 'Trả lại',
    cancel: 'Thôi',
    approved: 'Đã duyệt {{count}} mục.',
    returned: 'Đã trả lại {{count}} mục.',
    shortcuts:
      'Phím tắt: j / k — mục sau / trước; x — chọn; a — duyệt mục đang chọn (hoặc mục đang đứng); r — trả lại; Shift+A — duyệt tất cả mục bình thường.',
  },
  en: {
    title: 'Review queue',
    day: 'Working day',
    allDays: 'Every day waiting',
    waiting: '{{count}} entries waiting: {{exceptions}} to look at, {{rest}} plain',
    exceptions: 'To look at (warnings)',
    rest: 'Plain',
    none: 'Nothing waits for review.',
    person: 'Logged by',
    item: 'Work',
    claimed: 'Time claimed',
    standardTime: 'standard {{minutes}} min',
    warnings: 'Warnings',
    select: 'Select the entry of {{name}}: {{item}}',
    approve: 'Approve',
    selectColumn: 'Select',
    actions: 'Decision',
    return: 'Return',
    approveSelected: 'Approve the {{count}} selected',
    approveRest: 'Approve all {{count}} plain entries',
    reason: 'Why it is returned (the person will see it)',
    confirmReturn: 'Return',
    cancel: 'Cancel',
    approved: '{{count}} entries approved.',
    returned: '{{count}} entries returned.',
    shortcuts:
      'Shortcuts: j / k — next / previous; x — select; a — approve the selected (or the current); r — return; Shift+A — approve all plain entries.',
  },
});

const QUEUE = graphql(`
  query WebReviewQueue($from: LocalDate, $to: LocalDate) {
    reviewQueue(first: 500, from: $from, to: $to) {
      id
      workDate
      quantity
      actualMinutes
      standardMinutes
      note
      evidenceRef
      flags
      employee {
        id
        fullName
      }
      workItem {
        id
        name
      }
    }
  }
`);

const REVIEW = graphql(`
  mutation WebReviewDiaryEntries($ids: [ID!]!, $decision: ReviewDecision!, $note: String) {
    reviewDiaryEntries(ids: $ids, decision: $decision, note: $note) {
      id
      status
    }
  }
`);

type Entry = WebReviewQueueQuery['reviewQueue'][number];

/**
 * The review queue, exceptions first: entries with warnings (over the standard day, far above
 * the standard time, declared late, no evidence…) on top, each looked at; the plain rest approved
 * in one action. Keyboard shortcuts for the whole of it.
 */
export default function Review() {
  const { t, i18n } = useTranslation();
  // The day is in the address (`/review?day=2026-11-19`): a link (a reminder, My unit) opens that day's queue.
  const [params, setParams] = useSearchParams();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(params.get('day') ?? '') ? params.get('day')! : '';
  const setDay = (value: string) => setParams(value ? { day: value } : {});
  const { data, loading, error, refetch } = useQuery(QUEUE, { variables: day ? { from: day, to: day } : {} });
  const [review, { loading: saving }] = useMutation(REVIEW);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [current, setCurrent] = useState(0);
  const [returning, setReturning] = useState<string[] | null>(null);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const entries = useMemo(() => data?.reviewQueue ?? [], [data]);
  const exceptions = entries.filter((e) => e.flags.length > 0);
  const rest = entries.filter((e) => e.flags.length === 0);
  const ordered = useMemo(() => [...exceptions, ...rest], [exceptions, rest]);

  async function decide(ids: string[], decision: 'APPROVE' | 'RETURN', note?: string) {
    if (ids.length === 0) return;
    setProblem(null);
    try {
      await review({ variables: { ids, decision, note: note ?? null } });
      setStatus(t(decision === 'APPROVE' ? 'review.approved' : 'review.returned', { count: ids.length }));
      setSelected(new Set());
      setReturning(null);
      setReason('');
      await refetch();
    } catch (failure) {
      setProblem(problemText(failure));
    }
  }
  const targets = () => (selected.size ? [...selected] : ordered[current] ? [ordered[current].id] : []);

  // The shortcuts act on the list, never while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || returning) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const move = (to: number) => {
        const next = Math.max(0, Math.min(ordered.length - 1, to));
        setCurrent(next);
        rows.current[next]?.focus();
      };
      if (event.key === 'j') move(current + 1);
      else if (event.key === 'k') move(current - 1);
      else if (event.key === 'x' && ordered[current]) {
        const id = ordered[current].id;
        setSelected((before) => {
          const after = new Set(before);
          if (after.has(id)) after.delete(id);
          else after.add(id);
          return after;
        });
      } else if (event.key === 'a') void decide(targets(), 'APPROVE');
      else if (event.key === 'A')
        void decide(
          rest.map((e) => e.id),
          'APPROVE',
        );
      else if (event.key === 'r' && targets().length) setReturning(targets());
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const table = (list: Entry[], offset: number, key: 'exceptions' | 'rest') => (
    <div className="scroll" tabIndex={0}>
      <table id={`review-${key}`}>
        <caption>
          {t(`review.${key}`)} ({list.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('review.selectColumn')}</span>
            </th>
            <th scope="col">{t('review.person')}</th>
            <th scope="col">{t('review.item')}</th>
            <th scope="col" className="number">
              {t('review.claimed')}
            </th>
            <th scope="col">{t('review.warnings')}</th>
            <th scope="col">
              <span className="sr-only">{t('review.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((entry, i) => {
            const index = offset + i;
            return (
              <tr
                key={entry.id}
                data-entry={entry.id}
                ref={(row) => {
                  rows.current[index] = row;
                }}
                tabIndex={-1}
                className={index === current ? 'current' : undefined}
                onFocus={() => setCurrent(index)}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('review.select', { name: entry.employee.fullName, item: entry.workItem.name })}
                    checked={selected.has(entry.id)}
                    onChange={() =>
                      setSelected((before) => {
                        const after = new Set(before);
                        if (after.has(entry.id)) after.delete(entry.id);
                        else after.add(entry.id);
                        return after;
                      })
                    }
                  />
                </td>
                <th scope="row">
                  {entry.employee.fullName}
                  <br />
                  <span className="muted">{formatDate(entry.workDate, i18n.language)}</span>
                </th>
                <td>
                  {entry.workItem.name} × {entry.quantity}
                  {entry.evidenceRef ? <span className="muted"> · {entry.evidenceRef}</span> : null}
                  {entry.note ? <span className="muted"> · {entry.note}</span> : null}
                </td>
                <td className="number">
                  {entry.actualMinutes}
                  <br />
                  <span className="muted">{t('review.standardTime', { minutes: Math.round(entry.standardMinutes * entry.quantity) })}</span>
                </td>
                <td className="warning">{entry.flags.map((flag) => t(`enum.DiaryEntryFlag.${flag}`)).join(' · ')}</td>
                <td>
                  <button type="button" className="approve" disabled={saving} onClick={() => void decide([entry.id], 'APPROVE')}>
                    {t('review.approve')}
                  </button>{' '}
                  <button type="button" className="return" disabled={saving} onClick={() => setReturning([entry.id])}>
                    {t('review.return')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  const today = todayInVietnam();
  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">{t('review.title')}</h1>
      <label>
        {t('review.day')}
        <input id="review-day" type="date" max={today} min={addDays(today, -92)} value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      {day ? (
        <button type="button" onClick={() => setDay('')}>
          {t('review.allDays')}
        </button>
      ) : null}
      <p className="muted" id="review-shortcuts">
        {t('review.shortcuts')}
      </p>
      {status ? (
        <p id="review-status" role="status">
          {status}
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {returning ? (
        <form
          id="return-form"
          aria-label={t('review.return')}
          onSubmit={(event) => {
            event.preventDefault();
            void decide(returning, 'RETURN', reason.trim());
          }}
        >
          <label>
            {t('review.reason')}
            <input id="return-reason" required autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" id="confirm-return" disabled={saving || !reason.trim()}>
            {t('review.confirmReturn')}
          </button>{' '}
          <button type="button" onClick={() => setReturning(null)}>
            {t('review.cancel')}
          </button>
        </form>
      ) : null}
      {!data && loading ? (
        <p>{t('loading')}</p>
      ) : !data && error ? (
        <p role="alert">{t('failed', { message: error.message })}</p>
      ) : entries.length === 0 ? (
        <p id="review-empty">{t('review.none')}</p>
      ) : (
        <>
          <p id="review-summary">{t('review.waiting', { count: entries.length, exceptions: exceptions.length, rest: rest.length })}</p>
          <p>
            <button
              type="button"
              id="approve-rest"
              disabled={saving || rest.length === 0}
              onClick={() =>
                void decide(
                  rest.map((e) => e.id),
                  'APPROVE',
                )
              }
            >
              {t('review.approveRest', { count: rest.length })}
            </button>{' '}
            {selected.size ? (
              <button type="button" id="approve-selected" disabled={saving} onClick={() => void decide([...selected], 'APPROVE')}>
                {t('review.approveSelected', { count: selected.size })}
              </button>
            ) : null}
          </p>
          {exceptions.length ? table(exceptions, 0, 'exceptions') : null}
          {rest.length ? table(rest, exceptions.length, 'rest') : null}
        </>
      )}
    </section>
  );
}
