import { demoId, newId } from '@kpi/platform';
import { generateCatalogue, REVISION_DATE } from '../catalogue/index.js';
import { generateProvince } from '../personnel/index.js';
import { addDays, DayKind, HOLIDAYS, isWorkingDay, todayInVietnam, workingDays } from '@kpi/diary/model';
import { generateAssignments } from './assignments.js';

/** mulberry32, as the other demos: the same people do the same work on every machine. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DIARY_COLUMNS = [
  'id',
  'employee_id',
  'agency_id',
  'division_id',
  'work_date',
  'work_item_id',
  'work_item_version',
  'standard_minutes',
  'coefficient',
  'quantity',
  'actual_minutes',
  'note',
  'evidence_ref',
  'evidence_required',
  'source',
  'external_id',
  'client',
  'status',
  'reviewed_by',
  'reviewed_at',
  'flags',
  'recorded_by',
  'created_at',
  'updated_at',
] as const;

export interface DemoDiaries {
  from: string;
  to: string;
  employees: number;
  /** Rows in DIARY_COLUMNS order, produced lazily: a year is tens of millions. */
  rows(): Generator<(string | number | boolean | null)[]>;
  leaves: { id: string; employeeId: string; fromDate: string; toDate: string; kind: string }[];
  /** Work assignments and their events, rows in ASSIGNMENT_COLUMNS and EVENT_COLUMNS order. */
  assignments: ReturnType<typeof generateAssignments>;
  mappings: { id: string; client: string; agencyId: string | null; documentType: string; workItemId: string }[];
}

/**
 * The demo province's recent diaries: every employee, every working day of the last `months`
 * months up to yesterday. Most people fill 6–8 hours a day; 5 % forget many days, 3 % declare
 * far more time than the standard (the outliers the province wants surfaced); some take leave.
 * Entries older than a week are mostly approved.
 */
export function generateDiaries({
  months = Number(process.env.KPI_DEMO_DIARY_MONTHS ?? 2),
  today = todayInVietnam(),
  seed = 2025,
  targetEmployees = Number(process.env.KPI_DEMO_EMPLOYEES ?? 7000),
} = {}): DemoDiaries {
  const province = generateProvince({ targetEmployees });
  const catalogue = generateCatalogue(province);
  const random = seeded(seed);
  const to = addDays(today, -1);
  const from = addDays(to, -Math.round(months * 30.4) + 1);
  const exceptions = new Map(HOLIDAYS.map(([day, kind]) => [day, kind as DayKind]));
  const days = workingDays(from, to, exceptions);
  const positions = new Map(province.positions.map((p) => [p.id, p]));
  const items = new Map(catalogue.items.map((i) => [i.id, i]));
  const groupA = catalogue.items.filter((i) => i.itemGroup === 'A').map((i) => i.id);
  const versions = Map.groupBy(catalogue.versions, (v) => v.workItemId);
  const described = Map.groupBy(catalogue.jobDescriptions, (j) => j.positionId);
  const weekAgo = addDays(today, -7);

  const leaves: DemoDiaries['leaves'] = [];
  const profiles = province.employees.map((employee) => {
    const roll = random();
    const profile = roll < 0.05 ? 'forgetful' : roll < 0.08 ? 'over-declarer' : 'steady';
    const onLeave = new Set<string>();
    if (employee.status === 'ON_LEAVE') {
      leaves.push({ id: demoId('leave', `${employee.code}/long`), employeeId: employee.id, fromDate: from, toDate: to, kind: 'SICK' });
      days.forEach((d) => onLeave.add(d));
    } else if (random() < 0.25) {
      const start = days[Math.floor(random() * days.length)]!;
      const length = 1 + Math.floor(random() * 4);
      const end = addDays(start, length - 1);
      leaves.push({
        id: demoId('leave', `${employee.code}/${start}`),
        employeeId: employee.id,
        fromDate: start,
        toDate: end,
        kind: 'ANNUAL',
      });
      days.filter((d) => d >= start && d <= end).forEach((d) => onLeave.add(d));
    }
    const position = positions.get(employee.positionId)!;
    const own = (described.get(position.id) ?? []).map((j) => j.workItemId);
    const pool = position.isLeadership ? [...groupA, ...own] : own;
    return { employee, profile, onLeave, pool };
  });

  const eofficeItem = catalogue.items.find((i) => i.code === 'B-001')!;
  const mappings = [
    { id: demoId('mapping', 'eoffice/VBDEN'), client: 'client:eoffice', agencyId: null, documentType: 'VBDEN', workItemId: eofficeItem.id },
    {
      id: demoId('mapping', 'eoffice/VBDI'),
      client: 'client:eoffice',
      agencyId: null,
      documentType: 'VBDI',
      workItemId: catalogue.items.find((i) => i.code === 'B-002')!.id,
    },
  ];

  function* rows(): Generator<(string | number | boolean | null)[]> {
    for (const { employee, profile, onLeave, pool } of profiles) {
      if (pool.length === 0) continue;
      for (const day of days) {
        if (onLeave.has(day)) continue;
        if (random() < (profile === 'forgetful' ? 0.3 : 0.02)) continue; // a forgotten day
        const target = profile === 'over-declarer' ? 480 + Math.floor(random() * 240) : 360 + Math.floor(random() * 110);
        let spent = 0;
        let count = 0;
        while (spent < target && count < 15) {
          let itemId = pool[Math.floor(random() * pool.length)]!;
          // Long items (a scheme, an inspection) are rarer than document handling and meetings.
          if (versions.get(itemId)![0]!.standardMinutes > 180 && random() < 0.75) itemId = pool[Math.floor(random() * pool.length)]!;
          const item = items.get(itemId)!;
          const history = versions.get(itemId)!;
          const version = history.length > 1 && day >= REVISION_DATE ? history[1]! : history[0]!;
          const standard = version.standardMinutes;
          // A long product (a scheme, an inspection) is logged as the part of it done that day.
          const quantity =
            standard > 120
              ? Math.max(0.05, Math.round(((30 + random() * 90) / standard) * 100) / 100)
              : Math.max(1, Math.round((20 + random() * 70) / standard));
          const factor = profile === 'over-declarer' ? 1.6 + random() * 0.8 : 0.8 + random() * 0.45;
          const actual = Math.max(5, Math.min(target - spent + 30, Math.round(standard * quantity * factor)));
          spent += actual;
          count += 1;
          const late = random() < (profile === 'forgetful' ? 0.3 : 0.04);
          const evidence = version.evidenceRequired && random() < 0.92 ? `${Math.floor(random() * 9000) + 1000}/${item.code}` : null;
          const flags: string[] = [];
          if (spent > 480) flags.push('OVER_STANDARD_DAY');
          if (actual > 2 * standard * quantity) flags.push('FAR_ABOVE_STANDARD');
          if (late) flags.push('LATE_DECLARATION');
          if (version.evidenceRequired && !evidence) flags.push('NO_EVIDENCE');
          const reviewed = day < weekAgo && random() < 0.93;
          const status = reviewed ? (flags.length && random() < 0.15 ? 'RETURNED' : 'APPROVED') : 'SUBMITTED';
          const fromEOffice = itemId === eofficeItem.id && random() < 0.6;
          const recordedAt = `${late ? addDays(day, 3 + Math.floor(random() * 5)) : day}T17:${String(Math.floor(random() * 59)).padStart(2, '0')}:00+07:00`;
          yield [
            newId(),
            employee.id,
            employee.agencyId,
            employee.divisionId,
            day,
            itemId,
            version.version,
            standard,
            version.coefficient,
            quantity,
            actual,
            null,
            evidence,
            version.evidenceRequired,
            fromEOffice ? 'EOFFICE' : 'MANUAL',
            fromEOffice ? `EO-${employee.code}-${day}-${count}` : null,
            fromEOffice ? 'client:eoffice' : null,
            status,
            reviewed ? 'demo-reviewer' : null,
            reviewed ? `${addDays(day, 5)}T09:00:00+07:00` : null,
            `{${flags.join(',')}}`,
            fromEOffice ? 'client:eoffice' : employee.id,
            recordedAt,
            recordedAt,
          ];
        }
      }
    }
  }

  // Assignments draw on their own random stream, so diaries stay the same whether or not they exist.
  const assignments = generateAssignments({
    employees: province.employees,
    days: days.filter((d) => d >= addDays(to, -45)),
    today,
    exceptions,
    poolOf: (employee) => (described.get(employee.positionId) ?? []).map((j) => j.workItemId),
    nameOf: (itemId) => versions.get(itemId)!.at(-1)!.name,
    random: seeded(seed + 1),
  });

  return { from, to, employees: province.employees.length, rows, leaves, mappings, assignments };
}

/** Whether a date is a working day in the shipped calendar (for tests and benchmarks). */
export const shippedWorkingDay = (day: string) => isWorkingDay(day, new Map(HOLIDAYS.map(([d, kind]) => [d, kind as DayKind])));
