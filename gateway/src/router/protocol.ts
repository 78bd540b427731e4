/**
 * The Apollo Router's external coprocessor protocol, version 1, as its reference documents it
 * ("Coprocessor Reference" and "External Coprocessing" in the router's docs, router 2.x): the router
 * POSTs one JSON object per stage and waits for the answer. Only the parts this graph uses are typed.
 *
 * - Control properties, always sent, returned unchanged: `version` (always 1), `stage`, `id` (the
 *   client request's), `subgraphRequestId` (subgraph stages), and `control` (`"continue"` from the
 *   router; the answer may say `{ "break": <HTTP status> }` to end the client request with `body`).
 * - Data properties, sent as configured per stage in router.yaml: `headers` (a map of name → list of
 *   values, which the answer *replaces* as a whole), `body` (a JSON string at RouterRequest, an object
 *   at subgraph stages), `context` (`{ entries }`: the router upserts each entry the answer returns),
 *   `serviceName` and `uri` (subgraph stages), `method`, `path`, `statusCode`.
 * - An answer that omits a property leaves the router's value as it was.
 */
export const PROTOCOL_VERSION = 1;

export type Stage =
  | 'RouterRequest'
  | 'RouterResponse'
  | 'SupergraphRequest'
  | 'SupergraphResponse'
  | 'ExecutionRequest'
  | 'ExecutionResponse'
  | 'SubgraphRequest'
  | 'SubgraphResponse';

export type Control = 'continue' | { break: number };

/** Header names (lower case here) and their values, as the router sends them. */
export type HeaderMap = Record<string, string[]>;

export interface CoprocessorPayload {
  version: number;
  stage: Stage;
  control: Control;
  id: string;
  subgraphRequestId?: string;
  headers?: HeaderMap;
  body?: unknown;
  context?: { entries: Record<string, unknown> };
  serviceName?: string;
  uri?: string;
  method?: string;
  path?: string;
  statusCode?: number;
}

/** The first value of a header, by name whatever its case (the reference asks to normalise case). */
export function headerOf(headers: HeaderMap | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, values] of Object.entries(headers ?? {})) if (key.toLowerCase() === wanted) return values[0];
  return undefined;
}

/** The headers with `name` set to the one `value` (any other spelling of the name removed). */
export function withHeader(headers: HeaderMap | undefined, name: string, value: string): HeaderMap {
  const wanted = name.toLowerCase();
  const kept = Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() !== wanted);
  return { ...Object.fromEntries(kept), [wanted]: [value] };
}

/**
 * An answer carries the control properties back unchanged (the router treats a changed `version`,
 * `stage`, `id` or `subgraphRequestId` as a failed call) and only the data properties it changes:
 * one it leaves out keeps the router's value.
 */
const controlOf = (payload: CoprocessorPayload) => ({
  version: payload.version,
  stage: payload.stage,
  id: payload.id,
  ...(payload.subgraphRequestId !== undefined ? { subgraphRequestId: payload.subgraphRequestId } : {}),
});

/** Go on, with the given changes. */
export const proceed = (payload: CoprocessorPayload, changes: Partial<CoprocessorPayload> = {}): CoprocessorPayload => ({
  ...controlOf(payload),
  ...changes,
  control: 'continue',
});

/**
 * End the client request here with `status` and a GraphQL error in the graph's shape
 * (`{ errors: [{ message, extensions: { code } }] }`). At the RouterRequest stage the body must be
 * a string holding the JSON (the router parses it), at later stages an object. The headers given
 * become the *response's* (never echo the request's: they carry the caller's token).
 */
export function refuse(
  payload: CoprocessorPayload,
  status: number,
  error: { code: string; message: string; extensions?: Record<string, unknown> },
  headers: HeaderMap = {},
): CoprocessorPayload {
  const body = { errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }] };
  return {
    ...controlOf(payload),
    control: { break: status },
    body: payload.stage === 'RouterRequest' || payload.stage === 'RouterResponse' ? JSON.stringify(body) : body,
    headers: { 'content-type': ['application/json'], ...headers },
  };
}
