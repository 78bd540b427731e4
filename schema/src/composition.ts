/**
 * Composition and the files it produces: the supergraph the gateway serves, the public API clients
 * see, the partner contract, and each in-repo subgraph's SDL and peer API (codegen's input).
 */
import { composeServices } from '@apollo/composition';
import { PARTNER_TAG, SUPERGRAPH_FILE } from '@kpi/platform';
import { contractSchema, printContract } from '@kpi/gateway/contract';
import { parse, printSchema } from 'graphql';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { summarizeHint, type HintSummary } from './hints.js';
import { graphLabels, LABELS_FILE } from './labels.js';
import type { SubgraphSource } from './sources.js';

export const API_FILE = 'schema/api.graphql';
export const PARTNER_CONTRACT_FILE = `schema/contracts/${PARTNER_TAG}.graphql`;

export interface ComposedGraph {
  supergraphSdl: string;
  /** What clients see through the gateway. */
  apiSdl: string;
  /** What third parties see on /partner/graphql. */
  partnerSdl: string;
}

export type Composition = { hints: HintSummary[] } & ({ ok: true; graph: ComposedGraph } | { ok: false; errors: string[] });

export function composeGraph(sources: readonly SubgraphSource[]): Composition {
  const result = composeServices(sources.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  const hints = (result.hints ?? []).map(summarizeHint);
  if (result.errors?.length) return { ok: false, errors: result.errors.map((error) => error.message), hints };
  const supergraphSdl = `${result.supergraphSdl!.trim()}\n`;
  const apiSdl = `${printSchema(result.schema!.toAPISchema().toGraphQLJSSchema()).trim()}\n`;
  let partnerSdl: string;
  try {
    // Deriving it fails when a tagged field uses a type nobody tagged: a composition error too.
    partnerSdl = printContract(contractSchema(supergraphSdl, PARTNER_TAG));
  } catch (error) {
    return { ok: false, errors: [`the ${PARTNER_TAG} contract: ${(error as Error).message}`], hints };
  }
  return { ok: true, graph: { supergraphSdl, apiSdl, partnerSdl }, hints };
}

/** Every file `pnpm schema:compose` writes, by its path from the workspace root. */
export function generatedFiles(sources: readonly SubgraphSource[], graph: ComposedGraph): Map<string, string> {
  const files = new Map<string, string>();
  // A department's SDL file is its own; only the in-repo subgraphs' SDL is generated here.
  for (const source of sources) if (source.entry.module) files.set(`schema/subgraphs/${source.name}.graphql`, `${source.sdl.trim()}\n`);
  for (const source of sources) if (source.peerApi) files.set(`schema/subgraphs/${source.name}.api.graphql`, `${source.peerApi.trim()}\n`);
  files.set(SUPERGRAPH_FILE, graph.supergraphSdl);
  files.set(API_FILE, graph.apiSdl);
  files.set(PARTNER_CONTRACT_FILE, graph.partnerSdl);
  files.set(LABELS_FILE, graphLabels(graph.apiSdl));
  return files;
}

/** The files whose committed text differs from a fresh composition (or that are missing). */
export const staleFiles = (files: Map<string, string>, root: string) =>
  [...files.keys()].filter((file) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== files.get(file));

export function writeFiles(files: Map<string, string>, which: readonly string[], root: string) {
  for (const file of which) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), files.get(file)!);
  }
}
