import { describe, expect, it } from '@jest/globals';
import { actor, codeOf } from '@kpi/platform/testkit';
import { inLanguage, Role } from '@kpi/platform';
import { WorkItemGroup } from '../src/entities/enums.js';
import { headsAgency, needsApproval, type PersonFacts } from '../src/rules/approval.js';
import { assertPeriod } from '../src/rules/dates.js';
import { handbookMarkdown } from '../src/rules/handbook.js';
import { assertThresholds, classifyUsage, hygieneScope } from '../src/rules/hygiene.js';
import { assertExpectedMinutes, assertItemValues, assertWeights, type Limits } from '../src/rules/limits.js';
import { canManageItem, canManageSector, canReadCatalogue } from '../src/rules/ownership.js';
import { nameSimilarity, similarPairs } from '../src/rules/similarity.js';
import { parseRow } from '../src/rules/spreadsheet.js';
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

  it('people and the graph’s services read the catalogue; a bare integration client does not', () => {
    expect(canReadCatalogue(actor.staff({ id: 'e3', agencyId: 'stc' }))).toBe(true);
    expect(canReadCatalogue(actor.integrationClient())).toBe(false);
    expect(canReadCatalogue({ ...actor.integrationClient('bi'), roles: [Role.INTEGRATION_CLIENT, Role.PROVINCE_ANALYST] })).toBe(true);
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
  const print = () =>
    handbookMarkdown({ name: 'Sở Tài chính', code: 'STC' }, '2026-01-01', [
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

  it('groups items A–D in printable tables', () => {
    const markdown = inLanguage('vi', print);
    expect(markdown).toContain('# Sổ tay KPI — Sở Tài chính');
    expect(markdown.indexOf('## Nhóm A')).toBeLessThan(markdown.indexOf('## Nhóm B'));
    expect(markdown).toContain('| B-001 | Xử lý văn bản đến | SHARED | DOCUMENT | 15 | 1 |  | E-Office (bắt buộc) |');
    expect(markdown).not.toContain('## Nhóm C');
    expect(markdown).toContain('Danh mục đầu công việc áp dụng từ ngày 01/01/2026 (mã cơ quan STC).');
  });

  it('prints in English when asked in English', () => {
    const markdown = inLanguage('en', print);
    expect(markdown).toContain('# KPI handbook — Sở Tài chính');
    expect(markdown.indexOf('## Group A')).toBeLessThan(markdown.indexOf('## Group B'));
    expect(markdown).toContain('| Code | Work item | Sector | Unit | Standard time (minutes) | Coefficient | Criteria | Evidence |');
    expect(markdown).toContain('| B-001 | Xử lý văn bản đến | SHARED | DOCUMENT | 15 | 1 |  | E-Office (required) |');
    expect(markdown).toContain('The work items in force from 2026-01-01 (agency code STC).');
  });
});

describe('group C approval', () => {
  const person = (over: Partial<PersonFacts>): PersonFacts => ({
    id: 'e1',
    agencyId: 'snv',
    divisionId: null,
    status: 'ACTIVE',
    position: { isLeadership: true },
    ...over,
  });

  it('only an agency’s own list (group C) waits for approval', () => {
    expect(needsApproval({ group: WorkItemGroup.C })).toBe(true);
    for (const group of [WorkItemGroup.A, WorkItemGroup.B, WorkItemGroup.D]) expect(needsApproval({ group })).toBe(false);
  });

  it('the head is a leader of the agency itself, in service; a division’s leader heads only the division', () => {
    expect(headsAgency(person({}), 'snv')).toBe(true); // the director, or a deputy signing for them
    expect(headsAgency(person({ agencyId: 'stc' }), 'snv')).toBe(false); // another agency's director
    expect(headsAgency(person({ divisionId: 'snv-p01' }), 'snv')).toBe(false); // a division head
    expect(headsAgency(person({ divisionId: 'snv-p01' }), 'snv-p01')).toBe(true); // …heads a division's own list
    expect(headsAgency(person({ position: { isLeadership: false } }), 'snv')).toBe(false); // the HR officer, whatever their roles
    expect(headsAgency(person({ position: null }), 'snv')).toBe(false);
    expect(headsAgency(person({ status: 'RETIRED' }), 'snv')).toBe(false);
    expect(headsAgency(person({ status: 'SUSPENDED' }), 'snv')).toBe(false);
    expect(headsAgency(null, 'snv')).toBe(false);
    expect(headsAgency(person({}), null)).toBe(false); // items of other groups have no owner agency
  });
});

describe('catalogue hygiene', () => {
  const t = { rarelyBelow: 5, farFactor: 1.5, minEntries: 10 };
  const use = (entries: number, actualMinutes = entries * 60, standardMinutes = entries * 60) => ({
    entries,
    employees: Math.min(entries, 3),
    actualMinutes,
    standardMinutes,
  });

  it('sorts items into never used, rarely used (fewest first) and far from standard (farthest first, either way)', () => {
    const lists = classifyUsage(
      [
        { item: 'unused', usage: use(0, 0, 0) },
        { item: 'twice', usage: use(2) },
        { item: 'once', usage: use(1) },
        { item: 'four', usage: use(4) },
        { item: 'five', usage: use(5) }, // not rarely: the threshold is "below 5"
        { item: 'on-standard', usage: use(40, 2600, 2400) },
        { item: 'slow', usage: use(12, 1900, 1200) }, // 1.58 > 1.5
        { item: 'fast', usage: use(20, 300, 1200) }, // 0.25 < 1 / 1.5
        { item: 'edge', usage: use(20, 1800, 1200) }, // exactly 1.5: not beyond
        { item: 'few', usage: use(9, 2700, 540) }, // 5× but fewer than minEntries
      ],
      t,
    );
    expect(lists.neverUsed).toEqual(['unused']);
    expect(lists.rarelyUsed.map((r) => [r.workItem, r.entries])).toEqual([
      ['once', 1],
      ['twice', 2],
      ['four', 4],
    ]);
    expect(lists.farFromStandard).toEqual([
      { workItem: 'fast', entries: 20, actualMinutes: 300, standardMinutes: 1200, actualToStandard: 0.25 },
      { workItem: 'slow', entries: 12, actualMinutes: 1900, standardMinutes: 1200, actualToStandard: 1.58 },
    ]);
  });

  it('3× over and 3× under are equally far', () => {
    const { farFromStandard } = classifyUsage(
      [
        { item: 'under', usage: use(10, 200, 600) },
        { item: 'over', usage: use(10, 1800, 600) },
        { item: 'far-over', usage: use(10, 2400, 600) },
      ],
      t,
    );
    expect(farFromStandard[0]!.workItem).toBe('far-over');
    expect(
      farFromStandard
        .slice(1)
        .map((f) => f.workItem)
        .sort(),
    ).toEqual(['over', 'under']);
  });

  it('refuses thresholds and periods that mean nothing', () => {
    expect(code(() => assertThresholds(t))).toBeNull();
    expect(code(() => assertThresholds({ ...t, rarelyBelow: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertThresholds({ ...t, farFactor: 1 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertThresholds({ ...t, farFactor: 0.5 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertThresholds({ ...t, minEntries: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertPeriod('2026-01-01', '2026-12-31'))).toBeNull();
    expect(code(() => assertPeriod('2024-01-01', '2024-12-31'))).toBeNull(); // a leap year: 366 days
    expect(code(() => assertPeriod('2026-01-01', '2027-01-02'))).toBe('BAD_USER_INPUT');
    expect(code(() => assertPeriod('2026-02-01', '2026-01-31'))).toBe('BAD_USER_INPUT');
  });

  it('province roles read all of it, a list’s keepers what they keep, staff and clients nothing', () => {
    expect(hygieneScope(actor.provinceAnalyst())).toBe('all');
    expect(hygieneScope(actor.provinceAdmin())).toBe('all');
    expect(hygieneScope(actor.person('e1', [Role.STAFF, Role.CATALOGUE_ADMIN], ['stc']))).toBe('kept');
    expect(hygieneScope(actor.agencyAdmin({ id: 'e2', agencyId: 'xdk' }))).toBe('kept');
    expect(hygieneScope(actor.unitHead({ id: 'e3', agencyId: 'xdk' }, 'xdk-p01'))).toBeNull();
    expect(hygieneScope(actor.staff({ id: 'e4', agencyId: 'xdk' }))).toBeNull();
    expect(hygieneScope(actor.integrationClient())).toBeNull();
    expect(hygieneScope({ ...actor.integrationClient('bi'), roles: [Role.INTEGRATION_CLIENT, Role.PROVINCE_ANALYST] })).toBe('all');
  });
});

describe('in both languages', () => {
  const message = (rule: () => unknown) => {
    try {
      rule();
    } catch (error) {
      return (error as Error).message;
    }
    return null;
  };
  const weights = { quantity: 40, timeliness: 20, quality: 20, proactivity: 5, coordination: 5, creativity: 5, overdue: 4 };

  it('refuses in Vietnamese with the values as Vietnamese writes them, and in English as before', () => {
    expect(inLanguage('vi', () => message(() => assertWeights(LIMITS, weights)))).toBe(
      'Tổng trọng số của 7 chỉ tiêu phải bằng 100; hiện tổng là 99.',
    );
    expect(inLanguage('en', () => message(() => assertWeights(LIMITS, weights)))).toBe(
      'The 7 indicator weights must sum to 100; they sum to 99.',
    );
    expect(inLanguage('vi', () => message(() => assertItemValues(LIMITS, { standardMinutes: 30, coefficient: 0.25 })))).toBe(
      'Hệ số phải từ 0,5 đến 3.',
    );
    expect(inLanguage('vi', () => message(() => assertStartsAfter({ effectiveFrom: '2025-07-01', effectiveTo: null }, '2025-03-01')))).toBe(
      'Phiên bản mới phải bắt đầu sau bản gần nhất, bản bắt đầu từ ngày 01/07/2025; ngày nhận được là 01/03/2025.',
    );
    expect(inLanguage('en', () => message(() => assertStartsAfter({ effectiveFrom: '2025-07-01', effectiveTo: null }, '2025-03-01')))).toBe(
      'A new version must start after the latest one, which starts on 2025-07-01; got 2025-03-01.',
    );
  });

  it('reads a unit written as its code or its label in either language, and says a row’s problems in the sheet’s words', () => {
    const base = {
      code: 'FIN-099',
      name: 'Thẩm định',
      sector: 'FINANCE',
      group: 'D',
      standard_minutes: '240',
      coefficient: '1',
      evidence_required: 'không',
    };
    for (const unit of ['DOSSIER', 'Hồ sơ', 'hồ sơ', 'Dossier'])
      expect(inLanguage('vi', () => parseRow({ ...base, unit })).row?.unit).toBe('DOSSIER');
    const bad = { ...base, unit: 'giờ', standard_minutes: '0' };
    expect(inLanguage('vi', () => parseRow(bad)).errors).toEqual([
      expect.stringMatching(/^Đơn vị tính: một trong Văn bản, Hồ sơ, /),
      'Thời gian chuẩn (phút): một số phút lớn hơn 0',
    ]);
    expect(inLanguage('en', () => parseRow(bad)).errors).toEqual([
      'unit: one of DOCUMENT, DOSSIER, REPORT, MEETING, INSPECTION, SESSION, CASE, VISIT, EVENT, PLAN, CONTRACT, DAY, ITEM',
      'standard_minutes: a number of minutes above 0',
    ]);
  });
});
