import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { CryptoKey } from 'jose';
import type { SubgraphDatabase } from '../database/orm.js';
import { ErrorCode } from '../errors.js';
import type { Identity } from '../identity/identity.js';
import { IDENTITY_HEADER, verifyGatewayAssertion, verifyServiceAssertion } from '../identity/tokens.js';
import { createLogger } from '../logger.js';
import type { SubgraphContext } from './context.js';
import { listen, type RunningServer } from './http.js';
import { Peers } from './peers.js';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  database: SubgraphDatabase;
  /** Only assertions signed by the gateway's key, or by the graph's own service key, are accepted. */
  gatewayPublicKey: CryptoKey;
  service: { publicKey: CryptoKey; privateKey?: CryptoKey };
  createLoaders: (em: EntityManager, identity: Identity) => Loaders;
  /** Other subgraphs' URLs, for entity lookups through the graph. */
  peerUrls?: Record<string, string>;
  port?: number;
  host?: string;
}

export interface RunningSubgraph extends RunningServer {
  name: string;
}

/** Keeps internals out of responses: only coded domain errors and GraphQL's own reach clients. */
export function formatError(logger: ReturnType<typeof createLogger>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.INTERNAL) return formatted;
    logger.error({ err: error }, 'unexpected error');
    return {
      message: 'Internal error: the failure was logged for the operators.',
      extensions: { code: ErrorCode.INTERNAL },
      path: formatted.path,
    };
  };
}

const unauthenticatedResponse = () =>
  new GraphQLError('Sign in first: this request carries no valid identity.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });

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
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await options.database.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, reason: String(error) });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const assertion = req.header(IDENTITY_HEADER);
        if (!assertion) throw unauthenticatedResponse();
        let identity: Identity;
        try {
          identity = await verifyGatewayAssertion(assertion, options.gatewayPublicKey);
        } catch {
          try {
            identity = await verifyServiceAssertion(assertion, options.service.publicKey);
          } catch {
            throw unauthenticatedResponse();
          }
        }
        const em = options.database.orm.em.fork() as EntityManager;
        return {
          identity,
          em,
          loaders: options.createLoaders(em, identity),
          peers: new Peers(options.peerUrls ?? {}, assertion, options.name, options.service.privateKey),
        };
      },
    }),
  );
  const running = await listen(app, options.port ?? 0, options.host ?? '127.0.0.1');
  logger.info({ url: running.url }, 'subgraph ready');
  return {
    ...running,
    name: options.name,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}
