import { spawn, type ChildProcess } from 'node:child_process';
import { workspaceRoot } from '@kpi/platform';

export interface Service {
  name: string;
  script: string;
  env: Record<string, string | undefined>;
  /** What the service's /health/ready answers (a subgraph: its database is reachable). */
  readyUrl: string;
  /**
   * What the supervisor polls to know a (re)started process serves; defaults to `readyUrl`. The
   * gateway's is /health/live: it serves, with partial answers, while a subgraph is down.
   */
  upUrl?: string;
}

export interface RestartResult {
  name: string;
  pid: number | undefined;
  seconds: number;
}

/**
 * When a service exits without being asked to, it is started again after a delay that doubles
 * with each crash in a row (`firstDelayMs`, 2×, 4×… up to `maxDelayMs`). A process that stayed up
 * `stableAfterMs` has recovered: its next crash starts the count again. After `maxQuickCrashes`
 * crashes in a row, each within `stableAfterMs` of its start, the supervisor gives up on that
 * service — it stays down, the rest of the graph keeps running, and `pnpm dev:restart <name>`
 * (or a save under `pnpm dev <name>`) tries again with a fresh count.
 */
export interface RestartPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  stableAfterMs: number;
  maxQuickCrashes: number;
}

/** 0.5 s, 1, 2, 4, 8, 16, 30, 30, 30, 30: about two and a half minutes of trying before giving up. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  maxQuickCrashes: 10,
};

export type ServiceState = 'running' | 'restarting' | 'given-up' | 'stopped';

export interface ServiceStatus {
  name: string;
  /** The Node process serving it (a real PID: services run on process.execPath); null while down. */
  pid: number | null;
  readyUrl: string;
  state: ServiceState;
  /** Crashes in a row (reset once a process stays up `stableAfterMs`). */
  crashes: number;
  /** Restarts after a crash since the supervisor started. */
  restarts: number;
}

export interface SupervisorOptions {
  log?: (line: string) => void;
  policy?: Partial<RestartPolicy>;
  /** Called when the supervisor gives up on a crash-looping service. */
  onGiveUp?: (name: string) => void;
  /** Where the services' own output goes (prefixed with their name); default this process's. */
  output?: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
}

export class UnknownServiceError extends Error {}

interface Slot {
  service: Service;
  child?: ChildProcess;
  startedAt: number;
  crashes: number;
  restarts: number;
  state: ServiceState;
  /** A restart after a crash, waiting for its back-off delay. */
  timer?: NodeJS.Timeout;
}

/** Starts tracing in a service before its code loads (platform/src/observability/preload.ts); relative to the workspace root. */
export const TRACING_PRELOAD = './platform/src/observability/preload.ts';

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const secondsSince = (start: number) => Number(((performance.now() - start) / 1000).toFixed(1));

/**
 * Runs services as child processes on this Node (24, via pnpm's `node` package) and prefixes
 * their output. Faults are normal: a service that crashes is started again with exponential
 * back-off (see RestartPolicy) while the others keep running; only a signal to the supervisor
 * stops them all. One service can also be restarted on purpose (the developer loop): the new
 * process loads the current sources, on the same port, while the others keep running.
 */
export class Supervisor {
  private readonly slots = new Map<string, Slot>();
  /** Children we stopped on purpose (a restart, the end): their exit is no crash. */
  private readonly expectedExits = new WeakSet<ChildProcess>();
  private readonly restartChain = new Map<string, Promise<unknown>>();
  private readonly queuedRestarts = new Map<string, Promise<RestartResult>>();
  private readonly policy: RestartPolicy;
  private readonly log: (line: string) => void;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions = {}) {
    this.policy = { ...DEFAULT_RESTART_POLICY, ...options.policy };
    this.log = options.log ?? (() => {});
  }

  /** Starts a service (again, if it was known), supervised from now on. */
  start(service: Service) {
    const slot = this.slots.get(service.name) ?? { service, startedAt: 0, crashes: 0, restarts: 0, state: 'running' as ServiceState };
    slot.service = service;
    this.slots.set(service.name, slot);
    this.spawn(slot);
  }

  private spawn(slot: Slot) {
    const { service } = slot;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    // TypeScript sources go through swc (no build step), after the tracing preload (which starts
    // OpenTelemetry only when an OTLP endpoint is configured); a plain .js/.mjs script runs as it is.
    const loader = /\.[mc]?ts$/.test(service.script) ? ['--import', '@swc-node/register/esm-register', '--import', TRACING_PRELOAD] : [];
    const child = spawn(process.execPath, ['--enable-source-maps', ...loader, service.script], {
      cwd: workspaceRoot(),
      // Each service names its own spans; an OTEL_SERVICE_NAME of the supervisor's would merge them.
      env: { ...process.env, OTEL_SERVICE_NAME: service.name, ...service.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${service.name}]`.padEnd(12);
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) out.write(`${prefix} ${line}\n`);
      });
      stream.on('end', () => {
        if (buffer.trim()) out.write(`${prefix} ${buffer}\n`);
      });
    };
    relay(child.stdout!, this.options.output?.stdout ?? process.stdout);
    relay(child.stderr!, this.options.output?.stderr ?? process.stderr);
    // A failure to spawn at all comes as 'error' (and maybe no 'exit'): treat it as a crash.
    child.on('error', (error) => {
      this.log(`${service.name} could not be started: ${error.message}`);
      if (child.pid === undefined) this.crashed(slot, child, null, null);
    });
    child.on('exit', (code, signal) => this.crashed(slot, child, code, signal));
    slot.child = child;
    slot.startedAt = performance.now();
    slot.state = 'running';
  }

  /** A child exited: nothing to do if we asked it to; otherwise restart it after its back-off. */
  private crashed(slot: Slot, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) {
    if (slot.child !== child) return;
    slot.child = undefined;
    if (this.stopping || this.expectedExits.has(child)) return;
    const name = slot.service.name;
    const upFor = performance.now() - slot.startedAt;
    if (upFor >= this.policy.stableAfterMs) slot.crashes = 0;
    slot.crashes += 1;
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    if (slot.crashes > this.policy.maxQuickCrashes) {
      slot.state = 'given-up';
      this.log(
        `${name} exited unexpectedly (${how}) — ${slot.crashes - 1} restarts in a row did not last ${this.policy.stableAfterMs / 1000} s; ` +
          `giving up on it. The rest of the graph keeps running; pnpm dev:restart ${name} tries again`,
      );
      this.options.onGiveUp?.(name);
      return;
    }
    const delay = Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** (slot.crashes - 1));
    slot.state = 'restarting';
    this.log(
      `${name} exited unexpectedly (${how}, after ${(upFor / 1000).toFixed(1)} s); restarting it in ${delay / 1000} s ` +
        `(crash ${slot.crashes} in a row; gives up after ${this.policy.maxQuickCrashes}); the rest of the graph keeps running`,
    );
    const crashedAt = performance.now();
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      if (this.stopping || slot.state !== 'restarting') return;
      slot.restarts += 1;
      this.spawn(slot);
      const started = slot.child!;
      this.waitReady(slot.service, { timeoutMs: this.policy.stableAfterMs, failOnExitOf: started }).then(
        () => this.log(`${name} is back (pid ${started.pid}), ${secondsSince(crashedAt)} s after it went down`),
        () => {}, // its exit is logged (and handled) above; a slow start shows in its own output
      );
    }, delay);
  }

  /** Each service, its process id (none while it is down), readiness URL and state. */
  list(): ServiceStatus[] {
    return [...this.slots.values()].map((slot) => ({
      name: slot.service.name,
      pid: slot.child?.pid ?? null,
      readyUrl: slot.service.readyUrl,
      state: this.stopping ? 'stopped' : slot.state,
      crashes: slot.crashes,
      restarts: slot.restarts,
    }));
  }

  /**
   * Resolves once the service answers its `upUrl` (else `readyUrl`), through any restarts after
   * crashes; rejects when the supervisor gives up on it, when it stops, on the timeout, or — with
   * `failOnExitOf` — as soon as that very process exits.
   */
  async waitReady(service: Service | string, options: { timeoutMs?: number; failOnExitOf?: ChildProcess } = {}) {
    const name = typeof service === 'string' ? service : service.name;
    const slot = this.slots.get(name);
    if (!slot) throw new UnknownServiceError(`no service named ${name}`);
    const url = slot.service.upUrl ?? slot.service.readyUrl;
    const timeoutMs = options.timeoutMs ?? 90_000;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.stopping) throw new Error('the graph is stopping');
      if (slot.state === 'given-up') throw new Error(`${name} keeps crashing; the supervisor gave up on it`);
      const watched = options.failOnExitOf;
      if (watched && !alive(watched))
        throw new Error(
          `${name} exited before it was ready (${watched.signalCode ? `killed by ${watched.signalCode}` : `code ${watched.exitCode}`})`,
        );
      if (slot.child && alive(slot.child) && (await this.answersAsItself(url, slot.child))) return;
      await sleep(150);
    }
    throw new Error(`${name} was not ready within ${timeoutMs / 1000} s (${url})`);
  }

  /**
   * The process answering at `url` is `child` itself: a 200 whose body, when it names a pid (every
   * service of the graph does), names this one. Another process that happens to hold the port — a
   * test's server on a port picked before the service started — is not taken for the service,
   * which meanwhile fails to listen and is restarted.
   */
  private async answersAsItself(url: string, child: ChildProcess): Promise<boolean> {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      const text = await response.text();
      if (!response.ok) return false;
      let pid: unknown;
      try {
        pid = (JSON.parse(text) as { pid?: unknown }).pid;
      } catch {
        pid = undefined; // not JSON: a plain health answer
      }
      return pid === undefined || pid === child.pid;
    } catch {
      return false; // not listening yet
    }
  }

  /**
   * Stops one service and starts it again with the same environment (so the same port: the
   * gateway keeps routing to it), resolving once it is ready. It also revives a service the
   * supervisor gave up on, with a fresh crash count. Restarts of one service run one after
   * another; a request made while another waits to begin joins it (it will load the latest
   * sources anyway).
   */
  restart(name: string): Promise<RestartResult> {
    if (!this.slots.has(name)) return Promise.reject(new UnknownServiceError(`no service named ${name}`));
    const queued = this.queuedRestarts.get(name);
    if (queued) return queued;
    const previous = this.restartChain.get(name) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => {
        this.queuedRestarts.delete(name);
        return this.restartNow(name);
      });
    this.queuedRestarts.set(name, next);
    this.restartChain.set(name, next);
    return next;
  }

  private async restartNow(name: string): Promise<RestartResult> {
    if (this.stopping) throw new Error('the graph is stopping');
    const slot = this.slots.get(name)!;
    const started = performance.now();
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.crashes = 0;
    const old = slot.child;
    this.log(`restarting ${name}${old?.pid ? ` (pid ${old.pid})` : ''}…`);
    if (old) await this.stopChild(old);
    if (this.stopping) throw new Error('the graph is stopping');
    this.spawn(slot);
    // A process that dies on start (a syntax error under pnpm dev) is reported at once; the
    // supervisor still restarts it with back-off, as any crash.
    await this.waitReady(slot.service, { failOnExitOf: slot.child });
    const result = { name, pid: slot.child?.pid, seconds: secondsSince(started) };
    this.log(`${name} restarted in ${result.seconds} s (pid ${result.pid})`);
    return result;
  }

  /** SIGTERM (services close their servers and pools), SIGKILL after 10 s. */
  private stopChild(child: ChildProcess): Promise<void> {
    this.expectedExits.add(child);
    if (!alive(child)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** Every child, together; no restart happens after this. */
  async stopAll() {
    this.stopping = true;
    for (const slot of this.slots.values()) clearTimeout(slot.timer);
    await Promise.all([...this.slots.values()].flatMap((slot) => (slot.child ? [this.stopChild(slot.child)] : [])));
  }
}
