import { defineEnumLabels } from './i18n/catalogue.js';
import { Role } from './identity/roles.js';
import { JobState } from './jobs/job.type.js';
import { SheetFormat } from './sheets/index.js';

/** Labels of the enums the platform itself puts in the graph (each subgraph labels its own). */
export const roleLabel = defineEnumLabels('Role', Role, {
  STAFF: { vi: 'Cán bộ, công chức, viên chức', en: 'Staff' },
  UNIT_HEAD: { vi: 'Lãnh đạo đơn vị', en: 'Head of a unit' },
  AGENCY_ADMIN: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
  CATALOGUE_ADMIN: { vi: 'Quản trị danh mục', en: 'Catalogue administrator' },
  PROVINCE_ANALYST: { vi: 'Theo dõi, phân tích cấp tỉnh', en: 'Province analyst' },
  PROVINCE_ADMIN: { vi: 'Quản trị cấp tỉnh', en: 'Province administrator' },
  INTEGRATION_CLIENT: { vi: 'Ứng dụng tích hợp', en: 'Integration client' },
  SERVICE: { vi: 'Dịch vụ nội bộ của hệ thống', en: 'One of the graph’s own services' },
});

export const jobStateLabel = defineEnumLabels('JobState', JobState, {
  QUEUED: { vi: 'Đang chờ', en: 'Queued' },
  RUNNING: { vi: 'Đang chạy', en: 'Running' },
  SUCCEEDED: { vi: 'Đã xong', en: 'Succeeded' },
  FAILED: { vi: 'Thất bại', en: 'Failed' },
});

export const sheetFormatLabel = defineEnumLabels('SheetFormat', SheetFormat, {
  CSV: { vi: 'CSV (văn bản phân cách bằng dấu phẩy)', en: 'CSV (comma-separated text)' },
  XLSX: { vi: 'Excel (XLSX)', en: 'Excel (XLSX)' },
});
