import { defineCodeLabels, defineEnumLabels, Role } from '@kpi/platform';
import { AgencyKind, EmploymentStatus, PlacementKind, PositionCategory, StaffType } from './entities/enums.js';
import { ErrorCode } from './errors.js';
import { EmployeeSortField, SortDirection } from './store/employee.store.js';

/**
 * What each value of personnel's enums is called, in Vietnamese and English, for whatever people
 * read (messages, sheets, screens asking the graph); the schema's names key them, the values stay
 * the stable codes. Loaded with the subgraph (subgraph.ts). Role is labelled here, where roles are
 * granted, though the platform declares it; JobState and SheetFormat are the platform's to label.
 */
export const agencyKindLabel = defineEnumLabels('AgencyKind', AgencyKind, {
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  PARTY_BODY: { vi: 'Cơ quan Đảng', en: 'Party body' },
  STATE_DEPARTMENT: { vi: 'Sở, ban, ngành', en: 'State department' },
  FATHERLAND_FRONT: { vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front' },
  SOCIO_POLITICAL_ORGANISATION: { vi: 'Tổ chức chính trị - xã hội', en: 'Socio-political organisation' },
  PUBLIC_SERVICE_UNIT: { vi: 'Đơn vị sự nghiệp công lập', en: 'Public-service unit' },
  CITY: { vi: 'Thành phố, thị xã', en: 'City or town' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  COMMUNE: { vi: 'Xã, phường', en: 'Commune or ward' },
  DIVISION: { vi: 'Phòng', en: 'Division' },
});

/** The same words as the catalogue's (the enum is shared by both subgraphs). */
export const positionCategoryLabel = defineEnumLabels('PositionCategory', PositionCategory, {
  LEADERSHIP: { vi: 'Lãnh đạo, quản lý', en: 'Leadership and management' },
  PROFESSIONAL: { vi: 'Chuyên môn, nghiệp vụ', en: 'Professional' },
  SHARED_PROFESSIONAL: { vi: 'Chuyên môn dùng chung', en: 'Shared professional' },
  SUPPORT: { vi: 'Hỗ trợ, phục vụ', en: 'Support and service' },
});

export const staffTypeLabel = defineEnumLabels('StaffType', StaffType, {
  CADRE: { vi: 'Cán bộ', en: 'Cadre' },
  CIVIL_SERVANT: { vi: 'Công chức', en: 'Civil servant' },
  PUBLIC_EMPLOYEE: { vi: 'Viên chức', en: 'Public employee' },
});

export const employmentStatusLabel = defineEnumLabels('EmploymentStatus', EmploymentStatus, {
  ACTIVE: { vi: 'Đang công tác', en: 'In service' },
  ON_LEAVE: { vi: 'Đang tạm nghỉ', en: 'On leave' },
  SUSPENDED: { vi: 'Tạm đình chỉ công tác', en: 'Suspended' },
  RETIRED: { vi: 'Nghỉ hưu', en: 'Retired' },
  RESIGNED: { vi: 'Thôi việc', en: 'Resigned' },
  TRANSFERRED_OUT: { vi: 'Chuyển công tác ra ngoài', en: 'Transferred out' },
  DECEASED: { vi: 'Từ trần', en: 'Deceased' },
});

/** The Vietnamese labels are the words of a decision, which the placement sheet accepts as kinds too. */
export const placementKindLabel = defineEnumLabels('PlacementKind', PlacementKind, {
  HIRE: { vi: 'Tuyển dụng', en: 'Hire' },
  TRANSFER: { vi: 'Điều động', en: 'Transfer' },
  ROTATION: { vi: 'Luân chuyển', en: 'Rotation' },
  APPOINTMENT: { vi: 'Bổ nhiệm', en: 'Appointment' },
  SEPARATION: { vi: 'Thôi công tác', en: 'Separation' },
});

export const roleLabel = defineEnumLabels('Role', Role, {
  STAFF: { vi: 'Cán bộ, công chức, viên chức', en: 'Staff' },
  UNIT_HEAD: { vi: 'Thủ trưởng đơn vị', en: 'Head of unit' },
  AGENCY_ADMIN: { vi: 'Quản trị cơ quan', en: 'Agency admin' },
  CATALOGUE_ADMIN: { vi: 'Quản trị danh mục công việc', en: 'Catalogue admin' },
  PROVINCE_ANALYST: { vi: 'Chuyên viên phân tích cấp tỉnh', en: 'Province analyst' },
  PROVINCE_ADMIN: { vi: 'Quản trị tỉnh', en: 'Province admin' },
  INTEGRATION_CLIENT: { vi: 'Ứng dụng tích hợp', en: 'Integration client' },
  SERVICE: { vi: 'Dịch vụ nội bộ của hệ thống', en: 'Internal service' },
});

defineEnumLabels('EmployeeSortField', EmployeeSortField, {
  CODE: { vi: 'Theo mã cán bộ', en: 'By staff code' },
  NAME: { vi: 'Theo tên', en: 'By given name' },
});

defineEnumLabels('SortDirection', SortDirection, {
  ASC: { vi: 'Tăng dần', en: 'Ascending' },
  DESC: { vi: 'Giảm dần', en: 'Descending' },
});

/** What each of personnel's own codes means, for a person (the generic ones are the platform's). */
defineCodeLabels({
  [ErrorCode.POSITION_NOT_IN_AGENCY]: { vi: 'Vị trí việc làm thuộc cơ quan khác', en: 'The position belongs to another agency' },
  [ErrorCode.DIVISION_NOT_IN_AGENCY]: { vi: 'Phòng không thuộc cơ quan này', en: 'The division is outside the agency' },
  [ErrorCode.SUPERVISOR_CYCLE]: { vi: 'Quan hệ phụ trách thành vòng tròn', en: 'Supervision would go in a circle' },
  [ErrorCode.AGENCY_CYCLE]: { vi: 'Sơ đồ tổ chức thành vòng tròn', en: 'The agency tree would go in a circle' },
  [ErrorCode.EMPLOYEE_INACTIVE]: { vi: 'Cán bộ không còn công tác', en: 'The employee is not in service' },
  [ErrorCode.NOT_A_LEADERSHIP_POSITION]: { vi: 'Không phải vị trí lãnh đạo, quản lý', en: 'Not a leadership position' },
  [ErrorCode.INVALID_PARENT]: { vi: 'Cơ quan cấp trên không phù hợp', en: 'A parent that cannot hold this agency' },
});
