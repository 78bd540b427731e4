import type { Language } from './language.js';

/**
 * The schema's descriptions in both languages. A description is one string in the SDL, so the
 * Vietnamese travels inside it, after a mark: `English.\n\n[vi] Tiếng Việt.` — any subgraph, ours
 * or a department's in another language, can give both, and the composed supergraph keeps them.
 * The gateway answers introspection with the part the caller's language asks for.
 */
export const VIETNAMESE_MARK = '\n\n[vi] ';

/** A description in both languages, for `@Field({ description })` and its kin. */
export const described = (en: string, vi: string) => `${en}${VIETNAMESE_MARK}${vi}`;

/** The part of a description a language reads (the English when there is no Vietnamese yet). */
export function descriptionIn(text: string, language: Language): string {
  const at = text.indexOf(VIETNAMESE_MARK);
  if (at < 0) return text;
  return language === 'vi' ? text.slice(at + VIETNAMESE_MARK.length) : text.slice(0, at);
}

export const hasVietnamese = (text: string | null | undefined) =>
  !!text && text.includes(VIETNAMESE_MARK) && !text.endsWith(VIETNAMESE_MARK);
