/** The graph's stable error code of a failed request, if it has one. */
export function errorCode(failure: unknown): string | undefined {
  const errors = (failure as { errors?: { extensions?: { code?: string } }[] })?.errors;
  return errors?.[0]?.extensions?.code;
}

/**
 * What to tell a person about a failed request: the graph's own message, which it says in the
 * language the app asks in (Accept-Language) and which names what to fix; the app keeps no second
 * wording of the graph's codes (one catalogue: platform/src/i18n).
 */
export function problemText(failure: unknown): string {
  const errors = (failure as { errors?: { message?: string }[] })?.errors;
  return errors?.[0]?.message ?? (failure as Error)?.message ?? String(failure);
}
