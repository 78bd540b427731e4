import { demoId, Role, type Identity } from '@kpi/platform';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import {
  type DemoCatalogue,
  type DemoProvince,
  demoUsers,
  generateCatalogue,
  generateDiaries,
  generateProvince,
  loadDemoCatalogue,
  loadDemoDiaries,
  loadDemoProvince,
} from '@kpi/demo';
import { personnel } from '@kpi/personnel';
// The diary depends on the catalogue, not the other way round: tests that need usage facts and
// "may this be logged" start it from its sources rather than making the packages depend on each other.
import { diary } from '@kpi/diary';
import { catalogue } from '@kpi/catalogue';
import { startGraph } from '../../src/graph.js';

export interface CatalogueWorld {
  graph: TestGraph;
  province: DemoProvince;
  demo: DemoCatalogue;
  user(label: string): Identity;
  /** An admin of an agency with the given roles, acting for it. */
  adminOf(agencyCode: string, role?: Role): Identity;
  /** The head of an agency (its director, else a deputy, in service) as plain staff: headship comes from personnel, not roles. */
  headOf(agencyCode: string): Identity;
  agencyId(code: string): string;
  itemId(code: string): string;
  sectorId(code: string): string;
}

/** Friday 20 November 2026, 10:00 in Vietnam: the clock of graphs with diaries (as in the diary's own tests). */
export const DIARY_NOW = '2026-11-20T10:00:00+07:00';

/**
 * Gateway + personnel + catalogue on a fresh database with both demos loaded; with `diary`, the
 * diary subgraph too, with a month of demo diaries up to 19 November 2026 and the clock pinned to
 * DIARY_NOW (the caller deletes KPI_NOW when done).
 *
 * The test kit gives each subgraph the URLs of those started before it, so the order says who may
 * ask whom: `'usage'` starts the diary first (the catalogue asks it for usage facts), `'logging'`
 * after the catalogue (the diary asks what may be logged).
 */
export async function catalogueWorld(options: { diary?: 'usage' | 'logging' } = {}): Promise<CatalogueWorld> {
  if (options.diary) process.env.KPI_NOW = DIARY_NOW;
  const graph = await startGraph(
    options.diary === 'usage'
      ? [personnel, diary, catalogue]
      : options.diary === 'logging'
        ? [personnel, catalogue, diary]
        : [personnel, catalogue],
  );
  const province = generateProvince({ targetEmployees: 400 });
  const demo = generateCatalogue(province);
  try {
    await loadDemoProvince(graph.databaseUrl, province);
    await loadDemoCatalogue(graph.databaseUrl, demo);
    if (options.diary) await loadDemoDiaries(graph.databaseUrl, generateDiaries({ months: 1, today: '2026-11-20', targetEmployees: 400 }));
  } catch (error) {
    await graph.stop();
    throw error;
  }
  const users = demoUsers(province);
  const agencyId = (code: string) => demoId('agency', code);
  return {
    graph,
    province,
    demo,
    user: (label) => users.find((u) => u.label === label)!.identity,
    adminOf(agencyCode, role = Role.AGENCY_ADMIN) {
      const employee = province.employees.find((e) => e.agencyId === agencyId(agencyCode) && e.role === 'staff')!;
      return actor.person(employee.id, [Role.STAFF, role], [employee.agencyId]);
    },
    headOf(agencyCode) {
      const leaders = province.employees.filter((e) => e.agencyId === agencyId(agencyCode) && e.status === 'ACTIVE');
      return actor.staff(leaders.find((e) => e.role === 'head') ?? leaders.find((e) => e.role === 'deputy')!);
    },
    agencyId,
    itemId: (code) => demoId('work-item', code),
    sectorId: (code) => demoId('sector', code),
  };
}
