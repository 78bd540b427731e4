/**
 * What `/health/live` answers on every service: alive, and how much memory it holds — so a soak,
 * an operator or a probe can watch a process's footprint over time without attaching to it.
 */
export function liveness(service: string) {
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
  return {
    status: 'ok',
    service,
    pid: process.pid,
    uptimeSeconds: Math.round(process.uptime()),
    memoryMb: { rss: mb(rss), heapUsed: mb(heapUsed), heapTotal: mb(heapTotal), external: mb(external), arrayBuffers: mb(arrayBuffers) },
  };
}
