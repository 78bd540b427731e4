import { demoId, Role, type Identity } from '@kpi/platform';
import { actor, startTestGraph, type TestGraph } from '@kpi/platform/testkit';
import { demoUsers, generateProvince, loadDemoProvince, type DemoProvince } from '@kpi/personnel/demo';
import { personnel } from '@kpi/personnel';
import { generateCatalogue, loadDemoCatalogue, type DemoCatalogue } from '../src/demo/index.js';
import { catalogue } from '../src/subgraph.js';

export interface CatalogueWorld {
  graph: TestGraph;
  province: DemoProvince;
  demo: DemoCatalogue;
  user(label: string): Identity;
  /** An admin of an agency with the given roles, acting for it. */
  adminOf(agencyCode: string, role?: Role): Identity;
  agencyId(code: string): string;
  itemId(code: string): string;
  sectorId(code: string): string;
}

/** Gateway + personnel + catalogue on a fresh database with both demos loaded. */
export async function catalogueWorld(): Promise<CatalogueWorld> {
  const graph = await startTestGraph([personnel, catalogue]);
  const province = generateProvince({ targetEmployees: 400 });
  const demo = generateCatalogue(province);
  try {
    await loadDemoProvince(graph.databaseUrl, province);
    await loadDemoCatalogue(graph.databaseUrl, demo);
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
    agencyId,
    itemId: (code) => demoId('work-item', code),
    sectorId: (code) => demoId('sector', code),
  };
}
