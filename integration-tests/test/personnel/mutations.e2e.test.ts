import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { actor, errorsOf } from '@kpi/platform/testkit';
import { Role } from '@kpi/platform';
import { graphql } from '../../src/graphql/index.js';
import pg from 'pg';
import { gql } from 'graphql-request';
import { personnelWorld, type PersonnelWorld } from './fixtures.js';

let world: PersonnelWorld;
let db: pg.Client;
beforeAll(async () => {
  world = await personnelWorld(400);
  db = new pg.Client({ connectionString: world.graph.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await world?.graph.stop();
});

/** Row counts of every personnel table: a refused mutation must leave them all as they were. */
async function tableCounts() {
  const { rows } = await db.query(`select
      (select count(*) from personnel.agency)::int as agencies,
      (select count(*) from personnel.job_position)::int as positions,
      (select count(*) from personnel.employee)::int as employees,
      (select count(*) from personnel.employee_placement)::int as placements,
      (select md5(string_agg(e::text, ',' order by id)) from personnel.employee e) as employee_hash,
      (select md5(string_agg(p::text, ',' order by id)) from personnel.employee_placement p) as placement_hash`);
  return rows[0];
}

/** Expects the mutation to fail with `code` and to have written nothing at all. */
async function refused(request: () => Promise<unknown>, code: string) {
  const before = await tableCounts();
  const errors = await errorsOf(request());
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await tableCounts()).toEqual(before);
  return errors[0]!;
}

const CREATE_EMPLOYEE = graphql(`
  mutation MutationsCreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
      code
      agency {
        code
      }
      division {
        code
      }
      position {
        code
      }
      placements {
        kind
        effectiveFrom
        effectiveTo
      }
    }
  }
`);
const TRANSFER = graphql(`
  mutation MutationsTransferEmployee($input: PlacementInput!) {
    transferEmployee(input: $input) {
      id
      agency {
        code
      }
      position {
        id
      }
      supervisor {
        id
      }
      placements {
        kind
        effectiveFrom
        effectiveTo
        agency {
          code
        }
      }
    }
  }
`);

const positionOf = (agencyCode: string, positionCode: string) =>
  world.province.positions.find((p) => p.agencyId === world.agency(agencyCode).id && p.code === positionCode)!;
const divisionOf = (agencyCode: string) => world.province.agencies.find((a) => a.parentId === world.agency(agencyCode).id)!;
const specialistOf = (agencyCode: string) =>
  world.province.employees.find((e) => e.agencyId === world.agency(agencyCode).id && e.role === 'staff' && e.status === 'ACTIVE')!;

describe('agencies', () => {
  it('a province admin creates an agency under the province; a repeated code is DUPLICATE_CODE and writes nothing', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const CREATE = graphql(`
      mutation MutationsCreateAgency($input: CreateAgencyInput!) {
        createAgency(input: $input) {
          code
          name
          kind
          depth
          parent {
            code
          }
        }
      }
    `);
    const input = {
      code: 'SGTVT',
      name: 'Sở Giao thông Vận tải',
      kind: 'STATE_DEPARTMENT' as const,
      parentId: world.agency('KH').id,
      sectorCodes: ['TRANSPORT'],
    };
    const { createAgency } = await admin.request(CREATE, { input });
    expect(createAgency).toEqual({
      code: 'SGTVT',
      name: 'Sở Giao thông Vận tải',
      kind: 'STATE_DEPARTMENT',
      depth: 1,
      parent: { code: 'KH' },
    });
    const error = await refused(() => admin.request(CREATE, { input: { ...input, name: 'Another name' } }), 'DUPLICATE_CODE');
    expect(error.message).toMatch(/SGTVT/);
  });

  it('an agency admin adds divisions to their own agency only', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    const CREATE = graphql(`
      mutation MutationsCreateAgency2($input: CreateAgencyInput!) {
        createAgency(input: $input) {
          code
          parent {
            code
          }
          ancestors {
            code
          }
        }
      }
    `);
    const { createAgency } = await hr.request(CREATE, {
      input: { code: 'SNV-CDS', name: 'Phòng Chuyển đổi số', kind: 'DIVISION', parentId: world.agency('SNV').id },
    });
    expect(createAgency).toEqual({ code: 'SNV-CDS', parent: { code: 'SNV' }, ancestors: [{ code: 'KH' }, { code: 'SNV' }] });
    await refused(
      () => hr.request(CREATE, { input: { code: 'STC-X', name: 'Phòng X', kind: 'DIVISION', parentId: world.agency('STC').id } }),
      'FORBIDDEN',
    );
    await refused(
      () => hr.request(CREATE, { input: { code: 'NEW', name: 'Sở Mới', kind: 'STATE_DEPARTMENT', parentId: world.agency('KH').id } }),
      'FORBIDDEN',
    );
  });

  it('refuses a division directly under the province, a parentless agency, and an empty name', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const CREATE = graphql(`
      mutation MutationsCreateAgency3($input: CreateAgencyInput!) {
        createAgency(input: $input) {
          id
        }
      }
    `);
    await refused(
      () => admin.request(CREATE, { input: { code: 'D1', name: 'Phòng', kind: 'DIVISION', parentId: world.agency('KH').id } }),
      'INVALID_PARENT',
    );
    await refused(() => admin.request(CREATE, { input: { code: 'D2', name: 'Sở', kind: 'STATE_DEPARTMENT' } }), 'INVALID_PARENT');
    await refused(
      () => admin.request(CREATE, { input: { code: 'D3', name: '  ', kind: 'COMMUNE', parentId: world.agency('KH').id } }),
      'BAD_USER_INPUT',
    );
    await refused(
      () => admin.request(CREATE, { input: { code: 'bad code!', name: 'X', kind: 'COMMUNE', parentId: world.agency('KH').id } }),
      'BAD_USER_INPUT',
    );
  });

  it('moves a division with its subtree, and refuses moving an agency under its own division (AGENCY_CYCLE)', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const MOVE = graphql(`
      mutation MutationsUpdateAgency($id: ID!, $parentId: ID!) {
        updateAgency(id: $id, input: { parentId: $parentId }) {
          code
          depth
          parent {
            code
          }
        }
      }
    `);
    const division = divisionOf('STP');
    const { updateAgency } = await admin.request(MOVE, { id: division.id, parentId: world.agency('SNV').id });
    expect(updateAgency).toEqual({ code: division.code, depth: 2, parent: { code: 'SNV' } });
    const { rows } = await db.query('select path from personnel.agency where id = $1', [division.id]);
    expect(rows[0].path).toBe(`/${world.agency('KH').id}/${world.agency('SNV').id}/${division.id}/`);
    await refused(() => admin.request(MOVE, { id: world.agency('SNV').id, parentId: division.id }), 'AGENCY_CYCLE');
  });
});

describe('job positions', () => {
  const CREATE = graphql(`
    mutation MutationsCreateJobPosition($input: CreateJobPositionInput!) {
      createJobPosition(input: $input) {
        code
        title
        category
        isLeadership
        standardMinutesPerDay
        agency {
          code
        }
      }
    }
  `);

  it('an agency admin creates positions in their agency, leadership by category by default', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    const { createJobPosition } = await hr.request(CREATE, {
      input: { agencyId: world.agency('SNV').id, code: 'LD-09', title: 'Trưởng phòng Chuyển đổi số', category: 'LEADERSHIP' },
    });
    expect(createJobPosition).toEqual({
      code: 'LD-09',
      title: 'Trưởng phòng Chuyển đổi số',
      category: 'LEADERSHIP',
      isLeadership: true,
      standardMinutesPerDay: 480,
      agency: { code: 'SNV' },
    });
    await refused(
      () => hr.request(CREATE, { input: { agencyId: world.agency('SNV').id, code: 'LD-09', title: 'Again', category: 'LEADERSHIP' } }),
      'DUPLICATE_CODE',
    );
    await refused(
      () => hr.request(CREATE, { input: { agencyId: world.agency('STC').id, code: 'CM-99', title: 'X', category: 'PROFESSIONAL' } }),
      'FORBIDDEN',
    );
  });

  it('refuses an implausible standard working day', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    for (const minutes of [0, -480, 59, 721]) {
      const error = await refused(
        () =>
          hr.request(CREATE, {
            input: {
              agencyId: world.agency('SNV').id,
              code: `CM-M${Math.abs(minutes)}`,
              title: 'X',
              category: 'PROFESSIONAL',
              standardMinutesPerDay: minutes,
            },
          }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions!.field).toBe('standardMinutesPerDay');
    }
  });
});

describe('employees', () => {
  it('creates an employee with a hire placement', async () => {
    const hr = await world.graph.as(world.user('agency-admin'));
    const division = divisionOf('SNV');
    const { createEmployee } = await hr.request(CREATE_EMPLOYEE, {
      input: {
        code: 'SNV-9001',
        fullName: 'Nguyễn Thị Minh Thư',
        staffType: 'CIVIL_SERVANT',
        agencyId: world.agency('SNV').id,
        divisionId: division.id,
        positionId: positionOf('SNV', 'DC-04').id,
        startDate: '2026-10-01',
      },
    });
    expect(createEmployee).toMatchObject({
      code: 'SNV-9001',
      agency: { code: 'SNV' },
      division: { code: division.code },
      position: { code: 'DC-04' },
    });
    expect(createEmployee.placements).toEqual([{ kind: 'HIRE', effectiveFrom: '2026-10-01', effectiveTo: null }]);
  });

  it('refuses bad placements with coded errors and writes nothing', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const base = {
      code: 'SNV-9002',
      fullName: 'Trần Văn Hùng',
      staffType: 'CIVIL_SERVANT' as const,
      agencyId: world.agency('SNV').id,
      positionId: positionOf('SNV', 'DC-04').id,
      startDate: '2026-10-01',
    };
    await refused(
      () => admin.request(CREATE_EMPLOYEE, { input: { ...base, positionId: positionOf('STC', 'DC-04').id } }),
      'POSITION_NOT_IN_AGENCY',
    );
    await refused(() => admin.request(CREATE_EMPLOYEE, { input: { ...base, divisionId: divisionOf('STC').id } }), 'DIVISION_NOT_IN_AGENCY');
    await refused(() => admin.request(CREATE_EMPLOYEE, { input: { ...base, code: 'SNV-0001' } }), 'DUPLICATE_CODE');
    await refused(
      () => admin.request(CREATE_EMPLOYEE, { input: { ...base, supervisorId: '0190a3b2-0000-7000-8000-00000000dead' } }),
      'INVALID_REFERENCE',
    );
    await refused(() => admin.request(CREATE_EMPLOYEE, { input: { ...base, fullName: '' } }), 'BAD_USER_INPUT');
  });

  it('staff cannot create employees; an agency admin cannot touch another agency', async () => {
    const staff = await world.graph.as(world.user('staff'));
    const input = {
      code: 'SNV-9003',
      fullName: 'Lê Văn Tâm',
      staffType: 'CIVIL_SERVANT' as const,
      agencyId: world.agency('SNV').id,
      positionId: positionOf('SNV', 'DC-04').id,
      startDate: '2026-10-01',
    };
    await refused(() => staff.request(CREATE_EMPLOYEE, { input }), 'FORBIDDEN');
    const hr = await world.graph.as(world.user('agency-admin'));
    const outsider = specialistOf('STC');
    const UPDATE = graphql(`
      mutation MutationsUpdateEmployee($id: ID!) {
        updateEmployee(id: $id, input: { fullName: "Renamed" }) {
          id
        }
      }
    `);
    await refused(() => hr.request(UPDATE, { id: outsider.id }), 'FORBIDDEN');
    // A missing id looks the same as a hidden one to an agency admin; a province admin learns it is missing.
    await refused(() => hr.request(UPDATE, { id: '0190a3b2-0000-7000-8000-00000000dead' }), 'FORBIDDEN');
    const admin = await world.graph.as(world.user('province-admin'));
    await refused(() => admin.request(UPDATE, { id: '0190a3b2-0000-7000-8000-00000000dead' }), 'NOT_FOUND');
  });

  it('a transfer closes the current placement the day before and opens the next; history answers both dates', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const person = specialistOf('SCT');
    const target = positionOf('SNV', 'DC-04');
    const { transferEmployee } = await admin.request(TRANSFER, {
      input: {
        employeeId: person.id,
        agencyId: world.agency('SNV').id,
        divisionId: divisionOf('SNV').id,
        positionId: target.id,
        effectiveFrom: '2026-11-01',
        decisionNumber: '1234/QĐ-UBND',
      },
    });
    expect(transferEmployee.agency.code).toBe('SNV');
    expect(transferEmployee.supervisor).toBeNull(); // the old supervisor worked in another agency
    const last = transferEmployee.placements.slice(-2);
    expect(last).toEqual([
      expect.objectContaining({ effectiveTo: '2026-10-31', agency: { code: 'SCT' } }),
      { kind: 'TRANSFER', effectiveFrom: '2026-11-01', effectiveTo: null, agency: { code: 'SNV' } },
    ]);
    const ON = graphql(`
      query MutationsEmployee($id: ID!, $on: LocalDate!) {
        employee(id: $id) {
          placementOn(date: $on) {
            agency {
              code
            }
            position {
              id
            }
          }
        }
      }
    `);
    expect((await admin.request(ON, { id: person.id, on: '2026-10-31' })).employee!.placementOn).toEqual({
      agency: { code: 'SCT' },
      position: { id: person.positionId },
    });
    expect((await admin.request(ON, { id: person.id, on: '2026-11-01' })).employee!.placementOn).toEqual({
      agency: { code: 'SNV' },
      position: { id: target.id },
    });
  });

  it('refuses a placement dated on or before the current one (EFFECTIVE_DATE_BEFORE_PREVIOUS)', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const person = specialistOf('STP');
    const current = world.province.placements.filter((p) => p.employeeId === person.id).at(-1)!;
    for (const effectiveFrom of [current.effectiveFrom, '2000-01-01']) {
      await refused(
        () => admin.request(TRANSFER, { input: { employeeId: person.id, positionId: positionOf('STP', 'DC-02').id, effectiveFrom } }),
        'EFFECTIVE_DATE_BEFORE_PREVIOUS',
      );
    }
  });

  it('an appointment must be to a leadership position', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const person = specialistOf('SYT');
    const APPOINT = graphql(`
      mutation MutationsAppointEmployee($input: PlacementInput!) {
        appointEmployee(input: $input) {
          position {
            code
            isLeadership
          }
          placements {
            kind
          }
        }
      }
    `);
    await refused(
      () =>
        admin.request(APPOINT, {
          input: { employeeId: person.id, positionId: positionOf('SYT', 'DC-01').id, effectiveFrom: '2026-11-15' },
        }),
      'NOT_A_LEADERSHIP_POSITION',
    );
    const { appointEmployee } = await admin.request(APPOINT, {
      input: { employeeId: person.id, positionId: positionOf('SYT', 'LD-04').id, effectiveFrom: '2026-11-15' },
    });
    expect(appointEmployee.position).toEqual({ code: 'LD-04', isLeadership: true });
    expect(appointEmployee.placements.at(-1)).toEqual({ kind: 'APPOINTMENT' });
  });

  it('refuses a supervisor who reports to the employee (SUPERVISOR_CYCLE)', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const head = world.province.employees.find((e) => e.agencyId === world.agency('SGDDT').id && e.role === 'head')!;
    const report = world.province.employees.find((e) => e.agencyId === world.agency('SGDDT').id && e.role === 'staff')!; // reports to head via the chain
    const UPDATE = graphql(`
      mutation MutationsUpdateEmployee2($id: ID!, $supervisorId: ID!) {
        updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {
          id
        }
      }
    `);
    await refused(() => admin.request(UPDATE, { id: head.id, supervisorId: report.id }), 'SUPERVISOR_CYCLE');
    await refused(() => admin.request(UPDATE, { id: head.id, supervisorId: head.id }), 'SUPERVISOR_CYCLE');
  });

  it('deactivation ends service with a separation placement; an inactive person cannot be transferred', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const person = specialistOf('SXD');
    const DEACTIVATE = graphql(`
      mutation MutationsDeactivateEmployee($input: DeactivateEmployeeInput!) {
        deactivateEmployee(input: $input) {
          status
          position {
            id
          }
          placements {
            kind
            effectiveFrom
            effectiveTo
          }
        }
      }
    `);
    await refused(
      () => admin.request(DEACTIVATE, { input: { employeeId: person.id, status: 'ACTIVE', effectiveFrom: '2026-12-01' } }),
      'BAD_USER_INPUT',
    );
    const { deactivateEmployee } = await admin.request(DEACTIVATE, {
      input: { employeeId: person.id, status: 'RETIRED', effectiveFrom: '2026-12-01', reason: 'Nghỉ hưu theo chế độ' },
    });
    expect(deactivateEmployee.status).toBe('RETIRED');
    expect(deactivateEmployee.position).toBeNull();
    expect(deactivateEmployee.placements.slice(-2)).toEqual([
      expect.objectContaining({ effectiveTo: '2026-11-30' }),
      { kind: 'SEPARATION', effectiveFrom: '2026-12-01', effectiveTo: null },
    ]);
    // What scoring reads of the months around it: the last placement, ended, and no separation.
    const { placementsIn } = await world.graph.directAsService('personnel', 'scoring').request(
      gql`
        query MutationsPlacementsIn($ids: [ID!]!) {
          placementsIn(from: "2026-11-01", to: "2027-01-31", filter: { ids: $ids }) {
            effectiveFrom
            effectiveTo
          }
        }
      `,
      { ids: [person.id] },
    );
    expect(placementsIn).toEqual([{ effectiveFrom: deactivateEmployee.placements.at(-2)!.effectiveFrom, effectiveTo: '2026-11-30' }]);
    await refused(
      () =>
        admin.request(TRANSFER, {
          input: { employeeId: person.id, positionId: positionOf('SXD', 'DC-02').id, effectiveFrom: '2027-01-01' },
        }),
      'EMPLOYEE_INACTIVE',
    );
  });

  it('a unit head cannot write personnel records, even in their unit', async () => {
    const head = world.user('unit-head');
    const client = await world.graph.as(head);
    const inUnit = world.province.employees.find((e) => e.divisionId === head.unitIds[0] && e.id !== head.employeeId)!;
    await refused(
      () =>
        client.request(
          graphql(`
            mutation MutationsUpdateEmployee3($id: ID!) {
              updateEmployee(id: $id, input: { fullName: "X" }) {
                id
              }
            }
          `),
          { id: inUnit.id },
        ),
      'FORBIDDEN',
    );
  });

  it('an agency admin of one agency acting on a supervisor elsewhere still gets only coded errors', async () => {
    const other = actor.person(specialistOf('STC').id, [Role.STAFF, Role.AGENCY_ADMIN], [world.agency('STC').id]);
    const client = await world.graph.as(other);
    await refused(
      () =>
        client.request(TRANSFER, {
          input: {
            employeeId: specialistOf('SNV').id,
            positionId: positionOf('STC', 'DC-02').id,
            agencyId: world.agency('STC').id,
            effectiveFrom: '2027-01-01',
          },
        }),
      'FORBIDDEN',
    );
  });
});
