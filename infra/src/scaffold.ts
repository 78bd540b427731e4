/**
 * What `pnpm create:subgraph` makes, decided before anything is written: whether the name, the
 * owner and the port may be taken, the entry appended to schema/subgraphs.json, and the subgraph's
 * files rendered from infra/templates/subgraph. Writing them is the caller's: the command
 * (create-subgraph.ts) writes into the repository and then installs and composes; the scaffold's
 * test writes into a temporary workspace and leaves the repository alone.
 */
import { isProvinceSubgraph, PROVINCE, workspaceRoot, type GraphConfig, type SubgraphEntry } from '@kpi/platform';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { DEFAULT_CONTROL_PORT } from './control.js';

export const TEMPLATES = join(import.meta.dirname, '../templates/subgraph');
export const CONFIG_FILE = 'schema/subgraphs.json';
export const INTEGRATION_TESTS_PACKAGE = 'integration-tests/package.json';

/**
 * What the templates import, declared by the generated package at the versions the province's
 * subgraphs declare (one dependency set for all; pnpm keeps anything undeclared out of reach).
 */
export const SUBGRAPH_DEPENDENCIES = [
  '@apollo/subgraph',
  '@graphql-typed-document-node/core',
  '@kpi/platform',
  '@mikro-orm/core',
  '@mikro-orm/decorators',
  '@mikro-orm/migrations',
  '@mikro-orm/postgresql',
  'graphql',
  'reflect-metadata',
  'type-graphql',
];

/**
 * Ports the graph's own services listen on by default under `pnpm start` — the gateway
 * (GATEWAY_PORT), the identity provider (KPI_OIDC_PORT) and the control endpoint
 * (KPI_CONTROL_PORT) — which a subgraph's default must not take.
 */
export const RESERVED_PORTS: readonly number[] = [4000, 4010, DEFAULT_CONTROL_PORT];

/** A subgraph name, as the platform accepts it and every name derived from it stays readable. */
const NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Room for what is derived from it (`<NAME>_DATABASE_URL`, PostgreSQL's 63-byte identifiers). */
const NAME_MAX_LENGTH = 30;
/** An agency code, as personnel's codes are written (SGDDT, SYT, UBND-NT). */
const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** A request the scaffold refuses, said so that the person who typed it knows what to type instead. */
export class ScaffoldRefused extends Error {
  override name = 'ScaffoldRefused';
}

export interface ScaffoldRequest {
  name: string;
  /** The agency code of the department that runs it; none: the province's own. */
  owner?: string;
  port?: number;
}

/** What the scaffold reads of the workspace it generates for. */
export interface Workspace {
  root: string;
  /** schema/subgraphs.json as written: the entry is appended to this text, the rest left as it is. */
  configText: string;
  config: GraphConfig;
  integrationTestsPackage: string;
  /** The names of the workspace's packages (`@kpi/personnel`, …). */
  packageNames: Set<string>;
  /** Each dependency of SUBGRAPH_DEPENDENCIES: its version and the province subgraph it is installed in. */
  dependencies: Map<string, { version: string; installedIn: string }>;
  exists(path: string): boolean;
}

export interface PlannedFile {
  /** Relative to the workspace root. */
  path: string;
  content: string;
}

export interface SubgraphPlan {
  entry: SubgraphEntry & { port: number; module: string; export: string; entry: string };
  /** The subgraph's package: subgraphs/<name>/… */
  files: PlannedFile[];
  /**
   * Its end-to-end test in integration-tests/test/<name>. Its typed operations use fields the graph
   * has only once the subgraph is composed, so the command writes it after the first codegen.
   */
  endToEndTest: PlannedFile;
  /** The files changed: schema/subgraphs.json (the entry), integration-tests/package.json (a dependency on it). */
  changes: PlannedFile[];
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Reads what the scaffold needs of a workspace (the repository, by default). */
export function readWorkspace(root = workspaceRoot()): Workspace {
  const configText = readFileSync(join(root, CONFIG_FILE), 'utf8');
  const config = JSON.parse(configText) as GraphConfig;
  const packageDirs = [
    ...readdirSync(root).filter((dir) => existsSync(join(root, dir, 'package.json'))),
    ...readdirSync(join(root, 'subgraphs')).map((dir) => `subgraphs/${dir}`),
  ].filter((dir) => existsSync(join(root, dir, 'package.json')));
  const packageNames = new Set(packageDirs.map((dir) => readJson<{ name: string }>(join(root, dir, 'package.json')).name));
  const dependencies = new Map<string, { version: string; installedIn: string }>();
  for (const entry of config.subgraphs.filter((e) => e.module && isProvinceSubgraph(e))) {
    const dir = dirname(dirname(entry.module!));
    const declared = readJson<{ dependencies?: Record<string, string> }>(join(root, dir, 'package.json')).dependencies ?? {};
    for (const name of SUBGRAPH_DEPENDENCIES)
      if (declared[name] && !dependencies.has(name)) dependencies.set(name, { version: declared[name], installedIn: dir });
  }
  return {
    root,
    configText,
    config,
    integrationTestsPackage: readFileSync(join(root, INTEGRATION_TESTS_PACKAGE), 'utf8'),
    packageNames,
    dependencies,
    exists: (path) => existsSync(join(root, path)),
  };
}

/** `health_insurance` → HealthInsurance, healthInsurance, HEALTH_INSURANCE. */
export function namesOf(name: string) {
  const words = name.split('_');
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return { Name: words.map(capital).join(''), camel: words[0] + words.slice(1).map(capital).join(''), NAME: name.toUpperCase() };
}

/** Refuses a name that is malformed, kept by PostgreSQL, or already a subgraph, package or folder here. */
export function checkName(workspace: Workspace, name: string) {
  if (!NAME.test(name))
    throw new ScaffoldRefused(
      `"${name}" cannot name a subgraph: use lower-case letters and digits, starting with a letter, words joined by "_" (e.g. education, health_insurance).`,
    );
  if (name.length > NAME_MAX_LENGTH)
    throw new ScaffoldRefused(`"${name}" is too long for a subgraph name: at most ${NAME_MAX_LENGTH} characters.`);
  if (name === 'public' || name === 'information_schema' || name.startsWith('pg_'))
    throw new ScaffoldRefused(`"${name}" is PostgreSQL's own schema name, and a subgraph's schema is named after it: choose another.`);
  if (workspace.config.subgraphs.some((entry) => entry.name === name))
    throw new ScaffoldRefused(`"${name}" is taken: ${CONFIG_FILE} already has a subgraph of that name.`);
  if (workspace.packageNames.has(`@kpi/${name}`))
    throw new ScaffoldRefused(`"${name}" is taken: the workspace has a package @kpi/${name}.`);
  for (const path of [`subgraphs/${name}`, `integration-tests/test/${name}`])
    if (workspace.exists(path)) throw new ScaffoldRefused(`"${name}" is taken: ${path} already exists.`);
}

/** The owner written in the entry: an agency code, or nothing for the province's own. */
export function checkOwner(owner: string | undefined): string | undefined {
  if (owner === undefined || owner === PROVINCE) return undefined;
  if (!AGENCY_CODE.test(owner))
    throw new ScaffoldRefused(
      `"${owner}" is not an agency code: 1–32 letters, digits, dots, dashes or underscores, as personnel writes it (e.g. SGDDT).`,
    );
  return owner;
}

/** The local ports the graph's entries take: in-repo ports, and those of URLs on this machine. */
export function portsInUse(config: GraphConfig): Set<number> {
  const ports = new Set<number>();
  for (const entry of config.subgraphs) {
    if (entry.port) ports.add(entry.port);
    if (!entry.url) continue;
    const url = new URL(entry.url);
    if (url.port && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) ports.add(Number(url.port));
  }
  return ports;
}

/** The port asked for, when free; otherwise the next free port above the highest the graph uses. */
export function choosePort(config: GraphConfig, requested?: number): number {
  const used = portsInUse(config);
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1024 || requested > 65535)
      throw new ScaffoldRefused(`--port ${requested} is not a port a service may take: a whole number from 1024 to 65535.`);
    if (used.has(requested)) throw new ScaffoldRefused(`Port ${requested} is taken by another subgraph in ${CONFIG_FILE}.`);
    if (RESERVED_PORTS.includes(requested))
      throw new ScaffoldRefused(`Port ${requested} is the default of one of the graph's own services (${RESERVED_PORTS.join(', ')}).`);
    return requested;
  }
  let port = Math.max(4000, ...used) + 1;
  while (used.has(port) || RESERVED_PORTS.includes(port)) port += 1;
  return port;
}

/**
 * The config's text with the entry appended to its `subgraphs` list; everything else as it was
 * written (another change to the file in flight merges cleanly).
 */
export function appendEntry(configText: string, entry: SubgraphEntry): string {
  const end = endOfSubgraphsList(configText);
  const before = configText.slice(0, end).trimEnd();
  const indented = JSON.stringify(entry, null, 2).replace(/^/gm, '    ');
  return `${before}${before.endsWith('[') ? '' : ','}\n${indented}\n  ${configText.slice(end)}`;
}

/** Where the top-level `subgraphs` array closes: a scan of the JSON that skips over strings. */
function endOfSubgraphsList(text: string): number {
  let depth = 0;
  let listDepth = -1;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const start = i + 1;
      for (i = start; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      lastString = text.slice(start, i);
    } else if (char === '{' || char === '[') {
      if (char === '[' && depth === 1 && lastString === 'subgraphs') listDepth = depth + 1;
      depth++;
    } else if (char === '}' || char === ']') {
      if (char === ']' && depth === listDepth) return i;
      depth--;
    }
  }
  throw new Error(`${CONFIG_FILE} has no "subgraphs" list`);
}

/** integration-tests/package.json with a dependency on the new package (its end-to-end test imports it). */
function withTestDependency(packageText: string, name: string): string {
  const manifest = JSON.parse(packageText) as { dependencies: Record<string, string> };
  const dependencies = { ...manifest.dependencies, [`@kpi/${name}`]: 'workspace:*' };
  manifest.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function packageJson(workspace: Workspace, name: string, runBy: string): string {
  const dependencies = SUBGRAPH_DEPENDENCIES.map((dependency) => {
    const found = workspace.dependencies.get(dependency);
    if (!found) throw new Error(`No province subgraph declares ${dependency}, which the subgraph template imports.`);
    return [dependency, found.version];
  });
  const manifest = {
    name: `@kpi/${name}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `The ${name} subgraph, run by ${runBy}: the courses of training people completed, on personnel's Employee`,
    exports: { '.': './src/subgraph.ts', './model': './src/model.ts' },
    scripts: { start: 'node --import @swc-node/register/esm-register src/index.ts' },
    dependencies: Object.fromEntries(dependencies),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Replaces each `{{key}}`; a placeholder the values do not know is a broken template, not a silent gap. */
function render(template: string, values: Record<string, string>, file: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`${file}: no value for {{${key}}}`);
    return values[key]!;
  });
}

/** Formatted as the repository's prettier settings say, so `pnpm test`'s format check passes whatever the name's length. */
async function formatted(workspace: Workspace, file: PlannedFile): Promise<PlannedFile> {
  const filepath = join(workspace.root, file.path);
  const options = await resolveConfig(filepath);
  return { path: file.path, content: await format(file.content, { ...options, filepath }) };
}

/** Everything `create:subgraph` writes, decided and rendered; refuses (ScaffoldRefused) before anything is written. */
export async function planSubgraph(workspace: Workspace, request: ScaffoldRequest, now = new Date()): Promise<SubgraphPlan> {
  const { name } = request;
  checkName(workspace, name);
  const owner = checkOwner(request.owner);
  const port = choosePort(workspace.config, request.port);
  const names = namesOf(name);
  const entry = {
    name,
    module: `subgraphs/${name}/src/subgraph.ts`,
    export: names.camel,
    entry: `subgraphs/${name}/src/index.ts`,
    port,
    ...(owner ? { owner } : {}),
  };
  const runBy = owner ? `the department ${owner}` : 'the province';
  // Named by the moment it was made, as MikroORM names migrations: later ones sort after it.
  const migration = `${now.toISOString().replace(/\D/g, '').slice(0, 14)}-initial`;
  const values = { name, ...names, port: String(port), runBy, migration };
  const rendered: PlannedFile[] = [{ path: `subgraphs/${name}/package.json`, content: packageJson(workspace, name, runBy) }];
  for (const file of readdirSync(TEMPLATES, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.tmpl')) continue;
    const path = file
      .replace(/\.tmpl$/, '')
      .replaceAll('__name__', name)
      .replaceAll('__migration__', migration);
    rendered.push({ path, content: render(readFileSync(join(TEMPLATES, file), 'utf8'), values, file) });
  }
  const files = await Promise.all(rendered.map((file) => formatted(workspace, file)));
  const changes = await Promise.all(
    [
      { path: CONFIG_FILE, content: appendEntry(workspace.configText, entry) },
      { path: INTEGRATION_TESTS_PACKAGE, content: withTestDependency(workspace.integrationTestsPackage, name) },
    ].map((file) => formatted(workspace, file)),
  );
  const endToEndTest = files.find((file) => file.path.startsWith('integration-tests/'))!;
  return { entry, files: files.filter((file) => file !== endToEndTest), endToEndTest, changes };
}

export function writeFiles(root: string, files: PlannedFile[]) {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
  }
}
