import { demoLoaders, type DemoLoader } from '@kpi/demo';
import { loadGraphConfig, workspaceRoot, type SubgraphDefinition, type SubgraphEntry } from '@kpi/platform';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LocalSubgraph {
  entry: SubgraphEntry;
  definition: SubgraphDefinition;
  /** Its part of the demo province (`@kpi/demo`), or the demo a subgraph ships itself; none for some. */
  demo?: DemoLoader;
}

/** The subgraphs this repository runs itself (entries with a module), with their definitions. */
export async function localSubgraphs(): Promise<LocalSubgraph[]> {
  const root = workspaceRoot();
  const found: LocalSubgraph[] = [];
  for (const entry of loadGraphConfig(root).subgraphs) {
    if (!entry.module) continue;
    const module = await import(pathToFileURL(join(root, entry.module)).href);
    const definition: SubgraphDefinition = module[entry.export ?? entry.name];
    found.push({ entry, definition, demo: demoLoaders[definition.name] ?? definition.demo });
  }
  return found;
}
