import { describe, expect, it } from '@jest/globals';
import { Role } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import { accessOf, canGrant, endOnTransfer, grantHolds, type GrantFacts } from '../src/rules/grants.js';

const NOW = new Date('2026-12-04T03:00:00Z'); // 10:00 in Vietnam, 4 December
const grant = (role: Role, extra: Partial<GrantFacts> = {}): GrantFacts => ({
  role,
  agencyId: null,
  effectiveFrom: '2026-12-01',
  effectiveTo: null,
  revokedAt: null,
  ...extra,
});
const placed = { inService: true, agencyId: 'snv', divisionId: 'snv-tccb', leads: false };

describe('a grant holds', () => {
  it('from its first day to its last, until revoked', () => {
    expect(grantHolds(grant(Role.PROVINCE_ANALYST), '2026-11-30', NOW)).toBe(false);
    expect(grantHolds(grant(Role.PROVINCE_ANALYST), '2026-12-01', NOW)).toBe(true);
    expect(grantHolds(grant(Role.PROVINCE_ANALYST, { effectiveTo: '2026-12-03' }), '2026-12-04', NOW)).toBe(false);
    expect(grantHolds(grant(Role.PROVINCE_ANALYST, { revokedAt: new Date('2026-12-04T02:59:59Z') }), '2026-12-04', NOW)).toBe(false);
    expect(grantHolds(grant(Role.PROVINCE_ANALYST, { revokedAt: new Date('2026-12-04T03:00:01Z') }), '2026-12-04', NOW)).toBe(true);
  });
});

describe('access from the records', () => {
  it('a person in service is STAFF of their agency', () => {
    expect(accessOf(placed, [], '2026-12-04', NOW)).toEqual({ roles: [Role.STAFF], agencyIds: ['snv'], unitIds: [] });
  });
  it('a leader heads their division, or their agency when they sit at its top', () => {
    expect(accessOf({ ...placed, leads: true }, [], '2026-12-04', NOW)!.unitIds).toEqual(['snv-tccb']);
    expect(accessOf({ ...placed, divisionId: null, leads: true }, [], '2026-12-04', NOW)).toEqual({
      roles: [Role.STAFF, Role.UNIT_HEAD],
      agencyIds: ['snv'],
      unitIds: ['snv'],
    });
  });
  it('grants add their role and, for agency roles, their agency; ended ones add nothing', () => {
    const grants = [
      grant(Role.CATALOGUE_ADMIN, { agencyId: 'stc' }),
      grant(Role.PROVINCE_ADMIN, { effectiveTo: '2026-12-02' }),
      grant(Role.AGENCY_ADMIN, { agencyId: 'snv' }),
    ];
    expect(accessOf(placed, grants, '2026-12-04', NOW)).toEqual({
      roles: [Role.STAFF, Role.CATALOGUE_ADMIN, Role.AGENCY_ADMIN],
      agencyIds: ['snv', 'stc'],
      unitIds: [],
    });
  });
  it('someone out of service has none, whatever they were granted', () => {
    expect(accessOf({ ...placed, inService: false }, [grant(Role.PROVINCE_ADMIN)], '2026-12-04', NOW)).toBeNull();
  });
});

describe('a transfer to another agency', () => {
  it('ends agency roles the day before it takes effect; revokes those not yet begun; leaves province roles and ended grants', () => {
    expect(endOnTransfer(grant(Role.AGENCY_ADMIN, { agencyId: 'snv' }), '2026-12-15')).toEqual({ effectiveTo: '2026-12-14' });
    expect(endOnTransfer(grant(Role.CATALOGUE_ADMIN, { agencyId: 'snv', effectiveTo: '2027-06-30' }), '2026-12-15')).toEqual({
      effectiveTo: '2026-12-14',
    });
    expect(endOnTransfer(grant(Role.AGENCY_ADMIN, { agencyId: 'snv', effectiveFrom: '2026-12-15' }), '2026-12-15')).toBe('revoke');
    expect(endOnTransfer(grant(Role.PROVINCE_ANALYST), '2026-12-15')).toBeNull();
    expect(endOnTransfer(grant(Role.AGENCY_ADMIN, { agencyId: 'snv', effectiveTo: '2026-12-10' }), '2026-12-15')).toBeNull();
    expect(endOnTransfer(grant(Role.AGENCY_ADMIN, { agencyId: 'snv', revokedAt: NOW }), '2026-12-15')).toBeNull();
  });
});

describe('who may grant', () => {
  const hr = actor.agencyAdmin({ id: 'hr', agencyId: 'snv' });
  it('a province admin any role to anyone but themselves', () => {
    expect(canGrant(actor.provinceAdmin('pa'), { role: Role.PROVINCE_ADMIN, employeeId: 'x' }, null)).toBe(true);
    expect(canGrant(actor.provinceAdmin('pa'), { role: Role.PROVINCE_ANALYST, employeeId: 'pa' }, null)).toBe(false);
  });
  it('an agency admin the agency roles over their agency or below it', () => {
    expect(canGrant(hr, { role: Role.CATALOGUE_ADMIN, employeeId: 'x' }, '/kh/snv/')).toBe(true);
    expect(canGrant(hr, { role: Role.AGENCY_ADMIN, employeeId: 'x' }, '/kh/snv/snv-tccb/')).toBe(true);
    expect(canGrant(hr, { role: Role.AGENCY_ADMIN, employeeId: 'x' }, '/kh/stc/')).toBe(false);
    expect(canGrant(hr, { role: Role.PROVINCE_ANALYST, employeeId: 'x' }, null)).toBe(false);
  });
  it('nobody else', () => {
    expect(canGrant(actor.staff({ id: 's', agencyId: 'snv' }), { role: Role.AGENCY_ADMIN, employeeId: 'x' }, '/kh/snv/')).toBe(false);
    expect(canGrant(actor.integrationClient(), { role: Role.AGENCY_ADMIN, employeeId: 'x' }, '/kh/snv/')).toBe(false);
  });
});
