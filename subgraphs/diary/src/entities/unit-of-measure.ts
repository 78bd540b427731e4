import { described } from '@kpi/platform';
import { registerEnumType } from 'type-graphql';

/**
 * The catalogue's UnitOfMeasure, repeated exactly as the catalogue defines it (values and words):
 * the diary answers `unit` of the work items its entries and assignments name (@provides), and
 * composition merges a type two subgraphs define only when they define it alike.
 */
export enum UnitOfMeasure {
  DOCUMENT = 'DOCUMENT',
  DOSSIER = 'DOSSIER',
  REPORT = 'REPORT',
  MEETING = 'MEETING',
  INSPECTION = 'INSPECTION',
  SESSION = 'SESSION',
  CASE = 'CASE',
  VISIT = 'VISIT',
  EVENT = 'EVENT',
  PLAN = 'PLAN',
  CONTRACT = 'CONTRACT',
  DAY = 'DAY',
  ITEM = 'ITEM',
}
registerEnumType(UnitOfMeasure, {
  name: 'UnitOfMeasure',
  description: described('What one counted unit of a work item is', 'Đơn vị tính của một đầu công việc'),
  valuesConfig: {
    DOCUMENT: { description: described('A document (văn bản)', 'Văn bản') },
    DOSSIER: {
      description: described('A dossier, e.g. an administrative procedure file (hồ sơ)', 'Hồ sơ, ví dụ hồ sơ thủ tục hành chính'),
    },
    REPORT: { description: described('A report (báo cáo)', 'Báo cáo') },
    MEETING: { description: described('A meeting (cuộc họp)', 'Cuộc họp') },
    INSPECTION: { description: described('An inspection or check (cuộc kiểm tra)', 'Cuộc kiểm tra') },
    SESSION: { description: described('A session, e.g. of training or reception (buổi)', 'Buổi, ví dụ buổi tập huấn, buổi tiếp dân') },
    CASE: { description: described('A case handled (vụ việc)', 'Vụ việc') },
    VISIT: { description: described('A visit, e.g. a field trip (chuyến công tác)', 'Chuyến công tác, ví dụ đi cơ sở') },
    EVENT: { description: described('An event (sự kiện)', 'Sự kiện') },
    PLAN: { description: described('A plan (kế hoạch)', 'Kế hoạch') },
    CONTRACT: { description: described('A contract (hợp đồng)', 'Hợp đồng') },
    DAY: { description: described('A day of work (ngày)', 'Ngày làm việc') },
    ITEM: { description: described('Any other countable product (sản phẩm)', 'Sản phẩm đếm được khác') },
  },
});
