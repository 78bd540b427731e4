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
  description: 'What kind of body an agency, unit or locality is (cơ quan, đơn vị, địa phương)',
  valuesConfig: {
    PROVINCE: { description: 'The province itself, root of the tree' },
    PARTY_BODY: { description: 'A Party committee or its advisory body' },
    STATE_DEPARTMENT: { description: 'A provincial department (sở) or equivalent' },
    FATHERLAND_FRONT: { description: 'The Vietnam Fatherland Front committee' },
    SOCIO_POLITICAL_ORGANISATION: { description: 'Youth union, women’s union, farmers’, veterans’, labour federation' },
    PUBLIC_SERVICE_UNIT: { description: 'A public-service unit (đơn vị sự nghiệp công lập)' },
    CITY: { description: 'A city or town locality' },
    DISTRICT: { description: 'A district locality (kept for provinces that still have them)' },
    COMMUNE: { description: 'A commune or ward locality' },
    DIVISION: { description: 'A division (phòng) inside an agency or locality' },
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
  description: 'The four categories of job positions (vị trí việc làm)',
  valuesConfig: {
    LEADERSHIP: { description: 'Leadership and management' },
    PROFESSIONAL: { description: 'Professional, specialised' },
    SHARED_PROFESSIONAL: { description: 'Shared professional (e.g. finance, HR, legal, office)' },
    SUPPORT: { description: 'Support and service' },
  },
});

export enum StaffType {
  CADRE = 'CADRE',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  PUBLIC_EMPLOYEE = 'PUBLIC_EMPLOYEE',
}
registerEnumType(StaffType, {
  name: 'StaffType',
  description: 'Cán bộ, công chức, viên chức',
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
  description: 'ACTIVE and ON_LEAVE are in service; the others end service (see deactivateEmployee)',
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
  description: 'Why a placement (position held from a date) began',
  valuesConfig: {
    HIRE: { description: 'Recruitment or first placement' },
    TRANSFER: { description: 'Điều động: moved to another agency, division or position' },
    ROTATION: { description: 'Luân chuyển: rotated, usually a cadre for a term' },
    APPOINTMENT: { description: 'Bổ nhiệm: appointed to a leadership position' },
    SEPARATION: { description: 'Left service: retired, resigned, transferred out, suspended' },
  },
});
