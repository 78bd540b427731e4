import { STATUS_CODES } from 'node:http';
import type { Agent, Dispatcher } from 'undici';

/** What the gateway's callers of a subgraph send: a JSON body, a few headers, maybe a time limit. */
export interface SubgraphRequestInit {
  method?: string;
  headers?: Headers | Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/**
 * What they read of the answer — Apollo's data source (status, headers, its JSON), the access
 * directory (its JSON), the tracing and the metrics (the status): the members of a fetch
 * `Response` they use, nothing else.
 */
export class SubgraphResponse {
  readonly headers = new Headers();
  readonly statusText: string;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: Dispatcher.ResponseData['headers'],
    private readonly body: Dispatcher.ResponseData['body'],
  ) {
    this.statusText = STATUS_CODES[status] ?? '';
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) for (const one of Array.isArray(value) ? value : [value]) this.headers.append(name, one);
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return this.body.text();
  }

  json(): Promise<unknown> {
    return this.body.json();
  }
}

const targets = new Map<string, { origin: string; path: string }>();
const targetOf = (url: string) => {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    targets.set(url, target);
  }
  return target;
};

/**
 * The fetcher every call to a subgraph goes through: undici's `request` over the keep-alive agent
 * rather than its `fetch`, whose WHATWG streams on both bodies cost 0.9 ms of CPU for a call that
 * `request` makes in 0.3 (a 5 KB query and a 20 KB answer, measured on this machine) — six calls
 * a staff dashboard. A failure to reach the subgraph is thrown as `fetch` throws it (a TypeError
 * whose cause is undici's error, or the signal's reason), so callers tell outages apart as before.
 */
export function subgraphFetcher(agent: Agent) {
  return async (url: string, init: SubgraphRequestInit = {}): Promise<SubgraphResponse> => {
    const { origin, path } = targetOf(url);
    const headers = init.headers instanceof Headers ? Object.fromEntries(init.headers) : init.headers;
    let answer: Dispatcher.ResponseData;
    try {
      answer = await agent.request({
        origin,
        path,
        method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
        headers,
        body: init.body,
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      throw new TypeError('fetch failed', { cause: error });
    }
    return new SubgraphResponse(url, answer.statusCode, answer.headers, answer.body);
  };
}
