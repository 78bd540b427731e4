import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One line of a job description: a position performs a work item. */
@Entity({ tableName: 'position_work_item' })
export class PositionWorkItem {
  @PrimaryKey({ type: 'uuid' })
  positionId: string;

  @PrimaryKey({ type: 'uuid' })
  workItemId: string;

  /** The position's agency when recorded (personnel owns it; kept for listing by agency). */
  @Property({ type: 'uuid' })
  agencyId: string;

  @Property({ type: 'text' })
  addedBy: string;

  @Property({ type: 'timestamptz' })
  addedAt: Date = new Date();
}
