import type { TFunction } from 'i18next';

/** The graph's stable error code of a failed request, if it has one. */
export function errorCode(failure: unknown): string | undefined {
  const errors = (failure as { errors?: { extensions?: { code?: string } }[] })?.errors;
  return errors?.[0]?.extensions?.code;
}

/**
 * What to tell a person about a failed request: the message of its code in their language when
 * the app has one (`errors.<CODE>`), else the graph's own message (which already says what to fix).
 */
export function problemText(t: TFunction, failure: unknown): string {
  const code = errorCode(failure);
  const message = (failure as Error)?.message ?? String(failure);
  return code ? t(`errors.${code}`, { defaultValue: message }) : message;
}
