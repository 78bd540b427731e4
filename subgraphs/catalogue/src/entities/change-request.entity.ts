import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, Timestamped, GraphQLJSONObject, described } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { ChangeKind, ChangeStatus } from './enums.js';

@ObjectType({
  description: described(
    'An agency’s proposal to add, change or retire a work item, decided by the item’s owner',
    'Đề nghị của một cơ quan về việc thêm, sửa hoặc ngừng sử dụng một đầu công việc, do đơn vị quản lý đầu công việc quyết định',
  ),
})
@Entity({ tableName: 'change_request' })
export class ChangeRequest extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ChangeKind, {
    description: described('What it asks for: add, change or retire', 'Nội dung đề nghị: thêm, sửa hoặc ngừng sử dụng'),
  })
  @Property({ type: 'text' })
  kind: ChangeKind;

  @Field(() => ChangeStatus, { description: described('Where it stands', 'Tình trạng hiện tại') })
  @Property({ type: 'text' })
  status: ChangeStatus = ChangeStatus.PENDING;

  @Field(() => ID, { description: described('The id of the agency asking', 'Mã cơ quan đề nghị') })
  @Property({ type: 'uuid' })
  requestingAgencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The item to change or retire; for ADD, null until approved, then the item created',
      'Đầu công việc cần sửa hoặc ngừng sử dụng; với đề nghị thêm mới (ADD), null cho đến khi được chấp thuận, sau đó là đầu công việc đã tạo',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  workItemId: string | null = null;

  @Field(() => ID, {
    description: described('The sector of the item; its owner department decides', 'Ngành của đầu công việc; sở quản lý ngành quyết định'),
  })
  @Property({ type: 'uuid' })
  sectorId: string;

  @Field(() => GraphQLJSONObject, {
    description: described(
      'The proposed item or version fields (empty for RETIRE)',
      'Các trường đề xuất của đầu công việc hoặc phiên bản (rỗng khi đề nghị ngừng sử dụng)',
    ),
  })
  @Property({ type: 'json' })
  proposal: Record<string, unknown> = {};

  @Field({ description: described('Why the agency asks', 'Lý do cơ quan đề nghị') })
  @Property({ type: 'text' })
  reason: string;

  @Field({
    description: described('Who asked: the subject of the person signed in', 'Người gửi đề nghị: định danh của người đã đăng nhập'),
  })
  @Property({ type: 'text' })
  requestedBy: string;

  @Field(() => String, {
    nullable: true,
    description: described(
      'Who approved or rejected it; null while pending or once withdrawn',
      'Người đã chấp thuận hoặc từ chối; null khi đang chờ hoặc đã rút lại',
    ),
  })
  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described(
      'When it was approved or rejected; null while pending or once withdrawn',
      'Thời điểm chấp thuận hoặc từ chối; null khi đang chờ hoặc đã rút lại',
    ),
  })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('The note given with the decision; null when none', 'Ghi chú kèm quyết định; null nếu không có'),
  })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;
}
