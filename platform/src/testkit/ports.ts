import { createServer } from 'node:net';

/**
 * Ports handed out from here lie below the kernel's ephemeral range (Linux: 32768–60999), where
 * `listen(0)` and outgoing connections take theirs. A port picked for a service that binds it only
 * later (after a migration, a demo load) then cannot be taken meanwhile by some other test's
 * server on port 0 — which, answering /health/ready, once passed for the service itself.
 */
const LOW = 20_000;
const HIGH = 32_000;
const handedOut = new Set<number>();

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** A port nobody listens on now, not handed out before by this process, outside the ephemeral range. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${LOW} and ${HIGH}`);
}
