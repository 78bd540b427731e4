import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, GraphQLJSONObject, described } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: described('Who changed what in the catalogue, when and why', 'Ai đã thay đổi gì trong danh mục, khi nào và vì sao'),
})
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({
    description: described(
      'What was changed: Sector, WorkItem, JobDescription, SectorKpiStandard, ProvinceLimits or ChangeRequest',
      'Đối tượng bị thay đổi: Sector, WorkItem, JobDescription, SectorKpiStandard, ProvinceLimits hoặc ChangeRequest',
    ),
  })
  @Property({ type: 'text' })
  subjectType: string;

  @Field(() => ID, {
    description: described(
      'The id of what was changed (for a job description, the position’s id)',
      'Mã định danh của đối tượng bị thay đổi (với bản mô tả công việc là mã vị trí việc làm)',
    ),
  })
  @Property({ type: 'uuid' })
  subjectId: string;

  @Field({
    description: described(
      'What was done: created, revised, retired, updated, requested, approved, rejected, withdrawn, imported…',
      'Thao tác đã làm: created, revised, retired, updated, requested, approved, rejected, withdrawn, imported…',
    ),
  })
  @Property({ type: 'text' })
  action: string;

  @Field({
    description: described(
      'Who did it: the subject of the person or service signed in',
      'Người thực hiện: định danh của người hoặc dịch vụ đã đăng nhập',
    ),
  })
  @Property({ type: 'text' })
  actor: string;

  @Field({ description: described('When it was done', 'Thời điểm thực hiện') })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, {
    nullable: true,
    description: described('Why, as the actor gave it; null when none was given', 'Lý do do người thực hiện nêu; null nếu không nêu'),
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => GraphQLJSONObject, {
    description: described(
      'What changed, by action: e.g. the fields of a new version, or the values before an update',
      'Chi tiết thay đổi theo thao tác: ví dụ các trường của phiên bản mới, hoặc giá trị trước khi cập nhật',
    ),
  })
  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}
