import { described } from '@kpi/platform';
import { registerEnumType } from 'type-graphql';

export enum WorkItemGroup {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(WorkItemGroup, {
  name: 'WorkItemGroup',
  description: described('Khanh Hoa’s four groups of work items', 'Bốn nhóm đầu công việc theo cách làm của Khánh Hòa'),
  valuesConfig: {
    A: {
      description: described(
        'Tied to leadership and management posts; every leadership position performs them',
        'Gắn với vị trí lãnh đạo, quản lý; mọi vị trí lãnh đạo đều thực hiện',
      ),
    },
    B: {
      description: described(
        'The province-wide shared professional list, owned by the province',
        'Danh mục chuyên môn dùng chung toàn tỉnh, do tỉnh quản lý',
      ),
    },
    C: {
      description: described(
        'An agency’s own list, approved by its head, owned by the agency',
        'Danh mục riêng của cơ quan, do thủ trưởng cơ quan phê duyệt, cơ quan quản lý',
      ),
    },
    D: {
      description: described(
        'Other work: a sector’s professional items, owned by the sector’s department',
        'Công việc khác: đầu công việc chuyên môn của ngành, do sở quản lý ngành quản lý',
      ),
    },
  },
});

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

export enum WorkItemStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}
registerEnumType(WorkItemStatus, {
  name: 'WorkItemStatus',
  description: described('Whether a work item may still be logged', 'Đầu công việc còn được ghi nhận hay không'),
  valuesConfig: {
    ACTIVE: { description: described('In the catalogue: it may be logged', 'Đang dùng: được ghi vào nhật ký') },
    RETIRED: {
      description: described(
        'Retired: not loggable from its retiredFrom date; earlier entries keep what they earned',
        'Đã ngừng: không được ghi từ ngày retiredFrom; các bản ghi trước đó giữ nguyên điểm',
      ),
    },
  },
});

/**
 * Whether a version is in force. Group C versions (an agency's own list) wait for the head of the
 * agency; every other version is approved when it is recorded.
 */
export enum VersionApproval {
  APPROVED = 'APPROVED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(VersionApproval, {
  name: 'WorkItemVersionApproval',
  description: described(
    'Whether a version is in force: an agency’s own items (group C) wait for the head of the agency',
    'Phiên bản đã có hiệu lực hay chưa: đầu công việc riêng của cơ quan (nhóm C) chờ thủ trưởng cơ quan phê duyệt',
  ),
  valuesConfig: {
    APPROVED: {
      description: described(
        'In force from its date: what diary entries of those dates earn',
        'Có hiệu lực từ ngày của nó: là căn cứ tính điểm cho nhật ký của những ngày đó',
      ),
    },
    PENDING: {
      description: described(
        'Waiting for the head of the owning agency; not in force, not loggable',
        'Đang chờ thủ trưởng cơ quan sở hữu phê duyệt; chưa có hiệu lực, chưa được ghi nhật ký',
      ),
    },
    REJECTED: {
      description: described(
        'Refused by the head; kept for the record, never in force',
        'Bị thủ trưởng từ chối; được lưu lại, không bao giờ có hiệu lực',
      ),
    },
    WITHDRAWN: {
      description: described(
        'Replaced by a newer proposal before a decision, or dropped when the item was retired',
        'Bị thay bằng đề xuất mới hơn trước khi có quyết định, hoặc bị hủy khi đầu công việc ngừng sử dụng',
      ),
    },
  },
});

/**
 * The four job-position categories, as personnel defines them. Personnel owns the enum and describes it
 * (in both languages, when it does): this copy keeps no descriptions of its own, so the two never disagree.
 */
export enum PositionCategory {
  LEADERSHIP = 'LEADERSHIP',
  PROFESSIONAL = 'PROFESSIONAL',
  SHARED_PROFESSIONAL = 'SHARED_PROFESSIONAL',
  SUPPORT = 'SUPPORT',
}
registerEnumType(PositionCategory, {
  name: 'PositionCategory',
  description: described('The four categories of job positions (vị trí việc làm)', 'Bốn nhóm vị trí việc làm'),
});

export enum ChangeKind {
  ADD = 'ADD',
  CHANGE = 'CHANGE',
  RETIRE = 'RETIRE',
}
registerEnumType(ChangeKind, {
  name: 'CatalogueChangeKind',
  description: described('What a catalogue change request asks for', 'Nội dung một đề nghị thay đổi danh mục'),
  valuesConfig: {
    ADD: {
      description: described('Add a new work item (group B or D) to a sector', 'Thêm một đầu công việc mới (nhóm B hoặc D) vào một ngành'),
    },
    CHANGE: {
      description: described('Revise an existing work item from a date', 'Sửa đổi một đầu công việc đang có, từ một ngày'),
    },
    RETIRE: { description: described('Retire a work item from a date', 'Ngừng sử dụng một đầu công việc, từ một ngày') },
  },
});

export enum ChangeStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ChangeStatus, {
  name: 'CatalogueChangeStatus',
  description: described('Where a catalogue change request stands', 'Tình trạng của một đề nghị thay đổi danh mục'),
  valuesConfig: {
    PENDING: { description: described('Waiting for the item’s owner to decide', 'Đang chờ đơn vị quản lý đầu công việc quyết định') },
    APPROVED: {
      description: described(
        'Approved: the change was applied when it was approved',
        'Đã chấp thuận: thay đổi được áp dụng ngay khi chấp thuận',
      ),
    },
    REJECTED: { description: described('Rejected by the owner; nothing changed', 'Bị từ chối; danh mục không thay đổi') },
    WITHDRAWN: { description: described('Withdrawn by the requesting agency', 'Cơ quan đề nghị đã rút lại') },
  },
});
