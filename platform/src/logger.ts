import { pino } from 'pino';

/** One JSON logger per service; `LOG_LEVEL` tunes it, tests silence it. */
export function createLogger(service: string) {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.JEST_WORKER_ID ? 'silent' : 'info');
  return pino({ name: service, level });
}
export type Logger = ReturnType<typeof createLogger>;
