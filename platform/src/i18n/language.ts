import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/**
 * The languages the graph speaks: Vietnamese first (the people who use it are Vietnamese civil
 * servants), English second. A request chooses by `Accept-Language`; without one it is Vietnamese.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

const current = new AsyncLocalStorage<Language>();
let outsideRequests: Language = DEFAULT_LANGUAGE;

/** The language of the request (or job) being served: set for the whole of its asynchronous work. */
export const currentLanguage = (): Language => current.getStore() ?? outsideRequests;

/**
 * The language of work that serves no request (scripts; the test suites, which read English):
 * requests still choose their own, Vietnamese when they do not say.
 */
export const speakOutsideRequests = (language: Language) => {
  outsideRequests = language;
};

/** Runs `work` speaking `language` (a job, in the language of whoever started it). */
export const inLanguage = <T>(language: Language, work: () => T): T => current.run(language, work);

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4: quality values,
 * `vi-VN` matching `vi`); Vietnamese when the header names neither.
 */
export function negotiateLanguage(header: string | undefined | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  let best: { language: Language; q: number; order: number } | null = null;
  header.split(',').forEach((part, order) => {
    const [range, ...parameters] = part.trim().split(';');
    const q = Number(
      parameters
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2) ?? 1,
    );
    const primary = range!.trim().toLowerCase().split('-')[0];
    const language = LANGUAGES.find((l) => l === primary) ?? (primary === '*' ? DEFAULT_LANGUAGE : null);
    if (!language || !(q > 0)) return;
    if (!best || q > best.q || (q === best.q && order < best.order)) best = { language, q, order };
  });
  return (best as { language: Language } | null)?.language ?? DEFAULT_LANGUAGE;
}

/**
 * Express middleware: the rest of the request runs in the language its `Accept-Language` asks
 * for, and the response says which (`Content-Language`, with `Vary` so caches keep both).
 */
export function speakRequestLanguage(): RequestHandler {
  return (req, res, next) => {
    const language = negotiateLanguage(req.headers['accept-language']);
    res.setHeader('Content-Language', language);
    res.vary('Accept-Language');
    current.run(language, next);
  };
}
