import { registerEnumType } from 'type-graphql';
import { described } from '../i18n/descriptions.js';

/** What a caller may be. A person may hold several roles; an integration client holds only its own. */
export enum Role {
  STAFF = 'STAFF',
  UNIT_HEAD = 'UNIT_HEAD',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  /** A department's catalogue keeper: its sectors' work items and KPI standards (scope: agencyIds). */
  CATALOGUE_ADMIN = 'CATALOGUE_ADMIN',
  PROVINCE_ANALYST = 'PROVINCE_ANALYST',
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
  INTEGRATION_CLIENT = 'INTEGRATION_CLIENT',
  /** One of the graph's own subgraphs asking another (never through the gateway). */
  SERVICE = 'SERVICE',
}

registerEnumType(Role, {
  name: 'Role',
  description: described('The roles a caller of the graph can hold', 'Các vai trò mà bên gọi hệ thống có thể có'),
  valuesConfig: {
    STAFF: {
      description: described(
        'A person at work: their own diary, assignments and score',
        'Cán bộ: nhật ký, nhiệm vụ và điểm của chính mình',
      ),
    },
    UNIT_HEAD: {
      description: described(
        'Heads units (scope: unitIds): reviews and assigns their people’s work',
        'Lãnh đạo đơn vị (phạm vi: unitIds): duyệt và giao việc cho người của đơn vị',
      ),
    },
    AGENCY_ADMIN: { description: described('Administers agencies (scope: agencyIds)', 'Quản trị cơ quan (phạm vi: agencyIds)') },
    CATALOGUE_ADMIN: {
      description: described(
        'Keeps a department’s sectors’ work items and KPI standards (scope: agencyIds)',
        'Quản lý danh mục công việc và định mức KPI của ngành (phạm vi: agencyIds)',
      ),
    },
    PROVINCE_ANALYST: { description: described('Reads the whole province', 'Xem số liệu toàn tỉnh') },
    PROVINCE_ADMIN: { description: described('Administers the province', 'Quản trị toàn tỉnh') },
    INTEGRATION_CLIENT: {
      description: described(
        'A registered system (E-Office, a school system) calling the partner contract',
        'Hệ thống tích hợp đã đăng ký (E-Office, hệ thống trường học) gọi phần dành cho đối tác',
      ),
    },
    SERVICE: {
      description: described(
        'One of the graph’s own subgraphs asking another (never through the gateway)',
        'Một dịch vụ của hệ thống hỏi dịch vụ khác (không qua gateway)',
      ),
    },
  },
});

export const ALL_ROLES = Object.values(Role);
