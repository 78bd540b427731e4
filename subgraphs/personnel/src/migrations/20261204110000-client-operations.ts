import { Migration } from '@mikro-orm/migrations';

/**
 * Persisted operations: the operations a client is restricted to (its safelist), by the SHA-256 of
 * their text. A client with none registered may send any operation its scopes allow.
 */
export class ClientOperations extends Migration {
  override name = '20261204110000-client-operations';

  up() {
    this.addSql(`
      create table personnel.client_operation (
        client_id text not null references personnel.integration_client (client_id),
        operation_id text not null check (operation_id ~ '^[0-9a-f]{64}$'),
        name text not null,
        document text not null,
        registered_by text not null,
        registered_at timestamptz not null default now(),
        primary key (client_id, operation_id)
      )`);
  }
}
