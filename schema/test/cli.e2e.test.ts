import { afterAll, describe, expect, it } from '@jest/globals';
import { workspaceRoot } from '@kpi/platform';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = workspaceRoot();
const folder = mkdtempSync(join(tmpdir(), 'kpi-schema-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A copy of the committed registry in which Employee had one more field when last published:
 * against it, the fresh composition removes that field.
 */
const registry = join(folder, 'published');
cpSync(join(root, 'schema/published'), registry, { recursive: true });
const publishedApi = readFileSync(join(registry, 'api.graphql'), 'utf8');
const withProbe = publishedApi.replace(
  /^type Employee \{\n/m,
  'type Employee {\n  """Published once, gone since"""\n  schoolCode: String\n',
);
writeFileSync(join(registry, 'api.graphql'), withProbe);
const changes = join(folder, 'changes.json');

/** The schema CLI as `pnpm schema:check` / `schema:publish` run it, pointed at the copies. */
function schemaCli(flag: '--check' | '--publish'): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'schema/src/compose.ts', flag],
      {
        cwd: root,
        env: { ...process.env, KPI_PUBLISHED_SCHEMA_DIR: registry, KPI_SCHEMA_CHANGES_FILE: changes },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('pnpm schema:check and schema:publish against a registry', () => {
  it('check exits non-zero naming a published field the fresh API removes, and writes nothing', async () => {
    expect(withProbe).not.toBe(publishedApi);
    const { code, output } = await schemaCli('--check');
    expect(code).not.toBe(0);
    expect(output).toContain('FIELD_REMOVED Employee.schoolCode in api');
    expect(output).toContain('Schema check failed');
    expect(readFileSync(join(registry, 'api.graphql'), 'utf8')).toBe(withProbe);
  });

  it('publish accepts the removal once declared, moves the registry to the fresh schemas and drops the declaration it used', async () => {
    writeFileSync(
      changes,
      JSON.stringify({
        accepted: [{ type: 'FIELD_REMOVED', path: 'Employee.schoolCode', reason: 'the schools moved to the education subgraph' }],
      }),
    );
    const { code, output } = await schemaCli('--publish');
    expect(output).toContain('accepted: the schools moved to the education subgraph');
    expect(code).toBe(0);
    expect(readFileSync(join(registry, 'api.graphql'), 'utf8')).toBe(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));
    expect(JSON.parse(readFileSync(changes, 'utf8'))).toEqual({ accepted: [] });
  });
});
