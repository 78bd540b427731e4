import { createHash } from 'node:crypto';
import { demoId, Role, type Identity } from '@kpi/platform';
import type { DemoProvince } from './generate.js';

export interface DemoUser {
  label: string;
  identity: Identity;
}

/**
 * One demo user per role, picked from the generated province (so their ids match the loaded
 * data): a specialist, a division head and the HR officer of the Department of Home Affairs
 * (which runs the KPI system), an analyst of the Party's Organisation Board, a province admin,
 * and the E-Office integration client.
 */
export function demoUsers(province: DemoProvince): DemoUser[] {
  const agency = (code: string) => province.agencies.find((a) => a.code === code)!;
  const snv = agency('SNV');
  const inSnv = province.employees.filter((e) => e.agencyId === snv.id);
  const hrPosition = province.positions.find((p) => p.agencyId === snv.id && p.code === 'DC-01')!;
  const staff = inSnv.find((e) => e.role === 'staff' && e.status === 'ACTIVE')!;
  const unitHead = inSnv.find((e) => e.role === 'divisionHead' && e.divisionId === staff.divisionId)!;
  const agencyAdmin = inSnv.find((e) => e.positionId === hrPosition.id) ?? inSnv.find((e) => e.role === 'staff' && e !== staff)!;
  const analyst = province.employees.find((e) => e.agencyId === agency('BTCTU').id && e.role === 'staff')!;
  const admin = inSnv.find((e) => e.role === 'deputy')!;
  const person = (label: string, employee: typeof staff, roles: Role[], unitIds: string[] = []): DemoUser => ({
    label,
    identity: {
      subject: employee.id,
      kind: 'person',
      employeeId: employee.id,
      name: `${employee.fullName} (${employee.code})`,
      roles,
      agencyIds: [employee.agencyId],
      unitIds,
    },
  });
  return [
    person('staff', staff, [Role.STAFF]),
    person('unit-head', unitHead, [Role.STAFF, Role.UNIT_HEAD], unitHead.divisionId ? [unitHead.divisionId] : []),
    person('agency-admin', agencyAdmin, [Role.STAFF, Role.AGENCY_ADMIN]),
    person('province-analyst', analyst, [Role.STAFF, Role.PROVINCE_ANALYST]),
    person('province-admin', admin, [Role.STAFF, Role.PROVINCE_ADMIN]),
    {
      label: 'eoffice',
      identity: {
        subject: 'client:eoffice',
        kind: 'client',
        employeeId: null,
        name: 'E-Office',
        roles: [Role.INTEGRATION_CLIENT],
        agencyIds: [],
        unitIds: [],
      },
    },
  ];
}

/** The roles the demo users hold by grant (the others follow from their placement), as personnel rows. */
const GRANTED = [Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN, Role.PROVINCE_ANALYST, Role.PROVINCE_ADMIN];
const OVER_AN_AGENCY = [Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN];

export function demoGrants(province: DemoProvince) {
  return demoUsers(province).flatMap(({ label, identity }) =>
    identity.roles
      .filter((role) => GRANTED.includes(role))
      .map((role) => ({
        id: demoId('role-grant', `${label}:${role}`),
        employeeId: identity.employeeId!,
        role,
        agencyId: OVER_AN_AGENCY.includes(role) ? identity.agencyIds[0]! : null,
        effectiveFrom: '2025-01-01',
        grantedBy: 'demo-generator',
        reason: 'The demo province’s users',
      })),
  );
}

/**
 * The demo's integration client: E-Office, registered for diary intake, with a documented secret
 * (README, "Third-party clients") so that it gets tokens from the embedded provider out of the box.
 * A real deployment registers its clients through the graph (registerIntegrationClient).
 */
export const DEMO_CLIENT = { clientId: 'eoffice', name: 'E-Office', scopes: ['diary:intake'], secret: 'kpi-demo-eoffice-secret' };

export function demoClients() {
  return [
    {
      id: demoId('integration-client', DEMO_CLIENT.clientId),
      clientId: DEMO_CLIENT.clientId,
      name: DEMO_CLIENT.name,
      scopes: DEMO_CLIENT.scopes,
      secretHash: createHash('sha256').update(DEMO_CLIENT.secret).digest('hex'),
      secretSetAt: new Date('2025-01-01T00:00:00Z'),
      registeredBy: 'demo-generator',
    },
  ];
}
