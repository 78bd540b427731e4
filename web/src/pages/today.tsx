import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../dates';
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
  query WebToday($date: LocalDate!) {
    me {
      id
      fullName
      loggableWorkItems {
        id
        code
        name
        standardMinutes
      }
      diaryDay(date: $date) {
        actualMinutes
        standardDayMinutes
        entries {
          id
          workItemId
          quantity
          actualMinutes
        }
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

type Item = NonNullable<WebTodayQuery['me']>['loggableWorkItems'][number];

/** Today: what was logged, and logging more in a few keystrokes, with the over-standard-day warning before saving. */
export function Today() {
  const { t } = useTranslation();
  const date = todayInVietnam();
  const { data, loading, error, refetch } = useQuery(TODAY, { variables: { date } });
  const [record, { loading: saving }] = useMutation(RECORD);
  const [search, setSearch] = useState('');
  const [item, setItem] = useState<Item | null>(null);
  const [quantity, setQuantity] = useState(1);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const items = useMemo(() => data?.me?.loggableWorkItems ?? [], [data]);
  const matches = useMemo(() => {
    const wanted = fold(search.trim());
    return wanted ? items.filter((i) => fold(`${i.code} ${i.name}`).includes(wanted)).slice(0, 8) : [];
  }, [items, search]);

  if (loading) return <p>{t('loading')}</p>;
  if (error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const me = data!.me!;
  const day = me.diaryDay;
  const claimed = minutes ?? Math.round((item?.standardMinutes ?? 0) * quantity);
  const over = item !== null && day.actualMinutes + claimed > day.standardDayMinutes;
  const name = (id: string) => items.find((i) => i.id === id)?.name ?? id;

  async function save() {
    if (!item) return;
    setProblem(null);
    try {
      await record({ variables: { input: { workDate: date, workItemId: item.id, quantity, actualMinutes: claimed } } });
      setItem(null);
      setSearch('');
      setMinutes(null);
      setQuantity(1);
      await refetch();
    } catch (failure) {
      setProblem(problemText(t, failure));
    }
  }

  return (
    <section aria-labelledby="today">
      <h1 id="hello">{t('hello', { name: me.fullName })}</h1>
      <h2 id="today">{t('today')}</h2>
      <p>{t('todayEntries', { count: day.entries.length })}</p>
      <p id="day-total">{t('dayTotal', { minutes: day.actualMinutes, standard: day.standardDayMinutes })}</p>
      <ul id="entries">
        {day.entries.map((entry) => (
          <li key={entry.id}>
            {name(entry.workItemId)} — {entry.quantity} · {entry.actualMinutes} {t('minutes')}
          </li>
        ))}
      </ul>
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
          <ul id="matches" role="listbox" aria-label={t('searchItem')}>
            {matches.map((match) => (
              <li key={match.id}>
                <button type="button" role="option" aria-selected={false} onClick={() => setItem(match)}>
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
            {over ? (
              <p id="over-standard" role="status">
                {t('overStandard', { minutes: day.actualMinutes + claimed, standard: day.standardDayMinutes })}
              </p>
            ) : null}
            <button type="submit" id="save" disabled={saving}>
              {t('save')}
            </button>
          </>
        ) : null}
        {problem ? <p role="alert">{problem}</p> : null}
      </form>
    </section>
  );
}
