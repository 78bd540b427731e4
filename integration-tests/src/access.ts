import { Role, scopesOfRoles, type Identity } from '@kpi/platform';
import type { AccessRecords } from '@kpi/platform/testkit';
import pg from 'pg';

/** Grants the test kit makes are marked so, and only those are replaced: grants a test made through the graph stay. */
const TEST_KIT = 'test-kit';
const PROVINCE_ROLES = [Role.PROVINCE_ADMIN, Role.PROVINCE_ANALYST];
const AGENCY_ROLES = [Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN];
/** Where a person the tests invent (a province admin with a made-up id) is placed when the records hold no agency. */
const TEST_ROOT = { id: '00000000-0000-4000-8000-0000000000f0', code: 'TEST-ROOT', name: 'Tỉnh thử nghiệm' };

/**
 * The tests' identities, made true in personnel's records (through SQL: this is the fixture, not
 * the product). A client is registered with the scopes of its roles. A person the records do not have is added, in service, in the first agency of their
 * identity (or the tree's root); their grants become exactly the granted roles the identity holds:
 * province roles over the province, agency roles over each of its agencies. STAFF and UNIT_HEAD
 * follow from placement as in production, so a test wanting a unit head uses a real one.
 */
export function personnelAccessRecords(databaseUrl: string): AccessRecords {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection ended by the server (the test database dropped at the end) is the pool's
  // to discard; without a listener it would be an unhandled error.
  pool.on('error', () => {});
  return {
    async record(identity: Identity) {
      if (identity.kind === 'client') return registerClient(pool, identity);
      if (identity.kind !== 'person' || !identity.employeeId) return;
      const client = await pool.connect();
      try {
        await client.query('begin');
        await ensurePerson(client, identity);
        // Grants already as wanted are not written again: every statement on them moves personnel's
        // access revision, and the gateway then reads every session's access again.
        if (await grantsAsWanted(client, identity)) {
          await client.query('commit');
          return;
        }
        await client.query(`delete from personnel.role_grant where employee_id = $1 and granted_by = $2`, [identity.employeeId, TEST_KIT]);
        for (const grant of grantsOf(identity))
          await client.query(
            // An agency the records do not have (a made-up id) grants nothing, as it would not in production.
            `insert into personnel.role_grant (id, employee_id, role, agency_id, effective_from, granted_by, reason)
             select gen_random_uuid(), $1, $2, $3::uuid, '2000-01-01', $4, 'test identity'
             where $3::uuid is null or exists (select 1 from personnel.agency where id = $3::uuid)`,
            [identity.employeeId, grant.role, grant.agencyId, TEST_KIT],
          );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

interface Grant {
  role: Role;
  agencyId: string | null;
}

/**
 * A test client, registered with the scopes that give its roles (as the register would); one a test
 * registered or revoked through the graph is left as the test made it.
 */
async function registerClient(pool: pg.Pool, identity: Identity) {
  const clientId = identity.subject.replace(/^client:/, '');
  // Registered already (by the kit with these scopes, or by a test): nothing written, so
  // personnel's access revision does not move.
  const { rows } = await pool.query<{ scopes: string[]; registered_by: string; revoked: boolean }>(
    `select scopes, registered_by, revoked_at is not null as revoked from personnel.integration_client where client_id = $1`,
    [clientId],
  );
  const scopes = scopesOfRoles(identity.roles);
  const [registered] = rows;
  if (registered && (registered.registered_by !== TEST_KIT || registered.revoked || registered.scopes.join(' ') === scopes.join(' ')))
    return;
  await pool.query(
    `insert into personnel.integration_client (id, client_id, name, scopes, secret_hash, secret_set_at, registered_by)
     values (gen_random_uuid(), $1, $2, $3, encode(sha256('test-kit'), 'hex'), now(), $4)
     on conflict (client_id) do update set scopes = excluded.scopes
     where integration_client.registered_by = $4 and integration_client.revoked_at is null`,
    [clientId, identity.name ?? clientId, scopes, TEST_KIT],
  );
}

/** Whether the test kit's grants of the person are exactly those its identity wants (those whose agency exists), all in force. */
async function grantsAsWanted(client: pg.PoolClient, identity: Identity) {
  const key = (grant: { role: string; agency_id: string | null }) => `${grant.role} ${grant.agency_id ?? ''}`;
  const wanted = grantsOf(identity);
  const { rows: agencies } = await client.query<{ id: string }>(`select id from personnel.agency where id = any($1::uuid[])`, [
    wanted.flatMap((grant) => (grant.agencyId ? [grant.agencyId] : [])),
  ]);
  const existing = new Set(agencies.map((agency) => agency.id));
  const want = wanted
    .filter((grant) => grant.agencyId === null || existing.has(grant.agencyId))
    .map((grant) => key({ role: grant.role, agency_id: grant.agencyId }));
  const { rows: have } = await client.query<{ role: string; agency_id: string | null; in_force: boolean }>(
    `select role, agency_id, (revoked_at is null and effective_to is null and effective_from = '2000-01-01') as in_force
       from personnel.role_grant where employee_id = $1 and granted_by = $2`,
    [identity.employeeId, TEST_KIT],
  );
  return have.every((grant) => grant.in_force) && have.map(key).sort().join('|') === [...want].sort().join('|');
}

function grantsOf(identity: Identity): Grant[] {
  return identity.roles.flatMap((role): Grant[] => {
    if (PROVINCE_ROLES.includes(role)) return [{ role, agencyId: null }];
    if (AGENCY_ROLES.includes(role)) return identity.agencyIds.map((agencyId) => ({ role, agencyId }));
    return [];
  });
}

async function ensurePerson(client: pg.PoolClient, identity: Identity) {
  const { rowCount } = await client.query(`select 1 from personnel.employee where id = $1`, [identity.employeeId]);
  if (rowCount) return;
  const agencyId = await placeFor(client, identity.agencyIds);
  const code = `TK-${identity.employeeId!.replace(/-/g, '').slice(-10)}`;
  const name = identity.name ?? `Người thử ${code}`;
  await client.query(
    `insert into personnel.employee (id, code, full_name, search_name, sort_name, staff_type, agency_id)
     values ($1, $2, $3, lower($3), lower($3), 'CIVIL_SERVANT', $4) on conflict do nothing`,
    [identity.employeeId, code, name, agencyId],
  );
}

async function placeFor(client: pg.PoolClient, agencyIds: readonly string[]): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `select id from personnel.agency where id = any($1::uuid[]) or parent_id is null order by (id = any($1::uuid[])) desc, code limit 1`,
    [agencyIds],
  );
  if (rows[0]) return rows[0].id;
  await client.query(
    `insert into personnel.agency (id, code, name, search_name, kind, path, depth) values ($1, $2, $3, lower($3), 'PROVINCE', $4, 0)
     on conflict (id) do nothing`,
    [TEST_ROOT.id, TEST_ROOT.code, TEST_ROOT.name, `/${TEST_ROOT.id}/`],
  );
  return TEST_ROOT.id;
}
