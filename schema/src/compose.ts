/**
 * Composes the supergraph from every subgraph's SDL (schema/subgraphs.json) with Apollo's
 * composition library and writes schema/subgraphs/<name>.graphql and schema/supergraph.graphql,
 * and for each in-repo subgraph schema/subgraphs/<name>.api.graphql: the schema its peers call
 * (`_entities` included), against which their typed operations are generated (pnpm codegen), and
 * schema/api.graphql: the graph's public schema as clients see it through the gateway.
 * With --check it writes nothing and fails when composition fails or the committed files differ
 * from a fresh composition: CI runs it, so an unannounced schema change cannot land.
 */
import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import {
  buildSubgraphSchemaOf,
  loadGraphConfig,
  PARTNER_TAG,
  SUPERGRAPH_FILE,
  workspaceRoot,
  type SubgraphDefinition,
} from '@kpi/platform';
import { contractSchema, printContract } from '@kpi/gateway/contract';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = workspaceRoot();
const API_FILE = 'schema/api.graphql';
const check = process.argv.includes('--check');
const config = loadGraphConfig(root);

const subgraphs = [];
const apis = new Map<string, string>();
for (const entry of config.subgraphs) {
  let sdl: string;
  if (entry.module) {
    const module = await import(pathToFileURL(join(root, entry.module)).href);
    const definition = module[entry.export ?? entry.name] as SubgraphDefinition | undefined;
    if (!definition) throw new Error(`${entry.module} exports no ${entry.export ?? entry.name}`);
    const built = await buildSubgraphSchemaOf(definition);
    sdl = built.sdl;
    apis.set(entry.name, printSchema(built.schema));
  } else {
    sdl = readFileSync(join(root, entry.sdlFile!), 'utf8');
  }
  subgraphs.push({ name: entry.name, url: entry.url ?? `http://localhost:${entry.port}/graphql`, typeDefs: parse(sdl), sdl });
}

const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
if (result.errors?.length) {
  console.error('Composition failed:');
  for (const error of result.errors) console.error(`  - ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) if (process.env.VERBOSE) console.warn(`hint: ${hint.definition.code}: ${hint.message}`);

const outputs = new Map<string, string>();
for (const subgraph of subgraphs) {
  if (config.subgraphs.find((entry) => entry.name === subgraph.name)?.module)
    outputs.set(`schema/subgraphs/${subgraph.name}.graphql`, `${subgraph.sdl.trim()}\n`);
}
for (const [name, api] of apis) outputs.set(`schema/subgraphs/${name}.api.graphql`, `${api.trim()}\n`);
outputs.set(SUPERGRAPH_FILE, `${result.supergraphSdl!.trim()}\n`);
// What clients see through the gateway: the schema the tests' and the web app's typed operations are checked against.
outputs.set(API_FILE, `${printSchema(result.schema!.toAPISchema().toGraphQLJSSchema()).trim()}\n`);
// What third parties see on /partner/graphql: the parts tagged for them. Deriving it fails (and so
// does CI's schema check) when a tagged field uses a type nobody tagged.
outputs.set(`schema/contracts/${PARTNER_TAG}.graphql`, printContract(contractSchema(result.supergraphSdl!, PARTNER_TAG)));

const stale = [...outputs].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text);
if (check) {
  if (stale.length) {
    console.error(`Schema check failed: ${stale.map(([file]) => file).join(', ')} differ from a fresh composition.`);
    console.error('Run `pnpm schema:compose`, review the diff, and commit it.');
    process.exit(1);
  }
  console.log(`Schema check passed: ${subgraphs.length} subgraph(s) compose and match the committed supergraph.`);
} else {
  for (const [file, text] of stale) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  console.log(
    `Composed ${subgraphs.length} subgraph(s); ${stale.length ? `updated ${stale.map(([file]) => file).join(', ')}` : 'nothing changed'}.`,
  );
}
process.exit(0);
