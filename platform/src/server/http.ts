import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import { createLogger } from '../logger.js';
import { said } from '../errors.js';

/**
 * The HTTP edge every server of the graph shares (the gateway and each subgraph): bounded time
 * for slow clients, the one table that turns a client's mistake into a 4xx, and JSON
 * GraphQL-style errors for everything Express or Node would otherwise answer with an HTML page
 * (with a stack trace and absolute paths) or a bare status line.
 */

/**
 * The Express app every server of the graph starts from: no `X-Powered-By` (it names the stack to
 * whoever probes), and no ETag: Express hashes every answer it sends with SHA-1 to make one, and
 * the graph's answers are POSTs that no cache revalidates (and health checks, metrics) — a
 * province month's facts are megabytes hashed for nothing, ~1 % of a staff dashboard's CPU.
 */
export function serverApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  return app;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** How long a client may take, in milliseconds. */
export interface HttpTimeouts {
  /** From a request's first byte to the end of its headers (Node's `headersTimeout`). */
  headersMs: number;
  /** From a request's first byte to the end of its body (Node's `requestTimeout`). */
  requestMs: number;
  /** A new connection's first byte: a socket that connects and says nothing is closed after this. */
  firstByteMs: number;
  /** An idle kept-alive connection after a response (Node's `keepAliveTimeout`). */
  keepAliveMs: number;
  /** How often Node checks headersMs / requestMs (its `connectionsCheckingInterval`). */
  checkEveryMs: number;
}

/**
 * 10 s for headers, 30 s for a whole request, 10 s for a new connection's first byte. A real client
 * sends its headers in one packet and a 1 MB body in well under a second; a slow-loris socket
 * dribbling a header line every few seconds is answered 408 and closed after 10 s (Node's default
 * headersTimeout was 60 s, and a connection that sent nothing was never closed). Keep-alive stays
 * 65 s: above the gateway's 60 s idle pool to the subgraphs (the gateway closes first, never sending
 * on a socket being closed) and above the 60 s idle timeout of common load balancers. These limits
 * do not cut idle kept-alive connections: Node starts headersTimeout and requestTimeout at a
 * request's first byte, not at the end of the previous response. Checked every second, so a limit
 * is enforced within a second of expiring (Node's default check is every 30 s).
 */
export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  firstByteMs: 10_000,
  keepAliveMs: 65_000,
  checkEveryMs: 1_000,
};

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** HTTP_TIMEOUTS with the environment's overrides (KPI_HTTP_HEADERS_TIMEOUT_MS…, see the README). */
export function httpTimeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): HttpTimeouts {
  return {
    headersMs: positive(env.KPI_HTTP_HEADERS_TIMEOUT_MS, HTTP_TIMEOUTS.headersMs),
    requestMs: positive(env.KPI_HTTP_REQUEST_TIMEOUT_MS, HTTP_TIMEOUTS.requestMs),
    firstByteMs: positive(env.KPI_HTTP_FIRST_BYTE_TIMEOUT_MS, HTTP_TIMEOUTS.firstByteMs),
    keepAliveMs: positive(env.KPI_HTTP_KEEP_ALIVE_TIMEOUT_MS, HTTP_TIMEOUTS.keepAliveMs),
    checkEveryMs: HTTP_TIMEOUTS.checkEveryMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Client errors: one table, every server

/** Codes of a request that is the client's mistake, with their HTTP status. */
export const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  OPERATION_TOO_COSTLY: 400,
  RESPONSE_TOO_LARGE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OPERATION_NOT_SAFELISTED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
};

/** Codes that are the server's side: never turned into a 4xx. */
const SERVER_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/**
 * The HTTP status of a request that failed as a whole (no `data`): the table above; any other
 * coded refusal (a domain verdict such as OUT_OF_RANGE thrown before execution) is a 400 — a client
 * mistake is never a 500. Server codes and uncoded errors keep `current` (500, or 503).
 */
export function clientErrorStatus(code: unknown, current?: number): number | undefined {
  if (typeof code !== 'string' || SERVER_CODES.has(code)) return current;
  return CLIENT_ERROR_STATUS[code] ?? 400;
}

/**
 * Applies the table to every answer of a GraphQL endpoint: an answer that failed as a whole (no
 * `data`) with a 5xx status and a client's code gets the code's 4xx. Apollo answers 500 when the
 * error that stopped a request carries no status (a plugin's refusal, UNAUTHENTICATED for a query
 * without a token); this is the one place that corrects it, for the gateway and every subgraph
 * alike. Answers with data stay 200, as GraphQL over HTTP wants: their errors are about fields.
 */
export function clientErrorStatuses(): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      res.send = send;
      if (res.statusCode >= 500 && typeof body === 'string') {
        try {
          const answer = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
          if (answer.data === undefined && answer.errors?.length)
            res.status(clientErrorStatus(answer.errors[0]!.extensions?.code, res.statusCode)!);
        } catch {
          // not JSON: leave it as it is
        }
      }
      return send(body);
    }) as typeof res.send;
    next();
  };
}

/** Writes a GraphQL-style error document: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendError(res: Response, code: string, message: string, extra: Record<string, unknown> = {}) {
  const status = clientErrorStatus(code, code === 'SERVICE_UNAVAILABLE' ? 503 : 500) ?? 500;
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { ...extra, code } }] }));
}

const BODY_ERRORS: Record<string, { code: string; message: (limit: string) => string }> = {
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: (limit) => said.bodyTooLarge({ limit }) },
  'entity.parse.failed': { code: 'BAD_REQUEST', message: () => said.bodyNotJson() },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => said.badEncoding(),
  },
  'charset.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', message: () => said.badCharset() },
  'request.aborted': { code: 'BAD_REQUEST', message: () => said.aborted() },
  'request.size.invalid': { code: 'BAD_REQUEST', message: () => said.badLength() },
};

/**
 * What every `/graphql` endpoint of the graph puts before Apollo: the status table above, and JSON
 * request bodies of at most `bodyLimit` (after decompression: a gzip bomb stops at the limit). A
 * POST must say `Content-Type: application/json`; anything else is a 415.
 */
export function graphqlEdge(bodyLimit: string): RequestHandler[] {
  const parse = express.json({ limit: bodyLimit });
  const requireJson: RequestHandler = (req, res, next) => {
    // The limit goes with the request, for the error handler's message.
    res.locals.bodyLimit = bodyLimit;
    if (req.method !== 'POST' || req.is('application/json')) return next();
    sendError(res, 'UNSUPPORTED_MEDIA_TYPE', said.sendJson());
  };
  return [clientErrorStatuses(), requireJson, parse];
}

/**
 * The end of every app of the graph: unknown paths are a JSON 404, and every error Express sees
 * (a body too large, malformed JSON, a bad gzip stream, a bug) becomes a JSON error — never
 * Express's HTML page, which shows the stack and the absolute paths outside production.
 */
export function jsonErrors(app: Express, service: string) {
  const logger = createLogger(service);
  app.use((req, res) => sendError(res, 'NOT_FOUND', said.nothingHere({ method: req.method, path: req.path })));
  const handler: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    const known = type ? BODY_ERRORS[type] : undefined;
    if (known) return sendError(res, known.code, known.message(String(res.locals.bodyLimit ?? 'the limit')));
    const status = Number((error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode);
    if (status >= 400 && status < 500) {
      // A bad gzip stream, and whatever else a parser refuses: the caller's mistake, said plainly.
      return sendError(
        res,
        status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST',
        said.unreadableRequest(),
      );
    }
    logger.error({ err: error }, 'unexpected error');
    sendError(res, 'INTERNAL_SERVER_ERROR', said.internal());
  };
  app.use(handler);
}

/** Node's own refusals (headers too large, too slow, not HTTP) as JSON rather than a bare status line. */
function onClientError(error: NodeJS.ErrnoException, socket: Socket) {
  // As Node does: an answer only on a connection where nothing was written yet.
  if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) return socket.destroy();
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'REQUEST_HEADER_FIELDS_TOO_LARGE', said.headersTooLarge()]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', said.tooSlow()]
        : [400, 'BAD_REQUEST', said.notHttp()];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${code.replace(/_/g, ' ')}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Listens with the timeouts above and answers with the real URL (port 0 picks a free port, as
 * tests do).
 */
export function listen(
  app: Express,
  port: number,
  host: string,
  path = '/graphql',
  timeouts: HttpTimeouts = httpTimeoutsFromEnv(),
): Promise<RunningServer & { http: Server }> {
  return new Promise((resolve, reject) => {
    const http = createServer(
      {
        headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
        requestTimeout: timeouts.requestMs,
        keepAliveTimeout: timeouts.keepAliveMs,
        connectionsCheckingInterval: timeouts.checkEveryMs,
      },
      app,
    );
    // Node starts headersTimeout at a request's first byte: a socket that never sends one would
    // stay open for ever. Until its first request arrives, a new connection gets firstByteMs.
    const fresh = new WeakSet<Socket>();
    http.on('connection', (socket: Socket) => {
      fresh.add(socket);
      socket.setTimeout(timeouts.firstByteMs);
    });
    http.on('request', (req) => {
      if (fresh.delete(req.socket)) req.socket.setTimeout(0);
    });
    http.on('clientError', onClientError);
    http.on('error', reject);
    http.listen(port, host, () => {
      const address = http.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      resolve({
        http,
        port: address.port,
        url: `http://${shownHost}:${address.port}${path}`,
        close: () =>
          new Promise<void>((done) => {
            http.close(() => done());
            http.closeAllConnections();
          }),
      });
    });
  });
}
