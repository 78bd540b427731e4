import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { actor, errorsOf } from '@kpi/platform/testkit';
import { Role } from '@kpi/platform';
import pg from 'pg';
import { graphql } from '../../src/graphql/index.js';
import { personnelWorld, type PersonnelWorld } from './fixtures.js';

// Roles as data: grants made and revoked through the graph, and each person's access derived
// from their placement and the grants that hold — checked against the rows.
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

const GRANT = graphql(`
  mutation GrantsGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
      agencyId
      effectiveFrom
      effectiveTo
      grantedBy
      reason
      revokedAt
      employee {
        code
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation GrantsRevokeRole($id: ID!, $reason: String!) {
    revokeRole(id: $id, reason: $reason) {
      id
      revokedBy
      revokedAt
      revokeReason
    }
  }
`);
const ACCESS = graphql(`
  query GrantsAccess($id: ID!) {
    employee(id: $id) {
      access {
        roles
        agencyIds
        unitIds
      }
    }
  }
`);
const LIST = graphql(`
  query GrantsList($filter: RoleGrantFilter) {
    roleGrants(filter: $filter) {
      id
      role
      employeeId
      agencyId
    }
  }
`);

const grantCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from personnel.role_grant')).rows[0]!.n;
async function refused(request: () => Promise<unknown>, code: string) {
  const before = await grantCount();
  const errors = await errorsOf(request());
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await grantCount()).toBe(before);
}

/** An active staff member (not a leader) of an agency, other than the demo users. */
const staffOf = (agencyCode: string, skip = 0) => {
  const agency = world.agency(agencyCode);
  const taken = new Set(world.users.map((u) => u.identity.employeeId));
  return world.province.employees.filter(
    (e) => e.agencyId === agency.id && e.role === 'staff' && e.status === 'ACTIVE' && !taken.has(e.id),
  )[skip]!;
};
const accessOf = async (employeeId: string) =>
  (await (await world.graph.as(actor.provinceAdmin())).request(ACCESS, { id: employeeId })).employee!.access;

describe('roles as data', () => {
  it('a person in service is STAFF of their agency; a leader is also UNIT_HEAD of the unit they lead', async () => {
    const staff = staffOf('SNV');
    expect(await accessOf(staff.id)).toEqual({ roles: [Role.STAFF], agencyIds: [staff.agencyId], unitIds: [] });
    const head = world.province.employees.find((e) => e.role === 'divisionHead' && e.status === 'ACTIVE')!;
    expect(await accessOf(head.id)).toEqual({
      roles: [Role.STAFF, Role.UNIT_HEAD],
      agencyIds: [head.agencyId],
      unitIds: [head.divisionId],
    });
  });

  it('the demo users hold, from the records, every role their development tokens carry', async () => {
    for (const { label, identity } of world.users.filter((u) => u.identity.kind === 'person')) {
      const access = await accessOf(identity.employeeId!);
      expect({ label, missing: identity.roles.filter((role) => !access!.roles.includes(role)) }).toEqual({ label, missing: [] });
      expect(access!.agencyIds).toEqual(expect.arrayContaining(identity.agencyIds));
    }
  });

  it('a province admin grants an agency role; it takes effect, is listed, and is revoked with a reason', async () => {
    const person = staffOf('STC');
    const admin = await world.graph.as(actor.provinceAdmin());
    const { grantRole } = await admin.request(GRANT, {
      input: { employeeId: person.id, role: Role.CATALOGUE_ADMIN, agencyId: person.agencyId, reason: 'Quyết định 12/QĐ-STC' },
    });
    expect(grantRole).toMatchObject({
      role: 'CATALOGUE_ADMIN',
      agencyId: person.agencyId,
      effectiveFrom: expect.any(String),
      effectiveTo: null,
      grantedBy: actor.provinceAdmin().subject,
      reason: 'Quyết định 12/QĐ-STC',
      revokedAt: null,
      employee: { code: person.code },
    });
    expect((await accessOf(person.id))!.roles).toEqual([Role.STAFF, Role.CATALOGUE_ADMIN]);
    const { roleGrants } = await admin.request(LIST, { filter: { employeeId: person.id } });
    expect(roleGrants).toEqual([{ id: grantRole.id, role: 'CATALOGUE_ADMIN', employeeId: person.id, agencyId: person.agencyId }]);

    const { revokeRole } = await admin.request(REVOKE, { id: grantRole.id, reason: 'Chuyển công tác' });
    expect(revokeRole).toMatchObject({ revokedBy: actor.provinceAdmin().subject, revokeReason: 'Chuyển công tác' });
    expect((await accessOf(person.id))!.roles).toEqual([Role.STAFF]);
    // Kept, with who revoked it: the grants are their own audit trail.
    const { rows } = await db.query<{ revoked_by: string; revoke_reason: string }>(
      'select revoked_by, revoke_reason from personnel.role_grant where id = $1',
      [grantRole.id],
    );
    expect(rows).toEqual([{ revoked_by: actor.provinceAdmin().subject, revoke_reason: 'Chuyển công tác' }]);
    expect((await admin.request(LIST, { filter: { employeeId: person.id } })).roleGrants).toEqual([]);
    expect((await admin.request(LIST, { filter: { employeeId: person.id, includeEnded: true } })).roleGrants).toHaveLength(1);
    await refused(() => admin.request(REVOKE, { id: grantRole.id, reason: 'again' }), 'ALREADY_DECIDED');
  });

  it('an agency admin grants agency roles within their own agency only, never province roles, never to themselves', async () => {
    const hrOfSnv = actor.agencyAdmin(staffOf('SNV', 1));
    const hr = await world.graph.as(hrOfSnv);
    const colleague = staffOf('SNV', 2);
    const { grantRole } = await hr.request(GRANT, {
      input: { employeeId: colleague.id, role: Role.AGENCY_ADMIN, agencyId: colleague.agencyId, reason: 'Phân công phụ trách nhân sự' },
    });
    expect((await accessOf(colleague.id))!.roles).toEqual([Role.STAFF, Role.AGENCY_ADMIN]);
    // Its own agency's grants only.
    const listed = (await hr.request(LIST, { filter: { includeEnded: true } })).roleGrants;
    expect(listed.map((g) => g.id)).toContain(grantRole.id);
    expect(listed.every((g) => g.agencyId === colleague.agencyId)).toBe(true);

    const outsider = staffOf('STC', 3);
    for (const input of [
      { employeeId: outsider.id, role: Role.AGENCY_ADMIN, agencyId: outsider.agencyId, reason: 'x' },
      { employeeId: colleague.id, role: Role.PROVINCE_ADMIN, reason: 'x' },
      { employeeId: hrOfSnv.employeeId!, role: Role.CATALOGUE_ADMIN, agencyId: colleague.agencyId, reason: 'x' },
    ])
      await refused(() => hr.request(GRANT, { input }), 'FORBIDDEN');
    // The colleague is an agency admin now, in the records and so at sign-in; plain staff are not.
    expect((await (await world.graph.as(actor.staff(colleague))).request(LIST, {})).roleGrants.length).toBeGreaterThan(0);
    await refused(async () => (await world.graph.as(actor.staff(staffOf('SNV', 6)))).request(LIST, {}), 'FORBIDDEN');
  });

  it('refuses grants that make no sense, with coded errors', async () => {
    const admin = await world.graph.as(actor.provinceAdmin());
    const person = staffOf('SNV', 4);
    await refused(() => admin.request(GRANT, { input: { employeeId: person.id, role: Role.UNIT_HEAD, reason: 'x' } }), 'BAD_USER_INPUT');
    await refused(() => admin.request(GRANT, { input: { employeeId: person.id, role: Role.AGENCY_ADMIN, reason: 'x' } }), 'BAD_USER_INPUT');
    await refused(
      () => admin.request(GRANT, { input: { employeeId: person.id, role: Role.PROVINCE_ANALYST, agencyId: person.agencyId, reason: 'x' } }),
      'BAD_USER_INPUT',
    );
    await refused(
      () => admin.request(GRANT, { input: { employeeId: person.id, role: Role.PROVINCE_ANALYST, reason: ' ' } }),
      'BAD_USER_INPUT',
    );
    await refused(
      () =>
        admin.request(GRANT, {
          input: {
            employeeId: person.id,
            role: Role.PROVINCE_ANALYST,
            reason: 'x',
            effectiveFrom: '2026-12-10',
            effectiveTo: '2026-12-01',
          },
        }),
      'BAD_USER_INPUT',
    );
    await refused(
      () =>
        admin.request(GRANT, { input: { employeeId: '0190a3b2-0000-7000-8000-00000000dead', role: Role.PROVINCE_ANALYST, reason: 'x' } }),
      'INVALID_REFERENCE',
    );
  });

  it('someone out of service has no access, whatever they were granted', async () => {
    const person = staffOf('SNV', 5);
    const admin = await world.graph.as(actor.provinceAdmin());
    await admin.request(GRANT, { input: { employeeId: person.id, role: Role.PROVINCE_ANALYST, reason: 'Tổ công tác KPI' } });
    expect((await accessOf(person.id))!.roles).toEqual([Role.STAFF, Role.PROVINCE_ANALYST]);
    await db.query(`update personnel.employee set status = 'RETIRED' where id = $1`, [person.id]);
    expect(await accessOf(person.id)).toBeNull();
  });

  it('costs the same SQL for the access of 10 people or 200 (positions and grants by loader)', async () => {
    const admin = await world.graph.as(actor.provinceAdmin());
    const queries = world.graph.queries('personnel');
    const counts: Record<number, number> = {};
    for (const first of [10, 200]) {
      queries.reset();
      const { employees } = await admin.request(
        graphql(`
          query GrantsAccessPage($first: Int!) {
            employees(first: $first) {
              nodes {
                access {
                  roles
                }
              }
            }
          }
        `),
        { first },
      );
      expect(employees.nodes).toHaveLength(first);
      counts[first] = queries.count;
    }
    expect(counts[200]).toBe(counts[10]);
  });
});
