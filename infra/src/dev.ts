/**
 * The developer loop for one service (a subgraph or the gateway).
 *
 *   pnpm dev <name>           with `pnpm start` running: asks it to restart <name> now and again
 *                             whenever a file under the service's src folder or platform/src changes;
 *                             the rest of the graph keeps running, the gateway keeps routing to the
 *                             same port. Without a running `pnpm start`: runs <name> alone against
 *                             the same database and keys, restarting it on change (Node's --watch).
 *   pnpm dev:restart <name>   with `pnpm start` running: restarts <name> once, returns when it is ready.
 *
 * The running `pnpm start` is found on its control endpoint (127.0.0.1, KPI_CONTROL_PORT, 4099).
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { databaseUrlFor, loadGraphConfig, workspaceRoot } from '@kpi/platform';
import { controlPort, requestRestart, runningServices } from './control.js';
import { resolveDatabase } from './database.js';

const log = (line: string) => console.log(`[dev]        ${line}`);
const args = process.argv.slice(2);
const once = args.includes('--once');
const name = args.find((arg) => !arg.startsWith('--'));
const entries = loadGraphConfig().subgraphs.filter((entry) => entry.entry);
const script = name === 'gateway' ? 'gateway/src/index.ts' : entries.find((entry) => entry.name === name)?.entry;
if (!name || !script) {
  console.error(`Usage: pnpm ${once ? 'dev:restart' : 'dev'} <${[...entries.map((entry) => entry.name), 'gateway'].join('|')}>`);
  process.exit(1);
}
const root = workspaceRoot();
const folder = name === 'gateway' ? 'gateway/src' : script.replace(/\/src\/index\.ts$/, '/src');

const services = await runningServices();
if (services && !services.some((service) => service.name === name)) {
  console.error(`The running pnpm start has no service ${name} (it has ${services.map((service) => service.name).join(', ')}).`);
  process.exit(1);
}

if (once) {
  if (!services) {
    console.error(
      `No running pnpm start answers on 127.0.0.1:${controlPort()} (KPI_CONTROL_PORT); start the graph first, or use pnpm dev ${name}.`,
    );
    process.exit(1);
  }
  try {
    const result = await restart('requested');
    process.exit(result ? 0 : 1);
  } catch (error) {
    console.error(`[dev]        ${(error as Error).message}`);
    process.exit(1);
  }
} else if (services) {
  await watchAndRestart();
} else {
  await standalone();
}

/** One restart through the supervisor; false when the service did not come back (its output says why). */
async function restart(reason: string): Promise<boolean> {
  log(`restarting ${name} (${reason})…`);
  try {
    const result = await requestRestart(name!);
    log(`${name} is back in ${result.seconds} s (pid ${result.pid})`);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    if (/fetch failed|ECONNREFUSED/.test(message) || (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED')
      throw new Error('pnpm start is no longer running');
    log(`${name} did not come back: ${message} — see its output in pnpm start; fix it and save again`);
    return false;
  }
}

async function watchAndRestart() {
  // The gateway also reads the committed supergraph: restart it after `pnpm schema:compose`.
  const watched = name === 'gateway' ? [folder, 'platform/src', 'schema'] : [folder, 'platform/src'];
  const relevant = (dir: string, file: string) => dir !== 'schema' || file === 'supergraph.graphql';
  log(`${name} runs inside the running pnpm start (control port ${controlPort()}); watching ${watched.join(', ')}`);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending: string | undefined;
  const run = async (reason: string) => {
    if (running) {
      pending = reason; // one more restart after this one: the file changed after the new process read it
      return;
    }
    running = true;
    try {
      await restart(reason);
    } catch (error) {
      log(`${(error as Error).message}; stopping`);
      process.exit(1);
    } finally {
      running = false;
    }
    if (pending) {
      const next = pending;
      pending = undefined;
      await run(next);
    }
  };
  // Editors' swap and backup files are not sources.
  const ignored = (file: string) => /(^|[/\\])\.|~$|\.sw.$|\.tmp$/.test(file);
  for (const dir of watched) {
    watch(join(root, dir), { recursive: dir !== 'schema' }, (_event, file) => {
      if (!file || ignored(file) || !relevant(dir, file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(`${join(dir, file)} changed`), 250);
    });
  }
  // The running copy may predate the sources on disk: start from them.
  await run('pnpm dev started');
  process.on('SIGINT', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}

/** No supervisor: run the service alone, against the database and keys `pnpm start` uses. */
async function standalone() {
  log(`no running pnpm start on control port ${controlPort()}: running ${name} alone, restarting on change`);
  // The gateway needs no database; a subgraph with its own <NAME>_DATABASE_URL needs no shared one.
  const database = name === 'gateway' || databaseUrlFor(name!) ? undefined : await resolveDatabase(log);
  const child = spawn(
    process.execPath,
    [
      '--watch-path',
      join(root, folder),
      '--watch-path',
      join(root, 'platform/src'),
      '--import',
      '@swc-node/register/esm-register',
      script!,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...(database?.url ? { DATABASE_URL: database.url } : {}) } },
  );
  const stop = async () => {
    child.kill('SIGTERM');
    await database?.stop?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
