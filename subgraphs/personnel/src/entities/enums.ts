import { described } from '@kpi/platform';
import { registerEnumType } from 'type-graphql';

export enum AgencyKind {
  PROVINCE = 'PROVINCE',
  PARTY_BODY = 'PARTY_BODY',
  STATE_DEPARTMENT = 'STATE_DEPARTMENT',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
  SOCIO_POLITICAL_ORGANISATION = 'SOCIO_POLITICAL_ORGANISATION',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  /** phòng: a division inside an agency or locality */
  DIVISION = 'DIVISION',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: described(
    'What kind of body an agency, unit or locality is (cơ quan, đơn vị, địa phương)',
    'Loại tổ chức của một cơ quan, đơn vị, địa phương',
  ),
  valuesConfig: {
    PROVINCE: { description: described('The province itself, root of the tree', 'Chính tỉnh, gốc của sơ đồ tổ chức') },
    PARTY_BODY: {
      description: described('A Party committee or its advisory body', 'Cấp ủy Đảng hoặc cơ quan tham mưu, giúp việc của cấp ủy'),
    },
    STATE_DEPARTMENT: { description: described('A provincial department (sở) or equivalent', 'Sở, ban, ngành cấp tỉnh hoặc tương đương') },
    FATHERLAND_FRONT: { description: described('The Vietnam Fatherland Front committee', 'Ủy ban Mặt trận Tổ quốc Việt Nam') },
    SOCIO_POLITICAL_ORGANISATION: {
      description: described(
        'Youth union, women’s union, farmers’, veterans’, labour federation',
        'Tổ chức chính trị - xã hội: Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Liên đoàn Lao động',
      ),
    },
    PUBLIC_SERVICE_UNIT: { description: described('A public-service unit (đơn vị sự nghiệp công lập)', 'Đơn vị sự nghiệp công lập') },
    CITY: { description: described('A city or town locality', 'Địa phương cấp thành phố, thị xã') },
    DISTRICT: {
      description: described(
        'A district locality (kept for provinces that still have them)',
        'Địa phương cấp huyện (giữ cho các tỉnh còn cấp huyện)',
      ),
    },
    COMMUNE: { description: described('A commune or ward locality', 'Địa phương cấp xã, phường') },
    DIVISION: { description: described('A division (phòng) inside an agency or locality', 'Phòng thuộc một cơ quan hoặc địa phương') },
  },
});

export enum PositionCategory {
  LEADERSHIP = 'LEADERSHIP',
  PROFESSIONAL = 'PROFESSIONAL',
  SHARED_PROFESSIONAL = 'SHARED_PROFESSIONAL',
  SUPPORT = 'SUPPORT',
}
registerEnumType(PositionCategory, {
  name: 'PositionCategory',
  // Catalogue declares this enum too, with the same words: the two change together (a differing description is a composition hint).
  description: described('The four categories of job positions (vị trí việc làm)', 'Bốn nhóm vị trí việc làm'),
  valuesConfig: {
    LEADERSHIP: { description: described('Leadership and management', 'Lãnh đạo, quản lý') },
    PROFESSIONAL: { description: described('Professional, specialised', 'Chuyên môn, nghiệp vụ') },
    SHARED_PROFESSIONAL: {
      description: described(
        'Shared professional (e.g. finance, HR, legal, office)',
        'Chuyên môn dùng chung (ví dụ tài chính, tổ chức cán bộ, pháp chế, văn phòng)',
      ),
    },
    SUPPORT: { description: described('Support and service', 'Hỗ trợ, phục vụ') },
  },
});

export enum StaffType {
  CADRE = 'CADRE',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  PUBLIC_EMPLOYEE = 'PUBLIC_EMPLOYEE',
}
registerEnumType(StaffType, {
  name: 'StaffType',
  description: described(
    'Which of the three statuses of public service a person holds (cán bộ, công chức, viên chức)',
    'Người đó là cán bộ, công chức hay viên chức',
  ),
  valuesConfig: {
    CADRE: {
      description: described(
        'Cadre (cán bộ): elected or appointed to a term of office',
        'Cán bộ: được bầu cử, phê chuẩn, bổ nhiệm giữ chức vụ theo nhiệm kỳ',
      ),
    },
    CIVIL_SERVANT: {
      description: described(
        'Civil servant (công chức): recruited into a civil-service rank and post',
        'Công chức: được tuyển dụng, bổ nhiệm vào ngạch, chức vụ, chức danh',
      ),
    },
    PUBLIC_EMPLOYEE: {
      description: described(
        'Public employee (viên chức): works under contract in a public-service unit',
        'Viên chức: làm việc theo hợp đồng tại đơn vị sự nghiệp công lập',
      ),
    },
  },
});

export enum EmploymentStatus {
  ACTIVE = 'ACTIVE',
  ON_LEAVE = 'ON_LEAVE',
  SUSPENDED = 'SUSPENDED',
  RETIRED = 'RETIRED',
  RESIGNED = 'RESIGNED',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  DECEASED = 'DECEASED',
}
registerEnumType(EmploymentStatus, {
  name: 'EmploymentStatus',
  description: described(
    'ACTIVE and ON_LEAVE are in service; the others end service (see deactivateEmployee)',
    'ACTIVE và ON_LEAVE là đang công tác; các trạng thái còn lại là đã thôi công tác (xem deactivateEmployee)',
  ),
  valuesConfig: {
    ACTIVE: { description: described('In service', 'Đang công tác') },
    ON_LEAVE: { description: described('On leave: still in service', 'Đang tạm nghỉ: vẫn trong biên chế công tác') },
    SUSPENDED: { description: described('Suspended from work: out of service', 'Tạm đình chỉ công tác: không còn công tác') },
    RETIRED: { description: described('Retired', 'Nghỉ hưu') },
    RESIGNED: { description: described('Resigned', 'Thôi việc') },
    TRANSFERRED_OUT: { description: described('Transferred out of the province’s system', 'Chuyển công tác ra ngoài hệ thống của tỉnh') },
    DECEASED: { description: described('Deceased', 'Từ trần') },
  },
});

export const SEPARATED_STATUSES = [
  EmploymentStatus.RETIRED,
  EmploymentStatus.RESIGNED,
  EmploymentStatus.TRANSFERRED_OUT,
  EmploymentStatus.DECEASED,
  EmploymentStatus.SUSPENDED,
] as const;

export enum PlacementKind {
  HIRE = 'HIRE',
  TRANSFER = 'TRANSFER',
  ROTATION = 'ROTATION',
  APPOINTMENT = 'APPOINTMENT',
  SEPARATION = 'SEPARATION',
}
registerEnumType(PlacementKind, {
  name: 'PlacementKind',
  description: described(
    'Why a placement (position held from a date) began',
    'Lý do bắt đầu một lần bố trí công tác (giữ vị trí từ một ngày)',
  ),
  valuesConfig: {
    HIRE: { description: described('Recruitment or first placement', 'Tuyển dụng hoặc bố trí lần đầu') },
    TRANSFER: {
      description: described(
        'Điều động: moved to another agency, division or position',
        'Điều động: chuyển sang cơ quan, phòng hoặc vị trí khác',
      ),
    },
    ROTATION: {
      description: described('Luân chuyển: rotated, usually a cadre for a term', 'Luân chuyển: thường là cán bộ, theo một thời hạn'),
    },
    APPOINTMENT: { description: described('Bổ nhiệm: appointed to a leadership position', 'Bổ nhiệm vào vị trí lãnh đạo, quản lý') },
    SEPARATION: {
      description: described(
        'Left service: retired, resigned, transferred out, suspended',
        'Thôi công tác: nghỉ hưu, thôi việc, chuyển ra ngoài, tạm đình chỉ',
      ),
    },
  },
});
