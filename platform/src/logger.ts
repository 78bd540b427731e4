import { pino } from 'pino';

/**
 * One JSON logger per service; `LOG_LEVEL` tunes it, tests silence it. Lines go to stdout (where
 * a container runtime collects them), or to the file `KPI_LOG_FILE` names (appended, written
 * synchronously: a test reads it right after the request).
 */
export function createLogger(service: string) {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.JEST_WORKER_ID ? 'silent' : 'info');
  const file = process.env.KPI_LOG_FILE;
  return pino({ name: service, level }, file ? pino.destination({ dest: file, sync: true, append: true }) : undefined);
}
export type Logger = ReturnType<typeof createLogger>;
