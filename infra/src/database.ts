import {
  databaseUrlFor,
  dataDir,
  EMBEDDED_PORT,
  embeddedDataDir,
  redactUrl,
  startEmbeddedPostgres,
  withDatabase,
} from '@kpi/platform/database';
import { join } from 'node:path';
import net from 'node:net';

export interface Database {
  /** The shared database (`DATABASE_URL` or the embedded one); unset when every subgraph has its own URL. */
  url?: string;
  /** Set when this process started the embedded server and must stop it. */
  stop?: () => Promise<void>;
  description: string;
}

const DATABASE = 'kpi';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The shared database: `DATABASE_URL` when set (a real server); otherwise the embedded PostgreSQL
 * whose data lives in `.data/postgres` — started here, or reused when a running `pnpm start`
 * already has it up. `subgraphs` are the names of the subgraphs that will use it: when each of
 * them has its own `<NAME>_DATABASE_URL`, nothing is started.
 */
export async function resolveDatabase(log: (line: string) => void, subgraphs?: string[]): Promise<Database> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, description: `DATABASE_URL (${redactUrl(process.env.DATABASE_URL)})` };
  if (subgraphs && subgraphs.every((name) => databaseUrlFor(name))) return { description: 'one <NAME>_DATABASE_URL per subgraph' };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_PORT);
  const dir = join(dataDir(), 'postgres');
  if (await portOpen(port)) {
    const server = { url: `postgres://postgres:kpi-embedded@127.0.0.1:${port}/postgres` };
    return {
      url: withDatabase(server.url, DATABASE),
      description: `embedded PostgreSQL already running on port ${port} (data in ${embeddedDataDir(dir).dir})`,
    };
  }
  log(`starting embedded PostgreSQL (port ${port})…`);
  const server = await startEmbeddedPostgres({ dataDir: dir, port, log });
  return {
    url: withDatabase(server.url, DATABASE),
    stop: server.stop,
    description: `embedded PostgreSQL on port ${port}, data in ${server.dataDir}`,
  };
}

/** The environment a subgraph process gets, and the database it will read — the same function decides both. */
export function subgraphDatabase(name: string, env: NodeJS.ProcessEnv): { url: string; own: boolean } {
  const url = databaseUrlFor(name, env);
  if (!url) throw new Error(`no database for ${name}: set ${name.toUpperCase()}_DATABASE_URL or DATABASE_URL`);
  return { url, own: Boolean(env[`${name.toUpperCase()}_DATABASE_URL`]) };
}
