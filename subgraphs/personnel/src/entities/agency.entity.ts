import { Timestamped, described } from '@kpi/platform';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyKind } from './enums.js';
import { newId } from './ids.js';

@ObjectType({
  description: described(
    'An agency, unit, locality or division, in the province → agency → division tree. Anyone of the province’s workforce, the graph’s services and province analysts read it',
    'Cơ quan, đơn vị, địa phương hoặc phòng trong sơ đồ tổ chức tỉnh → cơ quan → phòng. Mọi cán bộ, công chức, viên chức của tỉnh, các dịch vụ của hệ thống và chuyên viên phân tích cấp tỉnh đều xem được',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agency' })
export class Agency extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('Stable code, unique in the province', 'Mã ổn định, duy nhất trong tỉnh') })
  @Property({ length: 32 })
  code: string;

  @Field({ description: described('Its official name', 'Tên chính thức') })
  @Property({ type: 'text' })
  name: string;

  /** Lower-case, without diacritics, for search. */
  @Property({ type: 'text' })
  searchName: string;

  @Field(() => AgencyKind, { description: described('What kind of body it is', 'Loại tổ chức') })
  @Property({ type: 'text' })
  kind: AgencyKind;

  @Field(() => ID, {
    nullable: true,
    description: described('The agency it belongs to; null for the province (the root)', 'Cơ quan cấp trên trực tiếp; null với tỉnh (gốc)'),
  })
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  /** Materialised path of ids, `/root/…/self/`: subtree filters are one indexed prefix match. */
  @Property({ type: 'text' })
  path: string;

  @Field(() => Int, {
    description: described(
      '0 for the province, 1 for its agencies and localities, 2 for their divisions…',
      '0 với tỉnh, 1 với các cơ quan và địa phương trực thuộc, 2 với các phòng của chúng…',
    ),
  })
  @Property({ type: 'smallint' })
  depth: number;

  @Field(() => [String], {
    description: described(
      'Codes of the sectors (ngành, lĩnh vực) it belongs to; the catalogue owns sectors',
      'Mã các ngành, lĩnh vực mà nó thuộc về; danh mục công việc quản lý các ngành',
    ),
  })
  @Property({ type: 'text[]' })
  sectorCodes: string[] = [];

  @Field({
    description: described(
      'False once it no longer operates (dissolved or merged); kept, with its history',
      'False khi không còn hoạt động (giải thể hoặc sáp nhập); vẫn được giữ lại cùng lịch sử',
    ),
  })
  @Property()
  active: boolean = true;
}
