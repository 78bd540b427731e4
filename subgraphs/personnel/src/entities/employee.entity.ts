import { Timestamped, described } from '@kpi/platform';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { EmploymentStatus, StaffType } from './enums.js';
import { newId } from './ids.js';

@ObjectType({
  description: described(
    'A cadre, civil servant or public employee. Agency, division, position and supervisor are the latest placement’s. ' +
      'Readable by themselves, their agency’s staff, province analysts and admins, and the graph’s services',
    'Cán bộ, công chức, viên chức. Cơ quan, phòng, vị trí và người phụ trách là của lần bố trí gần nhất. ' +
      'Người xem được: chính họ, cán bộ cùng cơ quan, chuyên viên phân tích và quản trị cấp tỉnh, các dịch vụ của hệ thống',
  ),
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ tableName: 'employee' })
export class Employee extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('Staff code, unique in the province', 'Mã cán bộ, duy nhất trong tỉnh') })
  @Property({ length: 32 })
  code: string;

  @Field({ description: described('Full name, as written in Vietnamese (family name first)', 'Họ và tên đầy đủ') })
  @Property({ type: 'text' })
  fullName: string;

  /** Lower-case, without Vietnamese diacritics: "Nguyễn Văn Đức" is found by "nguyen van duc". */
  @Property({ type: 'text' })
  searchName: string;

  /** Vietnamese names sort by given name (the last word), then the full name. */
  @Property({ type: 'text' })
  sortName: string;

  @Field(() => StaffType, { description: described('Cadre, civil servant or public employee', 'Cán bộ, công chức hay viên chức') })
  @Property({ type: 'text' })
  staffType: StaffType;

  // Shared: the diary and scoring answer the signed-in person's placement with their own `me`
  // (@provides), from personnel's facts they keep, so a page needs no call to personnel first.
  @Directive('@shareable')
  @Field(() => ID, { description: described('The agency they work in (latest placement)', 'Cơ quan công tác (theo lần bố trí gần nhất)') })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Directive('@shareable')
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Their division (phòng) in the agency; null when placed in the agency itself',
      'Phòng công tác trong cơ quan; null khi bố trí trực tiếp tại cơ quan',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: described('Their job position; null once separated from service', 'Vị trí việc làm; null khi đã thôi công tác'),
  })
  @Property({ type: 'uuid', nullable: true })
  positionId: string | null;

  @Directive('@shareable')
  @Field(() => ID, {
    nullable: true,
    description: described('Their direct supervisor; null when they report to no one', 'Người phụ trách trực tiếp; null khi không có ai'),
  })
  @Property({ type: 'uuid', nullable: true })
  supervisorId: string | null = null;

  @Field(() => EmploymentStatus, { description: described('In service or not, and why', 'Đang công tác hay không, và lý do') })
  @Property({ type: 'text' })
  status: EmploymentStatus = EmploymentStatus.ACTIVE;

  @Field(() => String, {
    nullable: true,
    description: described('E-mail address; null when not recorded', 'Địa chỉ thư điện tử; null khi chưa ghi nhận'),
  })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;
}
