import { forbidden, newId, NO_PROGRESS, todayInVietnam, type JobProgress } from '@kpi/platform';
import { cellText, readSheet, type SheetFormat } from '@kpi/platform/sheets';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, AgencyKind, Employee, JobPosition, Placement, PlacementImport, PlacementKind } from '../entities/index.js';
import { canManageWithin, placementImportScope } from '../rules/access.js';
import { fitHistory, samePlacement, type ImportedStretch } from '../rules/placement-history.js';
import { columnName, PLACEMENT_COLUMNS, PLACEMENT_REQUIRED, parsePlacementRow, type PlacementRow } from '../rules/placement-sheet.js';
import { said } from '../messages.js';
import { PlacementImportStore, type ImportedPlacementRow } from '../store/placement-import.store.js';
import type { PersonnelContext } from './context.js';

/** Rows per sheet: a province's careers (≈ 7,000 people, a few placements each) in two or three sheets. */
export const MAX_PLACEMENT_ROWS = 20_000;

export interface PlacementImportInput {
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null;
}

export type PlacementImportAction = 'CREATE' | 'UNCHANGED' | 'ERROR';

export interface PlacementImportRowResult {
  /** The row as a person sees it in the sheet (the header is row 1). */
  row: number;
  employeeCode: string;
  effectiveFrom: string;
  action: PlacementImportAction;
  errors: string[];
}

export interface PlacementImportReport {
  applied: boolean;
  dryRun: boolean;
  created: number;
  unchanged: number;
  invalid: number;
  rows: PlacementImportRowResult[];
}

/**
 * Brings people's past placements in from a province's previous system. Every row is judged on
 * its own and reported; the sheet is written only when every row passes and it is no dry run, all
 * in one transaction, each placement marked imported and recorded by the importer, with one
 * import record (who, how many, why). History goes only before a person's first stored placement,
 * so what scores already rest on is never rewritten; a row that is already stored is UNCHANGED,
 * so importing a sheet again changes nothing.
 */
export async function importPlacementHistory(
  ctx: PersonnelContext,
  input: PlacementImportInput,
  progress: JobProgress = NO_PROGRESS,
): Promise<PlacementImportReport> {
  const scope = placementImportScope(ctx.identity);
  if (!scope) throw forbidden(said.placementImports());
  const cells = await readSheet(input.format, input.content, {
    columns: PLACEMENT_COLUMNS,
    required: PLACEMENT_REQUIRED,
    maxRows: MAX_PLACEMENT_ROWS,
  });
  await progress.phase('checking', cells.length);
  const today = todayInVietnam();
  const sheet: SheetRow[] = cells.map((c, index) => {
    const { row: parsed, errors } = parsePlacementRow(c, today);
    return { row: index + 2, employeeCode: cellText(c.employee_code), effectiveFrom: cellText(c.effective_from), parsed, errors };
  });
  if (input.dryRun) {
    const judged = await judgeSheet(ctx, ctx.em, sheet);
    await progress.advance(cells.length);
    return reportOf(input, judged, false);
  }
  const judged = await ctx.em.transactional(async (em: EntityManager) => {
    const store = new PlacementImportStore(em);
    await store.lockPeople([...new Set(sheet.flatMap((s) => (s.parsed ? [s.parsed.employeeCode] : [])))].sort());
    // Judged again under the locks: what is stored now decides, not what a dry run saw.
    const judged = await judgeSheet(ctx, em, sheet);
    await progress.advance(cells.length);
    if (judged.some((j) => j.result.action === 'ERROR')) return judged;
    const planned = judged.flatMap((j) => (j.placement ? [j.placement] : []));
    await progress.phase('writing', planned.length);
    await store.insertPlacements(planned, ctx.identity.subject, (n) => progress.advance(n));
    if (planned.length > 0) recordImport(ctx, em, input, judged.length, planned);
    await em.flush();
    return judged;
  });
  const applied = !judged.some((j) => j.result.action === 'ERROR');
  if (applied) for (const j of judged) if (j.placement) ctx.loaders.placements.clear(j.placement.employeeId);
  return reportOf(input, judged, applied);
}

interface SheetRow {
  row: number;
  employeeCode: string;
  effectiveFrom: string;
  parsed?: PlacementRow;
  errors: string[];
}

interface Judged {
  result: PlacementImportRowResult;
  placement?: ImportedPlacementRow;
}

function reportOf(input: PlacementImportInput, judged: Judged[], applied: boolean): PlacementImportReport {
  const count = (action: PlacementImportAction) => judged.filter((j) => j.result.action === action).length;
  return {
    applied,
    dryRun: input.dryRun,
    created: count('CREATE'),
    unchanged: count('UNCHANGED'),
    invalid: count('ERROR'),
    rows: judged.map((j) => j.result),
  };
}

/** The import's own record: who brought how many placements in, for whom, over which days, and why. */
function recordImport(
  ctx: PersonnelContext,
  em: EntityManager,
  input: PlacementImportInput,
  rows: number,
  planned: ImportedPlacementRow[],
) {
  const froms = planned.map((p) => p.effectiveFrom).sort();
  const tos = planned.flatMap((p) => (p.effectiveTo ? [p.effectiveTo] : [])).sort();
  em.create(PlacementImport, {
    importedBy: ctx.identity.subject,
    reason: input.reason?.trim() || null,
    rowCount: rows,
    created: planned.length,
    unchanged: rows - planned.length,
    people: new Set(planned.map((p) => p.employeeId)).size,
    earliest: froms[0] ?? null,
    latest: tos.at(-1) ?? null,
  } as PlacementImport);
}

/** Everything the rows are judged against, read once for the sheet. */
interface SheetFacts {
  people: Map<string, Employee>;
  agencies: Map<string, Agency>;
  /** The agencies people work in now: an agency admin imports the history of their own agency's people. */
  homes: Map<string, Agency>;
  positions: Map<string, JobPosition>;
  stored: Map<string, Placement[]>;
}

const positionKey = (agencyId: string, code: string) => `${agencyId}|${code}`;

async function sheetFacts(em: EntityManager, rows: PlacementRow[]): Promise<SheetFacts> {
  const store = new PlacementImportStore(em);
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  const [people, agencies] = await Promise.all([
    store.employeesByCodes(distinct(rows.flatMap((r) => [r.employeeCode, r.supervisorCode]))),
    store.agenciesByCodes(distinct(rows.flatMap((r) => [r.agencyCode, r.divisionCode]))),
  ]);
  const [homes, positions, stored] = await Promise.all([
    store.agenciesByIds(distinct(people.map((p) => p.agencyId))),
    store.positionsOfAgencies(agencies.map((a) => a.id)),
    store.placementsOf(people.map((p) => p.id)),
  ]);
  const storedOf = new Map<string, Placement[]>();
  for (const p of stored) storedOf.set(p.employeeId, [...(storedOf.get(p.employeeId) ?? []), p]);
  return {
    people: new Map(people.map((p) => [p.code, p])),
    agencies: new Map(agencies.map((a) => [a.code, a])),
    homes: new Map(homes.map((a) => [a.id, a])),
    positions: new Map(positions.map((p) => [positionKey(p.agencyId, p.code), p])),
    stored: storedOf,
  };
}

/** A row whose own values passed, with what its codes name. */
interface Resolved {
  sheet: SheetRow & { parsed: PlacementRow };
  person: Employee | null;
  agency: Agency | null;
  division: Agency | null;
  position: JobPosition | null;
  supervisor: Employee | null;
}

async function judgeSheet(ctx: PersonnelContext, em: EntityManager, sheet: SheetRow[]): Promise<Judged[]> {
  const facts = await sheetFacts(
    em,
    sheet.flatMap((s) => (s.parsed ? [s.parsed] : [])),
  );
  const judged = new Map<number, Judged>();
  const resolved: Resolved[] = [];
  for (const s of sheet) {
    const result: PlacementImportRowResult = {
      row: s.row,
      employeeCode: s.employeeCode,
      effectiveFrom: s.effectiveFrom,
      action: 'ERROR',
      errors: [...s.errors],
    };
    judged.set(s.row, { result });
    if (s.parsed) resolved.push(resolveRow(ctx, facts, { ...s, parsed: s.parsed }, result.errors));
  }
  // Stored rows again are UNCHANGED; the others must fit before each person's stored line.
  const newOf = new Map<Employee, Resolved[]>();
  for (const r of resolved) {
    const { result } = judged.get(r.sheet.row)!;
    if (!r.person) continue;
    const stored = facts.stored.get(r.person.id) ?? [];
    const same =
      r.agency &&
      stored.some((p) =>
        samePlacement(p, {
          effectiveFrom: r.sheet.parsed.effectiveFrom,
          agencyId: r.agency!.id,
          divisionId: r.division?.id ?? null,
          positionId: r.position?.id ?? null,
        }),
      );
    if (same && result.errors.length === 0) result.action = 'UNCHANGED';
    else if (!same) newOf.set(r.person, [...(newOf.get(r.person) ?? []), r]);
  }
  for (const [person, rows] of newOf) {
    const stretches: ImportedStretch[] = rows.map((r) => ({
      row: r.sheet.row,
      effectiveFrom: r.sheet.parsed.effectiveFrom,
      effectiveTo: r.sheet.parsed.effectiveTo,
    }));
    const fit = fitHistory(person.code, stretches, facts.stored.get(person.id)?.[0]?.effectiveFrom ?? null);
    for (const r of rows) {
      const judgedRow = judged.get(r.sheet.row)!;
      const { effectiveTo, errors } = fit.get(r.sheet.row)!;
      judgedRow.result.errors.push(...errors);
      if (judgedRow.result.errors.length > 0 || !r.agency) continue;
      judgedRow.result.action = 'CREATE';
      judgedRow.placement = {
        id: newId(),
        employeeId: person.id,
        kind: r.sheet.parsed.kind,
        agencyId: r.agency.id,
        divisionId: r.division?.id ?? null,
        positionId: r.position?.id ?? null,
        supervisorId: r.supervisor?.id ?? null,
        effectiveFrom: r.sheet.parsed.effectiveFrom,
        effectiveTo,
        decisionNumber: r.sheet.parsed.decisionNumber,
        reason: r.sheet.parsed.reason,
      };
    }
  }
  return sheet.map((s) => judged.get(s.row)!);
}

/**
 * What a row's codes name, and every reason they do not fit: the person (and whether the caller
 * may bring their history in), the agency, a division inside it, a position of it, a supervisor.
 * Past positions need not be active now, nor past supervisors in service: history is as it was.
 */
function resolveRow(ctx: PersonnelContext, facts: SheetFacts, sheet: Resolved['sheet'], errors: string[]): Resolved {
  const row = sheet.parsed;
  const person = facts.people.get(row.employeeCode) ?? null;
  if (!person) errors.push(said.rowNoPerson({ column: columnName('employee_code'), code: row.employeeCode }));
  else {
    const home = facts.homes.get(person.agencyId);
    if (!home || !canManageWithin(ctx.identity, home.path))
      errors.push(
        home
          ? said.rowWorksElsewhereIn({ column: columnName('employee_code'), code: row.employeeCode, home: home.code })
          : said.rowWorksElsewhere({ column: columnName('employee_code'), code: row.employeeCode }),
      );
  }
  let agency = facts.agencies.get(row.agencyCode) ?? null;
  if (!agency) errors.push(said.rowNoAgency({ column: columnName('agency_code'), code: row.agencyCode }));
  else if (agency.kind === AgencyKind.DIVISION) {
    errors.push(
      said.rowAgencyIsDivision({ column: columnName('agency_code'), code: row.agencyCode, divisionColumn: columnName('division_code') }),
    );
    agency = null;
  }
  let division: Agency | null = null;
  if (row.divisionCode) {
    division = facts.agencies.get(row.divisionCode) ?? null;
    if (!division) errors.push(said.rowNoDivision({ column: columnName('division_code'), code: row.divisionCode }));
    else if (agency && (division.kind !== AgencyKind.DIVISION || !division.path.startsWith(agency.path)))
      errors.push(
        said.rowNotADivisionOf({
          column: columnName('division_code'),
          code: row.divisionCode,
          agency: agency.name,
          agencyCode: agency.code,
        }),
      );
  }
  let position: JobPosition | null = null;
  if (row.kind === PlacementKind.SEPARATION) {
    if (row.positionCode) errors.push(said.rowSeparationHasNoPosition({ column: columnName('position_code') }));
  } else if (agency && row.positionCode) {
    position = facts.positions.get(positionKey(agency.id, row.positionCode)) ?? null;
    if (!position)
      errors.push(
        said.rowNoPosition({ column: columnName('position_code'), agency: agency.name, agencyCode: agency.code, code: row.positionCode }),
      );
    else if (row.kind === PlacementKind.APPOINTMENT && !position.isLeadership)
      errors.push(said.rowAppointmentNotLeadership({ column: columnName('position_code'), title: position.title, code: position.code }));
  }
  let supervisor: Employee | null = null;
  if (row.supervisorCode) {
    supervisor = facts.people.get(row.supervisorCode) ?? null;
    if (!supervisor) errors.push(said.rowNoPerson({ column: columnName('supervisor_code'), code: row.supervisorCode }));
  }
  return { sheet, person, agency, division, position, supervisor };
}
