import { formatDay } from '@kpi/platform';
import { WorkItemGroup } from '../entities/enums.js';
import { handbook as said, num } from '../messages.js';

/** An item as the handbook prints it: its sector and unit already as people read them (names, labels). */
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

const GROUP_TITLES: Record<WorkItemGroup, () => string> = { A: said.groupA, B: said.groupB, C: said.groupC, D: said.groupD };

const cell = (text: string | number | null) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/** The agency's KPI handbook (sổ tay KPI) as Markdown, in the request's language: its items grouped A–D, ready to print. */
export function handbookMarkdown(agency: { name: string; code: string }, on: string, items: HandbookItem[]): string {
  const lines = [`# ${said.title({ agency: agency.name })}`, '', said.intro({ on: formatDay(on), code: agency.code }), ''];
  for (const group of Object.values(WorkItemGroup)) {
    const inGroup = items.filter((item) => item.group === group);
    if (!inGroup.length) continue;
    lines.push(
      `## ${GROUP_TITLES[group]()}`,
      '',
      `| ${[said.code(), said.item(), said.sector(), said.unit(), said.minutes(), said.coefficient(), said.criteria(), said.evidence()].join(' | ')} |`,
      '|---|---|---|---|---:|---:|---|---|',
    );
    for (const item of inGroup)
      lines.push(
        `| ${cell(item.code)} | ${cell(item.name)} | ${cell(item.sector)} | ${cell(item.unit)} | ${num(item.standardMinutes)} | ${num(item.coefficient)} | ${cell(item.criteria ?? '')} | ${cell(item.evidence)}${item.evidenceRequired ? ` (${said.required()})` : ''} |`,
      );
    lines.push('');
  }
  lines.push(`_${said.count({ count: num(items.length) })}_`, '');
  return lines.join('\n');
}

export const PRINT_CSS = `body{font-family:"Times New Roman",serif;font-size:12pt;margin:2cm;color:#000}
h1{font-size:18pt;text-align:center}h2{font-size:14pt;margin-top:1.5em;page-break-after:avoid}
table{border-collapse:collapse;width:100%;page-break-inside:auto}tr{page-break-inside:avoid}
th,td{border:1px solid #444;padding:4px 6px;vertical-align:top}th{background:#eee}
@page{size:A4 landscape;margin:1.5cm}`;
