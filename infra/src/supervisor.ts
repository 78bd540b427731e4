import { spawn, type ChildProcess } from 'node:child_process';
import { workspaceRoot } from '@kpi/platform';

export interface Service {
  name: string;
  script: string;
  env: Record<string, string | undefined>;
  readyUrl: string;
}

export interface RestartResult {
  name: string;
  pid: number | undefined;
  seconds: number;
}

export class UnknownServiceError extends Error {}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Runs services as child processes on this Node (24, via pnpm's `node` package), prefixes their
 * output, and stops them all together: on a signal, or when one of them dies. One service can be
 * restarted on its own (the developer loop): the new process loads the current sources, on the
 * same port, while the others keep running.
 */
export class Supervisor {
  private readonly services = new Map<string, Service>();
  private readonly children = new Map<string, ChildProcess>();
  /** Children we stopped on purpose (a restart): their exit is no reason to stop the graph. */
  private readonly expectedExits = new WeakSet<ChildProcess>();
  /** Services restarted by a developer: if they crash, the graph keeps running without them until the next restart. */
  private readonly underDevelopment = new Set<string>();
  private readonly restartChain = new Map<string, Promise<unknown>>();
  private readonly queuedRestarts = new Map<string, Promise<RestartResult>>();
  private stopping = false;

  constructor(
    private readonly onUnexpectedExit: (name: string, code: number | null) => void,
    private readonly log: (line: string) => void = () => {},
  ) {}

  start(service: Service) {
    this.services.set(service.name, service);
    const child = spawn(process.execPath, ['--enable-source-maps', '--import', '@swc-node/register/esm-register', service.script], {
      cwd: workspaceRoot(),
      env: { ...process.env, ...service.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${service.name}]`.padEnd(12);
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
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
    relay(child.stdout!, process.stdout);
    relay(child.stderr!, process.stderr);
    child.on('exit', (code) => {
      if (this.children.get(service.name) === child) this.children.delete(service.name);
      if (this.stopping || this.expectedExits.has(child)) return;
      if (this.underDevelopment.has(service.name)) {
        this.log(
          `${service.name} exited (code ${code}); the rest of the graph keeps running — fix it and save, or pnpm dev:restart ${service.name}`,
        );
        return;
      }
      this.onUnexpectedExit(service.name, code);
    });
    this.children.set(service.name, child);
  }

  /** Each service, its process id (none while it is down) and readiness URL. */
  list() {
    return [...this.services.values()].map((service) => ({
      name: service.name,
      pid: this.children.get(service.name)?.pid ?? null,
      readyUrl: service.readyUrl,
    }));
  }

  async waitReady(service: Service, timeoutMs = 90_000) {
    const child = this.children.get(service.name);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!child || !alive(child)) throw new Error(`${service.name} exited before it was ready (code ${child?.exitCode ?? 'unknown'})`);
      try {
        const response = await fetch(service.readyUrl, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`${service.name} was not ready within ${timeoutMs / 1000} s (${service.readyUrl})`);
  }

  /**
   * Stops one service and starts it again with the same environment (so the same port: the
   * gateway keeps routing to it), resolving once it is ready. Restarts of one service run one
   * after another; a request made while another waits to begin joins it (it will load the latest
   * sources anyway).
   */
  restart(name: string): Promise<RestartResult> {
    if (!this.services.has(name)) return Promise.reject(new UnknownServiceError(`no service named ${name}`));
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
    const service = this.services.get(name)!;
    const started = performance.now();
    this.underDevelopment.add(name);
    const old = this.children.get(name);
    this.log(`restarting ${name}${old?.pid ? ` (pid ${old.pid})` : ''}…`);
    if (old) await this.stopChild(old);
    if (this.stopping) throw new Error('the graph is stopping');
    this.start(service);
    await this.waitReady(service);
    const result = { name, pid: this.children.get(name)?.pid, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
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

  /** Every child, together. */
  async stopAll() {
    this.stopping = true;
    await Promise.all([...this.children.values()].map((child) => this.stopChild(child)));
  }
}
