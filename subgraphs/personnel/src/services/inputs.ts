import { described, GraphQLLocalDate, Role } from '@kpi/platform';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyKind, EmploymentStatus, IntegrationClient, PositionCategory, StaffType } from '../entities/index.js';
import { EmployeeSortField, SortDirection } from '../store/employee.store.js';

registerEnumType(EmployeeSortField, {
  name: 'EmployeeSortField',
  description: described('What the staff directory is sorted by', 'Tiêu chí sắp xếp danh sách cán bộ'),
  valuesConfig: {
    NAME: {
      description: described(
        'By given name (the last word), then the full name, as Vietnamese directories do',
        'Theo tên (từ cuối cùng), rồi đến họ và tên, như danh sách cán bộ thường sắp xếp',
      ),
    },
    CODE: { description: described('By staff code', 'Theo mã cán bộ') },
  },
});
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: described('Which way a sort runs', 'Chiều sắp xếp'),
  valuesConfig: {
    ASC: { description: described('Ascending: A to Z, smallest first', 'Tăng dần: từ A đến Z, nhỏ trước') },
    DESC: { description: described('Descending: Z to A, largest first', 'Giảm dần: từ Z đến A, lớn trước') },
  },
});

const ACTIVE_FILTER = described(
  'Only the active (true) or the inactive (false); both when left out',
  'Chỉ loại đang hoạt động (true) hoặc đã ngừng (false); cả hai khi bỏ trống',
);

@InputType({
  description: described(
    'Which agencies to list; every condition given must hold',
    'Điều kiện lọc cơ quan; mọi điều kiện đã nêu đều phải thỏa',
  ),
})
export class AgencyFilter {
  @Field(() => AgencyKind, { nullable: true, description: described('Of this kind only', 'Chỉ loại tổ chức này') }) kind?: AgencyKind;
  @Field(() => ID, {
    nullable: true,
    description: described('Direct children of this agency', 'Các đơn vị trực thuộc trực tiếp cơ quan này'),
  })
  parentId?: string;
  @Field(() => ID, {
    nullable: true,
    description: described('Anywhere below this agency', 'Mọi đơn vị cấp dưới của cơ quan này, ở mọi cấp'),
  })
  withinAgencyId?: string;
  @Field({
    nullable: true,
    description: described('Part of the name or code, diacritics optional', 'Một phần tên hoặc mã, có hoặc không dấu đều được'),
  })
  search?: string;
  @Field({ nullable: true, description: ACTIVE_FILTER }) active?: boolean;
}

@InputType({ description: described('A new agency, unit, locality or division', 'Cơ quan, đơn vị, địa phương hoặc phòng mới') })
export class CreateAgencyInput {
  @Field({ description: described('Stable code, unique in the province', 'Mã ổn định, duy nhất trong tỉnh') }) code: string;
  @Field({ description: described('Its official name', 'Tên chính thức') }) name: string;
  @Field(() => AgencyKind, { description: described('What kind of body it is', 'Loại tổ chức') }) kind: AgencyKind;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'The agency it belongs to: required for everything but a PROVINCE',
      'Cơ quan cấp trên: bắt buộc, trừ khi là PROVINCE',
    ),
  })
  parentId?: string;
  @Field(() => [String], {
    nullable: true,
    description: described('Codes of its sectors (ngành, lĩnh vực); default none', 'Mã các ngành, lĩnh vực; mặc định không có'),
  })
  sectorCodes?: string[];
}

@InputType({
  description: described('Changes to an agency; what is left out stays as it is', 'Thay đổi thông tin cơ quan; trường bỏ trống giữ nguyên'),
})
export class UpdateAgencyInput {
  @Field({ nullable: true, description: described('Its new name', 'Tên mới') }) name?: string;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Move the agency (and its subtree) under another parent',
      'Chuyển cơ quan (cùng các đơn vị cấp dưới) sang cơ quan cấp trên khác',
    ),
  })
  parentId?: string;
  @Field(() => [String], {
    nullable: true,
    description: described('Codes of its sectors, replacing the list', 'Mã các ngành, lĩnh vực, thay cho danh sách cũ'),
  })
  sectorCodes?: string[];
  @Field({
    nullable: true,
    description: described('False when it no longer operates; true to reopen it', 'False khi không còn hoạt động; true để hoạt động lại'),
  })
  active?: boolean;
}

@InputType({
  description: described(
    'Which job positions to list; every condition given must hold',
    'Điều kiện lọc vị trí việc làm; mọi điều kiện đã nêu đều phải thỏa',
  ),
})
export class JobPositionFilter {
  @Field(() => ID, { nullable: true, description: described('Of this agency', 'Thuộc cơ quan này') }) agencyId?: string;
  @Field(() => PositionCategory, { nullable: true, description: described('Of this category', 'Thuộc nhóm vị trí này') })
  category?: PositionCategory;
  @Field({
    nullable: true,
    description: described(
      'Only leadership positions (true) or only the others (false)',
      'Chỉ vị trí lãnh đạo, quản lý (true) hoặc chỉ các vị trí khác (false)',
    ),
  })
  isLeadership?: boolean;
  @Field({ nullable: true, description: ACTIVE_FILTER }) active?: boolean;
}

@InputType({ description: described('A new job position in an agency', 'Vị trí việc làm mới trong một cơ quan') })
export class CreateJobPositionInput {
  @Field(() => ID, { description: described('The agency it is established in', 'Cơ quan có vị trí này') }) agencyId: string;
  @Field({ description: described('Its code, unique within the agency', 'Mã vị trí, duy nhất trong cơ quan') }) code: string;
  @Field({ description: described('Its title', 'Tên vị trí') }) title: string;
  @Field(() => PositionCategory, { description: described('Which of the four categories it is in', 'Thuộc nhóm vị trí việc làm nào') })
  category: PositionCategory;
  @Field({ nullable: true, description: described('The job description; default empty', 'Bản mô tả công việc; mặc định để trống') })
  description?: string;
  @Field({
    nullable: true,
    description: described(
      'Whether its holder leads or manages; defaults to true for the LEADERSHIP category',
      'Người giữ vị trí có phải lãnh đạo, quản lý không; mặc định true với nhóm LEADERSHIP',
    ),
  })
  isLeadership?: boolean;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Standard working minutes per day, 60 to 720; default 480',
      'Số phút làm việc chuẩn một ngày, từ 60 đến 720; mặc định 480',
    ),
  })
  standardMinutesPerDay?: number;
}

@InputType({
  description: described(
    'Changes to a job position; what is left out stays as it is',
    'Thay đổi vị trí việc làm; trường bỏ trống giữ nguyên',
  ),
})
export class UpdateJobPositionInput {
  @Field({ nullable: true, description: described('Its new title', 'Tên mới') }) title?: string;
  @Field(() => PositionCategory, { nullable: true, description: described('Its new category', 'Nhóm vị trí mới') })
  category?: PositionCategory;
  @Field({ nullable: true, description: described('Its new job description', 'Bản mô tả công việc mới') }) description?: string;
  @Field({
    nullable: true,
    description: described('Whether its holder leads or manages', 'Người giữ vị trí có phải lãnh đạo, quản lý không'),
  })
  isLeadership?: boolean;
  @Field(() => Int, {
    nullable: true,
    description: described('Standard working minutes per day, 60 to 720', 'Số phút làm việc chuẩn một ngày, từ 60 đến 720'),
  })
  standardMinutesPerDay?: number;
  @Field({
    nullable: true,
    description: described(
      'False to abolish it (no one new is placed in it); true to restore it',
      'False để bãi bỏ (không bố trí thêm người); true để khôi phục',
    ),
  })
  active?: boolean;
}

@InputType({
  description: described(
    'Who reported to one of these supervisors in some placement overlapping a range of days',
    'Những người chịu sự phụ trách của một trong các người này trong một lần bố trí giao với khoảng ngày đã cho',
  ),
})
export class SupervisionFilter {
  @Field(() => [ID], { description: described('The supervisors (at most 500)', 'Những người phụ trách (tối đa 500)') })
  supervisorIds: string[];
  @Field(() => GraphQLLocalDate, { description: described('First day of the range', 'Ngày đầu của khoảng') }) from: string;
  @Field(() => GraphQLLocalDate, {
    description: described('Last day of the range (not before from)', 'Ngày cuối của khoảng (không trước ngày đầu)'),
  })
  to: string;
}

@InputType({
  description: described(
    'Which employees to list, among those the caller may read; every condition given must hold',
    'Điều kiện lọc cán bộ, trong số người mà người gọi được xem; mọi điều kiện đã nêu đều phải thỏa',
  ),
})
export class EmployeeFilter {
  @Field(() => [ID], { nullable: true, description: described('These employees only (at most 500)', 'Chỉ những cán bộ này (tối đa 500)') })
  ids?: string[];
  @Field(() => SupervisionFilter, {
    nullable: true,
    description: described(
      'Employees who reported to one of these supervisors at some time in the range (a leader’s unit over a period)',
      'Cán bộ chịu sự phụ trách của một trong những người này vào một thời điểm trong khoảng (đơn vị của một lãnh đạo trong một kỳ)',
    ),
  })
  supervisedBy?: SupervisionFilter;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Employees of this agency or division, or anywhere below it',
      'Cán bộ của cơ quan hoặc phòng này, hoặc của mọi đơn vị cấp dưới',
    ),
  })
  agencyId?: string;
  @Field(() => ID, { nullable: true, description: described('Employees of this division', 'Cán bộ của phòng này') }) divisionId?: string;
  @Field(() => ID, { nullable: true, description: described('Holders of this position', 'Người giữ vị trí việc làm này') })
  positionId?: string;
  @Field(() => PositionCategory, {
    nullable: true,
    description: described('Holders of a position of this category', 'Người giữ vị trí thuộc nhóm này'),
  })
  positionCategory?: PositionCategory;
  @Field(() => StaffType, { nullable: true, description: described('Of this staff type', 'Thuộc loại cán bộ, công chức, viên chức này') })
  staffType?: StaffType;
  @Field(() => EmploymentStatus, { nullable: true, description: described('In this status', 'Có trạng thái này') })
  status?: EmploymentStatus;
  @Field(() => ID, {
    nullable: true,
    description: described('Direct reports of this person now', 'Người đang chịu sự phụ trách trực tiếp của người này'),
  })
  supervisorId?: string;
  @Field({
    nullable: true,
    description: described(
      'Part of the name or staff code; diacritics optional',
      'Một phần họ tên hoặc mã cán bộ; có hoặc không dấu đều được',
    ),
  })
  search?: string;
}

@InputType({ description: described('How to sort the staff directory', 'Cách sắp xếp danh sách cán bộ') })
export class EmployeeOrder {
  @Field(() => EmployeeSortField, { description: described('What to sort by', 'Sắp xếp theo tiêu chí nào') }) field: EmployeeSortField;
  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: described('Which way (default ascending)', 'Chiều sắp xếp (mặc định tăng dần)'),
  })
  direction: SortDirection;
}

@InputType({
  description: described('A new employee and their first placement (a HIRE)', 'Cán bộ mới và lần bố trí đầu tiên (HIRE: tuyển dụng)'),
})
export class CreateEmployeeInput {
  @Field({ description: described('Staff code, unique in the province', 'Mã cán bộ, duy nhất trong tỉnh') }) code: string;
  @Field({ description: described('Full name', 'Họ và tên') }) fullName: string;
  @Field(() => StaffType, { description: described('Cadre, civil servant or public employee', 'Cán bộ, công chức hay viên chức') })
  staffType: StaffType;
  @Field(() => ID, { description: described('The agency they join (not a division)', 'Cơ quan công tác (không phải phòng)') })
  agencyId: string;
  @Field(() => ID, { nullable: true, description: described('Their division, inside that agency', 'Phòng công tác, thuộc cơ quan đó') })
  divisionId?: string;
  @Field(() => ID, {
    description: described('Their job position, an active one of that agency', 'Vị trí việc làm, đang hoạt động, của cơ quan đó'),
  })
  positionId: string;
  @Field(() => ID, {
    nullable: true,
    description: described('Their direct supervisor, in service', 'Người phụ trách trực tiếp, đang công tác'),
  })
  supervisorId?: string;
  @Field({ nullable: true, description: described('E-mail address', 'Địa chỉ thư điện tử') }) email?: string;
  @Field(() => GraphQLLocalDate, { description: described('First day in this placement', 'Ngày đầu tiên của lần bố trí này') })
  startDate: string;
  @Field({ nullable: true, description: described('Number of the recruitment decision', 'Số quyết định tuyển dụng') })
  decisionNumber?: string;
}

@InputType({
  description: described(
    'Changes to an employee’s own record; what is left out stays as it is. Placements change through transfer, rotation, appointment',
    'Thay đổi thông tin cá nhân của cán bộ; trường bỏ trống giữ nguyên. Việc bố trí thay đổi qua điều động, luân chuyển, bổ nhiệm',
  ),
})
export class UpdateEmployeeInput {
  @Field({ nullable: true, description: described('Full name', 'Họ và tên') }) fullName?: string;
  @Field(() => StaffType, {
    nullable: true,
    description: described('Cadre, civil servant or public employee', 'Cán bộ, công chức hay viên chức'),
  })
  staffType?: StaffType;
  @Field({ nullable: true, description: described('E-mail address', 'Địa chỉ thư điện tử') }) email?: string;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Change the direct supervisor (refused if it would make a cycle)',
      'Đổi người phụ trách trực tiếp (bị từ chối nếu tạo thành vòng tròn)',
    ),
  })
  supervisorId?: string;
}

@InputType({
  description: described(
    'A transfer, rotation or appointment, effective from a date',
    'Điều động, luân chuyển hoặc bổ nhiệm, có hiệu lực từ một ngày',
  ),
})
export class PlacementInput {
  @Field(() => ID, { description: described('The employee, in service', 'Cán bộ, đang công tác') }) employeeId: string;
  @Field(() => ID, {
    nullable: true,
    description: described('Target agency; defaults to the current one', 'Cơ quan mới; mặc định là cơ quan hiện tại'),
  })
  agencyId?: string;
  @Field(() => ID, { nullable: true, description: described('Target division, inside the target agency', 'Phòng mới, thuộc cơ quan mới') })
  divisionId?: string;
  @Field(() => ID, { description: described('Target position, of the target agency', 'Vị trí việc làm mới, thuộc cơ quan mới') })
  positionId: string;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Defaults to the current supervisor when the agency stays the same',
      'Mặc định là người phụ trách hiện tại nếu vẫn ở cơ quan cũ',
    ),
  })
  supervisorId?: string;
  @Field(() => GraphQLLocalDate, {
    description: described(
      'First day in the new placement, after the current one began',
      'Ngày đầu tiên của lần bố trí mới, sau ngày bắt đầu của lần bố trí hiện tại',
    ),
  })
  effectiveFrom: string;
  @Field({ nullable: true, description: described('Number of the decision (quyết định) behind it', 'Số quyết định làm căn cứ') })
  decisionNumber?: string;
  @Field({ nullable: true, description: described('Why, kept with the placement', 'Lý do, lưu cùng lần bố trí') }) reason?: string;
}

@InputType({ description: described('An employee leaving service from a date', 'Cán bộ thôi công tác từ một ngày') })
export class DeactivateEmployeeInput {
  @Field(() => ID, { description: described('The employee, in service', 'Cán bộ, đang công tác') }) employeeId: string;
  @Field(() => EmploymentStatus, {
    description: described(
      'RETIRED, RESIGNED, TRANSFERRED_OUT, DECEASED or SUSPENDED',
      'RETIRED, RESIGNED, TRANSFERRED_OUT, DECEASED hoặc SUSPENDED',
    ),
  })
  status: EmploymentStatus;
  @Field(() => GraphQLLocalDate, { description: described('First day out of service', 'Ngày đầu tiên thôi công tác') })
  effectiveFrom: string;
  @Field({ nullable: true, description: described('Number of the decision (quyết định) behind it', 'Số quyết định làm căn cứ') })
  decisionNumber?: string;
  @Field({ nullable: true, description: described('Why; default: the status', 'Lý do; mặc định là trạng thái') }) reason?: string;
}

@InputType({
  description: described(
    'A role given to a person; agency roles name the agency they are held over',
    'Giao vai trò cho một người; vai trò cấp cơ quan phải nêu cơ quan được phụ trách',
  ),
})
export class GrantRoleInput {
  @Field(() => ID, { description: described('The person it is given to', 'Người được giao') }) employeeId: string;
  @Field(() => Role, {
    description: described(
      'AGENCY_ADMIN, CATALOGUE_ADMIN (with agencyId), PROVINCE_ANALYST or PROVINCE_ADMIN',
      'AGENCY_ADMIN, CATALOGUE_ADMIN (kèm agencyId), PROVINCE_ANALYST hoặc PROVINCE_ADMIN',
    ),
  })
  role: Role;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'The agency an agency role is held over; none for province roles',
      'Cơ quan mà vai trò cấp cơ quan phụ trách; bỏ trống với vai trò cấp tỉnh',
    ),
  })
  agencyId?: string;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('The first day it holds; default: today', 'Ngày bắt đầu hiệu lực; mặc định: hôm nay'),
  })
  effectiveFrom?: string;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('The last day it holds; default: until revoked', 'Ngày cuối cùng có hiệu lực; mặc định: đến khi thu hồi'),
  })
  effectiveTo?: string;
  @Field({
    description: described('Why (the decision behind it): kept with the grant', 'Lý do (quyết định làm căn cứ): lưu cùng lần giao'),
  })
  reason: string;
}

@InputType({
  description: described(
    'Which role grants to list, among those the caller may read',
    'Điều kiện lọc các lần giao vai trò, trong số người gọi được xem',
  ),
})
export class RoleGrantFilter {
  @Field(() => ID, { nullable: true, description: described('Grants to this person', 'Các vai trò giao cho người này') })
  employeeId?: string;
  @Field(() => ID, { nullable: true, description: described('Grants over this agency', 'Các vai trò phụ trách cơ quan này') })
  agencyId?: string;
  @Field({
    nullable: true,
    description: described(
      'Also the grants ended or revoked (default: only those holding today)',
      'Gồm cả các vai trò đã hết hạn hoặc bị thu hồi (mặc định: chỉ các vai trò còn hiệu lực hôm nay)',
    ),
  })
  includeEnded?: boolean;
}

@ObjectType({
  description: described(
    'A placement overlapping a range (not a separation), as scoring reads it: where, under whom, in what position',
    'Một lần bố trí giao với khoảng ngày (không phải thôi việc), như phần tính điểm đọc: ở đâu, ai phụ trách, vị trí nào',
  ),
})
export class ScoringPlacement {
  @Field(() => ID, { description: described('The person', 'Người được bố trí') }) employeeId: string;
  @Field(() => ID, { description: described('Their agency then', 'Cơ quan khi đó') }) agencyId: string;
  @Field(() => ID, { nullable: true, description: described('Their division then', 'Phòng khi đó') }) divisionId: string | null;
  @Field(() => ID, { nullable: true, description: described('Their position then', 'Vị trí việc làm khi đó') }) positionId: string | null;
  @Field(() => ID, { nullable: true, description: described('Their direct supervisor then', 'Người phụ trách trực tiếp khi đó') })
  supervisorId: string | null;
  @Field(() => GraphQLLocalDate, { description: described('First day', 'Ngày bắt đầu') }) effectiveFrom: string;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('Last day; null: still holds', 'Ngày kết thúc; null: còn hiệu lực'),
  })
  effectiveTo: string | null;
  @Field(() => [String], { description: described('The sectors of their agency', 'Các lĩnh vực của cơ quan') }) sectorCodes: string[];
  @Field(() => PositionCategory, { nullable: true, description: described('Their position’s category', 'Nhóm của vị trí') })
  positionCategory: PositionCategory | null;
  @Field({ description: described('Whether their position leads', 'Vị trí có phải lãnh đạo không') }) isLeadership: boolean;
  @Field(() => Int, {
    nullable: true,
    description: described('Their position’s standard minutes a day', 'Số phút chuẩn một ngày của vị trí'),
  })
  standardMinutesPerDay: number | null;
}

@ObjectType({
  description: described(
    'What a person may do on a day, from their placement and the role grants that hold',
    'Những gì một người được làm trong một ngày, theo lần bố trí và các vai trò còn hiệu lực',
  ),
})
export class EmployeeAccess {
  @Field(() => GraphQLLocalDate, {
    description: described('The day it holds for (today, in Vietnam)', 'Ngày áp dụng (hôm nay, theo giờ Việt Nam)'),
  })
  on: string;
  @Field(() => [Role], {
    description: described(
      'STAFF in service; UNIT_HEAD in a leadership post; granted roles',
      'STAFF khi đang công tác; UNIT_HEAD khi giữ vị trí lãnh đạo; cùng các vai trò được giao',
    ),
  })
  roles: Role[];
  @Field(() => [ID], {
    description: described(
      'Their agency, and the agencies their agency roles are over',
      'Cơ quan của họ và các cơ quan mà vai trò cấp cơ quan của họ phụ trách',
    ),
  })
  agencyIds: string[];
  @Field(() => [ID], {
    description: described(
      'The unit a leader leads: their division, or their agency at its top',
      'Đơn vị mà lãnh đạo phụ trách: phòng của họ, hoặc cơ quan nếu họ lãnh đạo cấp cơ quan',
    ),
  })
  unitIds: string[];
}

@InputType({ description: described('A new integration client', 'Ứng dụng tích hợp mới') })
export class RegisterClientInput {
  @Field({
    description: described(
      'Its OAuth client id: lower-case letters, digits, dashes, 2 to 63 (e.g. eoffice)',
      'Mã ứng dụng OAuth: chữ thường, chữ số, dấu gạch ngang, từ 2 đến 63 ký tự (ví dụ eoffice)',
    ),
  })
  clientId: string;
  @Field({ description: described('A name people recognise it by', 'Tên dễ nhận biết') }) name: string;
  @Field(() => [String], {
    description: described(
      'What it may do, at least one: diary:intake, analytics:read',
      'Những việc được phép làm, ít nhất một: diary:intake, analytics:read',
    ),
  })
  scopes: string[];
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Its own rate limit (requests per window, 1 to 100,000); default: the gateway’s',
      'Giới hạn tần suất riêng (số yêu cầu mỗi khung thời gian, từ 1 đến 100.000); mặc định: theo cổng',
    ),
  })
  requestsPerWindow?: number | null;
}

@InputType({
  description: described(
    'Changes to an integration client; what is left out stays as it is',
    'Thay đổi ứng dụng tích hợp; trường bỏ trống giữ nguyên',
  ),
})
export class UpdateClientInput {
  @Field({ nullable: true, description: described('Its new name', 'Tên mới') }) name?: string;
  @Field(() => [String], { nullable: true, description: described('Its scopes, replacing the list', 'Các quyền, thay cho danh sách cũ') })
  scopes?: string[];
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Its rate limit (requests per window, 1 to 100,000); null: back to the gateway’s default',
      'Giới hạn tần suất (số yêu cầu mỗi khung thời gian, từ 1 đến 100.000); null: trở về mức mặc định của cổng',
    ),
  })
  requestsPerWindow?: number | null;
}

@ObjectType({
  description: described(
    'A client and its new secret: shown this once, never again (only its hash is kept)',
    'Ứng dụng và khóa bí mật mới: chỉ hiển thị lần này, không bao giờ hiển thị lại (chỉ lưu giá trị băm)',
  ),
})
export class IntegrationClientSecret {
  @Field(() => IntegrationClient, { description: described('The client', 'Ứng dụng') }) client: IntegrationClient;
  @Field({
    description: described(
      'Give it to the client’s operators over a safe channel; it authenticates at the identity provider',
      'Chuyển cho người vận hành ứng dụng qua kênh an toàn; dùng để xác thực tại máy chủ định danh',
    ),
  })
  secret: string;
}
