import { currentLanguage, enumLabel, LANGUAGES, say } from '@kpi/platform';
import { UnitOfMeasure, WorkItemGroup } from '../entities/enums.js';
import { said, unitLabel } from '../messages.js';

/**
 * The catalogue's spreadsheet columns, in order. An export is headed by the keys in English and by
 * the labels in Vietnamese (messages.ts says them); an import accepts either, so a province's own
 * sheet and an export in either language import as they are.
 */
const KEYS = [
  'code',
  'name',
  'sector',
  'group',
  'unit',
  'standard_minutes',
  'coefficient',
  'criteria',
  'evidence',
  'evidence_required',
  'description',
  // Group C items are an agency's own list: the export names the owner, so the sheet imports back as it is.
  'owner_agency_id',
] as const;
export type ColumnKey = (typeof KEYS)[number];
/** Each column's key and its Vietnamese label (the heading of a Vietnamese export, accepted on import). */
export const COLUMNS = KEYS.map((key) => ({ key, label: say(`catalogue.sheet:${key}`, undefined, 'vi') }));

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

/** A unit as a sheet may write it: its code, or its label in either language (any case). */
let unitsByText: Map<string, UnitOfMeasure> | null = null;
function unitOf(text: string): UnitOfMeasure | null {
  unitsByText ??= new Map(
    Object.values(UnitOfMeasure).flatMap((unit) => [
      [unit.toLowerCase(), unit],
      ...LANGUAGES.map((language) => [enumLabel('UnitOfMeasure', unit, language).toLowerCase(), unit] as const),
    ]),
  );
  return unitsByText.get(text.toLowerCase()) ?? null;
}

/** The units as the current language lists them to a person fixing a row (English: the codes, as before). */
const unitChoices = () =>
  Object.values(UnitOfMeasure)
    .map((unit) => (currentLanguage() === 'en' ? unit : unitLabel(unit)))
    .join(', ');

function number(text: string): number {
  // Vietnamese sheets write 1,5 for 1.5.
  return Number(text.replace(/\s/g, '').replace(',', '.'));
}

/** Validates one row's own values; what needs the database (sector, limits, owner) is checked later. */
export function parseRow(raw: Partial<Record<ColumnKey, unknown>>): { row?: ParsedRow; errors: string[] } {
  const text = (key: ColumnKey) => String(raw[key] ?? '').trim();
  const errors: string[] = [];
  const code = text('code');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(code)) errors.push(said.rowCode());
  const name = text('name');
  if (!name) errors.push(said.rowName());
  const sector = text('sector');
  if (!sector) errors.push(said.rowSector());
  const group = text('group').toUpperCase();
  if (!(Object.values(WorkItemGroup) as string[]).includes(group)) errors.push(said.rowGroup());
  const unit = unitOf(text('unit'));
  if (!unit) errors.push(said.rowUnit({ units: unitChoices() }));
  const standardMinutes = number(text('standard_minutes'));
  if (!Number.isFinite(standardMinutes) || standardMinutes <= 0) errors.push(said.rowMinutes());
  const coefficient = number(text('coefficient'));
  if (!Number.isFinite(coefficient) || coefficient <= 0) errors.push(said.rowCoefficient());
  const required = text('evidence_required').toLowerCase();
  if (!TRUE.has(required) && !FALSE.has(required)) errors.push(said.rowEvidenceRequired());
  const owner = text('owner_agency_id');
  if (owner && !UUID.test(owner)) errors.push(said.rowOwnerShape());
  if (errors.length) return { errors };
  return {
    errors,
    row: {
      code,
      name,
      sector,
      group: group as WorkItemGroup,
      unit: unit!,
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
