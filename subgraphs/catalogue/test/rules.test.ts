import { describe, expect, it } from '@jest/globals';
import { actor, codeOf } from '@kpi/platform/testkit';
import { Role } from '@kpi/platform';
import { WorkItemGroup } from '../src/entities/enums.js';
import { handbookMarkdown } from '../src/rules/handbook.js';
import { assertExpectedMinutes, assertItemValues, assertWeights, type Limits } from '../src/rules/limits.js';
import { canManageItem, canManageSector, canReadCatalogue } from '../src/rules/ownership.js';
import { nameSimilarity, similarPairs } from '../src/rules/similarity.js';
import { mapHeaders, parseRow } from '../src/rules/spreadsheet.js';
import { assertStartsAfter, versionOn } from '../src/rules/versions.js';

const code = codeOf;

const LIMITS: Limits = {
  coefficientMin: 0.5,
  coefficientMax: 3,
  standardMinutesMax: 4800,
  weightMin: 0,
  weightMax: 40,
  expectedMinutesMin: 4800,
  expectedMinutesMax: 10560,
};

describe('versions by date', () => {
  const versions = [
    { v: 1, effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30' },
    { v: 2, effectiveFrom: '2025-07-01', effectiveTo: null },
  ];

  it('picks the version in force on a date, boundaries included', () => {
    expect(versionOn(versions, '2024-12-31')).toBeNull();
    expect(versionOn(versions, '2025-01-01')?.v).toBe(1);
    expect(versionOn(versions, '2025-06-30')?.v).toBe(1);
    expect(versionOn(versions, '2025-07-01')?.v).toBe(2);
    expect(versionOn(versions, '2030-01-01')?.v).toBe(2);
  });

  it('refuses a new version that does not start after the latest (OVERLAPPING_VERSION)', () => {
    expect(code(() => assertStartsAfter(versions[1]!, '2025-07-02'))).toBeNull();
    expect(code(() => assertStartsAfter(versions[1]!, '2025-07-01'))).toBe('OVERLAPPING_VERSION');
    expect(code(() => assertStartsAfter(versions[1]!, '2025-03-01'))).toBe('OVERLAPPING_VERSION');
    expect(code(() => assertStartsAfter(null, '2025-03-01'))).toBeNull();
  });
});

describe('province limits', () => {
  it('standard time must be above 0 and at most the maximum', () => {
    expect(code(() => assertItemValues(LIMITS, { standardMinutes: 30, coefficient: 1 }))).toBeNull();
    for (const standardMinutes of [0, -15, 4801])
      expect(code(() => assertItemValues(LIMITS, { standardMinutes, coefficient: 1 }))).toBe('OUT_OF_RANGE');
  });

  it('the coefficient stays within 0.5–3.0 (inclusive)', () => {
    expect(code(() => assertItemValues(LIMITS, { standardMinutes: 30, coefficient: 0.5 }))).toBeNull();
    expect(code(() => assertItemValues(LIMITS, { standardMinutes: 30, coefficient: 3 }))).toBeNull();
    expect(code(() => assertItemValues(LIMITS, { standardMinutes: 30, coefficient: 0.4 }))).toBe('OUT_OF_RANGE');
    expect(code(() => assertItemValues(LIMITS, { standardMinutes: 30, coefficient: 3.1 }))).toBe('OUT_OF_RANGE');
  });

  it('indicator weights: whole numbers within 0–40 summing to exactly 100', () => {
    const weights = { quantity: 30, timeliness: 20, quality: 20, proactivity: 10, coordination: 10, creativity: 5, overdue: 5 };
    expect(code(() => assertWeights(LIMITS, weights))).toBeNull();
    expect(code(() => assertWeights(LIMITS, { ...weights, overdue: 4 }))).toBe('INVALID_WEIGHTS'); // 99
    expect(code(() => assertWeights(LIMITS, { ...weights, quantity: 45, timeliness: 5 }))).toBe('INVALID_WEIGHTS'); // 45 > 40
    expect(code(() => assertWeights(LIMITS, { ...weights, quantity: 29.5, overdue: 5.5 }))).toBe('INVALID_WEIGHTS');
  });

  it('expected monthly minutes: 10 to 22 working days of 480 minutes', () => {
    expect(code(() => assertExpectedMinutes(LIMITS, 8640))).toBeNull();
    expect(code(() => assertExpectedMinutes(LIMITS, 4799))).toBe('OUT_OF_RANGE');
    expect(code(() => assertExpectedMinutes(LIMITS, 10561))).toBe('OUT_OF_RANGE');
  });
});

describe('ownership', () => {
  const finance = { ownerAgencyId: 'stc' };
  const financeAdmin = actor.person('e1', [Role.STAFF, Role.CATALOGUE_ADMIN], ['stc']);
  const communeAdmin = actor.person('e2', [Role.STAFF, Role.AGENCY_ADMIN], ['xdk']);
  const provinceAdmin = actor.provinceAdmin();

  it('the province owns group B; a department its sector’s A and D items; an agency its C list', () => {
    expect(canManageItem(provinceAdmin, { group: WorkItemGroup.B, ownerAgencyId: null }, finance)).toBe(true);
    expect(canManageItem(financeAdmin, { group: WorkItemGroup.B, ownerAgencyId: null }, finance)).toBe(false);
    expect(canManageItem(financeAdmin, { group: WorkItemGroup.D, ownerAgencyId: null }, finance)).toBe(true);
    expect(canManageItem(financeAdmin, { group: WorkItemGroup.D, ownerAgencyId: null }, { ownerAgencyId: 'syt' })).toBe(false);
    expect(canManageItem(communeAdmin, { group: WorkItemGroup.C, ownerAgencyId: 'xdk' }, finance)).toBe(true);
    expect(canManageItem(communeAdmin, { group: WorkItemGroup.C, ownerAgencyId: 'pnt' }, finance)).toBe(false);
    expect(canManageItem(communeAdmin, { group: WorkItemGroup.D, ownerAgencyId: null }, finance)).toBe(false);
    expect(canManageSector(actor.staff({ id: 'e3', agencyId: 'stc' }), finance)).toBe(false);
  });

  it('everyone signed in reads the catalogue, integration clients too', () => {
    expect(canReadCatalogue(actor.staff({ id: 'e3', agencyId: 'stc' }))).toBe(true);
    expect(canReadCatalogue(actor.integrationClient())).toBe(true);
  });
});

describe('near-duplicate names', () => {
  it('ignores diacritics, case and filler words', () => {
    expect(nameSimilarity('Thẩm định dự toán ngân sách', 'THAM DINH DU TOAN NGAN SACH')).toBe(1);
    expect(nameSimilarity('Công tác thẩm định dự toán ngân sách', 'Thẩm định dự toán ngân sách')).toBe(1);
    expect(nameSimilarity('Thẩm định dự toán ngân sách', 'Tiếp công dân định kỳ')).toBeLessThan(0.3);
  });

  it('lists the pairs above a threshold, most similar first', () => {
    const pairs = similarPairs(
      [
        { id: '1', name: 'Tiếp nhận hồ sơ thủ tục hành chính' },
        { id: '2', name: 'Tiếp nhận hồ sơ thủ tục hành chính trực tuyến' },
        { id: '3', name: 'Tiếp nhận, xử lý hồ sơ thủ tục hành chính' },
        { id: '4', name: 'Lái xe phục vụ công tác' },
      ],
      0.75,
    );
    // The three ways of naming one task pair up with each other; the driver does not.
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      ['1', '3'],
      ['1', '2'],
      ['2', '3'],
    ]);
    expect(pairs.map((p) => p.similarity)).toEqual([...pairs.map((p) => p.similarity)].sort((x, y) => y - x));
  });
});

describe('spreadsheet rows', () => {
  it('accepts the Vietnamese headers of a province’s own sheet and reports unknown ones', () => {
    expect(mapHeaders(['Mã', 'Tên đầu công việc', 'Hệ số', 'Ghi chú'])).toEqual({
      keys: ['code', 'name', 'coefficient', null],
      unknown: ['Ghi chú'],
    });
  });

  it('parses a row, with a decimal comma, and lists every error of a bad one', () => {
    const { row } = parseRow({
      code: 'FIN-099',
      name: 'Thẩm định quyết toán',
      sector: 'FINANCE',
      group: 'd',
      unit: 'dossier',
      standard_minutes: '240',
      coefficient: '1,5',
      evidence_required: 'có',
    });
    expect(row).toMatchObject({ group: 'D', unit: 'DOSSIER', standardMinutes: 240, coefficient: 1.5, evidenceRequired: true });
    const { errors } = parseRow({
      code: 'bad code',
      name: '',
      sector: 'FINANCE',
      group: 'E',
      unit: 'HOUR',
      standard_minutes: '0',
      coefficient: 'x',
      evidence_required: 'maybe',
    });
    expect(errors).toHaveLength(7);
  });
});

describe('the KPI handbook', () => {
  it('groups items A–D in printable tables', () => {
    const markdown = handbookMarkdown({ name: 'Sở Tài chính', code: 'STC' }, '2026-01-01', [
      {
        code: 'B-001',
        group: WorkItemGroup.B,
        sector: 'SHARED',
        name: 'Xử lý văn bản đến',
        unit: 'DOCUMENT',
        standardMinutes: 15,
        coefficient: 1,
        criteria: null,
        evidence: 'E-Office',
        evidenceRequired: true,
      },
      {
        code: 'A-001',
        group: WorkItemGroup.A,
        sector: 'SHARED',
        name: 'Chỉ đạo, điều hành',
        unit: 'DAY',
        standardMinutes: 120,
        coefficient: 2,
        criteria: null,
        evidence: '',
        evidenceRequired: false,
      },
    ]);
    expect(markdown).toContain('# Sổ tay KPI — Sở Tài chính');
    expect(markdown.indexOf('## Nhóm A')).toBeLessThan(markdown.indexOf('## Nhóm B'));
    expect(markdown).toContain('| B-001 | Xử lý văn bản đến | SHARED | DOCUMENT | 15 | 1 |  | E-Office (bắt buộc) |');
    expect(markdown).not.toContain('## Nhóm C');
  });
});
