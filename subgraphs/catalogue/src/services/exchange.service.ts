import { currentLanguage, DomainError, forbidden, formatDay } from '@kpi/platform';
import { headerRow, readSheet, SheetFormat } from '@kpi/platform/sheets';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { Sector, WorkItem, WorkItemGroup, type WorkItemVersion } from '../entities/index.js';
import { assertDate } from '../rules/dates.js';
import { assertItemValues } from '../rules/limits.js';
import { canManageItem } from '../rules/ownership.js';
import { COLUMNS, parseRow, type ParsedRow } from '../rules/spreadsheet.js';
import { versionOn } from '../rules/versions.js';
import { CatalogueStore } from '../store/catalogue.store.js';
import type { CatalogueContext } from './context.js';
import { header as heading, said, unitLabel } from '../messages.js';
import { limitsOn } from './limits.service.js';
import { assertReads } from './sector.service.js';
import { createItemIn, reviseItemIn } from './work-item.service.js';

const MAX_ROWS = 5000;

/** The catalogue's sheet: rows keyed by its columns (keys or Vietnamese labels as headers: what either language's export writes). */
const readCatalogueSheet = (format: SheetFormat, base64: string) =>
  readSheet(format, base64, { columns: COLUMNS, required: ['code'], maxRows: MAX_ROWS });

export interface ImportRowResult {
  row: number;
  code: string;
  action: 'CREATE' | 'REVISE' | 'UNCHANGED' | 'ERROR';
  errors: string[];
}

const sameAs = (version: WorkItemVersion, row: ParsedRow) =>
  version.name === row.name &&
  version.unit === row.unit &&
  Number(version.standardMinutes) === row.standardMinutes &&
  Number(version.coefficient) === row.coefficient &&
  (version.criteria ?? null) === row.criteria &&
  version.evidence === row.evidence &&
  version.evidenceRequired === row.evidenceRequired &&
  version.description === row.description;

interface ImportInput {
  format: SheetFormat;
  content: string;
  effectiveFrom: string;
  dryRun: boolean;
  ownerAgencyId?: string | null;
  reason?: string | null;
}

/** A valid row and what it changes: a new item in `sector`, or a new version of `item`. */
interface PlannedRow {
  row: ParsedRow;
  sector: Sector;
  item?: WorkItem;
  /** Group C: the agency whose list it joins. */
  ownerAgencyId: string | null;
}

/**
 * Imports a catalogue sheet: every row is validated (its values, the sector, the province's
 * limits, ownership, versions) and reported; only a sheet without errors is applied, all rows in
 * one transaction. A dry run reports and writes nothing. Group C rows belong to `ownerAgencyId`.
 */
export async function importCatalogue(ctx: CatalogueContext, input: ImportInput) {
  assertDate('effectiveFrom', input.effectiveFrom);
  if (ctx.identity.kind !== 'person') throw forbidden(said.catalogueImports());
  const raw = await readCatalogueSheet(input.format, input.content);
  const codes = raw.map((r) => String(r.code ?? '').trim());
  const facts = await importFacts(ctx, raw, codes, input.effectiveFrom);
  const results: ImportRowResult[] = [];
  const plan: PlannedRow[] = [];
  raw.forEach((cells, index) => {
    const { result, planned } = judgeRow(ctx, input, facts, cells, index, codes);
    results.push(result);
    if (planned) plan.push(planned);
  });
  const invalid = results.filter((r) => r.errors.length).length;
  if (input.dryRun || invalid > 0) return importReport(results, input.dryRun, false);
  await applyImport(ctx, input, plan);
  return importReport(results, input.dryRun, true);
}

/** What the rows are judged against, fetched once for the sheet: sectors, items, versions, limits. */
async function importFacts(ctx: CatalogueContext, raw: Record<string, unknown>[], codes: string[], effectiveFrom: string) {
  const store = new CatalogueStore(ctx.em);
  const sectors = new Map(
    (await store.sectorsByCodes([...new Set(raw.map((r) => String(r.sector ?? '').trim()))])).map((s) => [s.code, s]),
  );
  const existing = new Map((await store.itemsByCodes(codes)).map((i) => [i.code, i]));
  const versions = Map.groupBy(await store.versionsOf([...existing.values()].map((i) => i.id)), (v) => v.workItemId);
  const limits = await limitsOn(ctx, effectiveFrom);
  return { sectors, existing, versions, limits };
}

/** One row judged: its values, sector, limits, ownership and versions; what it would do, or why not. */
function judgeRow(
  ctx: CatalogueContext,
  input: ImportInput,
  { sectors, existing, versions, limits }: Awaited<ReturnType<typeof importFacts>>,
  cells: Record<string, unknown>,
  index: number,
  codes: string[],
): { result: ImportRowResult; planned?: PlannedRow } {
  const { row, errors } = parseRow(cells);
  const result: ImportRowResult = { row: index + 2, code: codes[index]!, action: 'ERROR', errors };
  if (!row) return { result };
  if (codes.indexOf(row.code) !== index) errors.push(said.rowTwice({ code: row.code, row: codes.indexOf(row.code) + 2 }));
  const sector = sectors.get(row.sector);
  if (!sector) errors.push(said.rowNoSector({ code: row.sector }));
  try {
    assertItemValues(limits, row);
  } catch (error) {
    errors.push(said.rowValue({ column: columnOf(String((error as DomainError).extensions.field)), problem: (error as Error).message }));
  }
  const item = existing.get(row.code);
  const ownerAgencyId = row.group === WorkItemGroup.C ? (row.ownerAgencyId ?? input.ownerAgencyId ?? null) : null;
  if (row.group === WorkItemGroup.C && !ownerAgencyId) errors.push(said.rowGroupCOwner());
  if (row.group !== WorkItemGroup.C && row.ownerAgencyId) errors.push(said.rowOnlyGroupCOwned());
  if (item && item.group === WorkItemGroup.C && ownerAgencyId && item.ownerAgencyId !== ownerAgencyId) errors.push(said.rowKeepsOwner());
  if (item && (item.group !== row.group || item.sectorId !== sector?.id)) errors.push(said.rowKeepsGroup());
  if (sector && !canManageItem(ctx.identity, item ?? { group: row.group, ownerAgencyId }, sector)) errors.push(said.rowNotOwned());
  if (item) {
    const itemVersions = versions.get(item.id) ?? [];
    // Approved versions only; a group C item still waiting for its head has none yet.
    const latest = itemVersions.at(-1);
    const current = versionOn(itemVersions, input.effectiveFrom);
    if (current && sameAs(current, row)) {
      if (!errors.length) result.action = 'UNCHANGED';
      return { result };
    }
    if (latest && input.effectiveFrom <= latest.effectiveFrom)
      errors.push(said.rowVersionExists({ from: formatDay(latest.effectiveFrom) }));
    if (!errors.length) result.action = 'REVISE';
  } else if (!errors.length) result.action = 'CREATE';
  return errors.length ? { result } : { result, planned: { row, sector: sector!, item, ownerAgencyId } };
}

/** The column a value's problem is in, as the row's message names it. */
const columnOf = (field: string) =>
  field === 'standardMinutes' ? said.fieldStandardMinutes() : field === 'coefficient' ? said.fieldCoefficient() : field;

/** Every planned row in one transaction: new items created, changed ones revised from the import's date. */
function applyImport(ctx: CatalogueContext, input: ImportInput, plan: PlannedRow[]) {
  return ctx.em.transactional(async (em: EntityManager) => {
    for (const { row, sector, item, ownerAgencyId } of plan) {
      const fields = { ...row, criteria: row.criteria ?? undefined, reason: input.reason ?? 'Catalogue import' };
      if (item) await reviseItemIn(ctx, em, item.id, { ...fields, effectiveFrom: input.effectiveFrom }, false);
      else
        await createItemIn(ctx, em, {
          ...fields,
          sectorId: sector.id,
          ownerAgencyId: ownerAgencyId ?? undefined,
          effectiveFrom: input.effectiveFrom,
        });
    }
  });
}

const importReport = (results: ImportRowResult[], dryRun: boolean, applied: boolean) => ({
  applied,
  dryRun,
  rows: results,
  created: results.filter((r) => r.action === 'CREATE').length,
  revised: results.filter((r) => r.action === 'REVISE').length,
  unchanged: results.filter((r) => r.action === 'UNCHANGED').length,
  invalid: results.filter((r) => r.errors.length).length,
});

/** The catalogue as it is on a date, as a sheet `importCatalogue` reads back. */
export async function exportCatalogue(
  ctx: CatalogueContext,
  input: { format: SheetFormat; on: string; sectorId?: string | null; group?: WorkItemGroup | null; ownerAgencyId?: string | null },
) {
  assertReads(ctx);
  assertDate('on', input.on);
  const store = ctx.loaders.store;
  const items = await store.itemsForExport({
    sectorIds: input.sectorId ? [input.sectorId] : undefined,
    groups: input.group ? [input.group] : undefined,
    ownerAgencyId: input.ownerAgencyId ?? undefined,
  });
  const sectors = new Map((await store.sectorsByIds([...new Set(items.map((i) => i.sectorId))])).map((s) => [s.id, s]));
  const versions = Map.groupBy(await store.versionsOf(items.map((i) => i.id)), (v) => v.workItemId);
  // Vietnamese writes units as people say them; English keeps the codes (both import back).
  const vietnamese = currentLanguage() === 'vi';
  const rows = items.flatMap((item) => {
    const version = versionOn(versions.get(item.id) ?? [], input.on);
    if (!version) return [];
    return [
      [
        item.code,
        version.name,
        sectors.get(item.sectorId)!.code,
        item.group,
        vietnamese ? unitLabel(version.unit) : version.unit,
        version.standardMinutes,
        version.coefficient,
        version.criteria ?? '',
        version.evidence,
        version.evidenceRequired ? heading.yes() : heading.no(),
        version.description,
        item.ownerAgencyId ?? '',
      ],
    ];
  });
  const header = COLUMNS.map((c) => heading[c.key]());
  const filename = `catalogue-${input.on}.${input.format.toLowerCase()}`;
  if (input.format === SheetFormat.CSV) {
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      encoding: 'base64',
      content: Buffer.from(`\uFEFF${stringifyCsv([header, ...rows])}`).toString('base64'),
      rows: rows.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(heading.sheetName());
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = [12, 60, 14, 8, 12, 12, 8, 50, 40, 10, 40, 38][i] ?? 12));
  headerRow(sheet, 1, header.length);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: Buffer.from(buffer as ArrayBuffer).toString('base64'),
    rows: rows.length,
  };
}
