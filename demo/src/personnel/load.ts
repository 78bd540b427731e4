import { holdsData, inTransaction, insertAll, progressOver } from '../sql.js';
import type { DemoProvince } from './generate.js';
import { demoClients, demoGrants } from './users.js';

const BATCH = 1000;

export const hasDemoData = (url: string) => holdsData(url, 'exists (select 1 from personnel.agency)');

/**
 * Writes the demo province into the personnel schema in one transaction (replacing what is
 * there when `replace` is set). Multi-row inserts of 1,000: ~16,000 rows in about a second.
 */
export async function loadDemoProvince(
  url: string,
  province: DemoProvince,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
) {
  const grants = demoGrants(province);
  const total =
    province.agencies.length + province.positions.length + province.employees.length * 2 + province.placements.length + grants.length;
  const progress = progressOver(total, options.onProgress);
  await inTransaction(url, async (client) => {
    // Cascade: whatever refers to the demo's rows (a client's operations, placement imports) goes with them.
    if (options.replace)
      await client.query(
        'truncate personnel.integration_client, personnel.role_grant, personnel.employee_placement, personnel.employee, personnel.job_position, personnel.agency cascade',
      );
    const byDepth = [...province.agencies].sort((a, b) => a.depth - b.depth);
    await insertAll(client, 'personnel.agency', byDepth, progress, [
      'id',
      'code',
      'name',
      'searchName',
      'kind',
      'parentId',
      'path',
      'depth',
      'sectorCodes',
    ]);
    await insertAll(client, 'personnel.job_position', province.positions, progress, [
      'id',
      'agencyId',
      'code',
      'title',
      'category',
      'description',
      'isLeadership',
    ]);
    // Supervisors are set in a second pass: a supervisor's row may come later in the list.
    const employees = province.employees.map((e) => ({ ...e, supervisorId: null }));
    await insertAll(client, 'personnel.employee', employees, progress, [
      'id',
      'code',
      'fullName',
      'searchName',
      'sortName',
      'staffType',
      'agencyId',
      'divisionId',
      'positionId',
      'supervisorId',
      'status',
      'email',
    ]);
    for (let start = 0; start < province.employees.length; start += BATCH) {
      const batch = province.employees.slice(start, start + BATCH).filter((e) => e.supervisorId);
      await client.query(
        `update personnel.employee e set supervisor_id = s.supervisor_id
           from unnest($1::uuid[], $2::uuid[]) as s (id, supervisor_id) where e.id = s.id`,
        [batch.map((e) => e.id), batch.map((e) => e.supervisorId)],
      );
      progress(Math.min(BATCH, province.employees.length - start));
    }
    await insertAll(
      client,
      'personnel.employee_placement',
      province.placements.map((p) => ({ ...p, recordedBy: 'demo-generator' })),
      progress,
      [
        'id',
        'employeeId',
        'kind',
        'agencyId',
        'divisionId',
        'positionId',
        'supervisorId',
        'effectiveFrom',
        'effectiveTo',
        'decisionNumber',
        'reason',
        'recordedBy',
      ],
    );
    await insertAll(client, 'personnel.role_grant', grants, progress, [
      'id',
      'employeeId',
      'role',
      'agencyId',
      'effectiveFrom',
      'grantedBy',
      'reason',
    ]);
    await insertAll(client, 'personnel.integration_client', demoClients(), () => {}, [
      'id',
      'clientId',
      'name',
      'scopes',
      'secretHash',
      'secretSetAt',
      'registeredBy',
    ]);
  });
}
