import i18next, { type TOptions } from 'i18next';
import { currentLanguage, DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language.js';

/**
 * One message catalogue for the graph (i18next): every message a person reads, in Vietnamese and
 * English, registered by the module that says it — the platform's and the gateway's generic
 * ones, each subgraph's own — under its namespace. A message is rendered in the language of the
 * request being served (`currentLanguage`); stable codes never change with the language.
 */
const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  ns: [],
  defaultNS: false,
  // Messages are plain text (JSON, logs, spreadsheets), never HTML: nothing to escape.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A text in both languages; `{{name}}` marks a value filled in when it is said. */
export type Bilingual = Record<Language, string>;

export interface Registered {
  namespace: string;
  key: string;
  text: Bilingual;
}
const registered = new Map<string, Registered>();

/** Every text registered so far (for the tests that hold the catalogue complete). */
export const catalogueEntries = (): Registered[] => [...registered.values()];

function register(namespace: string, texts: Record<string, Bilingual>) {
  for (const language of LANGUAGES)
    i18n.addResourceBundle(
      language,
      namespace,
      Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text[language]])),
      true,
      true,
    );
  for (const [key, text] of Object.entries(texts)) registered.set(`${namespace}:${key}`, { namespace, key, text });
}

type Params = Record<string, string | number | null | undefined>;

/**
 * A module's messages: `messages.tooLong({ max: 600 })` says it in the current language.
 * Both languages are required by the type; the catalogue test also holds their `{{values}}` equal.
 */
export function defineMessages<K extends string>(namespace: string, texts: Record<K, Bilingual>): Record<K, (params?: Params) => string> {
  register(namespace, texts);
  return Object.fromEntries(Object.keys(texts).map((key) => [key, (params?: Params) => say(`${namespace}:${key}`, params)])) as Record<
    K,
    (params?: Params) => string
  >;
}

/** A registered text by its full key (`namespace:key`), in `language` or the current one. */
export function say(fullKey: string, params?: Params, language: Language = currentLanguage()): string {
  return i18n.t(fullKey, { ...(params as TOptions), lng: language });
}

/**
 * The labels of an enum's values, for whatever people read (the handbook, spreadsheets, messages):
 * every value must have both (the type says so; a test holds every enum of the public graph to it).
 */
export function defineEnumLabels<E extends Record<string, string | number>>(
  name: string,
  _values: E,
  labels: Record<Extract<keyof E, string>, Bilingual>,
): (value: E[keyof E] | string) => string {
  register(`enum.${name}`, labels as Record<string, Bilingual>);
  return (value) => say(`enum.${name}:${String(value)}`);
}

/** The label of any registered enum's value (the name as the schema spells it). */
export const enumLabel = (name: string, value: string, language?: Language) => say(`enum.${name}:${value}`, undefined, language);

/** What each error code means, for a person: `extensions.code` stays the code, this explains it. */
export function defineCodeLabels(labels: Record<string, Bilingual>) {
  register('code', labels);
}

/** The `{{names}}` a text fills in. */
export const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!).sort();

/** A number as the current language writes it (vi: 1.234,5 · en: 1,234.5), for a message's values. */
export const formatNumber = (value: number, language: Language = currentLanguage()) =>
  value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });

/** A day (`2026-12-04`) as the current language writes it: vi 04/12/2026, en 2026-12-04 (ISO, unambiguous). */
export const formatDay = (day: string, language: Language = currentLanguage()) =>
  language === 'vi' ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : day;
