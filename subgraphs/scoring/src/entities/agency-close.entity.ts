import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described, PARTNER } from '@kpi/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive(PARTNER)
@ObjectType({
  description: described(
    'One agency’s period closed before the province’s: its people’s scores frozen with their inputs while the rest stay live',
    'Kỳ của một cơ quan được khóa sổ trước toàn tỉnh: điểm của người thuộc cơ quan được khóa cùng dữ liệu đầu vào, những người khác vẫn cập nhật',
  ),
})
@Entity({ tableName: 'agency_close' })
export class AgencyClose {
  @PrimaryKey({ type: 'uuid' })
  periodId: string;

  @Field(() => ID, { description: described('The agency closed', 'Cơ quan đã khóa sổ') })
  @PrimaryKey({ type: 'uuid' })
  agencyId: string;

  /** Whom the close froze: a reopening unfreezes exactly them. */
  @Property({ type: 'uuid[]' })
  employeeIds: string[];

  @Field(() => Int, { description: described('How many people’s scores the close froze', 'Số người có điểm được khóa') })
  get people(): number {
    return this.employeeIds.length;
  }

  @Field({ description: described('When it was closed', 'Thời điểm khóa sổ') })
  @Property({ type: 'timestamptz' })
  closedAt: Date = new Date();

  @Field({ description: described('Who closed it', 'Người khóa sổ') })
  @Property({ type: 'text' })
  closedBy: string;

  @Field(() => String, {
    nullable: true,
    description: described('Why, as said when closing (audited); null: none given', 'Lý do khi khóa sổ (được ghi vết); null: không nêu'),
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
