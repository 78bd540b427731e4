import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CryptoKey } from 'jose';
import { join } from 'node:path';
import { openSubgraphDatabase, type SubgraphDatabase, type SubgraphDatabaseOptions } from '../database/orm.js';
import { databaseUrlFor } from '../database/url.js';
import { buildFederatedSchema, type FederatedSchema, type FederatedSchemaOptions } from '../graphql/federation.js';
import type { Identity } from '../identity/identity.js';
import { loadKeyRing } from '../identity/keys.js';
import { createLogger } from '../logger.js';
import { dataDir } from '../paths.js';
import { loadGraphConfig, subgraphUrl } from '../graph-config.js';
import { startSubgraphServer, type RunningSubgraph } from './subgraph-server.js';
import type { ServiceMetrics } from '../observability/metrics.js';
import type { JobDefinition } from '../jobs/runner.js';
import type { Peers } from './peers.js';
import { flushTracing } from '../observability/tracing.js';

/**
 * Everything the platform needs to know to run a subgraph. Each subgraph exports one; the
 * server, the composition script, the supervisor and the test kit all take it from there.
 */
export interface SubgraphDefinition<Loaders = unknown> {
  name: string;
  /** The PostgreSQL schema it owns. */
  schema: string;
  defaultPort: number;
  entities: SubgraphDatabaseOptions['entities'];
  migrations: SubgraphDatabaseOptions['migrations'];
  resolvers: FederatedSchemaOptions['resolvers'];
  orphanedTypes?: FederatedSchemaOptions['orphanedTypes'];
  referenceResolvers: GraphQLResolverMap<never>;
  /** A request's loaders; `peers` to read what is kept under revisions (its own, its peers'). */
  createLoaders(em: EntityManager, identity: Identity, peers: Peers): Loaders;
  /** The subgraph's own gauges at /metrics (its domain's figures: diaries today, reviews waiting…). */
  metrics?: (metrics: ServiceMetrics, database: SubgraphDatabase) => void;
  /** Long work run as jobs (pg-boss): each kind's worker runs in the subgraph's own process. */
  jobs?: readonly JobDefinition<Loaders, never>[];
  /**
   * Housekeeping the service does for its own tables (the diary creates its month partitions
   * ahead): run once after the migrations, before the service serves — a failure there stops the
   * start — then every `everyMs` while it runs, a failure then being logged and tried again at the
   * next round.
   */
  upkeep?: { everyMs: number; run(database: SubgraphDatabase): Promise<string | void> };
  /**
   * Demo data a subgraph ships itself (a department's own), for `pnpm start` (loaded once, on first
   * start) and `pnpm demo:reload`. The province's demo for the graph's own subgraphs is `@kpi/demo`.
   */
  demo?: {
    isLoaded(databaseUrl: string): Promise<boolean>;
    load(databaseUrl: string, options: { replace: boolean; onProgress?: (done: number, total: number) => void }): Promise<void>;
  };
}

const built = new WeakMap<SubgraphDefinition<unknown>, Promise<FederatedSchema>>();

/** type-graphql keeps global metadata: build each subgraph's schema once per process. */
export function buildSubgraphSchemaOf(definition: SubgraphDefinition<unknown>): Promise<FederatedSchema> {
  let schema = built.get(definition);
  if (!schema) {
    schema = buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: definition.referenceResolvers,
    });
    built.set(definition, schema);
  }
  return schema;
}

export interface StartSubgraphOptions {
  databaseUrl: string;
  gatewayPublicKey: CryptoKey;
  service: { publicKey: CryptoKey; privateKey?: CryptoKey };
  port?: number;
  host?: string;
  peerUrls?: Record<string, string>;
}

export interface StartedSubgraph {
  server: RunningSubgraph;
  database: SubgraphDatabase;
  stop(): Promise<void>;
}

/** Opens the database, applies pending migrations, and serves. */
export async function startSubgraph(definition: SubgraphDefinition<unknown>, options: StartSubgraphOptions): Promise<StartedSubgraph> {
  const { schema } = await buildSubgraphSchemaOf(definition);
  const database = await openSubgraphDatabase({
    url: options.databaseUrl,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  let upkeepTimer: NodeJS.Timeout | undefined;
  try {
    await database.migrate();
    if (definition.upkeep) upkeepTimer = await startUpkeep(definition.name, definition.upkeep, database);
    const server = await startSubgraphServer({
      name: definition.name,
      schema,
      database,
      gatewayPublicKey: options.gatewayPublicKey,
      service: options.service,
      createLoaders: definition.createLoaders,
      peerUrls: options.peerUrls,
      databaseUrl: options.databaseUrl,
      port: options.port,
      host: options.host,
      registerMetrics: definition.metrics,
      jobs: definition.jobs ? { schema: definition.schema, databaseUrl: options.databaseUrl, definitions: definition.jobs } : undefined,
    });
    return {
      server,
      database,
      stop: async () => {
        clearInterval(upkeepTimer);
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    clearInterval(upkeepTimer);
    await database.close();
    throw error;
  }
}

async function startUpkeep(name: string, upkeep: NonNullable<SubgraphDefinition['upkeep']>, database: SubgraphDatabase) {
  const logger = createLogger(name);
  const report = (done: string | void) => done && logger.info({ upkeep: done }, 'upkeep');
  report(await upkeep.run(database));
  const timer = setInterval(() => {
    upkeep.run(database).then(report, (error: unknown) => logger.error({ err: error }, 'upkeep failed; trying again at the next round'));
  }, upkeep.everyMs);
  timer.unref();
  return timer;
}

export { databaseUrlFor };

/** The entry point of a subgraph process: configuration from the environment, clean shutdown on signals. */
export async function runSubgraphFromEnv(definition: SubgraphDefinition<unknown>) {
  const logger = createLogger(definition.name);
  const databaseUrl = databaseUrlFor(definition.name);
  if (!databaseUrl) throw new Error(`Set ${definition.name.toUpperCase()}_DATABASE_URL or DATABASE_URL (pnpm start does this for you).`);
  const keys = await loadKeyRing(process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys'));
  const port = Number(process.env[`${definition.name.toUpperCase()}_PORT`] ?? definition.defaultPort);
  const peerUrls = Object.fromEntries(loadGraphConfig().subgraphs.map((entry) => [entry.name, subgraphUrl(entry)]));
  const started = await startSubgraph(definition, {
    databaseUrl,
    gatewayPublicKey: keys.gateway.publicKey,
    service: keys.service,
    port,
    host: process.env.HOST,
    peerUrls,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await started.stop();
    await flushTracing(); // the last requests' spans, still queued
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return started;
}
