import type { Identity } from '../identity/identity.js';
import { Role } from '../identity/roles.js';

/** Identities for tests, one line each: `actor.staff(employee)`, `actor.agencyAdmin(agencyId)`. */
export const actor = {
  person(employeeId: string, roles: Role[], agencyIds: string[] = [], unitIds: string[] = []): Identity {
    return { subject: employeeId, kind: 'person', employeeId, name: null, roles, agencyIds, unitIds };
  },
  staff(employee: { id: string; agencyId: string }) {
    return actor.person(employee.id, [Role.STAFF], [employee.agencyId]);
  },
  unitHead(employee: { id: string; agencyId: string }, unitId: string) {
    return actor.person(employee.id, [Role.STAFF, Role.UNIT_HEAD], [employee.agencyId], [unitId]);
  },
  agencyAdmin(employee: { id: string; agencyId: string }) {
    return actor.person(employee.id, [Role.STAFF, Role.AGENCY_ADMIN], [employee.agencyId]);
  },
  provinceAnalyst(employeeId = '00000000-0000-4000-8000-00000000a001') {
    return actor.person(employeeId, [Role.PROVINCE_ANALYST]);
  },
  provinceAdmin(employeeId = '00000000-0000-4000-8000-00000000a002') {
    return actor.person(employeeId, [Role.PROVINCE_ADMIN]);
  },
  integrationClient(name = 'eoffice'): Identity {
    return {
      subject: `client:${name}`,
      kind: 'client',
      employeeId: null,
      name,
      roles: [Role.INTEGRATION_CLIENT],
      agencyIds: [],
      unitIds: [],
    };
  },
};
