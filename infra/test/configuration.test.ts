import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@kpi/platform';

/**
 * Configuration is by environment, all of it in one README table: an operator reads one place.
 * Every variable the code reads (`process.env.X`, `env.X`, `env['X']`) must be a row of it —
 * the test that once would have caught the undocumented `HOST`.
 */
const root = workspaceRoot();
const SOURCES = ['platform', 'gateway', 'subgraphs', 'infra', 'identity', 'schema', 'demo', 'integration-tests', 'web/src'];
/** Jest's own, read to know the code runs under jest: not a setting. */
const NOT_SETTINGS = new Set(['JEST_WORKER_ID']);

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.generated.ts') ? [path] : [];
  });
}

const read = (): Set<string> => {
  const names = new Set<string>();
  for (const file of SOURCES.flatMap((folder) => files(join(root, folder))))
    for (const match of readFileSync(file, 'utf8').matchAll(/\benv(?:\.|\[['"])([A-Z][A-Z0-9_]+)/g)) names.add(match[1]!);
  for (const name of NOT_SETTINGS) names.delete(name);
  return names;
};

const table = (): string => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## Configuration: every environment variable');
  return readme.slice(start, readme.indexOf('\n## ', start + 10));
};

describe('the configuration table', () => {
  it('lists every environment variable the code reads', () => {
    const listed = table();
    const missing = [...read()].filter((name) => !listed.includes(`\`${name}\``) && !listed.includes(`${name},`));
    expect(missing).toEqual([]);
  });

  it('finds the variables (the scan itself works)', () => {
    const names = read();
    for (const known of ['HOST', 'DATABASE_URL', 'KPI_MAX_COST', 'LOG_LEVEL']) expect(names).toContain(known);
  });
});
