import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Supervisor, type Service } from '../src/supervisor.js';
import { freePort } from './supervised-graph.js';

/** The restart policy on stand-in services (real processes, quick to start), with short delays. */
const folder = mkdtempSync(join(tmpdir(), 'kpi-supervisor-'));
const log: string[] = [];
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
const supervisor = new Supervisor({
  log: (line) => log.push(line),
  policy: { firstDelayMs: 100, maxDelayMs: 400, stableAfterMs: 10_000, maxQuickCrashes: 3 },
  output: { stdout: quiet, stderr: quiet },
});
const seen = new Set<number>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = (name: string) => supervisor.list().find((s) => s.name === name)!;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    for (const s of supervisor.list()) if (s.pid) seen.add(s.pid);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log:\n${log.join('\n')}`);
    await sleep(20);
  }
}
const service = async (name: string, env: Record<string, string>): Promise<Service> => {
  const port = await freePort();
  return {
    name,
    script: 'infra/test/fixtures/flaky-service.mjs',
    env: { ...env, FLAKY_PORT: String(port) },
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
  };
};

afterAll(async () => {
  await supervisor.stopAll();
  for (const pid of seen) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

describe('the supervisor', () => {
  it('restarts a killed service by itself, on the same port, and leaves the others alone', async () => {
    const steady = await service('steady', { FLAKY_MODE: 'serve' });
    const other = await service('other', { FLAKY_MODE: 'serve' });
    supervisor.start(steady);
    supervisor.start(other);
    await Promise.all([supervisor.waitReady(steady), supervisor.waitReady(other)]);
    const [pid, otherPid] = [status('steady').pid!, status('other').pid!];
    seen.add(pid).add(otherPid);
    process.kill(pid, 'SIGKILL');
    await until(() => status('steady').pid !== null && status('steady').pid !== pid, 10_000, 'steady to be restarted');
    await supervisor.waitReady('steady');
    expect(status('steady')).toMatchObject({ state: 'running', restarts: 1, crashes: 1 });
    expect(status('other')).toMatchObject({ pid: otherPid, state: 'running', restarts: 0 });
    expect(log.join('\n')).toMatch(
      /steady exited unexpectedly \(killed by SIGKILL, after [\d.]+ s\); restarting it in 0\.1 s \(crash 1 in a row/,
    );
    await until(() => log.some((line) => /^steady is back \(pid \d+\)/.test(line)), 10_000, 'the "is back" line');
  }, 30_000);

  it('backs off exponentially, gives up after the policy’s crashes in a row, and a restart revives it', async () => {
    const file = join(folder, 'fixed');
    const flaky = await service('flaky', { FLAKY_MODE: 'crash-unless-file', FLAKY_FILE: file });
    const otherPid = status('other').pid!;
    supervisor.start(flaky);
    await until(() => status('flaky').state === 'given-up', 30_000, 'the supervisor to give up on flaky');
    const delays = log
      .filter((line) => line.startsWith('flaky exited'))
      .map((line) => /restarting it in ([\d.]+) s/.exec(line)?.[1] ?? 'gave up');
    expect(delays).toEqual(['0.1', '0.2', '0.4', 'gave up']);
    expect(log.at(-1)).toMatch(
      /flaky exited unexpectedly \(exit code 3\) — 3 restarts in a row did not last 10 s; giving up on it\. The rest of the graph keeps running/,
    );
    expect(status('flaky')).toMatchObject({ pid: null, state: 'given-up', restarts: 3 });
    await expect(supervisor.waitReady('flaky')).rejects.toThrow(/gave up/);
    expect(status('other')).toMatchObject({ pid: otherPid, state: 'running' });

    // Fixed: a restart (pnpm dev:restart flaky) starts it with a fresh count.
    writeFileSync(file, 'ok');
    const result = await supervisor.restart('flaky');
    seen.add(result.pid!);
    expect(status('flaky')).toMatchObject({ pid: result.pid, state: 'running', crashes: 0 });
  }, 40_000);

  it('does not take another process holding the port for the service itself', async () => {
    // Someone else's server on the port, answering /health/ready as a service would.
    const squatter = createServer((_req, res) => res.writeHead(200).end(JSON.stringify({ status: 'ready', pid: 1 })));
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as AddressInfo).port;
    const late: Service = {
      name: 'late',
      script: 'infra/test/fixtures/flaky-service.mjs',
      env: { FLAKY_MODE: 'serve', FLAKY_PORT: String(port) },
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
    };
    supervisor.start(late);
    try {
      // It cannot listen (the port is taken) and crashes; the squatter's 200 does not count.
      await expect(supervisor.waitReady(late, { timeoutMs: 1500 })).rejects.toThrow(/not ready within|gave up/);
      expect(log.some((line) => line.startsWith('late exited unexpectedly'))).toBe(true);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    // The port free again, the service comes up there and is the one answering.
    const result = await supervisor.restart('late');
    seen.add(result.pid!);
    const answer = (await (await fetch(late.readyUrl)).json()) as { pid: number };
    expect(answer.pid).toBe(result.pid);
  }, 30_000);
});
