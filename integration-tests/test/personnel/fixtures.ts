import { type TestGraph } from '@kpi/platform/testkit';
import { generateProvince, loadDemoProvince, demoUsers, type DemoProvince } from '@kpi/demo';
import { personnel } from '@kpi/personnel';
import { startGraph } from '../../src/graph.js';

export interface PersonnelWorld {
  graph: TestGraph;
  province: DemoProvince;
  users: ReturnType<typeof demoUsers>;
  user(label: string): ReturnType<typeof demoUsers>[number]['identity'];
  agency(code: string): DemoProvince['agencies'][number];
  employee(code: string): DemoProvince['employees'][number];
}

/** The real graph (gateway + personnel) on a fresh database holding a small demo province. */
export async function personnelWorld(targetEmployees: number, gateway: Parameters<typeof startGraph>[1] = {}): Promise<PersonnelWorld> {
  const graph = await startGraph([personnel], gateway);
  const province = generateProvince({ targetEmployees });
  try {
    await loadDemoProvince(graph.databaseUrl, province);
  } catch (error) {
    await graph.stop();
    throw error;
  }
  const users = demoUsers(province);
  return {
    graph,
    province,
    users,
    user: (label) => users.find((u) => u.label === label)!.identity,
    agency: (code) => province.agencies.find((a) => a.code === code)!,
    employee: (code) => province.employees.find((e) => e.code === code)!,
  };
}
