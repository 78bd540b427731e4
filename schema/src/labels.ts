/**
 * The graph's labels of its enum values, in both languages, for its clients (the web app):
 * written by `pnpm schema:compose` beside the web app's typed operations and checked fresh by
 * `pnpm schema:check`, so a label said by the graph (a spreadsheet, a message, the handbook) and
 * the same value shown by a screen read alike — one catalogue (platform/src/i18n), not a copy.
 */
import { catalogueEntries, LANGUAGES, type Language } from '@kpi/platform';
import { buildSchema, isEnumType } from 'graphql';

export const LABELS_FILE = 'web/src/graphql/labels.json';

/** `{ vi: { ClassificationLevel: { EXCELLENT: '…' } }, en: … }` for every labelled enum of the public API. */
export function graphLabels(apiSdl: string): string {
  const schema = buildSchema(apiSdl);
  const publicEnums = new Set(
    Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .map((type) => type.name),
  );
  const labels = Object.fromEntries(LANGUAGES.map((language) => [language, {} as Record<string, Record<string, string>>])) as Record<
    Language,
    Record<string, Record<string, string>>
  >;
  // A department's enum labelled nowhere in this checkout is left out: the catalogue test holds the
  // province's complete, and a screen shows a value without a label as the value.
  const entries = catalogueEntries()
    .filter(({ namespace }) => namespace.startsWith('enum.') && publicEnums.has(namespace.slice('enum.'.length)))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.key.localeCompare(b.key));
  for (const { namespace, key, text } of entries)
    for (const language of LANGUAGES) (labels[language][namespace.slice('enum.'.length)] ??= {})[key] = text[language];
  return `${JSON.stringify(labels, null, 2)}\n`;
}
