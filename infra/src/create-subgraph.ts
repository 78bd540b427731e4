/**
 * `pnpm create:subgraph <name> [--owner <AGENCY CODE>] [--port <n>]`: a department goes from
 * nothing to its subgraph in the graph in one command. It writes subgraphs/<name> (the platform's
 * inner shape: a table of its own with its migration, personnel's Employee extended through a
 * per-request DataLoader, a query and a mutation decided on the gateway's asserted identity, coded
 * errors, pure rules and their unit test), its end-to-end test in integration-tests/test/<name>,
 * and its entry in schema/subgraphs.json; then links the package (pnpm install), types its call to
 * personnel (pnpm codegen) and composes the graph with it (pnpm schema:compose). It passes
 * `pnpm test` as made. A name or port it cannot take is refused before anything is written; a step
 * that fails afterwards puts the repository back as it was.
 */
import { workspaceRoot } from '@kpi/platform';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planSubgraph, readWorkspace, ScaffoldRefused, writeFiles, type SubgraphPlan } from './scaffold.js';

const SYNOPSIS = 'pnpm create:subgraph <name> [--owner <AGENCY CODE>] [--port <n>]';
const USAGE = `Usage: ${SYNOPSIS}

  <name>     the subgraph, its package (@kpi/<name>) and its PostgreSQL schema: lower-case
             letters and digits, words joined by "_" (e.g. education, health_insurance)
  --owner    the agency code of the department that runs it (e.g. SGDDT); without it, the province
  --port     its port under pnpm start; by default the next free one above the graph's highest`;

const root = workspaceRoot();

function parse(): { name: string; owner?: string; port?: number } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { owner: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    // An unknown option or one without its value: node's own message says which.
    throw new ScaffoldRefused((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1)
    throw new ScaffoldRefused(positionals.length ? `One name at a time, not ${positionals.join(' ')}.` : 'Name the subgraph.');
  if (values.port !== undefined && !/^\d+$/.test(values.port))
    throw new ScaffoldRefused(`--port ${values.port} is not a port: a whole number from 1024 to 65535.`);
  return { name: positionals[0]!, owner: values.owner, port: values.port === undefined ? undefined : Number(values.port) };
}

/**
 * pnpm as it runs this script (its `npm_execpath` under `pnpm <script>`), else the one on the PATH;
 * its output goes straight to the terminal.
 */
function pnpm(...args: string[]) {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['pnpm', []];
  const result = spawnSync(command, [...prefix, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}`);
}

type Step = 'install' | 'codegen' | 'compose';

/**
 * Removes what was created and restores what was changed (the lockfile too), then brings the
 * install and the composed schema back in line with them, as far as the failed run had got.
 */
function undo(plan: SubgraphPlan, originals: Map<string, string>, reached: Set<Step>) {
  console.error(`\nPutting the repository back as it was…`);
  for (const dir of [`subgraphs/${plan.entry.name}`, `integration-tests/test/${plan.entry.name}`])
    rmSync(join(root, dir), { recursive: true, force: true });
  for (const [path, text] of originals) writeFileSync(join(root, path), text);
  try {
    if (reached.has('install')) pnpm('install', '--silent');
    if (reached.has('compose')) pnpm('schema:compose');
  } catch (error) {
    console.error(`${(error as Error).message}: run \`pnpm install\` and \`pnpm schema:compose\` once the cause is fixed.`);
  }
}

let plan: SubgraphPlan;
try {
  plan = await planSubgraph(readWorkspace(root), parse());
} catch (error) {
  if (!(error instanceof ScaffoldRefused)) throw error;
  console.error(`${error.message}\n(${SYNOPSIS}; --help says more)`);
  process.exit(1);
}

const originals = new Map(
  [...plan.changes.map((file) => file.path), 'pnpm-lock.yaml'].map((path) => [path, readFileSync(join(root, path), 'utf8')]),
);
const reached = new Set<Step>();
const step = (name: Step, ...args: string[]) => {
  reached.add(name);
  pnpm(...args);
};
try {
  writeFiles(root, [...plan.files, ...plan.changes]);
  // The new package becomes a workspace member, and integration-tests may import it.
  step('install', 'install', '--silent');
  // Its typed call to personnel must exist before its module can be loaded to compose; its
  // end-to-end test is written after, since its operations need the composed schema to be typed.
  step('codegen', 'codegen');
  writeFiles(root, [plan.endToEndTest]);
  step('compose', 'schema:compose');
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  undo(plan, originals, reached);
  process.exit(1);
}

const { name, port, owner } = plan.entry;
const made = [...plan.files, plan.endToEndTest].map((file) => file.path);
console.log(`
Made the ${name} subgraph (@kpi/${name}), run by ${owner ? `the department ${owner}` : 'the province'}, on port ${port}:
${made.map((path) => `  ${path}`).join('\n')}
  ${plan.changes.map((file) => file.path).join(', ')}: its entry; a dependency of the end-to-end test
  schema/: composed with it (schema/subgraphs/${name}.graphql, ${name}.api.graphql, supergraph.graphql, api.graphql)

Next:
  pnpm test:only subgraphs/${name} integration-tests/test/${name}   its tests (pnpm test: everything)
  pnpm start                                  migrates it, serves it on :${port}, routes the gateway to it
  Make it the department's own: its records (entities/, migrations/), rules (rules/), use cases
  (services/), fields (resolvers/), calls to personnel (peers/personnel.graphql); then
  pnpm schema:compose, and commit the subgraph with the composed schema.
  A department running it outside this repository: docs/departments.md.`);
