/**
 * Each subgraph's SDL as it stands in this checkout: an in-repo subgraph's is built from its
 * SubgraphDefinition (type-graphql), a department's is the file it publishes (sdlFile).
 */
import 'reflect-metadata';
import { buildSubgraphSchemaOf, PROVINCE, type GraphConfig, type SubgraphDefinition, type SubgraphEntry } from '@kpi/platform';
import { printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SubgraphSource {
  entry: SubgraphEntry;
  name: string;
  url: string;
  /** `province`, or the agency code of the department that runs it. */
  owner: string;
  /** Its federation SDL: what composition reads and the registry keeps. */
  sdl: string;
  /** In-repo only: the schema its peers call (with `_entities`), for their typed operations. */
  peerApi?: string;
}

export async function loadSubgraphSources(config: GraphConfig, root: string): Promise<SubgraphSource[]> {
  const sources: SubgraphSource[] = [];
  for (const entry of config.subgraphs) {
    const source = { entry, name: entry.name, url: entry.url ?? `http://localhost:${entry.port}/graphql`, owner: entry.owner ?? PROVINCE };
    if (entry.module) {
      const module = await import(pathToFileURL(join(root, entry.module)).href);
      const definition = module[entry.export ?? entry.name] as SubgraphDefinition | undefined;
      if (!definition) throw new Error(`${entry.module} exports no ${entry.export ?? entry.name}`);
      const built = await buildSubgraphSchemaOf(definition);
      sources.push({ ...source, sdl: built.sdl, peerApi: printSchema(built.schema) });
    } else {
      sources.push({ ...source, sdl: readFileSync(join(root, entry.sdlFile!), 'utf8') });
    }
  }
  return sources;
}
