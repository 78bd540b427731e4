import { loadGraphConfig, workspaceRoot, type SubgraphDefinition, type SubgraphEntry } from '@kpi/platform';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LocalSubgraph {
  entry: SubgraphEntry;
  definition: SubgraphDefinition;
}

/** The subgraphs this repository runs itself (entries with a module), with their definitions. */
export async function localSubgraphs(): Promise<LocalSubgraph[]> {
  const root = workspaceRoot();
  const found: LocalSubgraph[] = [];
  for (const entry of loadGraphConfig(root).subgraphs) {
    if (!entry.module) continue;
    const module = await import(pathToFileURL(join(root, entry.module)).href);
    found.push({ entry, definition: module[entry.export ?? entry.name] });
  }
  return found;
}
