import { describe, expect, it } from '@jest/globals';
import { Role } from '@kpi/platform';
import { demoUsers, generateProvince } from '../src/personnel/index.js';

describe('the demo province', () => {
  const province = generateProvince();

  it('is the same on every run (fixed seed)', () => {
    const again = generateProvince();
    expect(again.employees.map((e) => `${e.code} ${e.fullName}`)).toEqual(province.employees.map((e) => `${e.code} ${e.fullName}`));
  });

  it('has 51 agencies of the real kinds under one province, with divisions', () => {
    const top = province.agencies.filter((a) => a.depth === 1);
    expect(top).toHaveLength(51);
    expect(new Set(top.map((a) => a.kind))).toEqual(
      new Set(['PARTY_BODY', 'FATHERLAND_FRONT', 'SOCIO_POLITICAL_ORGANISATION', 'STATE_DEPARTMENT', 'PUBLIC_SERVICE_UNIT', 'COMMUNE']),
    );
    expect(province.agencies.filter((a) => a.kind === 'DIVISION').length).toBeGreaterThan(150);
  });

  it('has about 7,000 employees in positions of all four categories, each with a supervisor but the heads', () => {
    expect(province.employees.length).toBeGreaterThanOrEqual(6900);
    expect(province.employees.length).toBeLessThanOrEqual(7100);
    const categories = new Set(province.employees.map((e) => province.positions.find((p) => p.id === e.positionId)!.category));
    expect(categories).toEqual(new Set(['LEADERSHIP', 'PROFESSIONAL', 'SHARED_PROFESSIONAL', 'SUPPORT']));
    expect(province.employees.filter((e) => !e.supervisorId).every((e) => e.role === 'head')).toBe(true);
    expect(new Set(province.employees.map((e) => e.code)).size).toBe(province.employees.length);
  });

  it('has history: appointments, transfers and rotations, each closing the placement before it', () => {
    const kinds = new Set(province.placements.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['HIRE', 'APPOINTMENT', 'TRANSFER', 'ROTATION']));
    const byEmployee = Map.groupBy(province.placements, (p) => p.employeeId);
    for (const placements of byEmployee.values()) {
      expect(placements.filter((p) => p.effectiveTo === null)).toHaveLength(1);
      for (let i = 1; i < placements.length; i += 1) expect(placements[i - 1]!.effectiveTo! < placements[i]!.effectiveFrom).toBe(true);
    }
  });

  it('offers one demo user per role for dev tokens', () => {
    const users = demoUsers(province);
    expect(users.map((u) => u.label)).toEqual(['staff', 'unit-head', 'agency-admin', 'province-analyst', 'province-admin', 'eoffice']);
    expect(users.find((u) => u.label === 'eoffice')!.identity.roles).toEqual([Role.INTEGRATION_CLIENT]);
  });
});
