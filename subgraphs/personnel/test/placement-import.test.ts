import { describe, expect, it } from '@jest/globals';
import { inLanguage, Role } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import { PlacementKind } from '../src/entities/enums.js';
import { placementImportScope } from '../src/rules/access.js';
import { fitHistory, samePlacement } from '../src/rules/placement-history.js';
import { parsePlacementRow } from '../src/rules/placement-sheet.js';

const TODAY = '2026-11-20';
/** What the rules say in English, as the other suites read it (Vietnamese is asked for below). */
const en = <T>(work: () => T): T => inLanguage('en', work);

describe('a row of placement history', () => {
  it('reads a Vietnamese kind, optional columns left empty, codes trimmed', () => {
    const { row, errors } = parsePlacementRow(
      { employee_code: ' SNV-0017 ', kind: 'điều động', agency_code: 'SNV', position_code: 'CV', effective_from: '2019-03-01' },
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(row).toEqual({
      employeeCode: 'SNV-0017',
      kind: PlacementKind.TRANSFER,
      agencyCode: 'SNV',
      divisionCode: null,
      positionCode: 'CV',
      supervisorCode: null,
      effectiveFrom: '2019-03-01',
      effectiveTo: null,
      decisionNumber: null,
      reason: null,
    });
  });

  it('names every problem of a bad row by its column', () => {
    const { row, errors } = en(() =>
      parsePlacementRow(
        {
          employee_code: 'A',
          kind: 'PROMOTION',
          agency_code: '',
          position_code: '',
          supervisor_code: 'A',
          effective_from: '2019-02-30',
          effective_to: '2027-01-01',
        },
        TODAY,
      ),
    );
    expect(row).toBeUndefined();
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'kind',
      'agency_code',
      'position_code',
      'supervisor_code',
      'effective_from',
      'effective_to',
    ]);
    expect(errors.at(-1)).toBe('effective_to: 2027-01-01 is in the future (today is 2026-11-20); an import brings the past in');
    expect(
      en(() =>
        parsePlacementRow(
          {
            employee_code: 'A',
            kind: 'HIRE',
            agency_code: 'X',
            position_code: 'P',
            effective_from: '2020-05-01',
            effective_to: '2020-04-30',
          },
          TODAY,
        ),
      ).errors,
    ).toEqual(['effective_to: 2020-04-30 is before the placement starts (2020-05-01)']);
  });

  it('lets a separation hold no position', () => {
    const { errors, row } = parsePlacementRow(
      { employee_code: 'A', kind: 'SEPARATION', agency_code: 'X', effective_from: '2020-05-01' },
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(row!.positionCode).toBeNull();
  });
});

describe('a row of placement history, in Vietnamese', () => {
  it('names each problem by the column’s Vietnamese header, dates written as Vietnamese do', () => {
    const { errors } = inLanguage('vi', () =>
      parsePlacementRow(
        { employee_code: '', kind: 'THĂNG CHỨC', agency_code: 'X', position_code: 'P', effective_from: '2027-01-01' },
        TODAY,
      ),
    );
    expect(errors).toEqual([
      'Mã cán bộ: cần ghi mã cán bộ của người đó',
      'Loại: một trong HIRE, TRANSFER, ROTATION, APPOINTMENT, SEPARATION (hoặc Tuyển dụng, Điều động, Luân chuyển, Bổ nhiệm, Thôi công tác)',
      'Từ ngày: 01/01/2027 là ngày trong tương lai (hôm nay là 20/11/2026); chỉ nhập được quá trình công tác đã qua',
    ]);
  });

  it('reads every kind by its label in either language', () => {
    for (const [kind, expected] of [
      ['Thôi công tác', PlacementKind.SEPARATION],
      ['bổ nhiệm', PlacementKind.APPOINTMENT],
      ['Tuyển dụng', PlacementKind.HIRE],
      ['Rotation', PlacementKind.ROTATION],
    ] as const)
      expect(
        parsePlacementRow({ employee_code: 'A', kind, agency_code: 'X', position_code: 'P', effective_from: '2020-05-01' }, TODAY).row
          ?.kind,
      ).toBe(expected);
  });

  it('says where history does not fit in Vietnamese', () => {
    const fit = inLanguage('vi', () =>
      fitHistory(
        'A',
        [
          { row: 2, effectiveFrom: '2015-01-01', effectiveTo: '2018-12-31' },
          { row: 3, effectiveFrom: '2018-06-01', effectiveTo: null },
        ],
        '2021-07-01',
      ),
    );
    expect(fit.get(2)!.errors).toEqual(['Đến ngày: ngày 31/12/2018 chồng lấn với dòng 3 (quá trình công tác của A từ ngày 01/06/2018)']);
  });
});

describe('where imported history fits', () => {
  it('chains rows before the first stored placement, an open end lasting until the next one starts', () => {
    const fit = fitHistory(
      'A',
      [
        { row: 3, effectiveFrom: '2018-01-01', effectiveTo: null },
        { row: 2, effectiveFrom: '2015-06-01', effectiveTo: '2017-05-31' },
      ],
      '2021-07-01',
    );
    expect(fit.get(2)).toEqual({ effectiveTo: '2017-05-31', errors: [] });
    // The last imported stretch ends the day before the stored line starts.
    expect(fit.get(3)).toEqual({ effectiveTo: '2021-06-30', errors: [] });
  });

  it('refuses history that reaches into or after the stored line, and overlaps between rows', () => {
    const fit = en(() =>
      fitHistory(
        'A',
        [
          { row: 2, effectiveFrom: '2015-01-01', effectiveTo: '2018-12-31' },
          { row: 3, effectiveFrom: '2018-06-01', effectiveTo: '2021-07-01' },
          { row: 4, effectiveFrom: '2022-01-01', effectiveTo: null },
          { row: 5, effectiveFrom: '2015-01-01', effectiveTo: null },
        ],
        '2021-07-01',
      ),
    );
    expect(fit.get(2)!.errors).toEqual(['effective_to: 2018-12-31 overlaps row 3, which places A from 2018-06-01']);
    expect(fit.get(3)!.errors).toEqual([
      'effective_to: 2021-07-01 reaches into A’s first recorded placement (from 2021-07-01); end it by 2021-06-30 at the latest',
    ]);
    expect(fit.get(4)!.errors[0]).toMatch(/^effective_from: 2022-01-01 is not before A’s first recorded placement \(from 2021-07-01\)/);
    expect(fit.get(5)!.errors).toEqual(['effective_from: row 2 already places A from 2015-01-01']);
  });

  it('leaves the last placement open for a person with nothing stored', () => {
    expect(fitHistory('A', [{ row: 2, effectiveFrom: '2015-01-01', effectiveTo: null }], null).get(2)).toEqual({
      effectiveTo: null,
      errors: [],
    });
  });

  it('knows a stored placement again by its start, agency, division and position', () => {
    const stored = { effectiveFrom: '2015-01-01', agencyId: 'a', divisionId: null, positionId: 'p' };
    expect(samePlacement(stored, { ...stored })).toBe(true);
    expect(samePlacement(stored, { ...stored, divisionId: 'd' })).toBe(false);
  });
});

describe('who imports placement history', () => {
  it('province admins anyone’s, agency admins their agencies’ people, no one else', () => {
    expect(placementImportScope(actor.provinceAdmin())).toBe('province');
    expect(placementImportScope(actor.person('e', [Role.STAFF, Role.AGENCY_ADMIN], ['b', 'a']))).toEqual(['a', 'b']);
    expect(placementImportScope(actor.unitHead({ id: 'e', agencyId: 'a' }, 'd'))).toBeNull();
    expect(placementImportScope(actor.provinceAnalyst())).toBeNull();
    expect(placementImportScope(actor.integrationClient())).toBeNull();
  });
});
