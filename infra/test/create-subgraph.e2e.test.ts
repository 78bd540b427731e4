/**
 * `pnpm create:subgraph`, as a department gets it, without touching the repository (other test
 * files read schema/subgraphs.json meanwhile). The subgraph is generated into a temporary
 * workspace whose package links each of its dependencies to where a province subgraph has it
 * installed — every subgraph declares the same set, so the links are what `pnpm install` would
 * make, and an import the package does not declare fails as it would under pnpm. There it must
 * pass the checks `pnpm test` runs on it, compose with the committed subgraphs, and answer behind
 * the real gateway with personnel. The temporary workspace goes whatever happens.
 */
import { composeServices } from '@apollo/composition';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoUsers, generateProvince, loadDemoProvince } from '@kpi/demo';
import { startGateway } from '@kpi/gateway';
import { sizeRuleOf } from '@kpi/gateway/cost';
import { personnel } from '@kpi/personnel';
import { buildSubgraphSchemaOf, loadGraphConfig, workspaceRoot, type GraphConfig, type SubgraphDefinition } from '@kpi/platform';
import { errorsOf, startTestGraph, type TestGraph } from '@kpi/platform/testkit';
import { ESLint } from 'eslint';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
  validate,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import ts from 'typescript';
import {
  appendEntry,
  choosePort,
  namesOf,
  planSubgraph,
  readWorkspace,
  ScaffoldRefused,
  writeFiles,
  type SubgraphPlan,
  type Workspace,
} from '../src/scaffold.js';

const root = workspaceRoot();

/** A workspace as the repository's, with another graph configuration. */
function workspaceWith(config: GraphConfig): Workspace {
  return { ...readWorkspace(root), config, configText: `${JSON.stringify(config, null, 2)}\n` };
}

/** A name no department will take, with an underscore so that every name derived from it is exercised. */
const NAME = 'scaffold_check';
const { Name, camel } = namesOf(NAME);

describe('what it may take', () => {
  const province = ['personnel', 'catalogue', 'diary', 'scoring'].map((name, i) => ({
    name,
    module: `subgraphs/${name}/src/subgraph.ts`,
    port: 4001 + i,
  }));
  const education = { name: 'education', module: 'subgraphs/education/src/subgraph.ts', export: 'education', port: 4005, owner: 'SGDDT' };
  const culture = { name: 'culture', sdlFile: 'schema/external/culture.graphql', url: 'http://localhost:4007/graphql', owner: 'SVHTTDL' };

  it('the next free port above the highest the graph uses, whatever entries it has', () => {
    expect(choosePort({ subgraphs: province })).toBe(4005);
    expect(choosePort({ subgraphs: [...province, education] })).toBe(4006);
    // A department's service on this machine holds its port too; a remote one holds none here.
    expect(choosePort({ subgraphs: [...province, education, culture] })).toBe(4008);
    expect(choosePort({ subgraphs: [...province, { ...culture, url: 'https://vhttdl.khanhhoa.gov.vn:4100/graphql' }] })).toBe(4005);
    // The identity provider's default port is skipped.
    expect(choosePort({ subgraphs: [...province, { ...education, port: 4009 }] })).toBe(4011);
    expect(choosePort({ subgraphs: province }, 4500)).toBe(4500);
  });

  it('refuses a bad or taken name, a taken port and an owner that is no agency code, saying why', async () => {
    const workspace = workspaceWith({ subgraphs: [...province, education, culture] });
    const refusal = async (request: Parameters<typeof planSubgraph>[1]) => {
      try {
        await planSubgraph(workspace, request);
      } catch (error) {
        if (error instanceof ScaffoldRefused) return error.message;
        throw error;
      }
      return null;
    };
    expect(await refusal({ name: 'Health' })).toMatch(/cannot name a subgraph: use lower-case letters/);
    expect(await refusal({ name: 'health-insurance' })).toMatch(/words joined by "_"/);
    expect(await refusal({ name: 'health__insurance' })).toMatch(/cannot name a subgraph/);
    expect(await refusal({ name: '4health' })).toMatch(/cannot name a subgraph/);
    expect(await refusal({ name: 'x'.repeat(31) })).toMatch(/too long/);
    expect(await refusal({ name: 'public' })).toMatch(/PostgreSQL's own schema name/);
    expect(await refusal({ name: 'pg_health' })).toMatch(/PostgreSQL's own schema name/);
    expect(await refusal({ name: 'personnel' })).toMatch(/"personnel" is taken: schema\/subgraphs.json already has/);
    expect(await refusal({ name: 'culture' })).toMatch(/"culture" is taken/);
    expect(await refusal({ name: 'platform' })).toMatch(/"platform" is taken: the workspace has a package @kpi\/platform/);
    expect(await refusal({ name: NAME, port: 4005 })).toMatch(/Port 4005 is taken by another subgraph/);
    expect(await refusal({ name: NAME, port: 4010 })).toMatch(/the default of one of the graph's own services/);
    expect(await refusal({ name: NAME, port: 80 })).toMatch(/a whole number from 1024 to 65535/);
    expect(await refusal({ name: NAME, owner: 'Sở Y tế' })).toMatch(/"Sở Y tế" is not an agency code/);
    expect(await refusal({ name: NAME, owner: 'SYT' })).toBeNull();
  });

  it('appends its entry to schema/subgraphs.json and leaves the rest as it was written', () => {
    const written = `{\n  "$comment": "[the graph's subgraphs]",\n  "subgraphs": [\n    { "name": "personnel", "module": "subgraphs/personnel/src/subgraph.ts", "port": 4001 },\n    {\n      "name": "education",\n      "sdlFile": "schema/external/education.graphql",\n      "scoringFacts": { "sectors": ["EDUCATION"] }\n    }\n  ]\n}\n`;
    const entry = { name: 'health', module: 'subgraphs/health/src/subgraph.ts', port: 4002, owner: 'SYT' };
    const appended = appendEntry(written, entry);
    expect(JSON.parse(appended).subgraphs.at(-1)).toEqual(entry);
    expect(appended.startsWith(written.slice(0, written.lastIndexOf('}\n  ]')))).toBe(true);
    expect(JSON.parse(appendEntry('{ "subgraphs": [] }', entry)).subgraphs).toEqual([entry]);
  });

  it('names what it makes after the subgraph', () => {
    expect(namesOf('health_insurance')).toEqual({ Name: 'HealthInsurance', camel: 'healthInsurance', NAME: 'HEALTH_INSURANCE' });
  });
});

/**
 * Each dependency the package declares, linked to where the province subgraph that declares it has
 * it installed; and the root's tools (jest, Node's types), which the repository's root provides to
 * every package.
 */
function linkDependencies(workspace: Workspace, target: string) {
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'), 'dir');
  for (const [dependency, { installedIn }] of workspace.dependencies) {
    const link = join(target, 'subgraphs', NAME, 'node_modules', dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(root, installedIn, 'node_modules', dependency)), link, 'dir');
  }
}

/**
 * Its typed call to personnel, generated as `pnpm codegen` generates every subgraph's (the same
 * plugins and settings, taken from codegen.ts), into the temporary workspace.
 */
async function generatePeerTypes(target: string) {
  const { default: codegen } = (await import(pathToFileURL(join(root, 'codegen.ts')).href)) as {
    default: { generates: Record<string, Record<string, unknown>> };
  };
  const [, options] = Object.entries(codegen.generates).find(([output]) => output.endsWith('/peers/personnel.generated.ts')) ?? [];
  if (!options) throw new Error('codegen.ts generates no typed call to personnel to take the settings from');
  const peers = join(target, 'subgraphs', NAME, 'src/peers');
  const config = join(target, 'codegen.json');
  writeFileSync(
    config,
    JSON.stringify({
      generates: {
        [join(peers, 'personnel.generated.ts')]: {
          ...options,
          schema: join(root, 'schema/subgraphs/personnel.api.graphql'),
          documents: join(peers, 'personnel.graphql'),
        },
      },
    }),
  );
  const cli = join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js');
  const run = spawnSync(process.execPath, [cli, '--config', config, '--silent'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`codegen failed: ${run.stdout}${run.stderr}`);
}

describe('a subgraph it makes', () => {
  let target: string;
  let workspace: Workspace;
  let plan: SubgraphPlan;
  let definition: SubgraphDefinition<unknown>;
  let api: GraphQLSchema;

  beforeAll(async () => {
    target = mkdtempSync(join(tmpdir(), 'kpi-scaffold-'));
    workspace = readWorkspace(root);
    plan = await planSubgraph(workspace, { name: NAME, owner: 'SKHCN' });
    writeFiles(target, [...plan.files, plan.endToEndTest, ...plan.changes]);
    linkDependencies(workspace, target);
    await generatePeerTypes(target);
    definition = (await import(pathToFileURL(join(target, plan.entry.module)).href))[plan.entry.export];
  }, 120_000);
  afterAll(() => {
    if (target) rmSync(target, { recursive: true, force: true });
  });

  it('is entered in schema/subgraphs.json after the others, owned by the department, on the next free port', () => {
    const config = JSON.parse(readFileSync(join(target, 'schema/subgraphs.json'), 'utf8')) as GraphConfig;
    expect(config.subgraphs.slice(0, -1)).toEqual(workspace.config.subgraphs);
    expect(config.subgraphs.at(-1)).toEqual({
      name: NAME,
      module: `subgraphs/${NAME}/src/subgraph.ts`,
      export: camel,
      entry: `subgraphs/${NAME}/src/index.ts`,
      port: choosePort(workspace.config),
      owner: 'SKHCN',
    });
    const manifest = JSON.parse(readFileSync(join(target, 'integration-tests/package.json'), 'utf8'));
    expect(manifest.dependencies[`@kpi/${NAME}`]).toBe('workspace:*');
    expect(definition).toMatchObject({ name: NAME, schema: NAME, defaultPort: plan.entry.port });
  });

  it('passes the typecheck and eslint as written', async () => {
    const code = plan.files.filter((file) => file.path.endsWith('.ts'));
    const tsconfig = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
        },
      },
    )!;
    const program = ts.createProgram(
      code.map((file) => join(target, file.path)),
      tsconfig.options,
    );
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => target, getNewLine: () => '\n' };
    expect(ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), host)).toBe('');

    // Linted as if in the repository, where the configuration's per-folder rules apply to it.
    const eslint = new ESLint({ cwd: root });
    const problems: string[] = [];
    for (const file of [...code, plan.endToEndTest])
      for (const result of await eslint.lintText(file.content, { filePath: join(root, file.path) }))
        for (const message of result.messages) problems.push(`${file.path}:${message.line} ${message.ruleId}: ${message.message}`);
    expect(problems).toEqual([]);
  }, 120_000);

  it('composes with the committed subgraphs: its Employee field, query and mutation are in the graph', async () => {
    const services = [];
    for (const entry of loadGraphConfig(root).subgraphs) {
      const sdl = entry.module
        ? (await buildSubgraphSchemaOf((await import(pathToFileURL(join(root, entry.module)).href))[entry.export ?? entry.name])).sdl
        : readFileSync(join(root, entry.sdlFile!), 'utf8');
      services.push({ name: entry.name, url: `http://localhost:${entry.port ?? 4000}/graphql`, typeDefs: parse(sdl) });
    }
    services.push({
      name: NAME,
      url: `http://localhost:${plan.entry.port}/graphql`,
      typeDefs: parse((await buildSubgraphSchemaOf(definition)).sdl),
    });
    const composed = composeServices(services);
    expect(composed.errors?.map((error) => error.message) ?? []).toEqual([]);
    api = composed.schema!.toAPISchema().toGraphQLJSSchema();
    expect(Object.keys((api.getType('Employee') as GraphQLObjectType).getFields())).toContain(`${camel}Trainings`);
    expect(Object.keys(api.getQueryType()!.getFields())).toContain(`my${Name}Trainings`);
    expect(Object.keys(api.getMutationType()!.getFields())).toContain(`record${Name}Training`);
    // Every list it adds is one the gateway's cost model can price (gateway/test/cost.test.ts holds the graph to it).
    const unpriced: string[] = [];
    for (const type of Object.values((await buildSubgraphSchemaOf(definition)).schema.getTypeMap())) {
      const served = api.getType(type.name);
      if (type.name.startsWith('__') || !isObjectType(type) || !isObjectType(served)) continue;
      for (const name of Object.keys(type.getFields())) {
        const field = served.getFields()[name];
        if (field && isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)) && !sizeRuleOf(served, field))
          unpriced.push(`${type.name}.${name}`);
      }
    }
    expect(unpriced).toEqual([]);
    // Its own end-to-end test asks what the composed graph has (in the repository, codegen types it so).
    const operations = [...plan.endToEndTest.content.matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => match[1]!);
    expect(operations.length).toBeGreaterThanOrEqual(3);
    for (const operation of operations) expect(validate(api, parse(operation)).map((error) => error.message)).toEqual([]);
  });

  describe('behind the real gateway, with personnel', () => {
    const province = generateProvince({ targetEmployees: 120 });
    const users = demoUsers(province);
    const staff = users.find((u) => u.label === 'staff')!.identity;
    const agencyAdmin = users.find((u) => u.label === 'agency-admin')!.identity;
    let graph: TestGraph;
    let db: pg.Client;
    beforeAll(async () => {
      graph = await startTestGraph([personnel, definition], startGateway);
      await loadDemoProvince(graph.databaseUrl, province);
      db = new pg.Client({ connectionString: graph.databaseUrl });
      await db.connect();
    }, 120_000);
    afterAll(async () => {
      await db?.end();
      await graph?.stop();
    });

    // Plain documents: the repository's typed operations know only the committed graph.
    const RECORD = `mutation Record($input: Record${Name}TrainingInput!) {
      record${Name}Training(input: $input) { course hours completedOn employee { id } }
    }`;
    const input = { employeeId: staff.employeeId, course: 'Bồi dưỡng kỹ năng số', hours: 24, completedOn: '2025-09-12' };
    const rows = async () => (await db.query(`select employee_id, course, hours::float as hours from ${NAME}.training`)).rows;

    it('its mutation writes to its own table, and its Employee field answers for the person', async () => {
      const admin = await graph.as(agencyAdmin);
      expect(await admin.request(RECORD, { input })).toEqual({
        [`record${Name}Training`]: { course: input.course, hours: 24, completedOn: input.completedOn, employee: { id: staff.employeeId } },
      });
      expect(await rows()).toEqual([{ employee_id: staff.employeeId, course: input.course, hours: 24 }]);
      const mine = await (await graph.as(staff)).request<{ me: Record<string, unknown> }>(`{ me { ${camel}Trainings { course hours } } }`);
      expect(mine.me[`${camel}Trainings`]).toEqual([{ course: input.course, hours: 24 }]);
    });

    it('a caller without the role is FORBIDDEN, bad input is BAD_USER_INPUT, and neither writes', async () => {
      const before = await rows();
      const asStaff = await graph.as(staff);
      const forbidden = await errorsOf(asStaff.request(RECORD, { input: { ...input, employeeId: agencyAdmin.employeeId } }));
      expect(forbidden.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const admin = await graph.as(agencyAdmin);
      const bad = await errorsOf(admin.request(RECORD, { input: { ...input, course: 'Tin học', hours: 0 } }));
      expect(bad.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'hours']]);
      expect(await rows()).toEqual(before);
    });
  });
});
