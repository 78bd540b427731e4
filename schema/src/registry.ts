/**
 * The schema registry, kept in the repository: schema/published holds the schemas as last
 * published — the public API (api.graphql), the partner contract (contracts/partner.graphql) and
 * every subgraph's SDL, the province's and the departments' alike (subgraphs/<name>.graphql). A
 * fresh composition is judged against it (governance.ts); `pnpm schema:publish` moves it forward.
 */
import { PARTNER_TAG } from '@kpi/platform';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ComposedGraph } from './composition.js';
import type { SubgraphSource } from './sources.js';

export const PUBLISHED_DIR = 'schema/published';
export const CHANGES_FILE = 'schema/changes.json';

/** One published schema; its id is its path in the registry without `.graphql`. */
export interface PublishedSchema {
  id: string;
  sdl: string;
}

/** Where the registry is: schema/published, or KPI_PUBLISHED_SCHEMA_DIR (a copy, e.g. to try a check against). */
export const publishedDir = (root: string) => resolve(root, process.env.KPI_PUBLISHED_SCHEMA_DIR || PUBLISHED_DIR);

/** The accepted breaking changes: schema/changes.json, or KPI_SCHEMA_CHANGES_FILE. */
export const changesFile = (root: string) => resolve(root, process.env.KPI_SCHEMA_CHANGES_FILE || CHANGES_FILE);

/** The schemas a fresh composition would publish. */
export function freshSchemas(sources: readonly SubgraphSource[], graph: ComposedGraph): PublishedSchema[] {
  return [
    { id: 'api', sdl: graph.apiSdl },
    { id: `contracts/${PARTNER_TAG}`, sdl: graph.partnerSdl },
    ...sources.map((source) => ({ id: `subgraphs/${source.name}`, sdl: `${source.sdl.trim()}\n` })),
  ];
}

export function readPublished(dir: string): PublishedSchema[] {
  const schemas: PublishedSchema[] = [];
  if (existsSync(join(dir, 'api.graphql'))) schemas.push({ id: 'api', sdl: readFileSync(join(dir, 'api.graphql'), 'utf8') });
  for (const folder of ['contracts', 'subgraphs'])
    if (existsSync(join(dir, folder)))
      for (const file of readdirSync(join(dir, folder))
        .filter((name) => name.endsWith('.graphql'))
        .sort())
        schemas.push({ id: `${folder}/${file.replace(/\.graphql$/, '')}`, sdl: readFileSync(join(dir, folder, file), 'utf8') });
  return schemas;
}

/** Replaces the registry's content with these schemas; answers the ids written or removed. */
export function writePublished(dir: string, schemas: readonly PublishedSchema[]): string[] {
  const before = readPublished(dir);
  const changed: string[] = [];
  for (const schema of schemas) {
    if (before.find(({ id }) => id === schema.id)?.sdl === schema.sdl) continue;
    const file = join(dir, `${schema.id}.graphql`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, schema.sdl);
    changed.push(schema.id);
  }
  for (const gone of before.filter(({ id }) => !schemas.some((schema) => schema.id === id))) {
    rmSync(join(dir, `${gone.id}.graphql`));
    changed.push(gone.id);
  }
  return changed;
}
