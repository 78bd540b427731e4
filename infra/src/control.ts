/**
 * The control endpoint of a running `pnpm start`: on 127.0.0.1 only, port `KPI_CONTROL_PORT`
 * (4099). `GET /services` lists the services and their process ids; `POST /restart/<name>`
 * restarts one of them and answers once it is ready again. `pnpm dev` and `pnpm dev:restart`
 * are its clients.
 */
import { createServer, type Server } from 'node:http';
import { UnknownServiceError, type RestartResult, type Supervisor } from './supervisor.js';

export const DEFAULT_CONTROL_PORT = 4099;
export const controlPort = () => Number(process.env.KPI_CONTROL_PORT ?? DEFAULT_CONTROL_PORT);
const controlUrl = (port = controlPort()) => `http://127.0.0.1:${port}`;

export interface ServiceStatus {
  name: string;
  pid: number | null;
  readyUrl: string;
}

const json = (status: number, body: unknown) => ({ status, body });

/** Starts the endpoint; resolves to undefined (after logging why) when the port is taken. */
export function startControlServer(supervisor: Supervisor, log: (line: string) => void, port = controlPort()): Promise<Server | undefined> {
  const server = createServer((request, response) => {
    const answer = ({ status, body }: { status: number; body: unknown }) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const restart = /^\/restart\/([a-z][a-z0-9_]*)\/?$/.exec(request.url ?? '');
    if (request.method === 'GET' && request.url === '/services') return answer(json(200, { services: supervisor.list() }));
    if (request.method === 'POST' && restart) {
      request.resume();
      supervisor.restart(restart[1]).then(
        (result) => answer(json(200, result)),
        (error: Error) => answer(json(error instanceof UnknownServiceError ? 404 : 500, { error: error.message })),
      );
      return;
    }
    answer(json(404, { error: 'GET /services or POST /restart/<name>' }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') return reject(error);
      log(`control endpoint not started: port ${port} is in use (another pnpm start?); set KPI_CONTROL_PORT to run one here`);
      resolve(undefined);
    });
    server.listen(port, '127.0.0.1', () => {
      // A restart can take a while (a subgraph compiles and migrates on start).
      server.requestTimeout = 0;
      resolve(server);
    });
  });
}

/** The services of the running `pnpm start`, or undefined when none answers on the control port. */
export async function runningServices(port = controlPort()): Promise<ServiceStatus[] | undefined> {
  try {
    const response = await fetch(`${controlUrl(port)}/services`, { signal: AbortSignal.timeout(2000) });
    const body = (await response.json()) as { services?: ServiceStatus[] };
    return response.ok && Array.isArray(body.services) ? body.services : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the running `pnpm start` to restart one service; resolves once it is ready, rejects with the reason otherwise. */
export async function requestRestart(name: string, port = controlPort()): Promise<RestartResult> {
  const response = await fetch(`${controlUrl(port)}/restart/${encodeURIComponent(name)}`, {
    method: 'POST',
    signal: AbortSignal.timeout(180_000),
  });
  const body = (await response.json()) as RestartResult & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `restart of ${name} failed (HTTP ${response.status})`);
  return body;
}
