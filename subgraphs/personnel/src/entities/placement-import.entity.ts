import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from './ids.js';

/**
 * One applied history import: who brought how many placements in, when and why. Its own record,
 * kept like a role grant (never changed), since the placements it wrote say only that they were
 * imported and by whom.
 */
@Entity({ tableName: 'placement_import' })
export class PlacementImport {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  importedBy: string;

  @Property({ type: 'timestamptz' })
  importedAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** Rows of the sheet, created and unchanged ones alike. */
  @Property({ type: 'integer' })
  rowCount: number;

  @Property({ type: 'integer' })
  created: number;

  @Property({ type: 'integer' })
  unchanged: number;

  /** People whose history it added to. */
  @Property({ type: 'integer' })
  people: number;

  /** The first and last day the created placements cover. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  earliest: string | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  latest: string | null = null;
}
