/**
 * The peer gateways `pnpm bench:gateway` compares ours with: Hive Gateway, with and without its
 * Rust query planner. They are installed on demand with npm into a folder of their own
 * (BENCH_PEERS_DIR, by default kpi-bench-peers in the system temp folder), never into the
 * workspace's install, and each runs as its own process (bench-peer-hive.ts) on the graph's
 * supergraph and subgraphs.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from '@kpi/platform';

/** Pinned, so that figures of different days compare: Hive Gateway 2.15 and the planner it was released with. */
export const PEER_VERSIONS = {
  '@graphql-hive/gateway': '2.15.1',
  '@graphql-hive/router-runtime': '1.4.23',
  graphql: '16.15.0',
} as const;

/**
 * Hive reports usage and traces when it finds a target and a token in its environment: a bench
 * never sends anything anywhere, so none of these reach it.
 */
const REPORTING_VARIABLES = [
  'HIVE_ACCESS_TOKEN',
  'HIVE_USAGE_ACCESS_TOKEN',
  'HIVE_TRACE_ACCESS_TOKEN',
  'HIVE_REGISTRY_TOKEN',
  'HIVE_TARGET',
  'HIVE_USAGE_TARGET',
  'HIVE_CDN_KEY',
  'HIVE_CDN_ENDPOINT',
  'APOLLO_KEY',
  'APOLLO_GRAPH_REF',
  'OPENTELEMETRY',
];

export const peersFolder = () => process.env.BENCH_PEERS_DIR ?? join(tmpdir(), 'kpi-bench-peers');

const installedVersion = (folder: string, name: string): string | null => {
  const file = join(folder, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
};

/** Installs the pinned peers into the folder unless they are there already; returns how long it took (s). */
export function installPeers(folder: string, log: (line: string) => void): number {
  mkdirSync(folder, { recursive: true });
  if (Object.entries(PEER_VERSIONS).every(([name, version]) => installedVersion(folder, name) === version)) return 0;
  const started = performance.now();
  log(`installing Hive Gateway ${PEER_VERSIONS['@graphql-hive/gateway']} and its Rust planner into ${folder} (npm, a minute or two)…`);
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'kpi-bench-peers', private: true, dependencies: PEER_VERSIONS }, null, 2),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - started) / 1000;
}

export interface HivePeer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** What bench-peer-hive.ts is given (as a JSON file: it holds paths and URLs only, no secret). */
export interface HivePeerConfig {
  peersDir: string;
  port: number;
  supergraphFile: string;
  keysDir: string;
  subgraphUrls: Record<string, string>;
  routerRuntime: boolean;
}

/**
 * Starts Hive Gateway on the port and waits until it answers a query. With the Rust planner, it
 * fails rather than measure the JavaScript one in its place: Hive falls back to it with a warning
 * only when the planner cannot be loaded.
 */
export async function startHive(config: HivePeerConfig): Promise<HivePeer> {
  const name = config.routerRuntime ? 'hive-rust' : 'hive';
  const configFile = join(config.peersDir, `${name}.json`);
  const logFile = join(config.peersDir, `${name}.log`);
  writeFileSync(configFile, JSON.stringify(config));
  const env: NodeJS.ProcessEnv = { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NODE_ENV: 'production' };
  for (const variable of REPORTING_VARIABLES) delete env[variable];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'infra/src/bench-peer-hive.ts', configFile],
    { cwd: workspaceRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = createWriteStream(logFile);
  let output = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    if (output.length < 100_000) output += chunk.toString('utf8');
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${config.port}/graphql`;
  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
    log.end();
  };
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited while starting, see ${logFile}:\n${output.slice(-2000)}`);
    const up = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (up) break;
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer within 60 s, see ${logFile}:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (
    config.routerRuntime &&
    (!output.includes('Using Hive Router Runtime') || output.includes('Could not load the @graphql-hive/router-runtime'))
  ) {
    await stop();
    throw new Error(`Hive did not load its Rust planner (it would measure the JavaScript one), see ${logFile}`);
  }
  return { url, pid: child.pid!, stop };
}
