import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { embeddedDataDir, startEmbeddedPostgres } from '../src/database/embedded.js';
import { freePort } from '../src/testkit/ports.js';

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

// A project checked out where the `postgres` OS user cannot walk (mkdtemp makes 0700 folders).
const closed = mkdtempSync(join(tmpdir(), 'kpi-closed-'));
const projectData = join(closed, 'project', '.data', 'postgres');
const asRoot = process.getuid?.() === 0;

afterAll(() => {
  const place = embeddedDataDir(projectData); // before the closed folder goes
  if (place.fallback) rmSync(dirname(place.dir), { recursive: true, force: true });
  rmSync(closed, { recursive: true, force: true });
});

describe('the embedded PostgreSQL of pnpm start', () => {
  it('keeps its data in one place across restarts, even where the postgres OS user cannot reach the project', async () => {
    const place = embeddedDataDir(projectData);
    expect(embeddedDataDir(projectData)).toEqual(place); // the same folder on every start
    if (asRoot) {
      expect(place.fallback).toBe(true);
      expect(place.dir).toMatch(/^\/var\/tmp\/kpi-graph-[0-9a-f]{12}\/postgres$/);
    } else expect(place).toEqual({ dir: projectData, fallback: false }); // the server runs as us: the project's folder is fine

    const port = await freePort();
    const logged: string[] = [];
    const first = await startEmbeddedPostgres({ dataDir: projectData, port, log: (line) => logged.push(line) });
    try {
      expect(first).toMatchObject({ dataDir: place.dir, persistent: true });
      if (asRoot) {
        expect(logged.join('\n')).toContain(place.dir);
        expect(statSync(dirname(place.dir)).mode & 0o777).toBe(0o755);
      }
      await query(first.url, 'create table kept (id int); insert into kept values (1636)');
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ dataDir: projectData, port });
    try {
      expect(second.dataDir).toBe(place.dir);
      expect(await query(second.url, 'select id from kept')).toEqual([{ id: 1636 }]);
    } finally {
      await second.stop();
    }
  });
});
