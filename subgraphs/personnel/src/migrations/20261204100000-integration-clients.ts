import { Migration } from '@mikro-orm/migrations';

/** Integration clients become data: registered, rotated and revoked by province admins, never deleted. */
export class IntegrationClients extends Migration {
  override name = '20261204100000-integration-clients';

  up() {
    this.addSql(`
      create table personnel.integration_client (
        id uuid primary key,
        client_id text not null unique check (client_id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text not null,
        scopes text[] not null,
        requests_per_window integer check (requests_per_window is null or requests_per_window > 0),
        secret_hash text not null,
        secret_set_at timestamptz not null,
        registered_by text not null,
        registered_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoked_by text,
        revoke_reason text
      )`);
  }
}
