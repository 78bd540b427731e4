import { demoId, foldVietnamese } from '@kpi/platform';
import { generateProvince } from '../personnel/index.js';
import { INDICATORS } from '@kpi/catalogue/model';
import { SECTOR_STANDARDS, SECTORS, WORK_ITEMS, type WorkItemSpec } from './catalogue.data.js';

/** When the demo catalogue takes effect, and when its first revision does. */
export const CATALOGUE_START = '2025-01-01';
export const REVISION_DATE = '2025-07-01';

export interface DemoCatalogue {
  sectors: { id: string; code: string; name: string; isVertical: boolean; ownerAgencyId: string; description: string }[];
  items: { id: string; code: string; sectorId: string; itemGroup: string; ownerAgencyId: string | null }[];
  versions: {
    id: string;
    workItemId: string;
    version: number;
    effectiveFrom: string;
    effectiveTo: string | null;
    name: string;
    searchName: string;
    description: string;
    unit: string;
    standardMinutes: number;
    coefficient: number;
    criteria: string | null;
    evidence: string;
    evidenceRequired: boolean;
    reason: string | null;
  }[];
  jobDescriptions: { positionId: string; workItemId: string; agencyId: string }[];
  standards: Record<string, unknown>[];
}

const agencyId = (code: string) => demoId('agency', code);

/**
 * The demo catalogue for the demo province: the data in catalogue.data.ts, with ids derived from
 * codes (the same way personnel's demo derives them), a mid-2025 revision of a few items (so
 * "the item as it was on date D" has something to show), and generated job descriptions: each
 * demo position performs the items of its category from the shared list, its agency's sectors
 * and its agency's own list.
 */
export function generateCatalogue(province = generateProvince()): DemoCatalogue {
  const sectorId = (code: string) => demoId('sector', code);
  const itemId = (code: string) => demoId('work-item', code);
  const sectors = SECTORS.map((s) => ({
    id: sectorId(s.code),
    code: s.code,
    name: s.name,
    isVertical: s.isVertical,
    ownerAgencyId: agencyId(s.ownerAgencyCode),
    description: s.description,
  }));
  const items = WORK_ITEMS.map((w) => ({
    id: itemId(w.code),
    code: w.code,
    sectorId: sectorId(w.sectorCode),
    itemGroup: w.group,
    ownerAgencyId: w.ownerAgencyCode ? agencyId(w.ownerAgencyCode) : null,
  }));
  const versions: DemoCatalogue['versions'] = [];
  WORK_ITEMS.forEach((w, index) => {
    const base = {
      workItemId: itemId(w.code),
      name: w.name,
      searchName: foldVietnamese(w.name),
      description: w.description,
      unit: w.unit,
      criteria: w.criteria ?? null,
      evidence: w.evidence,
      evidenceRequired: w.evidenceRequired,
    };
    // Every seventh item was re-timed in July 2025: the working group's first streamlining pass.
    const revised = index % 7 === 3;
    versions.push({
      ...base,
      id: demoId('work-item-version', `${w.code}/1`),
      version: 1,
      effectiveFrom: CATALOGUE_START,
      effectiveTo: revised ? '2025-06-30' : null,
      standardMinutes: w.standardMinutes,
      coefficient: w.coefficient,
      reason: 'Danh mục ban đầu',
    });
    if (revised)
      versions.push({
        ...base,
        id: demoId('work-item-version', `${w.code}/2`),
        version: 2,
        effectiveFrom: REVISION_DATE,
        effectiveTo: null,
        standardMinutes: Math.max(5, Math.round(w.standardMinutes * 0.85)),
        coefficient: w.coefficient,
        reason: 'Rà soát, điều chỉnh thời gian chuẩn theo thực tế',
      });
  });
  const byCategory = (spec: WorkItemSpec, category: string) => (spec.categories as string[]).includes(category);
  const agencies = new Map(province.agencies.map((a) => [a.id, a]));
  const jobDescriptions: DemoCatalogue['jobDescriptions'] = [];
  for (const position of province.positions) {
    const agency = agencies.get(position.agencyId)!;
    const performs = WORK_ITEMS.filter((w) => {
      if (w.group === 'A') return false; // leadership positions get group A automatically
      if (!byCategory(w, position.category)) return false;
      if (w.group === 'B') return true;
      if (w.group === 'C') return w.ownerAgencyCode === agency.code;
      return agency.sectorCodes.includes(w.sectorCode);
    });
    for (const w of performs) jobDescriptions.push({ positionId: position.id, workItemId: itemId(w.code), agencyId: position.agencyId });
  }
  const standards = SECTOR_STANDARDS.map((s) => ({
    id: demoId('standard', `${s.sectorCode}/${s.category}`),
    sectorId: sectorId(s.sectorCode),
    positionCategory: s.category,
    effectiveFrom: CATALOGUE_START,
    expectedMinutesPerMonth: s.expectedMinutesPerMonth,
    ...Object.fromEntries(INDICATORS.map((i) => [`weight${i[0]!.toUpperCase()}${i.slice(1)}`, s.weights[i]])),
  }));
  return { sectors, items, versions, jobDescriptions, standards };
}
