import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './paths.js';

export interface SubgraphEntry {
  name: string;
  /** In-repo: module exporting the SubgraphDefinition, relative to the workspace root. */
  module?: string;
  export?: string;
  /** In-repo: the script that runs it. */
  entry?: string;
  /** Out-of-repo (a department's own subgraph): its published SDL, relative to the root. */
  sdlFile?: string;
  port?: number;
  /** Where it is served; `<NAME>_URL` overrides it at run time. */
  url?: string;
  /**
   * Who runs it: `province` (the default) for the graph's own subgraphs; a department's agency code
   * (e.g. `SGDDT`) for a department's own, in this repository or outside it. A department's
   * subgraph never decides the graph's readiness or start-up, and may not change what the
   * province's subgraphs define (schema:check).
   */
  owner?: string;
  /**
   * A provider of the scoring-facts contract (schema/contracts/scoring-facts.graphql): scoring asks
   * it for the work facts of the people placed in agencies of these sectors (catalogue sector codes).
   */
  scoringFacts?: { sectors: string[] };
}

export interface GraphConfig {
  subgraphs: SubgraphEntry[];
}

export const PROVINCE = 'province';

/** The province's own subgraphs: they decide readiness; every other belongs to a department. */
export const isProvinceSubgraph = (entry: SubgraphEntry) => (entry.owner ?? PROVINCE) === PROVINCE;

export const SUPERGRAPH_FILE = 'schema/supergraph.graphql';

export function loadGraphConfig(root = workspaceRoot()): GraphConfig {
  const config = JSON.parse(readFileSync(join(root, 'schema/subgraphs.json'), 'utf8')) as GraphConfig;
  for (const entry of config.subgraphs) {
    if (!/^[a-z][a-z0-9_]*$/.test(entry.name)) throw new Error(`subgraph name ${entry.name} must be lower-case letters, digits, _`);
    if (!entry.module && !entry.sdlFile) throw new Error(`subgraph ${entry.name} needs a module or an sdlFile`);
    if (entry.scoringFacts && !entry.scoringFacts.sectors?.length)
      throw new Error(`subgraph ${entry.name}: scoringFacts names the sectors whose people it provides facts for`);
  }
  return config;
}

/** The URL the gateway calls: `<NAME>_URL`, else the configured URL, else localhost:<port>. */
export function subgraphUrl(entry: SubgraphEntry): string {
  const fromEnv = process.env[`${entry.name.toUpperCase()}_URL`];
  if (fromEnv) return fromEnv;
  if (entry.url) return entry.url;
  const port = process.env[`${entry.name.toUpperCase()}_PORT`] ?? entry.port;
  return `http://localhost:${port}/graphql`;
}

export const readSupergraph = (root = workspaceRoot()) => readFileSync(join(root, SUPERGRAPH_FILE), 'utf8');
