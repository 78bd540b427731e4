import { describe, expect, it } from '@jest/globals';
import { inLanguage } from '@kpi/platform';
import { AssignmentStatus, EntryStatus, QualityRating } from '../src/entities/enums.js';
import { parseAssignmentHistoryRow } from '../src/rules/assignment-history.js';
import { parseHistoryRow, placementOn } from '../src/rules/history.js';

const TODAY = '2026-11-20';

describe('a row of diary history', () => {
  it('reads a decimal comma, a Vietnamese status and an empty duration (the standard time), keyed by its content', () => {
    const { row, errors } = parseHistoryRow(
      { employee_code: ' SNV-0017 ', work_date: '2026-03-10', work_item_code: 'B-001', quantity: '1,5', status: 'Trả lại' },
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(row).toMatchObject({ employeeCode: 'SNV-0017', quantity: 1.5, actualMinutes: null, status: EntryStatus.RETURNED });
    expect(row!.key).toBe(
      parseHistoryRow(
        { employee_code: 'SNV-0017', work_date: '2026-03-10', work_item_code: 'B-001', quantity: 1.5, status: 'RETURNED' },
        TODAY,
      ).row!.key,
    );
    expect(
      parseHistoryRow({ import_key: 'K-1', employee_code: 'A', work_date: '2026-03-10', work_item_code: 'B', quantity: 1 }, TODAY).row!.key,
    ).toBe('K-1');
  });

  it('names every problem of a bad row by its column', () => {
    const { row, errors } = parseHistoryRow(
      { employee_code: '', work_date: '2026-02-30', work_item_code: '', quantity: '0', actual_minutes: '1441', status: 'SUBMITTED' },
      TODAY,
    );
    expect(row).toBeUndefined();
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'employee_code',
      'work_date',
      'work_item_code',
      'quantity',
      'actual_minutes',
      'status',
    ]);
    const future = { employee_code: 'A', work_date: '2026-11-21', work_item_code: 'B', quantity: 1 };
    expect(inLanguage('en', () => parseHistoryRow(future, TODAY).errors)).toEqual([
      'work_date: 2026-11-21 is in the future (today is 2026-11-20)',
    ]);
    // Said in the language of the import (Vietnamese by default), the column still named by its key.
    expect(inLanguage('vi', () => parseHistoryRow(future, TODAY).errors)).toEqual([
      'work_date: ngày 21/11/2026 ở tương lai (hôm nay là 20/11/2026)',
    ]);
  });

  it('finds the placement that holds a day, open-ended or not', () => {
    const placements = [
      { effectiveFrom: '2020-01-01', effectiveTo: '2026-03-09', agencyId: 'a', divisionId: null },
      { effectiveFrom: '2026-03-10', effectiveTo: null, agencyId: 'b', divisionId: 'd' },
    ];
    expect(placementOn(placements, '2026-03-09')?.agencyId).toBe('a');
    expect(placementOn(placements, '2026-03-10')?.agencyId).toBe('b');
    expect(placementOn(placements, '2019-12-31')).toBeNull();
  });
});

describe('a row of assignment history', () => {
  const row = {
    title: 'Báo cáo quý I',
    work_item_code: 'B-001',
    assigner_code: 'SNV-0001',
    lead_code: 'SNV-0017',
    co_operator_codes: 'SNV-0020; SNV-0021',
    expected_quantity: '4',
    assigned_on: '2026-03-02',
    deadline: '2026-03-20',
    status: 'Hoàn thành',
    submitted_on: '2026-03-25',
    quality: 'Tốt',
    delays: '1',
  };

  it('reads a completed assignment with Vietnamese status and rating, its co-operators split', () => {
    const { row: parsed, errors } = parseAssignmentHistoryRow(row, TODAY);
    expect(errors).toEqual([]);
    expect(parsed).toMatchObject({
      status: AssignmentStatus.COMPLETED,
      quality: QualityRating.GOOD,
      coOperatorCodes: ['SNV-0020', 'SNV-0021'],
      delays: 1,
      majorErrors: 0,
    });
  });

  it('refuses what could not have happened, naming each column', () => {
    const codes = (cells: Record<string, string>) =>
      parseAssignmentHistoryRow({ ...row, ...cells }, TODAY).errors.map((e) => e.split(':')[0]);
    expect(codes({ quality: '' })).toEqual(['quality']);
    expect(codes({ status: 'IN_PROGRESS', quality: '', delays: '' })).toEqual(['submitted_on']);
    expect(codes({ deadline: '2026-03-01' })).toEqual(['deadline']);
    expect(codes({ lead_code: 'SNV-0001' })).toEqual(['lead_code']);
    expect(codes({ delays: '1', excused_delays: '2' })).toEqual(['excused_delays']);
    expect(codes({ assigned_on: '2026-12-01', deadline: '2026-12-31', submitted_on: '' })).toEqual(['assigned_on', 'submitted_on']);
  });
});
