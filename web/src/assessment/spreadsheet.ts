/**
 * The assessment as an Excel workbook, built in the browser with exceljs (the field's standard on
 * npm; the `xlsx` package there is a stale 0.18). Loaded only when someone downloads (a dynamic
 * import: its ~1 MB never weighs on a screen).
 */
export interface SheetRow {
  rank: number | null;
  code: string;
  name: string;
  category: string;
  months: number;
  kpiScore: number | null;
  kpiPoints: number | null;
  otherCriteria: number | null;
  total: number | null;
  level: string;
  note: string;
  status: string;
}

export async function downloadWorkbook(fileName: string, title: string, headers: Record<keyof SheetRow, string>, rows: SheetRow[]) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  const keys = Object.keys(headers) as (keyof SheetRow)[];
  sheet.columns = keys.map((key) => ({ header: headers[key], key, width: key === 'name' || key === 'level' || key === 'note' ? 28 : 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
