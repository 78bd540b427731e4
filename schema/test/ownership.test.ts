import { describe, expect, it } from '@jest/globals';
import { composeServices } from '@apollo/composition';
import { PROVINCE, workspaceRoot } from '@kpi/platform';
import { Kind, parse, print } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHints, summarizeHint } from '../src/hints.js';
import { formatViolations, ownershipViolations, type OwnedSdl } from '../src/ownership.js';

// The province's personnel subgraph as published: the real owner of Employee, Agency, StaffType…
const personnel: OwnedSdl = {
  name: 'personnel',
  owner: PROVINCE,
  sdl: readFileSync(join(workspaceRoot(), 'schema/published/subgraphs/personnel.graphql'), 'utf8'),
};

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@shareable", "@override", "@provides"])';
/** The education department's subgraph (agency SGDDT), run by the department. */
const education = (sdl: string): OwnedSdl => ({ name: 'education', owner: 'SGDDT', sdl: `${LINK}\n${sdl}` });

/** What a department may do: fields of its own under Employee's @key, its own types and root fields. */
const wellBehaved = education(`
  type Employee @key(fields: "id") {
    id: ID!
    agencyId: ID! @external
    """The schools this person teaches at, in their agency"""
    schools: [School!]! @requires(fields: "agencyId")
  }
  """A school of the province's education sector"""
  type School @key(fields: "code") {
    code: String!
    name: String!
    openedOn: LocalDate
    staffType: StaffType
  }
  scalar LocalDate
  enum StaffType {
    CADRE
    CIVIL_SERVANT
    PUBLIC_EMPLOYEE
  }
  type Query {
    """A school by its code"""
    school(code: String!): School
  }
`);

const compose = (...subgraphs: OwnedSdl[]) =>
  composeServices(subgraphs.map(({ name, sdl }) => ({ name, url: `http://${name}`, typeDefs: parse(sdl) })));

const rulesOf = (subgraphs: OwnedSdl[]) => ownershipViolations(subgraphs).map(({ rule, element }) => `${rule} ${element}`);

describe("a department's subgraph and the province's types", () => {
  it('passes when it only adds its own fields under @key, its own types and root fields, and reuses scalars and enums as they are', () => {
    expect(ownershipViolations([personnel, wellBehaved])).toEqual([]);
    const result = compose(personnel, wellBehaved);
    expect(result.errors).toBeUndefined();
    expect(ownershipViolations([personnel, wellBehaved], (result.hints ?? []).map(summarizeHint))).toEqual([]);
  });

  it('fails when it describes Employee, naming the subgraph, the element and the rule', () => {
    const describing = education(`
      """The education department's view of a person"""
      type Employee @key(fields: "id") {
        id: ID!
        teacherCode: String
      }
    `);
    const violations = ownershipViolations([personnel, describing]);
    expect(violations).toEqual([
      expect.objectContaining({ subgraph: 'education', owner: 'SGDDT', element: 'Employee', rule: 'province-description' }),
    ]);
    const message = formatViolations(violations).join('\n');
    expect(message).toContain('education (SGDDT) describes Employee in words of its own; personnel defines it [province-description]');
    expect(message).toContain('province-description: a department gives no description');
  });

  it("fails on composition's INCONSISTENT_DESCRIPTION hint when a department's description would replace the province's", () => {
    const describing = education(`
      """The education department's view of a person"""
      type Employee @key(fields: "id") {
        id: ID!
        teacherCode: String
      }
    `);
    const hints = (compose(personnel, describing).hints ?? []).map(summarizeHint);
    expect(hints).toEqual([
      expect.objectContaining({ code: 'INCONSISTENT_DESCRIPTION', coordinate: 'Employee', subgraphs: ['education', 'personnel'] }),
    ]);
    expect(formatHints(hints).join('\n')).toContain('INCONSISTENT_DESCRIPTION (WARN), 1:');
    // The hint alone (as if the SDL rule had missed it) is enough to fail.
    const withoutSdlRule = ownershipViolations([personnel, { ...describing, sdl: describing.sdl.replace(/"""[^"]*"""/, '') }], hints);
    expect(withoutSdlRule).toEqual([expect.objectContaining({ subgraph: 'education', element: 'Employee', rule: 'province-description' })]);
  });

  it("passes the province's descriptions repeated word for word: the platform's scalars and Relay types, as every subgraph built on the platform prints them", () => {
    const shared = parse(personnel.sdl).definitions.filter(
      (definition) => 'name' in definition && ['LocalDate', 'DateTimeISO', 'PageInfo'].includes(definition.name?.value ?? ''),
    );
    expect(shared).toHaveLength(3);
    const platformBuilt = education(`${print({ kind: Kind.DOCUMENT, definitions: shared })}
      type Query { schoolsOpenedOn(date: LocalDate!): [String!]! }
    `);
    expect(ownershipViolations([personnel, platformBuilt])).toEqual([]);
  });

  it('fails when it describes a field, an argument or an enum value the province defines', () => {
    expect(
      rulesOf([
        personnel,
        education(`
          type Employee @key(fields: "id") {
            """The person's id"""
            id: ID!
          }
          enum StaffType {
            """Elected or appointed"""
            CADRE
            CIVIL_SERVANT
            PUBLIC_EMPLOYEE
          }
          type Query {
            employees("""How many""" first: Int, after: String, orderBy: String, filter: String): [Employee!]!
          }
        `),
      ]),
    ).toEqual(
      expect.arrayContaining([
        'province-description Employee.id',
        'province-description StaffType.CADRE',
        'province-description Query.employees(first:)',
        'province-root-field Query.employees',
      ]),
    );
  });

  it('fails when it redefines a personnel field (a @shareable takeover)', () => {
    const takeover = education(`
      type Employee @key(fields: "id") {
        id: ID!
        fullName: String! @shareable
        teacherCode: String
      }
    `);
    expect(rulesOf([personnel, takeover])).toEqual(['province-field Employee.fullName']);
  });

  it('fails when it takes a field from a province subgraph with @override', () => {
    const override = education(`
      type Employee @key(fields: "id") {
        id: ID!
        staffType: StaffType @override(from: "personnel")
      }
      enum StaffType { CADRE CIVIL_SERVANT PUBLIC_EMPLOYEE }
    `);
    expect(rulesOf([personnel, override])).toEqual(
      expect.arrayContaining(['province-override Employee.staffType', 'province-field Employee.staffType']),
    );
  });

  it('fails when @provides would let it resolve a province field', () => {
    const provides = education(`
      type Employee @key(fields: "id") {
        id: ID!
        fullName: String! @external
      }
      type Query {
        headTeachers: [Employee!]! @provides(fields: "fullName")
      }
    `);
    expect(rulesOf([personnel, provides])).toEqual(['province-field Employee.fullName']);
  });

  it('fails when it defines a root field the province defines', () => {
    expect(
      rulesOf([personnel, education('type Query { employee(id: ID!): Employee }\ntype Employee @key(fields: "id") { id: ID! }')]),
    ).toEqual(['province-root-field Query.employee']);
  });

  it('fails when it changes a province type it repeats: an enum value added or left out, an entity without @key, another kind', () => {
    expect(
      rulesOf([
        personnel,
        education(`
          enum StaffType { CADRE CIVIL_SERVANT CONTRACT_TEACHER }
          type Agency { id: ID! }
          input EmployeeFilter { schoolCode: String }
          type Query { schools(staffType: StaffType, agency: ID, filter: EmployeeFilter): [String!]! }
        `),
      ]),
    ).toEqual(
      expect.arrayContaining([
        'province-type StaffType.CONTRACT_TEACHER',
        'province-type StaffType.PUBLIC_EMPLOYEE',
        'province-type Agency',
        'province-type EmployeeFilter.schoolCode',
      ]),
    );
  });

  it('reads federation 1 `extend type` and renamed imports as the same @key', () => {
    const federationOne = {
      name: 'education',
      owner: 'SGDDT',
      sdl: 'extend type Employee @key(fields: "id") { id: ID! @external\n teacherCode: String }',
    };
    const renamed = education('type Employee @primaryKey(fields: "id") { id: ID!\n teacherCode: String }').sdl.replace(
      'import: ["@key",',
      'import: [{ name: "@key", as: "@primaryKey" },',
    );
    expect(ownershipViolations([personnel, federationOne])).toEqual([]);
    expect(ownershipViolations([personnel, { name: 'education', owner: 'SGDDT', sdl: renamed }])).toEqual([]);
  });
});

describe("the province's own subgraphs", () => {
  it('may change descriptions: a province subgraph describing Employee otherwise breaks no ownership rule', () => {
    const scoring: OwnedSdl = {
      name: 'scoring',
      owner: PROVINCE,
      sdl: `${LINK}\n"""A person as scoring sees them"""\ntype Employee @key(fields: "id") {\n  """Their id"""\n  id: ID!\n}`,
    };
    const hints = (compose(personnel, scoring).hints ?? []).map(summarizeHint);
    expect(hints.map(({ code }) => code)).toContain('INCONSISTENT_DESCRIPTION');
    expect(ownershipViolations([personnel, scoring], hints)).toEqual([]);
  });

  it('keep to the rules today: the committed subgraphs break none', () => {
    const committed = ['personnel', 'catalogue', 'diary', 'scoring'].map((name) => ({
      name,
      owner: PROVINCE,
      sdl: readFileSync(join(workspaceRoot(), `schema/subgraphs/${name}.graphql`), 'utf8'),
    }));
    expect(ownershipViolations(committed)).toEqual([]);
    expect(ownershipViolations([...committed, wellBehaved])).toEqual([]);
  });
});
