import { describe, expect, it } from '@jest/globals';
import { Role } from '@kpi/platform';
import { demoUsers, generateProvince, SCHOOLS } from '../src/personnel/index.js';

describe('the demo province', () => {
  const province = generateProvince();

  it('adds the schools after everyone else: the rest of the province is what it was without them', () => {
    const schoolCodes = SCHOOLS.map((s) => s.code);
    const firstSchool = province.employees.findIndex((e) => schoolCodes.some((code) => e.code.startsWith(`${code}-`)));
    expect(province.employees.slice(firstSchool).every((e) => schoolCodes.some((code) => e.code.startsWith(`${code}-`)))).toBe(true);
    // Every school has its principal, a head for each subject group, and teachers in every group.
    for (const spec of SCHOOLS) {
      const school = province.agencies.find((a) => a.code === spec.code)!;
      const people = province.employees.filter((e) => e.agencyId === school.id);
      expect(people.filter((e) => e.role === 'head')).toHaveLength(1);
      expect(people.filter((e) => e.role === 'divisionHead')).toHaveLength(spec.groups.length);
      expect(new Set(people.filter((e) => e.role === 'staff').map((e) => e.divisionId)).size).toBe(spec.groups.length + 1);
    }
  });

  it('is the same on every run (fixed seed)', () => {
    const again = generateProvince();
    expect(again.employees.map((e) => `${e.code} ${e.fullName}`)).toEqual(province.employees.map((e) => `${e.code} ${e.fullName}`));
  });

  it('has 51 agencies of the real kinds under one province, with divisions, and three schools', () => {
    const top = province.agencies.filter((a) => a.depth === 1);
    expect(top).toHaveLength(51 + SCHOOLS.length);
    expect(new Set(top.map((a) => a.kind))).toEqual(
      new Set(['PARTY_BODY', 'FATHERLAND_FRONT', 'SOCIO_POLITICAL_ORGANISATION', 'STATE_DEPARTMENT', 'PUBLIC_SERVICE_UNIT', 'COMMUNE']),
    );
    expect(province.agencies.filter((a) => a.kind === 'DIVISION').length).toBeGreaterThan(150);
  });

  it('has about 7,000 employees (and 200-odd in the schools) in positions of all four categories, each with a supervisor but the heads', () => {
    const schools = new Set(province.agencies.filter((a) => SCHOOLS.some((s) => s.code === a.code)).map((a) => a.id));
    const inSchools = province.employees.filter((e) => schools.has(e.agencyId)).length;
    expect(province.employees.length - inSchools).toBeGreaterThanOrEqual(6900);
    expect(province.employees.length - inSchools).toBeLessThanOrEqual(7100);
    expect(inSchools).toBeGreaterThan(150);
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
