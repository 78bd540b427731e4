import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { cellNumber, readSheet, SheetFormat, type SheetShape } from '../src/sheets/index.js';

const SHAPE: SheetShape<'code' | 'name' | 'date' | 'quantity'> = {
  columns: [
    { key: 'code', label: 'Mã' },
    { key: 'name', label: 'Tên' },
    { key: 'date', label: 'Ngày' },
    { key: 'quantity', label: 'Số lượng' },
  ],
  required: ['code', 'date'],
  maxRows: 3,
};
const csv = (text: string) => Buffer.from(text).toString('base64');
const codeOf = async (read: Promise<unknown>) => {
  try {
    await read;
    return null;
  } catch (error) {
    return [(error as { extensions: { code: string } }).extensions.code, (error as Error).message];
  }
};

describe('reading a sheet people bring', () => {
  it('maps keys or Vietnamese labels in any order, with a byte-order mark, into rows by key', async () => {
    const rows = await readSheet(SheetFormat.CSV, csv('\uFEFFNgày,Mã,quantity\n2026-10-01,A-1,"1,5"\n2026-10-02,A-2,2\n'), SHAPE);
    expect(rows).toEqual([
      { date: '2026-10-01', code: 'A-1', quantity: '1,5' },
      { date: '2026-10-02', code: 'A-2', quantity: '2' },
    ]);
    expect(cellNumber(rows[0]!.quantity)).toBe(1.5);
    expect(cellNumber('')).toBeNaN();
  });

  it('reads an XLSX sheet: its dates as calendar days, rich text as its text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(['code', 'date', 'name']);
    sheet.addRow(['B-1', new Date(Date.UTC(2026, 9, 5)), { richText: [{ text: 'Văn ' }, { text: 'bản' }] }]);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(await readSheet(SheetFormat.XLSX, base64, SHAPE)).toEqual([{ code: 'B-1', date: '2026-10-05', name: 'Văn bản' }]);
  });

  it('refuses the whole sheet, saying why, when a column is unknown or missing, it is too long or unreadable', async () => {
    expect(await codeOf(readSheet(SheetFormat.CSV, csv('code,date,Ghi chú\nA,2026-10-01,x\n'), SHAPE))).toEqual([
      'INVALID_IMPORT',
      'Unknown columns: Ghi chú. Expected: code, name, date, quantity.',
    ]);
    expect(await codeOf(readSheet(SheetFormat.CSV, csv('code,name\nA,x\n'), SHAPE))).toEqual([
      'INVALID_IMPORT',
      'The first row must be the header row, with the columns date.',
    ]);
    expect(await codeOf(readSheet(SheetFormat.CSV, csv(`code,date\n${'A,2026-10-01\n'.repeat(4)}`), SHAPE))).toEqual([
      'INVALID_IMPORT',
      'At most 3 rows per import; split the file.',
    ]);
    expect((await codeOf(readSheet(SheetFormat.XLSX, csv('not a workbook'), SHAPE)))![0]).toBe('INVALID_IMPORT');
  });
});
