/**
 * The schema commands (docs/governance.md):
 *
 *   pnpm schema:compose   composes the subgraphs (schema/subgraphs.json) and writes what composition
 *                         produces (composition.ts); shows the hints and how the fresh schemas
 *                         compare with the published ones, without failing on it
 *   pnpm schema:check     writes nothing; fails when composition fails, a department's subgraph
 *                         breaks the province's ownership, a breaking change against the published
 *                         schemas is not declared in schema/changes.json, or a committed file is
 *                         stale — `pnpm test` runs it, so none of these can land unreviewed
 *   pnpm schema:publish   records the fresh schemas in schema/published, refusing undeclared
 *                         breaking changes, and removes the declarations it used
 *
 * Every run prints composition's hints and fails on an ownership violation (ownership.ts).
 */
import { loadGraphConfig, workspaceRoot } from '@kpi/platform';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { composeGraph, generatedFiles, staleFiles, writeFiles } from './composition.js';
import { assess, formatAssessment, readDeclarations, removeDeclarations, type Assessment } from './governance.js';
import { formatHints } from './hints.js';
import { formatViolations, ownershipViolations } from './ownership.js';
import { changesFile, freshSchemas, publishedDir, readPublished, writePublished } from './registry.js';
import { loadSubgraphSources } from './sources.js';

const root = workspaceRoot();
const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--publish') ? 'publish' : 'compose';
const registry = publishedDir(root);
const shown = (path: string) => (relative(root, path).startsWith('..') ? path : relative(root, path));

const sources = await loadSubgraphSources(loadGraphConfig(root), root);
const composition = composeGraph(sources);
console.log(formatHints(composition.hints).join('\n'));
const violations = ownershipViolations(sources, composition.hints);
if (violations.length) console.error(formatViolations(violations).join('\n'));
if (!composition.ok) console.error(['Composition failed:', ...composition.errors.map((error) => `  - ${error}`)].join('\n'));
if (!composition.ok || violations.length) process.exit(1);

const files = generatedFiles(sources, composition.graph);
const stale = staleFiles(files, root);
const fresh = freshSchemas(sources, composition.graph);
const published = readPublished(registry);
let assessment: Assessment | undefined;
try {
  assessment = await assess(published, fresh, readDeclarations(changesFile(root)));
  console.log(formatAssessment(assessment, shown(registry), shown(changesFile(root))).join('\n'));
} catch (error) {
  console.error(`The declared changes cannot be read: ${(error as Error).message}`);
}
// Without a published API every check would pass: the registry must hold one (publish it once).
const unpublishedApi = !published.some(({ id }) => id === 'api');
if (unpublishedApi && mode !== 'publish')
  console.error(`No published API in ${shown(registry)}: run \`pnpm schema:publish\` once and commit it.`);

if (mode === 'compose') {
  writeFiles(files, stale, root);
  console.log(`Composed ${sources.length} subgraph(s); ${stale.length ? `updated ${stale.join(', ')}` : 'nothing changed'}.`);
  if (!assessment?.passed)
    console.log('`pnpm schema:check` fails on what the comparison above reports until it is declared or undone (docs/governance.md).');
  process.exit(0);
}

if (mode === 'check') {
  if (stale.length)
    console.error(`${stale.join(', ')} differ from a fresh composition: run \`pnpm schema:compose\`, review the diff, and commit it.`);
  if (stale.length || !assessment?.passed || unpublishedApi) {
    console.error('Schema check failed (docs/governance.md).');
    process.exit(1);
  }
  console.log(
    `Schema check passed: ${sources.length} subgraph(s) compose, no department changes what the province defines, ` +
      `no undeclared breaking change against ${shown(registry)}, and the committed files match.`,
  );
  process.exit(0);
}

// publish: the registry moves to what is committed, so the files must be fresh and every break declared.
if (stale.length) {
  console.error(`Not published: ${stale.join(', ')} differ from a fresh composition; run \`pnpm schema:compose\` and review it first.`);
  process.exit(1);
}
if (!assessment?.passed) {
  console.error('Not published: declare or undo the breaking changes above, and remove declarations that match none (docs/governance.md).');
  process.exit(1);
}
const written = writePublished(registry, fresh);
const used = [...new Set(assessment.accepted.map(({ declaration }) => declaration))];
if (used.length && existsSync(changesFile(root))) removeDeclarations(changesFile(root), used);
console.log(
  written.length
    ? `Published ${written.join(', ')} to ${shown(registry)}.`
    : `Nothing to publish: ${shown(registry)} already holds the fresh schemas.`,
);
if (used.length)
  console.log(
    `Removed the ${used.length} declaration(s) it used from ${shown(changesFile(root))}; ` +
      'their reasons belong in the commit message:\n' +
      used.map((declaration) => `  ${declaration.type} ${declaration.path}: ${declaration.reason}`).join('\n'),
  );
process.exit(0);
