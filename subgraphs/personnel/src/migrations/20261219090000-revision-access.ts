import { Migration } from '@mikro-orm/migrations';

/**
 * An access revision beside the directory's: a counter moved, in the same transaction, by every
 * statement on role grants and on integration clients and their operations. With the directory
 * revision (placements, people, positions, agencies) it tells whether anything anyone may do may
 * have changed (`accessRevision`): the gateway keeps each signed-in session's access past its 30 s
 * for as long as both stand, reading them about once a second (gateway/src/access.ts), instead of
 * reading every session again every 30 s. Kept apart from the directory revision so that a grant
 * does not make the readers of the directory (the diary, scoring, personnel's own kept rows) read
 * it again.
 */
export class PersonnelRevisionAccess extends Migration {
  override name = '20261219090000-revision-access';

  up() {
    this.addSql(`create table "personnel"."access_revision" (
      "id" boolean primary key default true check ("id"),
      "counter" bigint not null default 0
    )`);
    this.addSql(`insert into "personnel"."access_revision" default values`);
    this.addSql(`create function "personnel"."move_access_revision"() returns trigger language plpgsql as $$
      begin
        update "personnel"."access_revision" set "counter" = "counter" + 1;
        return null;
      end $$`);
    for (const table of ['role_grant', 'integration_client', 'client_operation'])
      this.addSql(
        `create trigger "${table}_moves_access_revision" after insert or update or delete or truncate on "personnel"."${table}"
         for each statement execute function "personnel"."move_access_revision"()`,
      );
  }
}
