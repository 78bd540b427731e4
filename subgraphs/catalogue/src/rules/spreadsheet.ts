import { UnitOfMeasure, WorkItemGroup } from '../entities/enums.js';

/**
 * The catalogue's spreadsheet columns, in order. Headers are the keys; Vietnamese labels are
 * accepted too, so a province's own sheet imports as it is.
 */
export const COLUMNS = [
  { key: 'code', label: 'Mã' },
  { key: 'name', label: 'Tên đầu công việc' },
  { key: 'sector', label: 'Lĩnh vực' },
  { key: 'group', label: 'Nhóm' },
  { key: 'unit', label: 'Đơn vị tính' },
  { key: 'standard_minutes', label: 'Thời gian chuẩn (phút)' },
  { key: 'coefficient', label: 'Hệ số' },
  { key: 'criteria', label: 'Tiêu chí định lượng' },
  { key: 'evidence', label: 'Minh chứng' },
  { key: 'evidence_required', label: 'Bắt buộc minh chứng' },
  { key: 'description', label: 'Mô tả' },
  // Group C items are an agency's own list: the export names the owner, so the sheet imports back as it is.
  { key: 'owner_agency_id', label: 'Cơ quan sở hữu (mã định danh)' },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

export interface ParsedRow {
  code: string;
  name: string;
  sector: string;
  group: WorkItemGroup;
  unit: UnitOfMeasure;
  standardMinutes: number;
  coefficient: number;
  criteria: string | null;
  evidence: string;
  evidenceRequired: boolean;
  description: string;
  /** Group C: the agency whose own list it is (empty: the import's ownerAgencyId). */
  ownerAgencyId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE = new Set(['true', 'yes', 'x', '1', 'có', 'co']);
const FALSE = new Set(['false', 'no', '', '0', 'không', 'khong']);

function number(text: string): number {
  // Vietnamese sheets write 1,5 for 1.5.
  return Number(text.replace(/\s/g, '').replace(',', '.'));
}

/** Validates one row's own values; what needs the database (sector, limits, owner) is checked later. */
export function parseRow(raw: Partial<Record<ColumnKey, unknown>>): { row?: ParsedRow; errors: string[] } {
  const text = (key: ColumnKey) => String(raw[key] ?? '').trim();
  const errors: string[] = [];
  const code = text('code');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(code)) errors.push('code: 1–32 letters, digits, dots, dashes or underscores');
  const name = text('name');
  if (!name) errors.push('name: must not be empty');
  const sector = text('sector');
  if (!sector) errors.push('sector: give the sector code');
  const group = text('group').toUpperCase();
  if (!(Object.values(WorkItemGroup) as string[]).includes(group)) errors.push('group: one of A, B, C, D');
  const unit = text('unit').toUpperCase();
  if (!(Object.values(UnitOfMeasure) as string[]).includes(unit)) errors.push(`unit: one of ${Object.values(UnitOfMeasure).join(', ')}`);
  const standardMinutes = number(text('standard_minutes'));
  if (!Number.isFinite(standardMinutes) || standardMinutes <= 0) errors.push('standard_minutes: a number of minutes above 0');
  const coefficient = number(text('coefficient'));
  if (!Number.isFinite(coefficient) || coefficient <= 0) errors.push('coefficient: a number above 0');
  const required = text('evidence_required').toLowerCase();
  if (!TRUE.has(required) && !FALSE.has(required)) errors.push('evidence_required: yes or no');
  const owner = text('owner_agency_id');
  if (owner && !UUID.test(owner)) errors.push('owner_agency_id: the agency’s id as the export writes it, or empty');
  if (errors.length) return { errors };
  return {
    errors,
    row: {
      code,
      name,
      sector,
      group: group as WorkItemGroup,
      unit: unit as UnitOfMeasure,
      standardMinutes,
      coefficient,
      criteria: text('criteria') || null,
      evidence: text('evidence'),
      evidenceRequired: TRUE.has(required),
      description: text('description'),
      ownerAgencyId: owner || null,
    },
  };
}
