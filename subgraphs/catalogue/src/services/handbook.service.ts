import { currentLanguage, DomainError } from '@kpi/platform';
import { headerRow } from '@kpi/platform/sheets';
import { ErrorCode } from '../errors.js';
import ExcelJS from 'exceljs';
import { marked } from 'marked';
import { WorkItem, WorkItemGroup } from '../entities/index.js';
import { assertDate } from '../rules/dates.js';
import { handbookMarkdown, PRINT_CSS, type HandbookItem } from '../rules/handbook.js';
import { versionOn } from '../rules/versions.js';
import * as personnel from '../peers/personnel.js';
import type { CatalogueContext } from './context.js';
import { handbook, said, unitLabel } from '../messages.js';
import { assertReads } from './sector.service.js';

export type HandbookFormat = 'MARKDOWN' | 'HTML' | 'XLSX';

/**
 * An agency's KPI handbook (sổ tay KPI) on a date: group A and B items, its own group C list, and
 * the group D items of the sectors it belongs to (its sectors come from personnel, through the
 * graph). As Markdown, as printable HTML, or as a spreadsheet, in the request's language: sectors
 * by name and units by label, never as codes. The file's name is the same in both languages.
 */
export async function kpiHandbook(ctx: CatalogueContext, agencyId: string, format: HandbookFormat, on: string) {
  assertReads(ctx);
  assertDate('on', on);
  const agency = await personnel.agency(ctx.peers, agencyId);
  if (!agency) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noAgency({ id: agencyId }), { field: 'agencyId' });
  const rows = await handbookRows(ctx, agency, on);
  const markdown = handbookMarkdown(agency, on, rows);
  const base = `so-tay-kpi-${agency.code.toLowerCase()}-${on}`;
  if (format === 'MARKDOWN')
    return { filename: `${base}.md`, contentType: 'text/markdown; charset=utf-8', encoding: 'utf8', content: markdown, rows: rows.length };
  if (format === 'HTML') {
    const html = `<!doctype html><html lang="${currentLanguage()}"><head><meta charset="utf-8"><title>${handbook.title({ agency: agency.name })}</title><style>${PRINT_CSS}</style></head><body>${await marked.parse(markdown)}</body></html>`;
    return { filename: `${base}.html`, contentType: 'text/html; charset=utf-8', encoding: 'utf8', content: html, rows: rows.length };
  }
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: await handbookWorkbook(agency.name, rows),
    rows: rows.length,
  };
}

/** The items in the agency's handbook as they are on the date, by group and code. */
async function handbookRows(ctx: CatalogueContext, agency: personnel.AgencyFacts, on: string): Promise<HandbookItem[]> {
  const store = ctx.loaders.store;
  const sectors = await store.sectorsByCodes(agency.sectorCodes);
  const [shared, own, sectorItems] = await Promise.all([
    store.itemsForExport({ groups: [WorkItemGroup.A, WorkItemGroup.B] }),
    store.itemsForExport({ ownerAgencyId: agency.id }),
    sectors.length
      ? store.itemsForExport({ sectorIds: sectors.map((s) => s.id), groups: [WorkItemGroup.D] })
      : Promise.resolve([] as WorkItem[]),
  ]);
  const items = [...shared, ...own, ...sectorItems];
  const sectorNames = new Map((await store.sectorsByIds([...new Set(items.map((i) => i.sectorId))])).map((s) => [s.id, s.name]));
  const versions = Map.groupBy(await store.versionsOf(items.map((i) => i.id)), (v) => v.workItemId);
  return items
    .flatMap((item) => {
      const version = versionOn(versions.get(item.id) ?? [], on);
      if (!version) return [];
      return [
        {
          code: item.code,
          group: item.group,
          sector: sectorNames.get(item.sectorId)!,
          name: version.name,
          unit: unitLabel(version.unit),
          standardMinutes: Number(version.standardMinutes),
          coefficient: Number(version.coefficient),
          criteria: version.criteria,
          evidence: version.evidence,
          evidenceRequired: version.evidenceRequired,
        },
      ];
    })
    .sort((a, b) => a.group.localeCompare(b.group) || a.code.localeCompare(b.code));
}

const sheetHeaders = () => [
  handbook.group(),
  handbook.code(),
  handbook.item(),
  handbook.sector(),
  handbook.unit(),
  handbook.minutes(),
  handbook.coefficient(),
  handbook.criteria(),
  handbook.evidence(),
  handbook.evidenceRequired(),
];
const SHEET_WIDTHS = [6, 12, 60, 14, 12, 12, 8, 50, 40, 10];

/** The handbook as a spreadsheet (base64 of the .xlsx), headed in the request's language. */
async function handbookWorkbook(agencyName: string, rows: HandbookItem[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const headers = sheetHeaders();
  const sheet = workbook.addWorksheet(handbook.sheetName());
  sheet.addRow([handbook.title({ agency: agencyName })]).font = { bold: true, size: 14 };
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows)
    sheet.addRow([
      r.group,
      r.code,
      r.name,
      r.sector,
      r.unit,
      r.standardMinutes,
      r.coefficient,
      r.criteria ?? '',
      r.evidence,
      r.evidenceRequired ? handbook.yes() : handbook.no(),
    ]);
  sheet.columns.forEach((column, i) => (column.width = SHEET_WIDTHS[i] ?? 12));
  headerRow(sheet, 2, headers.length);
  // Printed like the HTML handbook: landscape, as wide as the page, the headings on every page.
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}
