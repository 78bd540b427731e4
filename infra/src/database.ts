import { dataDir, EMBEDDED_PORT, startEmbeddedPostgres, withDatabase } from '@kpi/platform/database';
import { join } from 'node:path';
import net from 'node:net';

export interface Database {
  url: string;
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
 * `DATABASE_URL` when set (a real server); otherwise the embedded PostgreSQL whose data lives in
 * `.data/postgres` — started here, or reused when a running `pnpm start` already has it up.
 */
export async function resolveDatabase(log: (line: string) => void): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, description: 'DATABASE_URL' };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_PORT);
  const dir = join(dataDir(), 'postgres');
  if (await portOpen(port)) {
    const server = { url: `postgres://postgres:kpi-embedded@127.0.0.1:${port}/postgres` };
    return { url: withDatabase(server.url, DATABASE), description: `embedded PostgreSQL already running on port ${port}` };
  }
  log(`starting embedded PostgreSQL (data in ${dir}, port ${port})…`);
  const server = await startEmbeddedPostgres({ dataDir: dir, port, log });
  return { url: withDatabase(server.url, DATABASE), stop: server.stop, description: `embedded PostgreSQL on port ${port}, data in ${dir}` };
}
