import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, Timestamped, GraphQLLocalDate, described } from '@kpi/platform';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { WorkItemGroup, WorkItemStatus } from './enums.js';

@ObjectType({
  description: described(
    'A countable kind of work (đầu công việc). Its standard minutes, coefficient and criteria are effective-dated versions: the fields here are today’s version; `asOf(date)` answers for any date. Every person signed in reads the catalogue',
    'Một loại công việc đếm được (đầu công việc). Thời gian chuẩn, hệ số và tiêu chí có các phiên bản theo ngày hiệu lực: các trường ở đây là phiên bản hôm nay; `asOf(date)` cho biết phiên bản của một ngày bất kỳ. Mọi người đã đăng nhập đều xem được danh mục',
  ),
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ tableName: 'work_item' })
export class WorkItem extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('Stable code, unique in the province', 'Mã ổn định, duy nhất trong tỉnh') })
  @Property({ length: 32 })
  code: string;

  @Field(() => ID, { description: described('The id of its sector', 'Mã ngành') })
  @Property({ type: 'uuid' })
  sectorId: string;

  @Field(() => WorkItemGroup, { description: described('Its group (A–D): who owns it', 'Nhóm (A–D): cho biết ai quản lý') })
  @Property({ type: 'text', fieldName: 'item_group' })
  group: WorkItemGroup;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'Group C: the agency whose own list it is; null for the other groups',
      'Nhóm C: cơ quan có danh mục riêng chứa đầu công việc này; null với các nhóm khác',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  ownerAgencyId: string | null = null;

  @Field(() => WorkItemStatus, {
    description: described('Active, or retired from retiredFrom', 'Đang sử dụng, hoặc ngừng sử dụng từ ngày retiredFrom'),
  })
  @Property({ type: 'text' })
  status: WorkItemStatus = WorkItemStatus.ACTIVE;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'First day it may no longer be logged; null while it is active',
      'Ngày đầu tiên không được ghi nhật ký nữa; null khi còn sử dụng',
    ),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  retiredFrom: string | null = null;
}
