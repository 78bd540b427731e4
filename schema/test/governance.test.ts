import { describe, expect, it } from '@jest/globals';
import { workspaceRoot } from '@kpi/platform';
import {
  Kind,
  parse,
  print,
  visit,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, formatAssessment, parseDeclarations, SCHEMA_REMOVED, type Declaration } from '../src/governance.js';
import { readPublished, type PublishedSchema } from '../src/registry.js';

// The committed registry: what clients were last promised.
const published = readPublished(join(workspaceRoot(), 'schema/published'));
const publishedApi = published.find(({ id }) => id === 'api')!;
const publishedPersonnel = published.find(({ id }) => id === 'subgraphs/personnel')!;

/** The published API with one object type edited, as a fresh composition would print it. */
function editObject(sdl: string, typeName: string, edit: (node: ObjectTypeDefinitionNode) => ObjectTypeDefinitionNode): string {
  let found = false;
  const edited = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== typeName) return undefined;
      found = true;
      return edit(node);
    },
  });
  if (!found) throw new Error(`no type ${typeName} to edit`);
  return print(edited);
}

function editEnum(sdl: string, typeName: string, edit: (node: EnumTypeDefinitionNode) => EnumTypeDefinitionNode): string {
  return print(visit(parse(sdl), { EnumTypeDefinition: (node) => (node.name.value === typeName ? edit(node) : undefined) }));
}

const editField = (node: ObjectTypeDefinitionNode, fieldName: string, edit: (field: FieldDefinitionNode) => FieldDefinitionNode) => {
  if (!node.fields?.some((field) => field.name.value === fieldName)) throw new Error(`no field ${node.name.value}.${fieldName}`);
  return { ...node, fields: node.fields.map((field) => (field.name.value === fieldName ? edit(field) : field)) };
};

const editArgument = (field: FieldDefinitionNode, argName: string, edit: (arg: InputValueDefinitionNode) => InputValueDefinitionNode) => {
  if (!field.arguments?.some((arg) => arg.name.value === argName)) throw new Error(`no argument ${field.name.value}(${argName}:)`);
  return { ...field, arguments: field.arguments.map((arg) => (arg.name.value === argName ? edit(arg) : arg)) };
};

const api = (sdl: string): PublishedSchema => ({ id: 'api', sdl });
const assessApi = (fresh: string, declarations: Declaration[] = []) => assess([publishedApi], [api(fresh)], declarations);

const removeStaffType = (node: ObjectTypeDefinitionNode) => ({
  ...node,
  fields: node.fields!.filter((field) => field.name.value !== 'staffType'),
});
const withoutStaffType = editObject(publishedApi.sdl, 'Employee', removeStaffType);

describe('breaking changes against the published API', () => {
  it('fails when a field clients use is removed (Employee.staffType), naming the change and how to declare it', async () => {
    const assessment = await assessApi(withoutStaffType);
    expect(assessment.passed).toBe(false);
    expect(assessment.undeclared).toEqual([expect.objectContaining({ schema: 'api', type: 'FIELD_REMOVED', path: 'Employee.staffType' })]);
    const report = formatAssessment(assessment, 'schema/published').join('\n');
    expect(report).toContain('FIELD_REMOVED Employee.staffType in api');
    expect(report).toContain('{"type":"FIELD_REMOVED","path":"Employee.staffType","reason":"…"}');
  });

  it('passes the same removal once schema/changes.json declares it, with its reason', async () => {
    const declarations = parseDeclarations(
      JSON.stringify({
        accepted: [
          { type: 'FIELD_REMOVED', path: 'Employee.staffType', reason: 'replaced by position.staffType, deprecated since 2026-06' },
        ],
      }),
    );
    const assessment = await assessApi(withoutStaffType, declarations);
    expect(assessment.passed).toBe(true);
    expect(assessment.accepted).toEqual([
      { change: expect.objectContaining({ type: 'FIELD_REMOVED', path: 'Employee.staffType' }), declaration: declarations[0] },
    ]);
  });

  it('accepts a declaration only for the change it names: another path, type or schema leaves the break failing', async () => {
    const declarations = parseDeclarations(
      JSON.stringify({
        accepted: [
          { type: 'FIELD_REMOVED', path: 'Employee.fullName', reason: 'another field' },
          { type: 'FIELD_TYPE_CHANGED', path: 'Employee.staffType', reason: 'another change' },
          { type: 'FIELD_REMOVED', path: 'Employee.staffType', schema: 'contracts/partner', reason: 'another schema' },
        ],
      }),
    );
    const assessment = await assessApi(withoutStaffType, declarations);
    expect(assessment.passed).toBe(false);
    expect(assessment.undeclared.map(({ path }) => path)).toEqual(['Employee.staffType']);
    // …and each of them matches nothing: left in place, it would accept the same break later unseen.
    expect(assessment.unused).toEqual(declarations);
  });

  it('fails on a declaration that matches no change', async () => {
    const [stale] = parseDeclarations(
      JSON.stringify({ accepted: [{ type: 'FIELD_REMOVED', path: 'Employee.staffType', reason: 'published already' }] }),
    );
    const assessment = await assessApi(publishedApi.sdl, [stale]);
    expect(assessment).toEqual(expect.objectContaining({ passed: false, undeclared: [], unused: [stale] }));
  });

  it('passes additive changes: a new optional field, a new argument with a default, a new type', async () => {
    const fresh = editObject(publishedApi.sdl, 'Employee', (node) => ({
      ...node,
      fields: [
        ...node.fields!,
        ...(parse('type T { trainingHours(year: Int = 2026): TrainingHours }').definitions[0] as ObjectTypeDefinitionNode).fields!,
      ],
    }));
    const assessment = await assessApi(`${fresh}\n"""Hours of training in a year"""\ntype TrainingHours { hours: Int! }\n`);
    expect(assessment.passed).toBe(true);
    expect(assessment.undeclared).toEqual([]);
    expect(assessment.dangerous).toEqual([]);
    expect(assessment.safe.get('api')).toBeGreaterThanOrEqual(2);
  });

  it('fails when an argument is made required (Query.employees(first:) Int → Int!)', async () => {
    const fresh = editObject(publishedApi.sdl, 'Query', (node) =>
      editField(node, 'employees', (field) =>
        editArgument(field, 'first', (arg) => ({ ...arg, type: { kind: Kind.NON_NULL_TYPE, type: arg.type as never } })),
      ),
    );
    const assessment = await assessApi(fresh);
    expect(assessment.undeclared).toEqual([
      expect.objectContaining({ type: 'FIELD_ARGUMENT_TYPE_CHANGED', path: 'Query.employees.first' }),
    ]);
    expect(assessment.passed).toBe(false);
  });

  it('fails when a required argument is added to a field clients call', async () => {
    const fresh = editObject(publishedApi.sdl, 'Query', (node) =>
      editField(node, 'employees', (field) => ({
        ...field,
        arguments: [
          ...field.arguments!,
          ...(parse('type T { f(schoolYear: Int!): Int }').definitions[0] as ObjectTypeDefinitionNode).fields![0].arguments!,
        ],
      })),
    );
    const assessment = await assessApi(fresh);
    expect(assessment.undeclared).toEqual([expect.objectContaining({ type: 'FIELD_ARGUMENT_ADDED', path: 'Query.employees.schoolYear' })]);
  });

  it('fails when an enum value is removed (StaffType.CADRE)', async () => {
    const fresh = editEnum(publishedApi.sdl, 'StaffType', (node) => ({
      ...node,
      values: node.values!.filter((value) => value.name.value !== 'CADRE'),
    }));
    const assessment = await assessApi(fresh);
    expect(assessment.undeclared).toEqual([expect.objectContaining({ type: 'ENUM_VALUE_REMOVED', path: 'StaffType.CADRE' })]);
    expect(assessment.passed).toBe(false);
  });

  it('lists dangerous changes and passes them: an enum value added, an argument default changed', async () => {
    const withValue = editEnum(publishedApi.sdl, 'StaffType', (node) => ({
      ...node,
      values: [...node.values!, { kind: Kind.ENUM_VALUE_DEFINITION, name: { kind: Kind.NAME, value: 'CONTRACT_WORKER' } }],
    }));
    const fresh = editObject(withValue, 'Query', (node) =>
      editField(node, 'integrationClients', (field) =>
        editArgument(field, 'includeRevoked', (arg) => ({ ...arg, defaultValue: { kind: Kind.BOOLEAN, value: true } })),
      ),
    );
    const assessment = await assessApi(fresh);
    expect(assessment.passed).toBe(true);
    expect(assessment.dangerous).toHaveLength(2);
    expect(assessment.dangerous).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'ENUM_VALUE_ADDED', path: 'StaffType.CONTRACT_WORKER' }),
        expect.objectContaining({ type: 'FIELD_ARGUMENT_DEFAULT_CHANGED', path: 'Query.integrationClients.includeRevoked' }),
      ]),
    );
    const report = formatAssessment(assessment, 'schema/published').join('\n');
    expect(report).toContain('DANGEROUS (2)');
    expect(report).toContain('ENUM_VALUE_ADDED StaffType.CONTRACT_WORKER in api');
  });

  it('passes a deprecation, the first step before a removal', async () => {
    const fresh = editObject(publishedApi.sdl, 'Employee', (node) =>
      editField(node, 'staffType', (field) => ({
        ...field,
        directives: (
          parse('type T { f: Int @deprecated(reason: "Use position.staffType; removed after 2027-03-31") }')
            .definitions[0] as ObjectTypeDefinitionNode
        ).fields![0].directives,
      })),
    );
    const assessment = await assessApi(fresh);
    expect(assessment).toEqual(expect.objectContaining({ passed: true, undeclared: [], dangerous: [] }));
    expect(assessment.safe.get('api')).toBeGreaterThan(0);
  });

  it('finds nothing between the published API and itself', async () => {
    const assessment = await assessApi(publishedApi.sdl);
    expect(assessment).toEqual(expect.objectContaining({ passed: true, undeclared: [], dangerous: [], unused: [] }));
    expect(assessment.safe.size).toBe(0);
  });
});

describe("breaking changes against a subgraph's published SDL", () => {
  const personnel = (sdl: string): PublishedSchema => ({ id: 'subgraphs/personnel', sdl });

  it('fails when a field is removed from the subgraph (its peers call it)', async () => {
    const assessment = await assess([publishedPersonnel], [personnel(editObject(publishedPersonnel.sdl, 'Employee', removeStaffType))], []);
    expect(assessment.undeclared).toEqual([
      expect.objectContaining({ schema: 'subgraphs/personnel', type: 'FIELD_REMOVED', path: 'Employee.staffType' }),
    ]);
  });

  it("reads federation's own definitions as no change: importing one more federation directive breaks nothing", async () => {
    const fresh = publishedPersonnel.sdl.replace('"@override"]', '"@override", "@interfaceObject"]');
    expect(fresh).not.toBe(publishedPersonnel.sdl);
    const assessment = await assess([publishedPersonnel], [personnel(fresh)], []);
    expect(assessment.undeclared).toEqual([]);
    expect(assessment.passed).toBe(true);
  });

  it('fails when a published subgraph is no longer composed, and passes one not yet published', async () => {
    const education: PublishedSchema = { id: 'subgraphs/education', sdl: 'type Query { schools: [String!]! }\n' };
    const assessment = await assess([publishedPersonnel], [education], []);
    expect(assessment.undeclared).toEqual([expect.objectContaining({ type: SCHEMA_REMOVED, path: 'subgraphs/personnel' })]);
    expect(assessment.unpublished).toEqual(['subgraphs/education']);
  });

  it('accepts one declaration without a schema wherever the change appears: the API and the subgraph', async () => {
    const freshPersonnel = editObject(publishedPersonnel.sdl, 'Employee', removeStaffType);
    const declarations = parseDeclarations(
      JSON.stringify({ accepted: [{ type: 'FIELD_REMOVED', path: 'Employee.staffType', reason: 'moved to the position' }] }),
    );
    const assessment = await assess([publishedApi, publishedPersonnel], [api(withoutStaffType), personnel(freshPersonnel)], declarations);
    expect(assessment.passed).toBe(true);
    expect(assessment.accepted.map(({ change }) => change.schema)).toEqual(['api', 'subgraphs/personnel']);
  });
});

describe('schema/changes.json', () => {
  it('is valid as committed', () => {
    expect(() => parseDeclarations(readFileSync(join(workspaceRoot(), 'schema/changes.json'), 'utf8'))).not.toThrow();
  });

  it('refuses a declaration that does not name exactly one change and why', () => {
    const declare = (item: Record<string, unknown>) => () => parseDeclarations(JSON.stringify({ accepted: [item] }));
    expect(declare({ type: 'FIELD_GONE', path: 'Employee.staffType', reason: 'r' })).toThrow(/change type/);
    expect(declare({ type: 'FIELD_REMOVED', reason: 'r' })).toThrow(/path/);
    expect(declare({ type: 'FIELD_REMOVED', path: 'Employee.staffType' })).toThrow(/reason/);
    expect(declare({ type: 'FIELD_REMOVED', path: 'Employee.staffType', reason: ' ' })).toThrow(/reason/);
    expect(declare({ type: 'FIELD_REMOVED', path: 'Employee.staffType', reason: 'r', criticality: 'BREAKING' })).toThrow(
      /unknown keys criticality/,
    );
    const twice = { type: 'FIELD_REMOVED', path: 'Employee.staffType', reason: 'r' };
    expect(() => parseDeclarations(JSON.stringify({ accepted: [twice, twice] }))).toThrow(/second time/);
  });
});
