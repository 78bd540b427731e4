import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described } from '@kpi/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from './ids.js';

@ObjectType({
  description: described(
    'A system that calls the graph on its own behalf (E-Office, an analytics system, a sector’s system), registered by a ' +
      'province admin: its OAuth client id, the scopes it holds, its own rate limit. Its secret is shown once, at registration ' +
      'or rotation; only a hash is kept. Never deleted: revoked, with who and why. Read by province admins',
    'Hệ thống gọi vào hệ thống KPI nhân danh chính nó (E-Office, hệ thống phân tích, hệ thống của một ngành), do quản trị tỉnh ' +
      'đăng ký: mã ứng dụng OAuth, các quyền (scope) được cấp, giới hạn tần suất riêng. Khóa bí mật chỉ hiển thị một lần, khi đăng ký ' +
      'hoặc khi đổi khóa; chỉ lưu giá trị băm. Không bao giờ bị xóa: chỉ thu hồi, ghi rõ ai và vì sao. Quản trị tỉnh xem được',
  ),
})
@Entity({ tableName: 'integration_client' })
export class IntegrationClient {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({
    description: described(
      'The OAuth client id it authenticates with (lower-case letters, digits, dashes)',
      'Mã ứng dụng OAuth dùng để xác thực (chữ thường, chữ số, dấu gạch ngang)',
    ),
  })
  @Property({ type: 'text', unique: true })
  clientId: string;

  @Field({
    description: described('A name people recognise it by, e.g. E-Office of the province', 'Tên dễ nhận biết, ví dụ E-Office của tỉnh'),
  })
  @Property({ type: 'text' })
  name: string;

  @Field(() => [String], {
    description: described('What it may do: diary:intake, analytics:read', 'Những việc được phép làm: diary:intake, analytics:read'),
  })
  @Property({ type: 'text[]' })
  scopes: string[];

  @Field(() => Int, {
    nullable: true,
    description: described(
      'Its requests per rate window at the gateway; null: the gateway’s default for callers',
      'Số yêu cầu tối đa trong mỗi khung thời gian tại cổng (gateway); null: theo mức mặc định của cổng',
    ),
  })
  @Property({ type: 'integer', nullable: true })
  requestsPerWindow: number | null = null;

  /** SHA-256 (hex) of its secret: 256 random bits, so a hash is enough and the secret itself is never stored. */
  @Property({ type: 'text', hidden: true })
  secretHash: string;

  @Field({
    description: described(
      'When its current secret was set (registration or the last rotation)',
      'Thời điểm đặt khóa bí mật hiện tại (khi đăng ký hoặc lần đổi khóa gần nhất)',
    ),
  })
  @Property({ type: 'timestamptz' })
  secretSetAt: Date = new Date();

  @Field({ description: described('Who registered it (subject of the caller’s identity)', 'Người đăng ký (định danh của người gọi)') })
  @Property({ type: 'text' })
  registeredBy: string;

  @Field({ description: described('When it was registered', 'Thời điểm đăng ký') })
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();

  @Field(() => Date, {
    nullable: true,
    description: described(
      'When it was revoked: its tokens stop working then; null while it is in use',
      'Thời điểm thu hồi: mã truy cập của nó hết hiệu lực từ lúc đó; null khi đang sử dụng',
    ),
  })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('Who revoked it; null while in use', 'Người thu hồi; null khi đang sử dụng'),
  })
  @Property({ type: 'text', nullable: true })
  revokedBy: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('Why it was revoked; null while in use', 'Lý do thu hồi; null khi đang sử dụng'),
  })
  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;
}
