/**
 * Spreadsheets people bring (CSV or XLSX, base64 over GraphQL): read into rows keyed by column,
 * one way for every import of the graph (the catalogue, history). Its own entry point
 * (`@kpi/platform/sheets`): only the subgraphs that import sheets load ExcelJS.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { registerEnumType } from 'type-graphql';
import { DomainError, ErrorCode, said } from '../errors.js';
import { described } from '../i18n/descriptions.js';

/** The file kinds every import and export of the graph reads and writes (one GraphQL enum, shared by the subgraphs). */
export enum SheetFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SheetFormat, {
  name: 'SheetFormat',
  description: described('The format of a spreadsheet sent or received', 'Định dạng bảng tính gửi đi hoặc nhận về'),
  valuesConfig: {
    CSV: { description: described('Comma-separated text, UTF-8', 'Văn bản phân cách bằng dấu phẩy, UTF-8') },
    XLSX: { description: described('An Excel workbook', 'Tệp Excel') },
  },
});

/** A column: its key (the header written on export) and its Vietnamese label, accepted as a header too. */
export interface SheetColumn<Key extends string = string> {
  key: Key;
  label: string;
}

export interface SheetShape<Key extends string> {
  columns: readonly SheetColumn<Key>[];
  /** Columns the header row must have. */
  required: readonly Key[];
  maxRows: number;
}

/** A sheet refused as a whole (unreadable, unknown columns, too long): nothing of it is judged. */
const invalid = (message: string) => new DomainError(ErrorCode.INVALID_IMPORT, message, { field: 'content' });

async function table(format: SheetFormat, base64: string): Promise<unknown[][]> {
  const bytes = Buffer.from(base64, 'base64');
  try {
    if (format === SheetFormat.CSV)
      return parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true }) as unknown[][];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1).map(cellValue)));
    return rows;
  } catch (error) {
    throw invalid(said.unreadableFile({ format, reason: (error as Error).message }));
  }
}

/** What a person typed in a cell: a hyperlink's or rich text's text, a date as its calendar day. */
function cellValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    if ('text' in value) return (value as { text: unknown }).text;
    if ('richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    if ('result' in value) return (value as { result: unknown }).result;
  }
  return value;
}

/**
 * The sheet's rows keyed by column (the header row maps keys or labels, in any order); an unknown
 * header is refused, never dropped silently. Row numbers as a person sees them: `index + 2`.
 */
export async function readSheet<Key extends string>(
  format: SheetFormat,
  base64: string,
  shape: SheetShape<Key>,
): Promise<Partial<Record<Key, unknown>>[]> {
  const byHeader = new Map<string, Key>(
    shape.columns.flatMap((c) => [
      [c.key.toLowerCase(), c.key],
      [c.label.toLowerCase(), c.key],
    ]),
  );
  const [headers = [], ...rows] = await table(format, base64);
  const keys = headers.map(
    (h) =>
      byHeader.get(
        String(h ?? '')
          .trim()
          .toLowerCase(),
      ) ?? null,
  );
  const unknown = headers.filter((h, i) => keys[i] === null && String(h ?? '').trim() !== '').map(String);
  if (unknown.length)
    throw invalid(said.unknownColumns({ unknown: unknown.join(', '), expected: shape.columns.map((c) => c.key).join(', ') }));
  const missing = shape.required.filter((key) => !keys.includes(key));
  if (missing.length) throw invalid(said.missingColumns({ missing: missing.join(', ') }));
  if (rows.length > shape.maxRows) throw invalid(`At most ${shape.maxRows.toLocaleString('en-US')} rows per import; split the file.`);
  return rows.map(
    (cells) => Object.fromEntries(keys.flatMap((key, i) => (key === null ? [] : [[key, cells[i]]]))) as Partial<Record<Key, unknown>>,
  );
}

/** A cell as trimmed text ('' when empty). */
export const cellText = (value: unknown) => String(value ?? '').trim();

/** A number as Vietnamese sheets write it too (1,5 for 1.5); NaN when it is none. */
export function cellNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = cellText(value).replace(/\s/g, '').replace(',', '.');
  return text === '' ? Number.NaN : Number(text);
}

/**
 * What every sheet the graph writes does with its header row: it stays in view while scrolling
 * (frozen) and filters each column.
 */
export function headerRow(sheet: ExcelJS.Worksheet, row: number, columns: number) {
  sheet.views = [{ state: 'frozen', ySplit: row }];
  sheet.autoFilter = { from: { row, column: 1 }, to: { row, column: columns } };
}
