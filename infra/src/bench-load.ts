/**
 * What the benches that drive the graph as separate processes share: closed-loop load over HTTP
 * (each caller sends again as soon as it is answered) and the CPU the graph's processes spent,
 * read from /proc — unlike req/s, not moved by what else the machine runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Pool } from 'undici';

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on every common kernel. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far; 0 for none. */
export function cpuSecondsOf(pid: number | null) {
  if (pid === null) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * CPU seconds of a process and every descendant alive now, plus what its exited children used (the
 * kernel adds a reaped child's time to its parent): PostgreSQL's postmaster and its backends.
 */
export function treeCpuSeconds(root: number | null) {
  if (root === null) return 0;
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      parents.set(Number(name), Number(fields[1]));
      const own = Number(fields[11]) + Number(fields[12]);
      ticks.set(Number(name), Number(name) === root ? own + Number(fields[13]) + Number(fields[14]) : own);
    } catch {
      // exited while being read
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) if (at === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, used] of ticks) if (inTree(pid)) total += used;
  return total / TICKS_PER_SECOND;
}

/** The machine's CPU ticks so far, every core together: idle (with waiting for I/O) and the rest. */
function machineTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const ticks = fields.map(Number);
  const idle = ticks[3]! + ticks[4]!;
  return { idle, all: ticks.slice(0, 8).reduce((sum, t) => sum + t, 0) };
}

/**
 * Starts measuring what the machine does beside the graph: the share of its CPU left idle (a
 * window that leaves much of it idle is bounded by waiting, not by work) and the CPU this process —
 * the load generator, on the same cores — spends per request. Call the answer at the window's end.
 */
export function machineMeter() {
  const [machine, own] = [machineTicks(), process.cpuUsage()];
  return (requests: number) => {
    const now = machineTicks();
    const used = process.cpuUsage(own);
    return {
      idlePercent: (100 * (now.idle - machine.idle)) / Math.max(1, now.all - machine.all),
      loadGeneratorMs: (used.user + used.system) / 1000 / Math.max(1, requests),
    };
  };
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
 * counts as answered when it is a 200 without `errors`. The callers share a keep-alive client
 * (keepAliveClient): the load generator runs on the cores it measures, and `fetch` cost it ~0.9 ms
 * of CPU a staff dashboard against ~0.4 over node:http, less again now; an answer is parsed only
 * when it may hold errors.
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
  const client = keepAliveClient(concurrency);
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const n = next++;
          const request = typeof requests === 'function' ? requests(n) : requests[n % requests.length]!;
          const sent = performance.now();
          const { status, text } = await client.post(url, request.body, request.headers);
          latencies.push(performance.now() - sent);
          if (status === 200 && !(text.includes('"errors"') && (JSON.parse(text) as { errors?: unknown[] }).errors)) answered += 1;
          else {
            failed += 1;
            firstFailure ??= `${status} ${text.slice(0, 300)}`;
          }
        }
      }),
    );
  } finally {
    client.close();
  }
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

/** One POST's answer: its status and body text. */
export interface Answer {
  status: number;
  text: string;
}

/**
 * A keep-alive client, at most `connections` per origin: the same client for every target of a
 * comparison (a gateway, or the subgraphs on the direct path), so that what differs between them
 * is the target, not how it is asked. undici's `Pool` rather than node:http's client: the load
 * generator runs on the two cores it measures, and node:http spent 0.09–0.14 ms of CPU a request
 * against 0.03–0.04 for the Pool (50 callers against a local server answering at once, in turns).
 */
export function keepAliveClient(connections: number) {
  const pools = new Map<string, Pool>();
  const poolOf = (origin: string) => {
    let pool = pools.get(origin);
    if (!pool) pools.set(origin, (pool = new Pool(origin, { connections, pipelining: 1 })));
    return pool;
  };
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      targets.set(url, (target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` }));
    }
    return target;
  };
  const post = async (url: string, body: string, headers: Record<string, string>): Promise<Answer> => {
    const { origin, path } = targetOf(url);
    const answer = await poolOf(origin).request({
      path,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: answer.statusCode, text: await answer.body.text() };
  };
  return {
    post,
    close: () => {
      for (const pool of pools.values()) void pool.destroy();
    },
  };
}

/**
 * Closed-loop load over any kind of request: `concurrency` callers each run `send(i)` again as soon
 * as it is done, `i` the next of `count` (round robin over all callers), for `seconds`. `send`
 * resolves null for a good answer and why otherwise; a throw counts as a failure too.
 */
export async function drive(options: {
  concurrency: number;
  seconds: number;
  count: number;
  send: (index: number) => Promise<string | null>;
}): Promise<LoadWindow> {
  const { concurrency, seconds, count, send } = options;
  const started = performance.now();
  const until = started + seconds * 1000;
  let next = 0;
  let answered = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const index = next++ % count;
        const sent = performance.now();
        let failure: string | null;
        try {
          failure = await send(index);
        } catch (error) {
          failure = (error as Error).message;
        }
        latencies.push(performance.now() - sent);
        if (failure === null) answered += 1;
        else {
          failed += 1;
          firstFailure ??= failure.slice(0, 300);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  // Divided by the time it really took: the last answers arrive after `seconds`.
  return { perSecond: answered / ((performance.now() - started) / 1000), answered, failed, latencies, firstFailure };
}
