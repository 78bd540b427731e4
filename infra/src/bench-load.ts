/**
 * What the benches that drive the graph as separate processes share: closed-loop load over HTTP
 * (each caller sends again as soon as it is answered) and the CPU the graph's processes spent,
 * read from /proc — unlike req/s, not moved by what else the machine runs.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on every common kernel. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far; 0 for none. */
export function cpuSecondsOf(pid: number | null) {
  if (pid === null) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Each named process's CPU seconds so far. */
export const cpuByProcess = (pids: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSecondsOf(pid)]));

export interface LoadWindow {
  perSecond: number;
  answered: number;
  failed: number;
  /** Latencies in ms, sorted. */
  latencies: number[];
  /** The first failure's answer, to say why. */
  firstFailure?: string;
}

export interface LoadRequest {
  body: string;
  headers: Record<string, string>;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * `concurrency` callers POST to `url` for `seconds`, each request the next of `requests` (round
 * robin over all callers, so no two in flight are alike when there are enough of them). A request
 * counts as answered when it is a 200 without `errors`.
 */
export async function closedLoop(options: {
  url: string;
  concurrency: number;
  seconds: number;
  /** The requests in turn, or the n-th request made on demand (writes that must all differ). */
  requests: LoadRequest[] | ((n: number) => LoadRequest);
}): Promise<LoadWindow> {
  const { url, concurrency, seconds, requests } = options;
  const until = performance.now() + seconds * 1000;
  let next = 0;
  let answered = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const n = next++;
        const request = typeof requests === 'function' ? requests(n) : requests[n % requests.length]!;
        const sent = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...request.headers },
          body: request.body,
        });
        const text = await response.text();
        latencies.push(performance.now() - sent);
        if (response.status === 200 && !(JSON.parse(text) as { errors?: unknown[] }).errors) answered += 1;
        else {
          failed += 1;
          firstFailure ??= `${response.status} ${text.slice(0, 300)}`;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { perSecond: answered / seconds, answered, failed, latencies, firstFailure };
}

/** The PID of the PostgreSQL server behind `url` (the parent of this connection's backend); null when it is not on this machine. */
export async function postgresPid(url: string): Promise<number | null> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return Number(readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * CPU seconds of a server and every process it runs (PostgreSQL's backends): its own, its ended
 * children's (reaped into cutime/cstime) and its living children's.
 */
export function cpuSecondsOfTree(pid: number | null) {
  if (pid === null) return 0;
  const stat = (p: number | string) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const own = stat(pid);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = stat(entry);
      if (Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended while we looked
    }
  }
  return ticks / TICKS_PER_SECOND;
}
