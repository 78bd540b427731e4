import { Timestamped, described } from '@kpi/platform';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PositionCategory } from './enums.js';
import { newId } from './ids.js';

export const STANDARD_MINUTES_PER_DAY = 480;

@ObjectType({
  description: described(
    'A job position (vị trí việc làm) in an agency, with its job description. Part of the org chart: the province’s workforce reads it',
    'Vị trí việc làm trong một cơ quan, kèm bản mô tả công việc. Thuộc sơ đồ tổ chức: mọi cán bộ, công chức, viên chức của tỉnh xem được',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'job_position' })
export class JobPosition extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The agency it is established in', 'Cơ quan có vị trí này') })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field({ description: described('Its code, unique within its agency', 'Mã vị trí, duy nhất trong cơ quan') })
  @Property({ length: 32 })
  code: string;

  @Field({ description: described('Its title, e.g. Chuyên viên phòng Tổ chức', 'Tên vị trí, ví dụ Chuyên viên phòng Tổ chức') })
  @Property({ type: 'text' })
  title: string;

  @Field(() => PositionCategory, { description: described('Which of the four categories it is in', 'Thuộc nhóm vị trí việc làm nào') })
  @Property({ type: 'text' })
  category: PositionCategory;

  @Field({ description: described('The job description; empty when none was given', 'Bản mô tả công việc; rỗng khi chưa nhập') })
  @Property({ type: 'text' })
  description: string = '';

  @Field({
    description: described(
      'Whether its holder leads or manages (KPI counts for 50 % of their assessment instead of 70 %)',
      'Người giữ vị trí có phải là lãnh đạo, quản lý không (điểm KPI chiếm 50 % kết quả đánh giá thay vì 70 %)',
    ),
  })
  @Property()
  isLeadership: boolean = false;

  @Field(() => Int, {
    description: described(
      'Standard working minutes per day for this position, 60 to 720 (default 480: 8 hours)',
      'Số phút làm việc chuẩn một ngày của vị trí, từ 60 đến 720 (mặc định 480: 8 giờ)',
    ),
  })
  @Property({ type: 'integer' })
  standardMinutesPerDay: number = STANDARD_MINUTES_PER_DAY;

  @Field({
    description: described(
      'False once abolished: no one new is placed in it; kept for history',
      'False khi đã bãi bỏ: không bố trí thêm người; vẫn giữ cho lịch sử',
    ),
  })
  @Property()
  active: boolean = true;
}
