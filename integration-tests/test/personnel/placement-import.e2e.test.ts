import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@kpi/platform';
import { errorsOf } from '@kpi/platform/testkit';
import pg from 'pg';
import { graphql } from '../../src/graphql/index.js';
import { personnelWorld, type PersonnelWorld } from './fixtures.js';

/**
 * A province moving from its previous software brings its people's past placements in: a sheet
 * judged row by row (a dry run first), written all or nothing before each person's first stored
 * placement, marked imported, with one record of who imported how many and why — and read by
 * the directory (what scoring asks) like any other placement.
 */
let world: PersonnelWorld;
let db: pg.Client;
beforeAll(async () => {
  world = await personnelWorld(400);
  db = new pg.Client({ connectionString: world.graph.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await world?.graph.stop();
});

const IMPORT = graphql(`
  mutation PlacementImportHistory($format: SheetFormat!, $content: String!, $dryRun: Boolean!, $reason: String) {
    importPlacementHistory(format: $format, content: $content, dryRun: $dryRun, reason: $reason) {
      applied
      dryRun
      created
      unchanged
      invalid
      rows {
        row
        employeeCode
        effectiveFrom
        action
        errors
      }
    }
  }
`);
const CAREERS = graphql(`
  query PlacementImportCareers($ids: [ID!]!) {
    employees(filter: { ids: $ids }, first: 10) {
      nodes {
        code
        placements {
          kind
          effectiveFrom
          effectiveTo
          imported
          recordedBy
          decisionNumber
          agency {
            code
          }
          division {
            code
          }
          position {
            code
          }
          supervisor {
            code
          }
        }
      }
    }
  }
`);

const START = graphql(`
  mutation PlacementImportStartJob($content: String!) {
    startPlacementImportJob(format: CSV, content: $content, reason: "Hồ sơ năm 2015") {
      id
      kind
      scope
    }
  }
`);
const JOB = graphql(`
  query PlacementImportJob($id: ID!) {
    personnelJob(id: $id) {
      state
      summary
      result
    }
  }
`);

const HEADER =
  'employee_code,kind,agency_code,division_code,position_code,supervisor_code,effective_from,effective_to,decision_number,reason';
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}\n`).toString('base64');
const as = (label: string) => world.graph.as(world.user(label));
const codes = async (request: Promise<unknown>) => (await errorsOf(request)).map((e) => e.extensions?.code);

type Person = PersonnelWorld['province']['employees'][number];
const people = () => world.province.employees.filter((e) => e.status === 'ACTIVE' && e.role === 'staff');
const personOf = (label: string) => world.province.employees.find((e) => e.id === world.user(label).employeeId)!;
/** The first day of a person's stored career (the demo's placements). */
const firstDay = (person: Person) =>
  world.province.placements
    .filter((p) => p.employeeId === person.id)
    .map((p) => p.effectiveFrom)
    .sort()[0]!;
const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4, 7)}-01`;
const agencyOf = (person: Person) => world.province.agencies.find((a) => a.id === person.agencyId)!;
const positionIn = (agencyId: string) => world.province.positions.find((p) => p.agencyId === agencyId && !p.isLeadership)!;
const divisionIn = (agencyId: string) => world.province.agencies.find((a) => a.parentId === agencyId && a.kind === 'DIVISION')!;
/** A row placing a person in their own agency's first division and professional post. */
const rowOf = (person: Person, from: string, to = '', extra: Partial<Record<'kind' | 'supervisor' | 'decision', string>> = {}) => {
  const agency = agencyOf(person);
  return [
    person.code,
    extra.kind ?? 'HIRE',
    agency.code,
    divisionIn(agency.id)?.code ?? '',
    positionIn(agency.id).code,
    extra.supervisor ?? '',
    from,
    to,
    extra.decision ?? '',
    'Hồ sơ giấy',
  ].join(',');
};

/** Every personnel table's rows: a refused or dry-run import leaves them as they were. */
async function personnelState() {
  const { rows } = await db.query(`select
      (select count(*) from personnel.employee_placement)::int as placements,
      (select md5(string_agg(p::text, ',' order by id)) from personnel.employee_placement p) as placement_hash,
      (select md5(string_agg(e::text, ',' order by id)) from personnel.employee e) as employee_hash,
      (select count(*) from personnel.placement_import)::int as imports`);
  return rows[0];
}

describe('the placement history import', () => {
  it('judges every row in a dry run — Vietnamese headers, each problem naming its column — and writes nothing', async () => {
    const [a, b, c, d, e] = people();
    const other = world.province.agencies.find((x) => x.depth === 1 && x.id !== a!.agencyId && divisionIn(x.id))!;
    const first = (p: Person) => firstDay(p);
    const sheet = csv([
      'Mã cán bộ,Loại,Mã cơ quan,Mã phòng ban,Mã vị trí,Mã người phụ trách,Từ ngày,Đến ngày,Số quyết định,Lý do',
      rowOf(a!, yearsBefore(first(a!), 4), '', { kind: 'Tuyển dụng', supervisor: b!.code, decision: '12/QĐ-UBND' }),
      rowOf({ ...a!, code: 'NOBODY' }, yearsBefore(first(a!), 4)),
      [b!.code, 'HIRE', 'NO-SUCH-AGENCY', '', 'CV', '', yearsBefore(first(b!), 4), '', '', ''].join(','),
      [b!.code, 'TRANSFER', agencyOf(a!).code, divisionIn(other.id).code, 'CM-99', '', yearsBefore(first(b!), 2), '', '', ''].join(','),
      rowOf(c!, '2099-01-01'),
      rowOf(d!, addDays(first(d!), 1)),
      rowOf(e!, yearsBefore(first(e!), 6), addDays(yearsBefore(first(e!), 3), 10)),
      rowOf(e!, yearsBefore(first(e!), 3), ''),
    ]);
    const before = await personnelState();
    const { importPlacementHistory: report } = await (
      await as('province-admin')
    ).request(IMPORT, { format: 'CSV', content: sheet, dryRun: true });
    expect(report).toMatchObject({ applied: false, dryRun: true, created: 2, unchanged: 0, invalid: 6 });
    const errorsOfRow = (row: number) => report.rows.find((r) => r.row === row)!.errors;
    expect(report.rows[0]).toEqual({
      row: 2,
      employeeCode: a!.code,
      effectiveFrom: yearsBefore(first(a!), 4),
      action: 'CREATE',
      errors: [],
    });
    expect(errorsOfRow(3)).toEqual(['employee_code: no person with staff code NOBODY']);
    expect(errorsOfRow(4)).toEqual(['agency_code: no agency with code NO-SUCH-AGENCY']);
    expect(errorsOfRow(5)).toEqual([
      `division_code: ${divisionIn(other.id).code} is not a division of ${agencyOf(a!).name} (${agencyOf(a!).code})`,
      `position_code: ${agencyOf(a!).name} (${agencyOf(a!).code}) has no job position with code CM-99`,
    ]);
    expect(errorsOfRow(6)).toEqual([
      `effective_from: 2099-01-01 is in the future (today is ${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)}); an import brings the past in`,
    ]);
    expect(errorsOfRow(7)).toEqual([
      `effective_from: ${addDays(first(d!), 1)} is not before ${d!.code}’s first recorded placement (from ${first(d!)}); ` +
        'an import adds only what came before it (later moves are recorded with transferEmployee, rotateEmployee or appointEmployee)',
    ]);
    expect(errorsOfRow(8)).toEqual([
      `effective_to: ${addDays(yearsBefore(first(e!), 3), 10)} overlaps row 9, which places ${e!.code} from ${yearsBefore(first(e!), 3)}`,
    ]);
    expect(report.rows[7]).toMatchObject({ row: 9, action: 'CREATE' });
    expect(await personnelState()).toEqual(before);
  });

  it('writes a valid sheet at once: before the stored line, marked imported, recorded by the importer, with one record of why', async () => {
    const person = people()[10]!;
    const supervisor = people()[11]!;
    const first = firstDay(person);
    const sheet = csv([
      HEADER,
      rowOf(person, yearsBefore(first, 8), addDays(yearsBefore(first, 5), -1), { supervisor: supervisor.code, decision: '7/QĐ-SNV' }),
      rowOf(person, yearsBefore(first, 5), '', { kind: 'TRANSFER' }),
    ]);
    const admin = await as('province-admin');
    const { importPlacementHistory: report } = await admin.request(IMPORT, {
      format: 'CSV',
      content: sheet,
      dryRun: false,
      reason: 'Chuyển từ phần mềm quản lý cán bộ cũ',
    });
    expect(report).toMatchObject({ applied: true, dryRun: false, created: 2, unchanged: 0, invalid: 0 });

    // Read as scoring reads careers: the directory's placements, the imported ones among them.
    const { employees } = await admin.request(CAREERS, { ids: [person.id] });
    const placements = employees.nodes[0]!.placements;
    const agency = agencyOf(person);
    expect(placements.slice(0, 3)).toEqual([
      {
        kind: 'HIRE',
        effectiveFrom: yearsBefore(first, 8),
        effectiveTo: addDays(yearsBefore(first, 5), -1),
        imported: true,
        recordedBy: world.user('province-admin').subject,
        decisionNumber: '7/QĐ-SNV',
        agency: { code: agency.code },
        division: divisionIn(agency.id) ? { code: divisionIn(agency.id).code } : null,
        position: { code: positionIn(agency.id).code },
        supervisor: { code: supervisor.code },
      },
      expect.objectContaining({ kind: 'TRANSFER', effectiveFrom: yearsBefore(first, 5), effectiveTo: addDays(first, -1), imported: true }),
      expect.objectContaining({ effectiveFrom: first, imported: false }),
    ]);
    const { rows: records } = await db.query(
      `select imported_by, reason, row_count, created, unchanged, people, to_char(earliest, 'YYYY-MM-DD') as earliest,
              to_char(latest, 'YYYY-MM-DD') as latest from personnel.placement_import`,
    );
    expect(records).toEqual([
      {
        imported_by: world.user('province-admin').subject,
        reason: 'Chuyển từ phần mềm quản lý cán bộ cũ',
        row_count: 2,
        created: 2,
        unchanged: 0,
        people: 1,
        earliest: yearsBefore(first, 8),
        latest: addDays(first, -1),
      },
    ]);

    // The same sheet again changes nothing: every row is already stored.
    const before = await personnelState();
    const again = (await admin.request(IMPORT, { format: 'CSV', content: sheet, dryRun: false })).importPlacementHistory;
    expect(again).toMatchObject({ applied: true, created: 0, unchanged: 2, invalid: 0 });
    expect(again.rows.map((r) => r.action)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await personnelState()).toEqual(before);
  });

  it('writes nothing of a sheet with one invalid row, even when it is no dry run', async () => {
    const [good, bad] = [people()[20]!, people()[21]!];
    const before = await personnelState();
    const { importPlacementHistory: report } = await (
      await as('province-admin')
    ).request(IMPORT, {
      format: 'CSV',
      content: csv([HEADER, rowOf(good, yearsBefore(firstDay(good), 3)), rowOf(bad, firstDay(bad))]),
      dryRun: false,
    });
    expect(report).toMatchObject({ applied: false, dryRun: false, created: 1, invalid: 1 });
    expect(report.rows[1]!.errors[0]).toMatch(/^effective_from: .* is not before .*’s first recorded placement/);
    expect(await personnelState()).toEqual(before);
  });

  it('an agency’s admin imports their agency’s people only; staff may not import at all; an unreadable sheet is refused whole', async () => {
    const home = personOf('agency-admin').agencyId;
    // People no other test of this file touches: their first stored placement is still the demo's.
    const untouched = people().slice(30);
    const own = untouched.find((p) => p.agencyId === home && p.id !== personOf('agency-admin').id)!;
    const foreign = untouched.find((p) => p.agencyId !== home)!;
    const sheet = csv([HEADER, rowOf(own, yearsBefore(firstDay(own), 3)), rowOf(foreign, yearsBefore(firstDay(foreign), 3))]);
    const before = await personnelState();
    const { importPlacementHistory: report } = await (
      await as('agency-admin')
    ).request(IMPORT, { format: 'CSV', content: sheet, dryRun: false });
    expect(report).toMatchObject({ applied: false, created: 1, invalid: 1 });
    expect(report.rows[1]!.errors).toEqual([
      `employee_code: ${foreign.code} works in another agency (${agencyOf(foreign).code}); their history is imported by its admins or a province admin`,
    ]);
    expect(await codes((await as('staff')).request(IMPORT, { format: 'CSV', content: sheet, dryRun: true }))).toEqual(['FORBIDDEN']);
    expect(await codes((await as('unit-head')).request(IMPORT, { format: 'CSV', content: sheet, dryRun: true }))).toEqual(['FORBIDDEN']);
    expect(
      await codes((await as('province-admin')).request(IMPORT, { format: 'CSV', content: csv(['who,when', 'a,b']), dryRun: true })),
    ).toEqual(['INVALID_IMPORT']);
    expect(await personnelState()).toEqual(before);
  });

  it('runs a sheet as a job, refusing at once a sheet with an invalid row; the job is read by its starter and province admins', async () => {
    const admin = await as('agency-admin');
    const home = personOf('agency-admin').agencyId;
    const own = people()
      .slice(40)
      .find((p) => p.agencyId === home && p.id !== personOf('agency-admin').id)!;
    const before = await personnelState();
    expect(await codes(admin.request(START, { content: csv([HEADER, rowOf(own, firstDay(own))]) }))).toEqual(['INVALID_IMPORT']);
    expect(await personnelState()).toEqual(before);
    const { startPlacementImportJob: job } = await admin.request(START, {
      content: csv([HEADER, rowOf(own, yearsBefore(firstDay(own), 2))]),
    });
    expect(job).toMatchObject({ kind: 'personnel.placements.import', scope: home });
    let state = (await admin.request(JOB, { id: job.id })).personnelJob!;
    for (let i = 0; i < 120 && !['SUCCEEDED', 'FAILED'].includes(state.state); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      state = (await admin.request(JOB, { id: job.id })).personnelJob!;
    }
    expect(state).toEqual({
      state: 'SUCCEEDED',
      summary: 'Imported 1 rows of placement history: 1 placements written, 0 already there.',
      result: { created: 1, unchanged: 0 },
    });
    const { rows } = await db.query(
      `select imported, recorded_by from personnel.employee_placement where employee_id = $1 and effective_from = $2`,
      [own.id, yearsBefore(firstDay(own), 2)],
    );
    expect(rows).toEqual([{ imported: true, recorded_by: world.user('agency-admin').subject }]);
    expect((await (await as('province-admin')).request(JOB, { id: job.id })).personnelJob!.state).toBe('SUCCEEDED');
    expect(await codes((await as('staff')).request(JOB, { id: job.id }))).toEqual(['FORBIDDEN']);
    expect(await codes((await as('staff')).request(START, { content: csv([HEADER, rowOf(own, yearsBefore(firstDay(own), 5))]) }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
