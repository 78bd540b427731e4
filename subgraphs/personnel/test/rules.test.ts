import { describe, expect, it } from '@jest/globals';
import { actor } from '@kpi/platform/testkit';
import { canManageWithin, canReadEmployee, canReadPersonalRecord, directoryScope } from '../src/rules/access.js';
import { containsPattern, foldVietnamese, sortKey } from '../src/rules/names.js';
import { assertFollows, dayBefore, placementOn } from '../src/rules/placement.js';
import { childPath, isWithin, wouldCycle } from '../src/rules/tree.js';

describe('Vietnamese names', () => {
  it('folds diacritics and đ so “nguyen van duc” finds “Nguyễn Văn Đức”', () => {
    expect(foldVietnamese('Nguyễn  Văn Đức')).toBe('nguyen van duc');
    expect(foldVietnamese('Huỳnh Thị Ánh Tuyết')).toBe('huynh thi anh tuyet');
  });

  it('sorts by given name first, as Vietnamese directories do', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An'];
    expect([...names].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(['Lê Văn An', 'Nguyễn Thị An', 'Trần Văn Bình']);
  });

  it('takes LIKE wildcards in a search term literally', () => {
    expect(containsPattern('50%_off')).toBe('%50\\%\\_off%');
  });
});

describe('placement history', () => {
  const history = [
    { id: 'hire', effectiveFrom: '2015-03-01', effectiveTo: '2021-06-30' },
    { id: 'transfer', effectiveFrom: '2021-07-01', effectiveTo: '2024-12-31' },
    { id: 'appointment', effectiveFrom: '2025-01-01', effectiveTo: null },
  ];

  it('answers which placement covered a date, boundaries included', () => {
    expect(placementOn(history, '2015-02-28')).toBeNull();
    expect(placementOn(history, '2015-03-01')?.id).toBe('hire');
    expect(placementOn(history, '2021-06-30')?.id).toBe('hire');
    expect(placementOn(history, '2021-07-01')?.id).toBe('transfer');
    expect(placementOn(history, '2026-11-25')?.id).toBe('appointment');
  });

  it('ends the previous placement the day before the next one, across month and leap days', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });

  it('refuses a new placement that does not start after the current one', () => {
    expect(() => assertFollows('2025-01-01', '2025-01-02')).not.toThrow();
    for (const date of ['2025-01-01', '2024-12-31']) {
      expect(() => assertFollows('2025-01-01', date)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'EFFECTIVE_DATE_BEFORE_PREVIOUS' }) }),
      );
    }
    expect(() => assertFollows(null, '1.1.2025')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('the agency tree', () => {
  const province = childPath(null, 'p');
  const department = childPath(province, 'd');
  const division = childPath(department, 'v');

  it('keeps a path of ids from the root', () => {
    expect(division).toBe('/p/d/v/');
    expect(isWithin(division, 'd')).toBe(true);
    expect(isWithin(department, 'v')).toBe(false);
  });

  it('detects moving an agency under its own subtree', () => {
    expect(wouldCycle(department, division)).toBe(true);
    expect(wouldCycle(department, department)).toBe(true);
    expect(wouldCycle(division, province)).toBe(false);
  });
});

describe('who may see and change what', () => {
  const agencyA = 'agency-a';
  const agencyB = 'agency-b';
  const me = { id: 'me', agencyId: agencyA, divisionId: 'div-1', supervisorId: 'boss' };
  const colleague = { id: 'colleague', agencyId: agencyA, divisionId: 'div-2', supervisorId: 'other' };
  const outsider = { id: 'outsider', agencyId: agencyB, divisionId: null, supervisorId: null };
  const staff = actor.staff(me);

  it('staff read themselves and their agency’s directory, not other agencies', () => {
    expect(canReadEmployee(staff, me)).toBe(true);
    expect(canReadEmployee(staff, colleague)).toBe(true);
    expect(canReadEmployee(staff, outsider)).toBe(false);
  });

  it('placement history: self, supervisor, the unit’s head, agency admin and province roles', () => {
    expect(canReadPersonalRecord(staff, me)).toBe(true);
    expect(canReadPersonalRecord(staff, colleague)).toBe(false);
    expect(canReadPersonalRecord(actor.staff({ id: 'boss', agencyId: agencyA }), me)).toBe(true);
    expect(canReadPersonalRecord(actor.unitHead({ id: 'head', agencyId: agencyA }, 'div-1'), me)).toBe(true);
    expect(canReadPersonalRecord(actor.unitHead({ id: 'head', agencyId: agencyA }, 'div-1'), colleague)).toBe(false);
    expect(canReadPersonalRecord(actor.agencyAdmin({ id: 'hr', agencyId: agencyA }), colleague)).toBe(true);
    expect(canReadPersonalRecord(actor.provinceAnalyst(), outsider)).toBe(true);
  });

  it('agency admins manage only their agency’s subtree; province admins everything', () => {
    const admin = actor.agencyAdmin({ id: 'hr', agencyId: 'a' });
    expect(canManageWithin(admin, '/p/a/')).toBe(true);
    expect(canManageWithin(admin, '/p/a/div/')).toBe(true);
    expect(canManageWithin(admin, '/p/b/')).toBe(false);
    expect(canManageWithin(staff, '/p/agency-a/')).toBe(false);
    expect(canManageWithin(actor.provinceAnalyst(), '/p/a/')).toBe(false);
    expect(canManageWithin(actor.provinceAdmin(), '/p/b/')).toBe(true);
  });

  it('integration clients read nothing in personnel', () => {
    const client = actor.integrationClient();
    expect(canReadEmployee(client, outsider)).toBe(false);
    expect(directoryScope(client)).toEqual([]);
  });
});
