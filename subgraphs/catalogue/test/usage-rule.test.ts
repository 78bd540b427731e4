import { describe, expect, it } from '@jest/globals';
import { Role, type Identity } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import { WorkItemGroup } from '../src/entities/enums.js';
import { canReadUsage, keeperAgencyIds } from '../src/rules/usage.js';

const A = 'agency-a';
const B = 'agency-b';
const DEPT = 'department';
const sector = { ownerAgencyId: DEPT };
const person = (roles: Role[], agency = A) => actor.person('p', roles, [agency]);
const service: Identity = {
  subject: 'service:catalogue',
  kind: 'service',
  employeeId: null,
  name: 'catalogue',
  roles: [Role.SERVICE],
  agencyIds: [],
  unitIds: [],
};

describe('who reads an item’s usage facts', () => {
  it('an item’s keepers: its owner (C), its sector’s department (A, D), none for the province’s list (B)', () => {
    expect(keeperAgencyIds({ group: WorkItemGroup.C, ownerAgencyId: A }, sector)).toEqual([A]);
    expect(keeperAgencyIds({ group: WorkItemGroup.A, ownerAgencyId: null }, sector)).toEqual([DEPT]);
    expect(keeperAgencyIds({ group: WorkItemGroup.D, ownerAgencyId: null }, sector)).toEqual([DEPT]);
    expect(keeperAgencyIds({ group: WorkItemGroup.B, ownerAgencyId: null }, sector)).toEqual([]);
  });

  it('services and province roles read all; agency and catalogue admins what they keep; nobody else', () => {
    const cases: [string, Identity, readonly string[], boolean][] = [
      ['the catalogue asking as itself', service, [], true],
      ['a province analyst, a B item', person([Role.PROVINCE_ANALYST]), [], true],
      ['a province admin, another agency’s C item', person([Role.PROVINCE_ADMIN]), [B], true],
      ['an agency admin, its own C item', person([Role.STAFF, Role.AGENCY_ADMIN]), [A], true],
      ['a catalogue admin, its own C item', person([Role.STAFF, Role.CATALOGUE_ADMIN]), [A], true],
      ['an agency admin, another agency’s C item', person([Role.STAFF, Role.AGENCY_ADMIN]), [B], false],
      ['an agency admin, a B item', person([Role.STAFF, Role.AGENCY_ADMIN]), [], false],
      ['staff, their own agency’s C item', person([Role.STAFF]), [A], false],
      ['a unit head, their own agency’s C item', person([Role.STAFF, Role.UNIT_HEAD]), [A], false],
      ['an integration client', actor.integrationClient(), [A], false],
      ['an agency admin, keepers unknown', person([Role.STAFF, Role.AGENCY_ADMIN]), undefined as never, false],
    ];
    expect(cases.map(([what, who, keepers]) => [what, canReadUsage(who, keepers)])).toEqual(
      cases.map(([what, , , allowed]) => [what, allowed]),
    );
  });
});
