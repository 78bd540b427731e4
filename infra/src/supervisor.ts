import { spawn, type ChildProcess } from 'node:child_process';
import { workspaceRoot } from '@kpi/platform';

export interface Service {
  name: string;
  script: string;
  env: Record<string, string>;
  readyUrl: string;
}

/**
 * Runs services as child processes on this Node (24, via pnpm's `node` package), prefixes their
 * output, and stops them all together: on a signal, or when one of them dies.
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;

  constructor(private readonly onUnexpectedExit: (name: string, code: number | null) => void) {}

  start(service: Service) {
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
    };
    relay(child.stdout!, process.stdout);
    relay(child.stderr!, process.stderr);
    child.on('exit', (code) => {
      this.children.delete(service.name);
      if (!this.stopping) this.onUnexpectedExit(service.name, code);
    });
    this.children.set(service.name, child);
  }

  async waitReady(service: Service, timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.children.has(service.name)) throw new Error(`${service.name} exited before it was ready`);
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

  /** SIGTERM to every child (they close their servers and pools), SIGKILL after 10 s. */
  async stopAll() {
    this.stopping = true;
    const exits = [...this.children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    );
    await Promise.all(exits);
  }
}
