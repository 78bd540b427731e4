import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { CryptoKey } from 'jose';
import type { SubgraphDatabase } from '../database/orm.js';
import { boundedError, ErrorCode, said } from '../errors.js';
import { isInfrastructureFailure, unavailableResponse } from '../faults.js';
import type { Identity } from '../identity/identity.js';
import { ReplayGuard } from '../identity/tokens.js';
import { CallerRefused, verifyCaller, type VerifiedCaller } from './caller.js';
import { createLogger } from '../logger.js';
import { ACCESS_CHANGED_HEADER, type SubgraphContext } from './context.js';
import { graphqlEdge, jsonErrors, listen, serverApp, type RunningServer } from './http.js';
import { Peers } from './peers.js';
import { RevisionWatch } from './revision-watch.js';
import { JobRunner, type JobDefinition } from '../jobs/runner.js';
import { liveness } from './health.js';
import { speakRequestLanguage } from '../i18n/language.js';
import {
  createServiceMetrics,
  metricsEndpoint,
  observedOf,
  observeResponse,
  requestLog,
  traceRequests,
  requestMetrics,
  scrapedGauge,
  type ServiceMetrics,
} from '../observability/index.js';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  database: SubgraphDatabase;
  /** Only assertions signed by the gateway's key, or by the graph's own service key, are accepted. */
  gatewayPublicKey: CryptoKey;
  service: { publicKey: CryptoKey; privateKey?: CryptoKey };
  createLoaders: (em: EntityManager, identity: Identity, peers: Peers) => Loaders;
  /** Other subgraphs' URLs, for entity lookups through the graph. */
  peerUrls?: Record<string, string>;
  port?: number;
  host?: string;
  /** The subgraph's own gauges (its domain's figures), next to the platform's at /metrics. */
  registerMetrics?: (metrics: ServiceMetrics, database: SubgraphDatabase) => void;
  /**
   * The subgraph's database, for the connection that hears its peers' revisions move
   * (revision-watch.ts; opened on first use). Without it, peers' revisions are asked every time.
   */
  databaseUrl?: string;
  /** Long work the subgraph runs as jobs (its migrations create `<schema>.job`). */
  jobs?: { schema: string; databaseUrl: string; definitions: readonly JobDefinition<Loaders, never>[] };
}

export interface RunningSubgraph extends RunningServer {
  name: string;
}

/** Every GraphQL response's operation and error codes, for the access log and the metrics. */
function observingPlugin<Loaders>(): ApolloServerPlugin<SubgraphContext<Loaders>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(context) {
          observeResponse(context.contextValue.observed, context);
        },
      };
    },
  };
}

/** The connections of the subgraph's PostgreSQL pool, by state, read when scraped. */
function poolGauge(metrics: ServiceMetrics, database: SubgraphDatabase) {
  scrapedGauge(metrics, 'kpi_db_pool_connections', 'Connections of the PostgreSQL pool, by state (total, idle, waiting)', async () => {
    const pool = await (database.orm.em.getConnection() as unknown as PostgreSqlConnection).getNativeClient();
    return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
  });
}

/**
 * Keeps internals out of responses: only coded domain errors and GraphQL's own reach clients.
 * An infrastructure failure (database or peer unreachable, connection reset, pool timeout) is
 * SERVICE_UNAVAILABLE with `retryable: true` — see faults.ts — never an internal error.
 */
export function formatError(logger: ReturnType<typeof createLogger>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // Whatever a client sent, what is quoted back of it stays short (a 1 MB value is not echoed).
    if (code && code !== ErrorCode.INTERNAL) return boundedError(formatted);
    if (isInfrastructureFailure(error)) {
      logger.warn({ err: error }, 'infrastructure unavailable');
      return unavailableResponse(formatted);
    }
    logger.error({ err: error }, 'unexpected error');
    return {
      message: said.internal(),
      extensions: { code: ErrorCode.INTERNAL },
      path: formatted.path,
    };
  };
}

/** Tells the gateway whose access the request changed (see SubgraphContext.accessChanged). */
function accessChangesPlugin<Loaders>(): ApolloServerPlugin<SubgraphContext<Loaders>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.accessChanged?.size) response.http.headers.set(ACCESS_CHANGED_HEADER, [...contextValue.accessChanged].join(','));
        },
      };
    },
  };
}

/**
 * Serves one subgraph: `/graphql` for the gateway, `/health/live` and `/health/ready` for the
 * supervisor. Every GraphQL request must carry the gateway's identity assertion, `_entities`
 * included: a caller bypassing the gateway gets nothing.
 */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<RunningSubgraph> {
  const logger = createLogger(options.name);
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    // No HTTP cache hints are used: without the cache-control plugin's per-field hooks, large
    // answers (scoring's facts for a province) resolve about twice as fast.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      accessChangesPlugin<Loaders>(),
      observingPlugin<Loaders>(),
    ],
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const keys = { gateway: options.gatewayPublicKey, service: options.service.publicKey };
  const watch = options.databaseUrl
    ? new RevisionWatch(options.databaseUrl, (error) =>
        logger.warn({ err: error }, 'revision watch unavailable; asking peers their revisions'),
      )
    : undefined;
  const replay = new ReplayGuard();

  const metrics = createServiceMetrics(options.name);
  poolGauge(metrics, options.database);
  options.registerMetrics?.(metrics, options.database);

  // A job runs as the person who started it, checked when it was started; it asks other
  // subgraphs as this service (no caller's assertion outlives the request that started it).
  const jobs: JobRunner<Loaders> | undefined = options.jobs?.definitions.length
    ? new JobRunner<Loaders>({
        name: options.name,
        schema: options.jobs.schema,
        databaseUrl: options.jobs.databaseUrl,
        definitions: options.jobs.definitions,
        em: () => options.database.orm.em.fork() as EntityManager,
        contextFor: (identity, jobId) => {
          const em = options.database.orm.em.fork() as EntityManager;
          const peers = new Peers(options.peerUrls ?? {}, null, options.name, options.service.privateKey, jobId, watch);
          return {
            identity,
            em,
            loaders: options.createLoaders(em, identity, peers),
            peers,
            accessChanged: new Set<string>(),
            jobs,
          };
        },
        logger,
      })
    : undefined;
  if (jobs) {
    await jobs.start();
    scrapedGauge(metrics, 'kpi_jobs', 'Jobs by state (QUEUED, RUNNING; the last day’s SUCCEEDED and FAILED)', () =>
      jobs.store.countByState(),
    );
  }

  const app = serverApp();
  app.use(traceRequests());
  app.use(requestLog(logger));
  app.use(speakRequestLanguage());
  app.get('/metrics', metricsEndpoint(metrics));
  app.get('/health/live', (_req, res) => {
    res.json(liveness(options.name));
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await options.database.orm.em.getConnection().execute('select 1');
      // The pid lets a supervisor tell its own process from another one holding the port.
      res.json({ status: 'ready', service: options.name, pid: process.pid });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, reason: String(error) });
    }
  });
  app.use(
    '/graphql',
    requestMetrics(metrics),
    ...graphqlEdge('5mb'),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let caller: VerifiedCaller;
        try {
          caller = await verifyCaller(req, options.name, keys, replay);
        } catch (error) {
          if (error instanceof CallerRefused) logger.warn({ reason: error.reason }, 'refused a request without a valid assertion');
          throw error;
        }
        const identity = caller.identity;
        const observed = observedOf(res);
        observed.caller = identity.kind;
        const em = options.database.orm.em.fork() as EntityManager;
        const peers = new Peers(options.peerUrls ?? {}, caller.delegation, options.name, options.service.privateKey, String(req.id), watch);
        return {
          identity,
          em,
          loaders: options.createLoaders(em, identity, peers),
          peers,
          accessChanged: new Set<string>(),
          observed,
          jobs,
        };
      },
    }),
  );
  jsonErrors(app, options.name);
  const running = await listen(app, options.port ?? 0, options.host ?? '127.0.0.1');
  logger.info({ url: running.url }, 'subgraph ready');
  return {
    ...running,
    name: options.name,
    close: async () => {
      await running.close();
      await apollo.stop();
      await jobs?.stop();
      await watch?.close();
    },
  };
}
