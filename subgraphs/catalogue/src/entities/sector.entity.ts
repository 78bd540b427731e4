import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, Timestamped, described } from '@kpi/platform';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: described(
    'A sector (ngành, lĩnh vực); a vertical sector runs through every level and has its own KPI standard',
    'Ngành, lĩnh vực; ngành dọc xuyên suốt các cấp và có chuẩn KPI riêng',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'sector' })
export class Sector extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({
    description: described(
      'Stable code, e.g. FINANCE; agencies list the sectors they belong to by code',
      'Mã ổn định, ví dụ FINANCE; cơ quan khai báo các ngành mình thuộc bằng mã này',
    ),
  })
  @Property({ length: 32 })
  code: string;

  @Field({ description: described('Its name', 'Tên ngành') })
  @Property({ type: 'text' })
  name: string;

  @Field({
    description: described(
      'A vertical sector (ngành dọc): runs through every level, from province to commune',
      'Ngành dọc: xuyên suốt các cấp, từ tỉnh đến xã',
    ),
  })
  @Property()
  isVertical: boolean = false;

  @Field(() => ID, {
    description: described(
      'The department that owns the sector’s items and standards',
      'Sở (cơ quan) quản lý đầu công việc và chuẩn KPI của ngành',
    ),
  })
  @Property({ type: 'uuid' })
  ownerAgencyId: string;

  @Field({ description: described('What it covers; empty when none was written', 'Phạm vi của ngành; rỗng nếu chưa mô tả') })
  @Property({ type: 'text' })
  description: string = '';

  @Field({
    description: described(
      'False once deactivated: no new items may be created in it',
      'False khi đã ngừng hoạt động: không tạo được đầu công việc mới trong ngành',
    ),
  })
  @Property()
  active: boolean = true;
}
