import { ApolloGateway } from '@apollo/gateway';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  asServiceUnavailable,
  createLogger,
  createServiceMetrics,
  DURATION_BUCKETS,
  metricsEndpoint,
  observedOf,
  observeResponse,
  requestLog,
  traceRequests,
  requestMetrics,
  tracedPost,
  type ServiceMetrics,
  formatError,
  liveness,
  graphqlEdge,
  serverApp,
  jsonErrors,
  listen,
  serviceUnavailablePlugin,
  PARTNER_TAG,
  type Identity,
  type Logger,
  type RunningServer,
  currentLanguage,
  speakRequestLanguage,
} from '@kpi/platform';
import express from 'express';
import type { CryptoKey } from 'jose';
import { Agent } from 'undici';
import { Histogram } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import { ideHtml } from './ide.js';
import type { IdeSignIn } from './ide-sign-in.js';
import { webApp, type WebApp } from './web.js';
import { gatewayKeySet, jwksHandler } from './jwks.js';
import { corsPolicy } from './cors.js';
import { AccessDirectory } from './access.js';
import { clientAudit, safelistGate } from './clients.js';
import { contractOf } from './contract.js';
import { clientsOnContract, contractGate } from './partner.js';
import { Issuers, oidcIssuersFromEnv, type OidcIssuer } from './issuers.js';
import { IdentityForwardingDataSource, requireIdentityPlugin, type GatewayContext } from './identity.js';
import { gatewayLimitsFromEnv, MAX_TOKENS, type GatewayLimits } from './limits/config.js';
import { costLimitPlugin } from './limits/cost.js';
import { describedInLanguagePlugin, introspectionPlugin } from './limits/introspection.js';
import { finiteNumbersRule } from './limits/numbers.js';
import { callerGate } from './limits/rate.js';
import { responseCap } from './limits/response-size.js';
import { subgraphFetcher } from './subgraph-fetch.js';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** The graph's own development issuer's key (tokens from `pnpm tokens` and the tests). */
  issuerPublicKey: CryptoKey;
  /** The OpenID Connect providers whose tokens are accepted (default: KPI_OIDC_ISSUERS). */
  oidcIssuers?: OidcIssuer[];
  gatewayPrivateKey: CryptoKey;
  /** Published at /.well-known/jwks.json for subgraphs that verify the gateway's assertions. */
  gatewayPublicKey: CryptoKey;
  port?: number;
  host?: string;
  /** Serve GraphiQL on GET /graphql (development). */
  ide?: boolean;
  /** GraphiQL's "Sign in": the provider and its GraphiQL client (development). */
  ideSignIn?: IdeSignIn;
  /** The web app: its built files (web/dist), served at `/`, and where it signs people in. */
  web?: WebApp;
  /**
   * The subgraphs that decide readiness: the graph's own (in-repo) ones. The others — a
   * department's own subgraph — are reported by /health/ready but never make the gateway unready.
   * Default: every subgraph in `subgraphUrls`.
   */
  coreSubgraphs?: string[];
  /** Cost, response size, rate limits, introspection: default from the environment (limits/config.ts). */
  limits?: GatewayLimits;
  /**
   * Where a person's access is read at sign-in: the subgraph keeping the records (personnel), how
   * often its revision is read while access is kept (default KPI_ACCESS_REVISION_MS, else 1,000 ms;
   * 0: never) and how long an answer is used without a reading of it (default
   * KPI_ACCESS_CACHE_SECONDS, else 30 s).
   */
  access?: { subgraph?: string; cacheSeconds?: number; revisionMs?: number };
}

export { MAX_TOKENS };

/** Where integration clients call the graph: the partner contract. */
export const PARTNER_PATH = '/partner/graphql';

/**
 * Limits on the shape of one operation (graphql-armor), refused before planning: the org tree is
 * the deepest legitimate shape (province → agency → division → positions, ~8 levels with
 * connections). Cost is not armor's: its cost limit multiplies by a literal `first` only (not a
 * variable, nor a date range) and has no per-field prices; limits/cost.ts prices operations.
 */
export const OPERATION_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 30 },
  // Counted by graphql-js's own parser (parseOptions below): a syntax error then, a 400.
  maxTokens: { enabled: false },
  costLimit: { enabled: false },
};

const healthUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '/health/ready');

/** Why a fetch failed, in a word: undici says "fetch failed" and keeps the reason in its cause. */
const reasonOf = (error: unknown) => {
  const { cause, name, message } = error as { cause?: { code?: string }; name?: string; message?: string };
  return cause?.code ?? (name === 'TimeoutError' ? 'timeout' : message);
};

/**
 * A subgraph that cannot be reached (refused, reset, timed out) fails its part of the plan as
 * SERVICE_UNAVAILABLE naming it, retryable; the rest of the plan still answers (partial data).
 */
function unavailableWhenUnreachable(fetcher: ReturnType<typeof subgraphFetcher>, urls: Record<string, string>, metrics?: ServiceMetrics) {
  const names = new Map(Object.entries(urls).map(([name, url]) => [url, name]));
  const timing = metrics && subgraphFetchHistogram(metrics);
  return async (url: string, init?: Parameters<typeof fetcher>[1]) => {
    const subgraph = names.get(url) ?? new URL(url).host;
    const stop = timing?.startTimer({ subgraph });
    try {
      const response = await tracedPost(subgraph, url, headersOf(init?.headers), (headers) => fetcher(url, { ...init, headers }));
      stop?.({ outcome: response.ok ? 'ok' : `http_${response.status}` });
      return response;
    } catch (error) {
      stop?.({ outcome: 'unreachable' });
      throw asServiceUnavailable(error, subgraph);
    }
  };
}

/** The headers Apollo Gateway composed for a fetch (a Headers object), as a plain record to add `traceparent` to. */
function headersOf(headers: unknown): Record<string, string> {
  if (!headers) return {};
  if (typeof (headers as Headers).forEach === 'function') {
    const record: Record<string, string> = {};
    (headers as Headers).forEach((value, key) => (record[key] = value));
    return record;
  }
  return { ...(headers as Record<string, string>) };
}

/** How long each fetch of the query plan takes, by subgraph and outcome (ok, http_503, unreachable). */
function subgraphFetchHistogram(metrics: ServiceMetrics) {
  return new Histogram({
    name: 'kpi_subgraph_fetch_duration_seconds',
    help: 'The gateway’s fetches to the subgraphs (query plan steps), by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: DURATION_BUCKETS,
    registers: [metrics.registry],
  });
}

/** Every response's operation and error codes, for the access log and the metrics. */
const observingPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse(context) {
        observeResponse(context.contextValue.observed, context);
      },
    };
  },
};

/**
 * Keep-alive connections to the subgraphs, explicitly: one pool per subgraph origin, idle
 * connections kept 60 s (under the subgraphs' 65 s keepAliveTimeout, so the gateway closes first
 * and never sends on a socket the subgraph is closing), up to 64 at a time per subgraph, no
 * pipelining (one request per connection at a time). Every RemoteGraphQLDataSource fetches
 * through it rather than through whatever the global dispatcher happens to be.
 */
export function subgraphAgent() {
  return new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000, connections: 64, pipelining: 1 });
}

export { subgraphFetcher };

/**
 * The one entry point of the graph: verifies the caller's token, plans each operation over the
 * static supergraph and calls the subgraphs over the pooled keep-alive connections above.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = createLogger('gateway');
  const limits = options.limits ?? gatewayLimitsFromEnv();
  const agent = subgraphAgent();
  const keySet = await gatewayKeySet(options.gatewayPublicKey);
  const gatewayKeyId = keySet.keys[0]!.kid!;
  const access = accessDirectory(options, agent, gatewayKeyId);
  const issuers = new Issuers(options.issuerPublicKey, options.oidcIssuers ?? oidcIssuersFromEnv());
  const metrics = createServiceMetrics('gateway');
  const apollo = apolloGateway(options, limits, agent, access, logger, metrics);
  await apollo.start();

  const app = serverApp();
  app.set('trust proxy', limits.trustProxy);
  app.use(traceRequests());
  app.use(requestLog(logger));
  // Every message said from here on is in the language the request asks for (Vietnamese by default).
  app.use(speakRequestLanguage());
  app.get('/metrics', metricsEndpoint(metrics));
  app.get('/health/live', (_req, res) => {
    res.json(liveness('gateway'));
  });
  app.get('/health/ready', readiness(options));
  app.get('/.well-known/jwks.json', jwksHandler(keySet));
  if (options.ide) {
    app.get('/graphql', (req, res, next) => {
      if (!req.accepts('html') || req.query.query) return next();
      res.type('html').send(ideHtml(options.ideSignIn));
    });
    if (!options.web) app.get('/', (_req, res) => res.redirect('/graphql'));
  }
  // The token is checked and the caller counted (one count for both endpoints) before the body is read.
  const gate = callerGate({ limits: limits.rate, issuers, access, logger });
  const graphql = (...contractual: express.RequestHandler[]) => [
    requestMetrics(metrics),
    // Browsers ask first (a preflight carries no token): answered here, by the configured origins.
    corsPolicy(),
    gate,
    ...graphqlEdge(limits.maxRequestBody),
    clientAudit(logger),
    safelistGate(),
    ...contractual,
    responseCap(limits.maxResponseBytes, logger),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const identity = (res.locals.identity as Identity | null | undefined) ?? null;
        const observed = observedOf(res);
        observed.caller = identity?.kind ?? 'anonymous';
        return {
          identity,
          gatewayKey: options.gatewayPrivateKey,
          gatewayKeyId,
          requestId: String(req.id),
          observed,
          language: currentLanguage(),
        };
      },
    }),
  ];
  app.use('/graphql', ...graphql(clientsOnContract(PARTNER_PATH)));
  // Third parties: only what the subgraphs tagged for them (a contract of the supergraph); a graph
  // of some subgraphs only may have nothing tagged, and then no such endpoint.
  const contract = contractOf(options.supergraphSdl, PARTNER_TAG);
  if (contract) app.use(PARTNER_PATH, ...graphql(contractGate(contract)));
  else logger.warn('no partner contract: nothing in the supergraph is tagged for third parties');
  if (options.web) app.use(webApp(options.web));
  jsonErrors(app, 'gateway');
  const running = await listen(app, options.port ?? 4000, options.host ?? '127.0.0.1');
  logger.info({ url: running.url }, 'gateway ready');
  return {
    ...running,
    close: async () => {
      await running.close();
      await apollo.stop();
      await agent.close();
      issuers.stop();
      access.close();
    },
  };
}

/**
 * The records of who may do what, read at sign-in over the same pooled connections (the Rust
 * router's coprocessor reads them through this same directory).
 */
export function accessDirectory(
  options: Pick<GatewayOptions, 'subgraphUrls' | 'gatewayPrivateKey' | 'access'>,
  agent: Agent,
  gatewayKeyId: string,
) {
  const subgraph = options.access?.subgraph ?? 'personnel';
  const url = options.subgraphUrls[subgraph];
  if (!url) throw new Error(`The gateway reads people's access from the ${subgraph} subgraph, but has no URL for it.`);
  const fromEnv = (name: string) => {
    const value = Number(process.env[name]);
    return process.env[name] && Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  return new AccessDirectory({
    subgraph,
    url,
    gatewayKey: options.gatewayPrivateKey,
    gatewayKeyId,
    fetch: subgraphFetcher(agent) as never,
    cacheSeconds: options.access?.cacheSeconds ?? fromEnv('KPI_ACCESS_CACHE_SECONDS'),
    revisionMs: options.access?.revisionMs ?? fromEnv('KPI_ACCESS_REVISION_MS'),
  });
}

/** Apollo Server over the Apollo Gateway, with the operation limits and the graph's error rules. */
function apolloGateway(
  options: GatewayOptions,
  limits: GatewayLimits,
  agent: Agent,
  access: AccessDirectory,
  logger: Logger,
  metrics: ServiceMetrics,
) {
  const fetcher = unavailableWhenUnreachable(subgraphFetcher(agent), options.subgraphUrls, metrics);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new IdentityForwardingDataSource(
        name,
        { url: options.subgraphUrls[name] ?? url, fetcher: fetcher as never },
        name === access.subgraph ? access : undefined,
      ),
  });
  const armor = new ApolloArmor(OPERATION_LIMITS).protect();
  return new ApolloServer<GatewayContext>({
    gateway,
    validationRules: [...armor.validationRules, finiteNumbersRule],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at run time.
    plugins: [
      ...(armor.plugins as never[]),
      ApolloServerPluginLandingPageDisabled(),
      requireIdentityPlugin as never,
      introspectionPlugin(limits.introspection),
      describedInLanguagePlugin(),
      costLimitPlugin(limits.maxCost),
      serviceUnavailablePlugin,
      observingPlugin,
    ],
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection !== 'off',
  });
}

/**
 * Each subgraph's state; the core ones decide: ready (200) when every core subgraph is, else 503
 * naming those down. External subgraphs are reported, absent or without /health/ready alike.
 */
function readiness(options: GatewayOptions): express.RequestHandler {
  const core = new Set(options.coreSubgraphs ?? Object.keys(options.subgraphUrls));
  return async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(2000) });
          await response.body?.cancel();
          return [name, response.ok ? 'ready' : `unavailable (HTTP ${response.status})`] as const;
        } catch (error) {
          return [name, `unreachable (${reasonOf(error)})`] as const;
        }
      }),
    );
    const down = checks.filter(([name, status]) => core.has(name) && status !== 'ready').map(([name]) => name);
    const external = checks.filter(([name]) => !core.has(name)).map(([name]) => name);
    res.status(down.length ? 503 : 200).json({
      status: down.length ? 'unavailable' : 'ready',
      service: 'gateway',
      subgraphs: Object.fromEntries(checks),
      down,
      external,
    });
  };
}
