import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described, GraphQLLocalDate, Role } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from './ids.js';

@ObjectType({
  description: described(
    'A role given to a person by a province or agency admin, from a date (and to a date, or until revoked): agency and ' +
      'catalogue admins over one agency, province analysts and admins over the province. Never deleted: the grants are their ' +
      'own audit trail (who granted, who revoked, when and why)',
    'Vai trò do quản trị tỉnh hoặc quản trị cơ quan giao cho một người, từ một ngày (đến một ngày, hoặc đến khi thu hồi): ' +
      'quản trị cơ quan và quản trị danh mục trong một cơ quan, chuyên viên phân tích và quản trị cấp tỉnh trên toàn tỉnh. ' +
      'Không bao giờ bị xóa: chính các lần giao là nhật ký kiểm tra (ai giao, ai thu hồi, khi nào và vì sao)',
  ),
})
@Entity({ tableName: 'role_grant' })
export class RoleGrant {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The person it was granted to', 'Người được giao') })
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => Role, { description: described('The role granted', 'Vai trò được giao') })
  @Property({ type: 'text' })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The agency an agency or catalogue admin acts for; null for province roles',
      'Cơ quan mà quản trị cơ quan hoặc quản trị danh mục phụ trách; null với vai trò cấp tỉnh',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field(() => GraphQLLocalDate, { description: described('The first day it holds', 'Ngày bắt đầu có hiệu lực') })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('The last day it holds; null while open-ended', 'Ngày cuối cùng có hiệu lực; null khi không thời hạn'),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field({ description: described('Who granted it (subject of the caller’s identity)', 'Người giao (định danh của người gọi)') })
  @Property({ type: 'text' })
  grantedBy: string;

  @Field({ description: described('When it was granted', 'Thời điểm giao') })
  @Property({ type: 'timestamptz' })
  grantedAt: Date = new Date();

  @Field(() => String, {
    nullable: true,
    description: described('Why it was granted (the decision behind it)', 'Lý do giao (quyết định làm căn cứ)'),
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('Who revoked it; null while not revoked', 'Người thu hồi; null khi chưa thu hồi'),
  })
  @Property({ type: 'text', nullable: true })
  revokedBy: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described('When it was revoked: it stops counting at that moment', 'Thời điểm thu hồi: hết hiệu lực ngay từ lúc đó'),
  })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('Why it was revoked; null while not revoked', 'Lý do thu hồi; null khi chưa thu hồi'),
  })
  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;
}
