import { WorkItemGroup } from '../entities/enums.js';

export interface HandbookItem {
  code: string;
  group: WorkItemGroup;
  sector: string;
  name: string;
  unit: string;
  standardMinutes: number;
  coefficient: number;
  criteria: string | null;
  evidence: string;
  evidenceRequired: boolean;
}

const GROUP_TITLES: Record<WorkItemGroup, string> = {
  A: 'Nhóm A — Công việc gắn với vị trí lãnh đạo, quản lý',
  B: 'Nhóm B — Danh mục dùng chung toàn tỉnh',
  C: 'Nhóm C — Danh mục riêng của cơ quan, đơn vị',
  D: 'Nhóm D — Công việc chuyên môn của ngành, lĩnh vực',
};

const cell = (text: string | number | null) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/** The agency's KPI handbook (sổ tay KPI) as Markdown: its items grouped A–D, ready to print. */
export function handbookMarkdown(agency: { name: string; code: string }, on: string, items: HandbookItem[]): string {
  const lines = [
    `# Sổ tay KPI — ${agency.name}`,
    '',
    `Danh mục đầu công việc áp dụng từ ngày ${on.split('-').reverse().join('/')} (mã cơ quan ${agency.code}). ` +
      'Điểm một đầu việc = số lượng × thời gian chuẩn × hệ số.',
    '',
  ];
  for (const group of Object.values(WorkItemGroup)) {
    const inGroup = items.filter((item) => item.group === group);
    if (!inGroup.length) continue;
    lines.push(
      `## ${GROUP_TITLES[group]}`,
      '',
      '| Mã | Đầu công việc | Lĩnh vực | Đơn vị tính | Thời gian chuẩn (phút) | Hệ số | Tiêu chí | Minh chứng |',
      '|---|---|---|---|---:|---:|---|---|',
    );
    for (const item of inGroup)
      lines.push(
        `| ${cell(item.code)} | ${cell(item.name)} | ${cell(item.sector)} | ${cell(item.unit)} | ${item.standardMinutes} | ${item.coefficient} | ${cell(item.criteria ?? '')} | ${cell(item.evidence)}${item.evidenceRequired ? ' (bắt buộc)' : ''} |`,
      );
    lines.push('');
  }
  lines.push(`_${items.length} đầu công việc._`, '');
  return lines.join('\n');
}

export const PRINT_CSS = `body{font-family:"Times New Roman",serif;font-size:12pt;margin:2cm;color:#000}
h1{font-size:18pt;text-align:center}h2{font-size:14pt;margin-top:1.5em;page-break-after:avoid}
table{border-collapse:collapse;width:100%;page-break-inside:auto}tr{page-break-inside:avoid}
th,td{border:1px solid #444;padding:4px 6px;vertical-align:top}th{background:#eee}
@page{size:A4 landscape;margin:1.5cm}`;
