import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, formatDate, todayInVietnam } from '../dates';
import { graphql } from '../graphql';
import type { WebTodayQuery } from '../graphql/graphql';
import { problemText } from '../problem';

/** Folds Vietnamese for search: no diacritics, đ as d, lower case (as the graph's own search does). */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

const TODAY = graphql(`
  query WebToday($date: LocalDate!, $recentFrom: LocalDate!, $before: LocalDate!) {
    me {
      id
      fullName
      loggableWorkItems {
        id
        code
        name
        standardMinutes
        current {
          evidence
          evidenceRequired
        }
      }
      diaryDay(date: $date) {
        actualMinutes
        standardDayMinutes
        entries {
          id
          workItemId
          quantity
          actualMinutes
          source
          evidenceRef
          assignmentId
          status
        }
      }
      recent: diaryEntries(from: $recentFrom, to: $date) {
        workItemId
        workDate
      }
      earlier: diaryPeriod(from: $recentFrom, to: $before) {
        days {
          date
          isWorkingDay
          onLeave
          entries {
            workItemId
            quantity
            actualMinutes
            assignmentId
            note
            evidenceRef
          }
        }
      }
      assignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) {
        id
        title
        workItemId
        deadline
      }
    }
  }
`);

const RECORD = graphql(`
  mutation WebRecordDiaryEntry($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry {
        id
      }
      warnings {
        code
      }
    }
  }
`);

type Me = NonNullable<WebTodayQuery['me']>;
type Item = Me['loggableWorkItems'][number];

/**
 * The order of the search's matches: the items this person logged most recently first (what they
 * do again and again), then the rest of their position's and agency's items (`loggableWorkItems`
 * holds only those) in catalogue order.
 */
export function rankItems(items: Item[], recent: { workItemId: string; workDate: string }[], wanted: string): Item[] {
  const lastUsed = new Map<string, string>();
  for (const entry of recent) if ((lastUsed.get(entry.workItemId) ?? '') < entry.workDate) lastUsed.set(entry.workItemId, entry.workDate);
  const matching = wanted ? items.filter((i) => fold(`${i.code} ${i.name}`).includes(wanted)) : items.filter((i) => lastUsed.has(i.id));
  return [...matching].sort((a, b) => (lastUsed.get(b.id) ?? '').localeCompare(lastUsed.get(a.id) ?? ''));
}

/**
 * Today (or, with `?date=`, an earlier day declared late): what was logged, and logging more in a
 * few keystrokes, with the over-standard-day warning before saving.
 */
export function Today() {
  const { t, i18n } = useTranslation();
  const today = todayInVietnam();
  const [params] = useSearchParams();
  const asked = params.get('date');
  const date = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) && asked < today ? asked : today;
  const { data, loading, error, refetch } = useQuery(TODAY, {
    variables: { date, recentFrom: addDays(date, -30), before: addDays(date, -1) },
  });
  const [record, { loading: saving }] = useMutation(RECORD);
  const [search, setSearch] = useState('');
  const [item, setItem] = useState<Item | null>(null);
  const [quantity, setQuantity] = useState(1);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [assignmentId, setAssignmentId] = useState('');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const items = useMemo(() => data?.me?.loggableWorkItems ?? [], [data]);
  const matches = useMemo(() => rankItems(items, data?.me?.recent ?? [], fold(search.trim())).slice(0, 8), [items, data, search]);

  if (!data && loading) return <p>{t('loading')}</p>;
  if (!data && error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const me = data!.me!;
  const day = me.diaryDay;
  const claimed = minutes ?? Math.round((item?.standardMinutes ?? 0) * quantity);
  const over = item !== null && day.actualMinutes + claimed > day.standardDayMinutes;
  const name = (id: string) => items.find((i) => i.id === id)?.name ?? id;
  const assignmentTitle = (id: string) => me.assignments.find((a) => a.id === id)?.title;
  // The working day before, to copy from: the last one not on leave in the month before this day.
  const previous = [...me.earlier.days].reverse().find((d) => d.isWorkingDay && !d.onLeave);
  const late = date !== today;

  function choose(chosen: Item) {
    setItem(chosen);
    // An assignment of this very item is the likely link; otherwise self-initiated.
    setAssignmentId(me.assignments.find((a) => a.workItemId === chosen.id)?.id ?? '');
  }

  async function save() {
    if (!item) return;
    setProblem(null);
    try {
      await record({
        variables: {
          input: {
            workDate: date,
            workItemId: item.id,
            quantity,
            actualMinutes: claimed,
            assignmentId: assignmentId || null,
            evidenceRef: evidenceRef.trim() || null,
            note: note.trim() || null,
          },
        },
      });
      setItem(null);
      setSearch('');
      setMinutes(null);
      setQuantity(1);
      setEvidenceRef('');
      setNote('');
      await refetch();
    } catch (failure) {
      setProblem(problemText(failure));
    }
  }

  /** Copies the previous working day's entries onto this day, one by one; what the graph refuses is said, the rest kept. */
  async function copyPrevious() {
    if (!previous) return;
    setProblem(null);
    let done = 0;
    const refused: string[] = [];
    for (const entry of previous.entries) {
      try {
        await record({
          variables: {
            input: {
              workDate: date,
              workItemId: entry.workItemId,
              quantity: entry.quantity,
              actualMinutes: entry.actualMinutes,
              assignmentId: entry.assignmentId,
              note: entry.note,
              evidenceRef: entry.evidenceRef,
            },
          },
        });
        done += 1;
      } catch (failure) {
        refused.push(`${name(entry.workItemId)}: ${problemText(failure)}`);
      }
    }
    // The day as the graph now holds it first, then the message: what it says is on the screen.
    await refetch();
    setCopied(t('copied', { count: done, date: formatDate(previous.date, i18n.language) }));
    if (refused.length) setProblem(refused.join(' · '));
  }

  return (
    <section aria-labelledby="today">
      <h1 id="hello">{t('hello', { name: me.fullName })}</h1>
      <h2 id="today">{late ? t('lateDay', { date: formatDate(date, i18n.language, true) }) : t('today')}</h2>
      {late ? (
        <p id="late-notice" className="warning">
          {t('lateNotice')} <Link to="/">{t('backToToday')}</Link>
        </p>
      ) : null}
      <p>{t('todayEntries', { count: day.entries.length })}</p>
      <p id="day-total">{t('dayTotal', { minutes: day.actualMinutes, standard: day.standardDayMinutes })}</p>
      <ul id="entries">
        {day.entries.map((entry) => (
          <li key={entry.id}>
            {name(entry.workItemId)} — {entry.quantity} · {entry.actualMinutes} {t('minutes')}
            {entry.source === 'EOFFICE' ? (
              <>
                {' '}
                <span className="badge eoffice">{t('fromEoffice')}</span>
              </>
            ) : null}
            {entry.evidenceRef ? <span className="muted"> · {entry.evidenceRef}</span> : null}
            {entry.assignmentId && assignmentTitle(entry.assignmentId) ? (
              <span className="muted"> · {assignmentTitle(entry.assignmentId)}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {previous && previous.entries.length > 0 ? (
        <p>
          <button type="button" id="copy-previous" disabled={saving} onClick={() => void copyPrevious()}>
            {t('copyPrevious', { count: previous.entries.length, date: formatDate(previous.date, i18n.language) })}
          </button>
        </p>
      ) : null}
      {copied ? (
        <p id="copied" role="status">
          {copied}
        </p>
      ) : null}
      <form
        id="log"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          {t('searchItem')}
          <input id="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
        </label>
        {item ? null : (
          <ul id="matches" aria-label={search.trim() ? t('matches') : t('recentItems')}>
            {matches.map((match) => (
              <li key={match.id}>
                <button type="button" onClick={() => choose(match)}>
                  {match.code} — {match.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        {item ? (
          <>
            <p id="chosen">{item.name}</p>
            <label>
              {t('quantity')}
              <input
                id="quantity"
                type="number"
                min={0.25}
                step={0.25}
                value={quantity}
                onChange={(e) => setQuantity(Number(e.target.value))}
              />
            </label>
            <label>
              {t('minutes')}
              <input id="minutes" type="number" min={1} value={claimed} onChange={(e) => setMinutes(Number(e.target.value))} />
            </label>
            <label>
              {t('assignment')}
              <select id="assignment" value={assignmentId} onChange={(e) => setAssignmentId(e.target.value)}>
                <option value="">{t('selfInitiated')}</option>
                {me.assignments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title} ({t('due', { date: formatDate(a.deadline, i18n.language) })})
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('evidence')}
              <input
                id="evidence"
                value={evidenceRef}
                onChange={(e) => setEvidenceRef(e.target.value)}
                autoComplete="off"
                aria-describedby={item.current.evidenceRequired ? 'evidence-expected' : undefined}
              />
            </label>
            {item.current.evidenceRequired ? (
              <p id="evidence-expected" className="muted">
                {t('evidenceExpected', { evidence: item.current.evidence })}
              </p>
            ) : null}
            <label>
              {t('note')}
              <input id="note" value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" />
            </label>
            {over ? (
              <p id="over-standard" role="status" className="warning">
                {t('overStandard', { minutes: day.actualMinutes + claimed, standard: day.standardDayMinutes })}
              </p>
            ) : null}
            <button type="submit" id="save" disabled={saving}>
              {t('save')}
            </button>{' '}
            <button type="button" id="cancel" onClick={() => setItem(null)}>
              {t('cancel')}
            </button>
          </>
        ) : null}
        {problem ? <p role="alert">{problem}</p> : null}
      </form>
    </section>
  );
}
