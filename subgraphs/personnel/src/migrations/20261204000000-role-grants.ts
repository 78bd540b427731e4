import { Migration } from '@mikro-orm/migrations';

/**
 * Who may do what becomes data: roles granted to people by province and agency admins,
 * effective-dated and revocable, never deleted (the rows are the audit trail).
 */
export class RoleGrants extends Migration {
  override name = '20261204000000-role-grants';

  up() {
    this.addSql(`
      create table personnel.role_grant (
        id uuid primary key,
        employee_id uuid not null references personnel.employee (id),
        role text not null check (role in ('AGENCY_ADMIN', 'CATALOGUE_ADMIN', 'PROVINCE_ANALYST', 'PROVINCE_ADMIN')),
        agency_id uuid references personnel.agency (id),
        effective_from date not null,
        effective_to date,
        granted_by text not null,
        granted_at timestamptz not null default now(),
        reason text,
        revoked_by text,
        revoked_at timestamptz,
        revoke_reason text,
        check ((role in ('AGENCY_ADMIN', 'CATALOGUE_ADMIN')) = (agency_id is not null)),
        check (effective_to is null or effective_to >= effective_from)
      )`);
    this.addSql(`create index role_grant_employee_idx on personnel.role_grant (employee_id)`);
    this.addSql(`create index role_grant_agency_idx on personnel.role_grant (agency_id)`);
  }
}
