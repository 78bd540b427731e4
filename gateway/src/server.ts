import { ApolloGateway } from '@apollo/gateway';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, formatError, listen, liveness, type RunningServer } from '@kpi/platform';
import express from 'express';
import type { CryptoKey } from 'jose';
import { Agent, fetch as undiciFetch } from 'undici';
import { ideHtml } from './ide.js';
import { identityFromRequest, IdentityForwardingDataSource, requireIdentityPlugin, type GatewayContext } from './identity.js';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  issuerPublicKey: CryptoKey;
  gatewayPrivateKey: CryptoKey;
  port?: number;
  host?: string;
  /** Serve GraphiQL on GET /graphql (development). */
  ide?: boolean;
}

/**
 * Limits on what one operation may ask (graphql-armor), refused before planning: the org tree is
 * the deepest legitimate shape (province → agency → division → positions, ~8 levels with
 * connections); 500-row pages with nested fields stay well under the cost limit.
 */
export const OPERATION_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 30 },
  maxTokens: { n: 4000 },
  costLimit: { maxCost: 20000 },
};

const healthUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '/health/ready');

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

/** The fetcher every RemoteGraphQLDataSource gets: undici's fetch over the keep-alive agent. */
export function subgraphFetcher(agent: Agent) {
  return (url: string, init?: Parameters<typeof undiciFetch>[1]) => undiciFetch(url, { ...init, dispatcher: agent });
}

/**
 * The one entry point of the graph: verifies the caller's token, plans each operation over the
 * static supergraph and calls the subgraphs over the pooled keep-alive connections above.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = createLogger('gateway');
  const agent = subgraphAgent();
  const fetcher = subgraphFetcher(agent);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new IdentityForwardingDataSource(name, { url: options.subgraphUrls[name] ?? url, fetcher: fetcher as never }),
  });
  const armor = new ApolloArmor(OPERATION_LIMITS).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at run time.
    plugins: [...(armor.plugins as never[]), ApolloServerPluginLandingPageDisabled(), requireIdentityPlugin as never],
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json(liveness('gateway'));
  });
  app.get('/health/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(2000) });
          return [name, response.ok ? 'ready' : `unavailable (${response.status})`] as const;
        } catch (error) {
          return [name, `unreachable (${(error as Error).message})`] as const;
        }
      }),
    );
    const ready = checks.every(([, status]) => status === 'ready');
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'unavailable', service: 'gateway', subgraphs: Object.fromEntries(checks) });
  });
  if (options.ide) {
    app.get('/graphql', (req, res, next) => {
      if (!req.accepts('html') || req.query.query) return next();
      res.type('html').send(ideHtml());
    });
    app.get('/', (_req, res) => res.redirect('/graphql'));
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        identity: await identityFromRequest(req.header('authorization'), options.issuerPublicKey),
        gatewayKey: options.gatewayPrivateKey,
      }),
    }),
  );
  const running = await listen(app, options.port ?? 4000, options.host ?? '127.0.0.1');
  logger.info({ url: running.url }, 'gateway ready');
  return {
    ...running,
    close: async () => {
      await running.close();
      await apollo.stop();
      await agent.close();
    },
  };
}
