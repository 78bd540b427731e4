import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { actor, errorsOf } from '@kpi/platform/testkit';
import { generateKeyRing, signGatewayAssertion, signServiceAssertion, signUserToken } from '@kpi/platform';
import { gql } from 'graphql-request';
import type { DocumentNode } from 'graphql';
import { graphql } from '../../src/graphql/index.js';
import type { EmployeeFilter, PageQuery } from '../../src/graphql/graphql.js';
import { personnelWorld, type PersonnelWorld } from './fixtures.js';

let world: PersonnelWorld;
beforeAll(async () => {
  world = await personnelWorld(1200);
});
afterAll(async () => {
  await world?.graph.stop();
});

const EMPLOYEE = graphql(`
  query Employee($id: ID!) {
    employee(id: $id) {
      id
      code
      fullName
      agency {
        code
      }
    }
  }
`);

describe('reading the directory through the gateway', () => {
  it('`me` is the signed-in person, with agency, position and supervisor', async () => {
    const staff = world.user('staff');
    const client = await world.graph.as(staff);
    const { me } = await client.request(
      graphql(`
        query DirectoryMe {
          me {
            id
            code
            agency {
              code
            }
            position {
              title
              category
            }
            supervisor {
              id
            }
          }
        }
      `),
    );
    const expected = world.province.employees.find((e) => e.id === staff.employeeId)!;
    expect(me).toMatchObject({ id: expected.id, code: expected.code, agency: { code: 'SNV' } });
    expect(me!.supervisor!.id).toBe(expected.supervisorId);
  });

  it('staff list only their own agency’s directory', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { employees } = await client.request(
      graphql(`
        query DirectoryEmployees {
          employees(first: 500) {
            totalCount
            nodes {
              agency {
                code
              }
            }
          }
        }
      `),
    );
    const inSnv = world.province.employees.filter((e) => e.agencyId === world.agency('SNV').id).length;
    expect(employees.totalCount).toBe(inSnv);
    expect(new Set(employees.nodes.map((n) => n.agency.code))).toEqual(new Set(['SNV']));
  });

  it('finds “Nguyễn” when searched without diacritics, and the code too', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const { employees } = await client.request(
      graphql(`
        query DirectoryEmployees2 {
          employees(first: 5, filter: { search: "nguyen" }) {
            totalCount
            nodes {
              fullName
            }
          }
        }
      `),
    );
    expect(employees.totalCount).toBe(world.province.employees.filter((e) => e.searchName.includes('nguyen')).length);
    for (const node of employees.nodes) expect(node.fullName.normalize('NFC')).toMatch(/Nguyễn/);
    const { employees: byCode } = await client.request(
      graphql(`
        query DirectoryEmployees3 {
          employees(filter: { search: "snv-0001" }) {
            nodes {
              code
            }
          }
        }
      `),
    );
    expect(byCode.nodes.map((n) => n.code)).toEqual(['SNV-0001']);
  });

  it('walks every page once: cursors neither skip nor repeat', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const stc = world.agency('STC');
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { employees }: PageQuery = await client.request(
        graphql(`
          query Page($agencyId: ID!, $after: String) {
            employees(first: 7, after: $after, filter: { agencyId: $agencyId }, orderBy: { field: NAME }) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              nodes {
                id
              }
            }
          }
        `),
        { agencyId: stc.id, after },
      );
      total = employees.totalCount;
      seen.push(...employees.nodes.map((n) => n.id));
      after = employees.pageInfo.hasNextPage ? employees.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBe(world.province.employees.filter((e) => e.agencyId === stc.id).length);
  });

  it('filters by agency subtree, position category and staff type together', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const vptu = world.agency('VPTU');
    const { employees } = await client.request(
      graphql(`
        query DirectoryEmployees4($id: ID!) {
          employees(first: 500, filter: { agencyId: $id, positionCategory: LEADERSHIP, staffType: CADRE }) {
            totalCount
            nodes {
              staffType
              position {
                category
              }
              agency {
                code
              }
            }
          }
        }
      `),
      { id: vptu.id },
    );
    const leadership = new Set(world.province.positions.filter((p) => p.category === 'LEADERSHIP').map((p) => p.id));
    const expected = world.province.employees.filter(
      (e) => e.agencyId === vptu.id && leadership.has(e.positionId) && e.staffType === 'CADRE',
    );
    expect(employees.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    for (const node of employees.nodes)
      expect(node).toMatchObject({ staffType: 'CADRE', position: { category: 'LEADERSHIP' }, agency: { code: 'VPTU' } });
  });

  it('filters by ids, and by who reported to whom over a range of days; refuses malformed lists', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const PEOPLE = graphql(`
      query DirectoryPeopleByIds($filter: EmployeeFilter!) {
        employees(first: 500, filter: $filter) {
          totalCount
          nodes {
            id
          }
        }
      }
    `);
    const some = world.province.employees.slice(3, 13).map((e) => e.id);
    const byIds = await client.request(PEOPLE, { filter: { ids: some } });
    expect(new Set(byIds.employees.nodes.map((n) => n.id))).toEqual(new Set(some));

    // A leader's unit today: exactly the people whose placement today names them as supervisor.
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const leader = world.province.employees.find((e) => world.province.employees.filter((r) => r.supervisorId === e.id).length >= 3)!;
    const reports = world.province.employees.filter((e) => e.supervisorId === leader.id).map((e) => e.id);
    const unit = await client.request(PEOPLE, { filter: { supervisedBy: { supervisorIds: [leader.id], from: today, to: today } } });
    expect(new Set(unit.employees.nodes.map((n) => n.id))).toEqual(new Set(reports));
    // Before anyone's placement began, no one reported to anyone.
    const before = await client.request(PEOPLE, {
      filter: { supervisedBy: { supervisorIds: [leader.id], from: '1950-01-01', to: '1950-12-31' } },
    });
    expect(before.employees.totalCount).toBe(0);

    for (const [filter, field] of [
      [{ ids: ['not-an-id'] }, 'filter.ids.0'],
      [{ ids: Array.from({ length: 501 }, () => leader.id) }, 'filter.ids'],
      [{ supervisedBy: { supervisorIds: ['x'], from: today, to: today } }, 'filter.supervisedBy.supervisorIds.0'],
      [{ supervisedBy: { supervisorIds: [leader.id], from: today, to: '2000-01-01' } }, 'filter.supervisedBy.to'],
    ] as [EmployeeFilter, string][]) {
      const errors = await errorsOf(client.request(PEOPLE, { filter }));
      expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
    }
  });

  it('finds agencies and positions by code', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { agencyByCode, jobPositionByCode } = await client.request(
      graphql(`
        query DirectoryAgencyByCode {
          agencyByCode(code: "STC") {
            name
            kind
          }
          jobPositionByCode(agencyCode: "STC", code: "LD-01") {
            title
            isLeadership
            agency {
              code
            }
          }
        }
      `),
    );
    expect(agencyByCode).toEqual({ name: 'Sở Tài chính', kind: 'STATE_DEPARTMENT' });
    expect(jobPositionByCode).toEqual({ title: 'Giám đốc Sở', isLeadership: true, agency: { code: 'STC' } });
  });

  it('the org tree walks from the province down to divisions, both ways', async () => {
    const client = await world.graph.as(world.user('staff'));
    const { orgTree } = await client.request(
      graphql(`
        query DirectoryOrgTree {
          orgTree {
            code
            children {
              code
              kind
              children {
                code
                kind
                parent {
                  code
                }
                ancestors {
                  code
                }
              }
            }
          }
        }
      `),
    );
    expect(orgTree).toHaveLength(1);
    expect(orgTree[0].code).toBe('KH');
    // 51 agencies, units and localities, and the three schools the education sector measures.
    expect(orgTree[0].children).toHaveLength(54);
    const snv = orgTree[0].children.find((c) => c.code === 'SNV');
    expect(snv!.children.length).toBeGreaterThan(3);
    expect(snv!.children[0]).toMatchObject({ kind: 'DIVISION', parent: { code: 'SNV' }, ancestors: [{ code: 'KH' }, { code: 'SNV' }] });
  });
});

describe('who may read what', () => {
  it('refuses a staff member another agency’s employee, and a missing one, alike (FORBIDDEN)', async () => {
    const client = await world.graph.as(world.user('staff'));
    const outsider = world.province.employees.find((e) => e.agencyId === world.agency('STC').id)!;
    const [forbidden] = await errorsOf(client.request(EMPLOYEE, { id: outsider.id }));
    const [missing] = await errorsOf(client.request(EMPLOYEE, { id: '0190a3b2-0000-7000-8000-00000000dead' }));
    expect(forbidden!.extensions!.code).toBe('FORBIDDEN');
    expect(missing!.extensions!.code).toBe('FORBIDDEN');
    expect(missing!.message).toBe(forbidden!.message);
  });

  it('lets a province analyst read anyone, and answers null for a missing id', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const outsider = world.province.employees.find((e) => e.agencyId === world.agency('STC').id)!;
    expect((await client.request(EMPLOYEE, { id: outsider.id })).employee!.code).toBe(outsider.code);
    expect((await client.request(EMPLOYEE, { id: '0190a3b2-0000-7000-8000-00000000dead' })).employee).toBeNull();
  });

  it('placement history: a unit head reads their unit’s, not another division’s', async () => {
    const head = world.user('unit-head');
    const client = await world.graph.as(head);
    const inUnit = world.province.employees.find((e) => e.divisionId === head.unitIds[0] && e.id !== head.employeeId)!;
    const otherUnit = world.province.employees.find(
      (e) => e.agencyId === head.agencyIds[0] && e.divisionId && e.divisionId !== head.unitIds[0] && e.supervisorId !== head.employeeId,
    )!;
    const HISTORY = graphql(`
      query DirectoryEmployee($id: ID!) {
        employee(id: $id) {
          placements {
            kind
            effectiveFrom
            position {
              code
            }
          }
        }
      }
    `);
    const { employee } = await client.request(HISTORY, { id: inUnit.id });
    expect(employee!.placements.length).toBeGreaterThan(0);
    const [error] = await errorsOf(client.request(HISTORY, { id: otherUnit.id }));
    expect(error!.extensions!.code).toBe('FORBIDDEN');
  });

  it('answers “who held this position on a date” from history', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const appointment = world.province.placements.find((p) => p.kind === 'APPOINTMENT')!;
    const hire = world.province.placements.find((p) => p.employeeId === appointment.employeeId && p.kind === 'HIRE')!;
    const HOLDERS = graphql(`
      query DirectoryJobPosition($id: ID!, $on: LocalDate!) {
        jobPosition(id: $id) {
          holders(on: $on) {
            id
          }
        }
      }
    `);
    const onAppointment = await client.request(HOLDERS, { id: appointment.positionId, on: appointment.effectiveFrom });
    expect(onAppointment.jobPosition!.holders.map((h) => h.id)).toContain(appointment.employeeId);
    const dayBefore = await client.request(HOLDERS, { id: appointment.positionId, on: hire.effectiveTo! });
    expect(dayBefore.jobPosition!.holders.map((h) => h.id)).not.toContain(appointment.employeeId);
    const { employee } = await client.request(
      graphql(`
        query DirectoryEmployee2($id: ID!, $on: LocalDate!) {
          employee(id: $id) {
            placementOn(date: $on) {
              kind
              position {
                id
              }
            }
          }
        }
      `),
      { id: appointment.employeeId, on: hire.effectiveFrom },
    );
    expect(employee!.placementOn).toEqual({ kind: 'HIRE', position: { id: hire.positionId } });
  });

  it('gives an integration client nothing in personnel: refused by the gateway, and by personnel asked directly', async () => {
    const viaGateway = await world.graph.as(world.user('eoffice'));
    const direct = await world.graph.directAs('personnel', world.user('eoffice'));
    for (const query of [
      graphql(`
        query DirectoryMe2 {
          me {
            id
          }
        }
      `),
      graphql(`
        query DirectoryEmployees5 {
          employees {
            totalCount
          }
        }
      `),
      graphql(`
        query DirectoryOrgTree2 {
          orgTree {
            id
          }
        }
      `),
    ]) {
      for (const client of [viaGateway, direct]) {
        const [error] = await errorsOf(client.request(query));
        expect(error!.extensions!.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('authentication at the gateway and at the subgraph', () => {
  it('no token → UNAUTHENTICATED; introspection still works for the IDE', async () => {
    const client = await world.graph.as();
    const [error] = await errorsOf(
      client.request(
        graphql(`
          query DirectoryMe3 {
            me {
              id
            }
          }
        `),
      ),
    );
    expect(error!.extensions!.code).toBe('UNAUTHENTICATED');
    const { __schema } = await client.request(
      graphql(`
        query Directory__schema {
          __schema {
            queryType {
              name
            }
          }
        }
      `),
    );
    expect(__schema.queryType.name).toBe('Query');
  });

  it('a forged, expired or malformed token → UNAUTHENTICATED', async () => {
    const forger = await generateKeyRing();
    const staff = world.user('staff');
    const forged = await signUserToken({ ...staff, roles: [...staff.roles, 'PROVINCE_ADMIN' as never] }, forger.issuer.privateKey!);
    const expired = await signUserToken(staff, world.graph.keys.issuer.privateKey!, Math.floor(Date.now() / 1000) - 60);
    for (const header of [`Bearer ${forged}`, `Bearer ${expired}`, 'Bearer not.a.jwt', `Basic ${forged}`]) {
      const [error] = await errorsOf(
        world.graph.withAuthorization(header).request(
          graphql(`
            query DirectoryMe4 {
              me {
                id
              }
            }
          `),
        ),
      );
      expect(error!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a subgraph called directly with no, forged or user-token identity gets nothing, _entities included', async () => {
    const forger = await generateKeyRing();
    const staff = world.user('staff');
    const userToken = await signUserToken(staff, world.graph.keys.issuer.privateKey!);
    const forgedAssertion = await signGatewayAssertion(actor.provinceAdmin(), forger.gateway.privateKey!, {
      audience: 'personnel',
      body: {},
    });
    const ENTITIES = gql`
      query Directory_entities($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Employee {
            fullName
          }
        }
      }
    `;
    for (const assertion of [undefined, forgedAssertion, userToken]) {
      const direct = world.graph.direct('personnel', assertion);
      const attempts: [DocumentNode | string, Record<string, unknown>][] = [
        [
          graphql(`
            query DirectoryEmployees6 {
              employees {
                totalCount
              }
            }
          `),
          {},
        ],
        [ENTITIES, { r: [{ __typename: 'Employee', id: staff.employeeId }] }],
      ];
      for (const [query, variables] of attempts) {
        const [error] = await errorsOf(direct.request(query, variables));
        expect(error!.extensions!.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('resolves entity references for other subgraphs in one batch, with the same read rules', async () => {
    const direct = await world.graph.directAs('personnel', world.user('province-analyst'));
    const some = world.province.employees.slice(0, 40);
    const queries = world.graph.queries('personnel');
    queries.reset();
    const { _entities } = await direct.request<{ _entities: ({ id?: string; code?: string; title?: string } | null)[] }>(
      gql`
        query Directory_entities2($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Employee {
              id
              code
            }
            ... on Agency {
              code
            }
            ... on JobPosition {
              title
            }
          }
        }
      `,
      {
        r: [
          ...some.map((e) => ({ __typename: 'Employee', id: e.id })),
          { __typename: 'Agency', id: world.agency('SNV').id },
          { __typename: 'JobPosition', id: some[0]!.positionId },
        ],
      },
    );
    expect(_entities.slice(0, 40).map((e) => e!.code)).toEqual(some.map((e) => e.code));
    expect(_entities[40]).toEqual({ code: 'SNV' });
    // One for the employees, however many references; agencies and positions are kept between requests.
    expect(queries.count).toBeLessThanOrEqual(3);
    expect(_entities[41]).toEqual({ title: world.province.positions.find((p) => p.id === some[0]!.positionId)!.title });
    const staffDirect = await world.graph.directAs('personnel', world.user('staff'));
    const outsider = world.province.employees.find((e) => e.agencyId === world.agency('STC').id)!;
    const [error] = await errorsOf(
      staffDirect.request(
        gql`
          query Directory_entities3($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Employee {
                code
              }
            }
          }
        `,
        { r: [{ __typename: 'Employee', id: outsider.id }] },
      ),
    );
    expect(error!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the graph’s own services', () => {
  it('may resolve employees by staff code; only scoring and the diary read their history; a forged service assertion gets nothing', async () => {
    const direct = world.graph.directAsService('personnel', 'diary');
    const ENTITIES = gql`
      query Directory_entities4($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Employee {
            id
            code
            agencyId
            divisionId
          }
        }
      }
    `;
    const { _entities } = await direct.request(ENTITIES, {
      r: [
        { __typename: 'Employee', code: 'STC-0003' },
        { __typename: 'Employee', code: 'NOPE-1' },
      ],
    });
    expect(_entities[0]).toMatchObject({ code: 'STC-0003', agencyId: world.agency('STC').id });
    expect(_entities[1]).toBeNull();
    // The catalogue has no business with who held which position when.
    const [history] = await errorsOf(
      world.graph.directAsService('personnel', 'catalogue').request(
        gql`
          query Directory_entities5($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Employee {
                placements {
                  kind
                }
              }
            }
          }
        `,
        { r: [{ __typename: 'Employee', code: 'STC-0003' }] },
      ),
    );
    expect(history!.extensions!.code).toBe('FORBIDDEN');
    // Scoring (a transfer splits a period's score) and the diary (its history import files a past
    // entry where its person worked that day) read who held which position when.
    for (const service of ['scoring', 'diary']) {
      const { _entities: held } = await world.graph.directAsService('personnel', service).request(
        gql`
          query Directory_entities6($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Employee {
                placements {
                  kind
                  effectiveFrom
                }
              }
            }
          }
        `,
        { r: [{ __typename: 'Employee', code: 'STC-0003' }] },
      );
      expect(held[0].placements.length).toBeGreaterThan(0);
      expect(held[0].placements[0].kind).toBe('HIRE');
    }
    const forger = await generateKeyRing();
    const forged = world.graph.directSigned('personnel', (body) =>
      signServiceAssertion('diary', forger.service.privateKey!, { audience: 'personnel', body }),
    );
    const [error] = await errorsOf(forged.request(ENTITIES, { r: [{ __typename: 'Employee', code: 'STC-0003' }] }));
    expect(error!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('scoringUnits: the placements of people and their leaders’ units down every level, in one statement, to services only', async () => {
    const UNITS = graphql(`
      query DirectoryScoringUnits($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) {
        scoringUnits(ids: $ids, from: $from, to: $to) {
          employeeId
          supervisorId
          effectiveFrom
          effectiveTo
          sectorCodes
          positionCategory
          isLeadership
          standardMinutesPerDay
        }
      }
    `);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const { employees } = world.province;
    const inService = employees.filter((e) => e.status === 'ACTIVE' || e.status === 'ON_LEAVE');
    const unitOf = (id: string) => {
      const unit = new Set([id]);
      for (let level = [id]; level.length;) {
        level = inService.filter((e) => level.includes(e.supervisorId ?? '') && !unit.has(e.id)).map((e) => e.id);
        for (const report of level) unit.add(report);
      }
      return unit;
    };
    const head = world.employee('STC-0001');
    const staff = inService.find((e) => e.role === 'staff' && e.agencyId === head.agencyId)!;
    const direct = world.graph.directAsService('personnel', 'scoring');
    const queries = world.graph.queries('personnel');
    const counts: number[] = [];
    for (const [ids, expected] of [
      [[staff.id], new Set([staff.id])],
      [[head.id, staff.id], unitOf(head.id)],
    ] as const) {
      queries.reset();
      const { scoringUnits } = await direct.request(UNITS, { ids: [...ids], from: today, to: today });
      counts.push(queries.count);
      expect(new Set(scoringUnits.map((p) => p.employeeId))).toEqual(expected);
      // Today one placement each, the one that names their supervisor now.
      expect(scoringUnits).toHaveLength(expected.size);
      for (const placement of scoringUnits)
        expect(placement.supervisorId).toBe(employees.find((e) => e.id === placement.employeeId)!.supervisorId);
    }
    expect(unitOf(head.id).size).toBeGreaterThan(20);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(1);
    // Before anyone's placement began, no one was placed: nothing.
    const before = await direct.request(UNITS, { ids: [head.id], from: '1950-01-01', to: '1950-12-31' });
    expect(before.scoringUnits).toEqual([]);

    for (const client of [
      await world.graph.as(world.user('province-admin')),
      await world.graph.directAs('personnel', world.user('province-admin')),
    ]) {
      const errors = await errorsOf(client.request(UNITS, { ids: [head.id], from: today, to: today }));
      expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    for (const [variables, field] of [
      [{ ids: Array.from({ length: 5001 }, () => head.id), from: today, to: today }, 'ids'],
      [{ ids: [head.id], from: today, to: '2000-01-01' }, 'to'],
    ] as [{ ids: string[]; from: string; to: string }, string][]) {
      const errors = await errorsOf(direct.request(UNITS, variables));
      expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
    }
  });
});

describe('placements of a period, for scoring', () => {
  const PLACEMENTS_IN = gql`
    query DirectoryPlacementsIn($from: LocalDate!, $to: LocalDate!, $filter: EmployeeFilter) {
      placementsIn(from: $from, to: $to, filter: $filter) {
        employeeId
        agencyId
        positionId
        supervisorId
        effectiveFrom
        effectiveTo
        sectorCodes
        positionCategory
        isLeadership
        standardMinutesPerDay
      }
    }
  `;
  type Answer = { placementsIn: { employeeId: string; effectiveFrom: string; effectiveTo: string | null; [field: string]: unknown }[] };
  /** The demo's placements overlapping a range but separations. */
  const overlapping = (from: string, to: string) =>
    world.province.placements
      .filter((p) => p.kind !== 'SEPARATION' && p.effectiveFrom <= to && (p.effectiveTo === null || p.effectiveTo >= from))
      .map((p) => `${p.employeeId} ${p.effectiveFrom}`)
      .sort();

  it('answers every placement overlapping the range, by person then date, in a constant number of statements', async () => {
    const scoring = world.graph.directAsService('personnel', 'scoring');
    const counted = world.graph.queries('personnel');
    for (const [from, to] of [
      ['2020-01-01', '2020-12-31'],
      ['2024-03-01', '2024-03-31'],
      ['1990-01-01', '2026-12-31'],
    ] as const) {
      counted.reset();
      const { placementsIn } = await scoring.request<Answer>(PLACEMENTS_IN, { from, to });
      expect(placementsIn.map((p) => `${p.employeeId} ${p.effectiveFrom}`).sort()).toEqual(overlapping(from, to));
      // A person's placements together, from the first (people in the directory's order by code).
      const people = placementsIn.map((p) => p.employeeId).filter((id, i, all) => id !== all[i - 1]);
      expect(new Set(people).size).toBe(people.length);
      for (let i = 1; i < placementsIn.length; i++)
        if (placementsIn[i]!.employeeId === placementsIn[i - 1]!.employeeId)
          expect(placementsIn[i]!.effectiveFrom > placementsIn[i - 1]!.effectiveFrom).toBe(true);
      // Each with what scoring reads of its agency and position.
      const first = world.province.placements.find(
        (p) => p.employeeId === placementsIn[0]!.employeeId && p.effectiveFrom === placementsIn[0]!.effectiveFrom,
      )!;
      const position = world.province.positions.find((p) => p.id === first.positionId)!;
      expect(placementsIn[0]).toMatchObject({
        agencyId: first.agencyId,
        effectiveTo: first.effectiveTo,
        sectorCodes: world.province.agencies.find((a) => a.id === first.agencyId)!.sectorCodes,
        positionCategory: position.category,
        isLeadership: position.isLeadership,
      });
      // One statement, whatever the number.
      expect(counted.count).toBe(1);
    }
  });

  it('narrows to the people the filter names: an agency’s subtree, ids', async () => {
    const scoring = world.graph.directAsService('personnel', 'scoring');
    const agency = world.agency('STC');
    const inAgency = new Set(world.province.employees.filter((e) => e.agencyId === agency.id).map((e) => e.id));
    const { placementsIn } = await scoring.request<Answer>(PLACEMENTS_IN, {
      from: '2026-01-01',
      to: '2026-01-31',
      filter: { agencyId: agency.id },
    });
    expect(new Set(placementsIn.map((p) => p.employeeId))).toEqual(inAgency);
    const [one, two] = [...inAgency];
    const { placementsIn: named } = await scoring.request<Answer>(PLACEMENTS_IN, {
      from: '2026-01-01',
      to: '2026-01-31',
      filter: { ids: [one, two] },
    });
    expect(new Set(named.map((p) => p.employeeId))).toEqual(new Set([one, two]));
  });

  it('is for the graph’s own services only, and refuses a range that ends before it starts', async () => {
    const analyst = await world.graph.as(world.user('province-analyst'));
    const [refused] = await errorsOf(analyst.request(PLACEMENTS_IN, { from: '2026-01-01', to: '2026-01-31' }));
    expect(refused?.extensions?.code).toBe('FORBIDDEN');
    const [backwards] = await errorsOf(
      world.graph.directAsService('personnel', 'scoring').request(PLACEMENTS_IN, { from: '2026-02-01', to: '2026-01-31' }),
    );
    expect(backwards).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });
});

describe('no N+1', () => {
  const PAGE = graphql(`
    query FirstPage($first: Int!) {
      employees(first: $first, orderBy: { field: CODE }) {
        totalCount
        nodes {
          code
          agency {
            name
            parent {
              name
            }
          }
          division {
            name
          }
          position {
            title
            category
            agency {
              code
            }
          }
          supervisor {
            fullName
            position {
              title
            }
            division {
              name
            }
          }
          subordinates {
            code
          }
        }
      }
    }
  `);

  it('a page of 10 and a page of 500 employees with agencies, positions and supervisors cost the same SQL', async () => {
    const client = await world.graph.as(world.user('province-analyst'));
    const queries = world.graph.queries('personnel');
    const counts: Record<number, number> = {};
    for (const first of [10, 100, 500]) {
      queries.reset();
      const { employees } = await client.request(PAGE, { first });
      expect(employees.nodes).toHaveLength(first);
      counts[first] = queries.count;
    }
    expect(counts[100]).toBe(counts[10]);
    expect(counts[500]).toBe(counts[10]);
    expect(counts[10]).toBeLessThanOrEqual(9);
  });

  it('the whole org tree costs one statement per level', async () => {
    const client = await world.graph.as(world.user('staff'));
    const queries = world.graph.queries('personnel');
    queries.reset();
    await client.request(
      graphql(`
        query DirectoryOrgTree3 {
          orgTree {
            children {
              children {
                positions {
                  title
                }
              }
            }
          }
        }
      `),
    );
    expect(queries.count).toBe(4); // roots, level 1, level 2, positions
  });
});
