/**
 * Breaking-change detection against the published schemas, with GraphQL Inspector's `diff`: a
 * BREAKING change (a field, type, argument or enum value removed or retyped, an argument made
 * required…) fails unless schema/changes.json declares it with a reason; a DANGEROUS one (an enum
 * value added, a default changed) is listed and passes; a safe one is counted.
 */
import { buildSubgraph } from '@apollo/federation-internals';
import { ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, GraphQLSchema, isSpecifiedDirective, parse, type GraphQLNamedType } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PublishedSchema } from './registry.js';

/** A published schema that is gone: a subgraph dropped from schema/subgraphs.json, a contract no longer served. */
export const SCHEMA_REMOVED = 'SCHEMA_REMOVED';
const DECLARABLE = new Set<string>([...Object.values(ChangeType), SCHEMA_REMOVED]);

export interface SchemaChange {
  /** Which published schema: `api`, `contracts/partner`, `subgraphs/personnel`. */
  schema: string;
  /** GraphQL Inspector's change type (`FIELD_REMOVED`…), or SCHEMA_REMOVED. */
  type: string;
  /** What changed: `Employee.staffType`, `Query.employees.first`, `StaffType.CONTRACT`. */
  path: string;
  level: CriticalityLevel;
  message: string;
}

/** A breaking change accepted on purpose: exactly which one, and why. */
export interface Declaration {
  type: string;
  path: string;
  /** Only in this published schema; without it, wherever the change appears (the API and the subgraph it comes from). */
  schema?: string;
  reason: string;
}

/**
 * A subgraph's SDL as a schema to compare: federation builds it (so `extend type` and renamed
 * imports read as they compose), then federation's own directive and type definitions are left
 * out — importing one more federation directive is not a change of the subgraph's API — while the
 * directives applied to its elements (@key, @shareable, @tag…) and `_entities` stay in.
 */
export function subgraphSchemaOf(name: string, sdl: string): GraphQLSchema {
  const built = buildSubgraph(name, `http://${name}`, sdl).schema.toGraphQLJSSchema();
  const own = new Set(
    parse(sdl).definitions.flatMap((definition) => ('name' in definition && definition.name ? [definition.name.value] : [])),
  );
  const config = built.toConfig();
  const kept = (type: GraphQLNamedType) => own.has(type.name) || ['_Any', '_Entity', '_Service'].includes(type.name);
  return new GraphQLSchema({
    ...config,
    types: config.types.filter(kept),
    directives: config.directives.filter((directive) => isSpecifiedDirective(directive) || own.has(directive.name)),
  });
}

const schemaOf = (published: PublishedSchema) =>
  published.id.startsWith('subgraphs/')
    ? subgraphSchemaOf(published.id.slice('subgraphs/'.length), published.sdl)
    : buildSchema(published.sdl);

/** The changes from one published schema to its fresh version. */
export async function changesBetween(published: PublishedSchema, fresh: PublishedSchema): Promise<SchemaChange[]> {
  const changes = await diff(schemaOf(published), schemaOf(fresh));
  return changes.map((change) => ({
    schema: fresh.id,
    type: change.type,
    path: change.path ?? '',
    level: change.criticality.level,
    message: change.message,
  }));
}

export interface Assessment {
  /** Breaking changes a declaration accepts, with it. */
  accepted: { change: SchemaChange; declaration: Declaration }[];
  /** Breaking changes nobody declared: they fail the check. */
  undeclared: SchemaChange[];
  dangerous: SchemaChange[];
  /** Safe changes per schema. */
  safe: Map<string, number>;
  /** Fresh schemas with no published version yet (a subgraph just added): everything in them is new. */
  unpublished: string[];
  /** Declarations that match no change: stale ones would silently accept the same break later. */
  unused: Declaration[];
  passed: boolean;
}

export const matches = (declaration: Declaration, change: SchemaChange) =>
  declaration.type === change.type &&
  declaration.path === change.path &&
  (declaration.schema === undefined || declaration.schema === change.schema);

/** Compares every fresh schema with its published version and applies the declarations. */
export async function assess(
  published: readonly PublishedSchema[],
  fresh: readonly PublishedSchema[],
  declarations: readonly Declaration[],
): Promise<Assessment> {
  const changes: SchemaChange[] = [];
  const unpublished: string[] = [];
  for (const schema of fresh) {
    const before = published.find(({ id }) => id === schema.id);
    if (before) changes.push(...(await changesBetween(before, schema)));
    else unpublished.push(schema.id);
  }
  for (const gone of published.filter(({ id }) => !fresh.some((schema) => schema.id === id)))
    changes.push({
      schema: gone.id,
      type: SCHEMA_REMOVED,
      path: gone.id,
      level: CriticalityLevel.Breaking,
      message: `${gone.id} was published and is no longer composed`,
    });

  const used = new Set<Declaration>();
  const assessment: Assessment = { accepted: [], undeclared: [], dangerous: [], safe: new Map(), unpublished, unused: [], passed: false };
  for (const change of changes) {
    if (change.level === CriticalityLevel.Breaking) {
      const declaration = declarations.find((candidate) => matches(candidate, change));
      if (declaration) {
        used.add(declaration);
        assessment.accepted.push({ change, declaration });
      } else assessment.undeclared.push(change);
    } else if (change.level === CriticalityLevel.Dangerous) assessment.dangerous.push(change);
    else assessment.safe.set(change.schema, (assessment.safe.get(change.schema) ?? 0) + 1);
  }
  assessment.unused = declarations.filter((declaration) => !used.has(declaration));
  assessment.passed = !assessment.undeclared.length && !assessment.unused.length;
  return assessment;
}

/** Reads schema/changes.json (`{ "accepted": [ … ] }`); a missing file declares nothing. */
export function readDeclarations(file: string): Declaration[] {
  if (!existsSync(file)) return [];
  return parseDeclarations(readFileSync(file, 'utf8'), file);
}

export function parseDeclarations(text: string, source = 'schema/changes.json'): Declaration[] {
  const document = JSON.parse(text) as { accepted?: unknown };
  if (!Array.isArray(document.accepted)) throw new Error(`${source}: "accepted" must be a list of declarations`);
  const keys = new Set(['type', 'path', 'schema', 'reason']);
  const declarations: Declaration[] = [];
  document.accepted.forEach((item: Record<string, unknown>, index) => {
    const where = `${source}: accepted[${index}]`;
    const unknown = Object.keys(item).filter((key) => !keys.has(key));
    if (unknown.length) throw new Error(`${where} has unknown keys ${unknown.join(', ')} (type, path, schema, reason)`);
    if (typeof item.type !== 'string' || !DECLARABLE.has(item.type))
      throw new Error(`${where}: type must be a change type such as FIELD_REMOVED`);
    if (typeof item.path !== 'string' || !item.path) throw new Error(`${where}: path must name the element, e.g. Employee.staffType`);
    if (item.schema !== undefined && typeof item.schema !== 'string')
      throw new Error(`${where}: schema, when given, is api, contracts/<name> or subgraphs/<name>`);
    if (typeof item.reason !== 'string' || !item.reason.trim()) throw new Error(`${where}: reason must say why the break is accepted`);
    const declaration: Declaration = {
      type: item.type,
      path: item.path,
      ...(item.schema ? { schema: item.schema } : {}),
      reason: item.reason,
    };
    const twice = declarations.find(
      (other) => other.type === declaration.type && other.path === declaration.path && other.schema === declaration.schema,
    );
    if (twice) throw new Error(`${where} declares ${declaration.type} ${declaration.path} a second time`);
    declarations.push(declaration);
  });
  return declarations;
}

/** Rewrites the declarations file without those a publication consumed, keeping whatever else it holds. */
export function removeDeclarations(file: string, consumed: readonly Declaration[]) {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { accepted: Declaration[] };
  document.accepted = document.accepted.filter((item) => !consumed.some((declaration) => sameDeclaration(item, declaration)));
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

const sameDeclaration = (a: Declaration, b: Declaration) => a.type === b.type && a.path === b.path && (a.schema ?? '') === (b.schema ?? '');

/**
 * The declaration that accepts a change, its reason left to write: without `schema`, so that one
 * declaration covers the change wherever it shows (a removed field leaves the API and its subgraph).
 */
export const declarationFor = (change: SchemaChange) => JSON.stringify({ type: change.type, path: change.path, reason: '…' });

export function formatAssessment(assessment: Assessment, published: string, changesFile = 'schema/changes.json'): string[] {
  const lines = [`Breaking-change check against the published schemas (${published}):`];
  const line = (change: SchemaChange) => `    ${change.type} ${change.path} in ${change.schema}: ${change.message}`;
  if (assessment.undeclared.length) {
    lines.push(`  BREAKING, not declared (${assessment.undeclared.length}): each fails the check`);
    const byChange = new Map<string, SchemaChange[]>();
    for (const change of assessment.undeclared)
      byChange.set(declarationFor(change), [...(byChange.get(declarationFor(change)) ?? []), change]);
    for (const [declaration, same] of byChange)
      lines.push(...same.map(line), `      to accept it, add to "accepted" in ${changesFile}: ${declaration}`);
  }
  if (assessment.accepted.length) {
    lines.push(`  BREAKING, declared (${assessment.accepted.length}):`);
    for (const { change, declaration } of assessment.accepted) lines.push(line(change), `      accepted: ${declaration.reason}`);
  }
  if (assessment.unused.length) {
    lines.push(
      `  Declarations matching no breaking change (${assessment.unused.length}): remove them, or correct their type, path or schema`,
    );
    for (const declaration of assessment.unused) lines.push(`    ${JSON.stringify(declaration)}`);
  }
  if (assessment.dangerous.length) {
    lines.push(`  DANGEROUS (${assessment.dangerous.length}): they pass; clients may need to handle them`);
    for (const change of assessment.dangerous) lines.push(line(change));
  }
  const safe = [...assessment.safe].map(([schema, count]) => `${schema} ${count}`);
  if (safe.length) lines.push(`  Safe changes: ${safe.join(', ')}.`);
  const changed = assessment.accepted.length + assessment.undeclared.length + assessment.dangerous.length + safe.length;
  if (!changed && !assessment.unused.length) lines.push('  No change since the last publication.');
  for (const id of assessment.unpublished)
    lines.push(`  ${id}: not published yet, so nothing in it can break; \`pnpm schema:publish\` records it.`);
  return lines;
}
