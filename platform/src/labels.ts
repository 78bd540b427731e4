import { defineEnumLabels } from './i18n/catalogue.js';
import { JobState } from './jobs/job.type.js';
import { SheetFormat } from './sheets/index.js';

/**
 * Labels of the enums the platform itself puts in the graph (each subgraph labels its own; Role is
 * labelled by personnel, where roles are granted).
 */
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
