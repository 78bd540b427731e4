import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../database/url.js';

/** Set by the jest global setup: DATABASE_URL, or the embedded server it started. */
export function serverUrl(): string {
  const url = process.env.KPI_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('No test database: run tests through `pnpm test` (its global setup provides one).');
  return url;
}

/** A fresh database for one test file, so files run in parallel without seeing each other. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = withDatabase(serverUrl(), `kpi_test_${process.pid}_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
