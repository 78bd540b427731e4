import { registerEnumType } from 'type-graphql';
import { described } from '@kpi/platform';

export enum EntrySource {
  MANUAL = 'MANUAL',
  EOFFICE = 'EOFFICE',
  IMPORT = 'IMPORT',
}
registerEnumType(EntrySource, {
  name: 'DiaryEntrySource',
  description: described(
    'How an entry arrived: typed by the person, from E-Office, or imported',
    'Nguồn của mục nhật ký: do người dùng tự ghi, nhận từ E-Office, hoặc nhập từ tệp',
  ),
  valuesConfig: {
    MANUAL: {
      description: described('Typed by the person (or an admin, with an override)', 'Do người dùng tự ghi (hoặc quản trị ghi đè)'),
    },
    EOFFICE: { description: described('Delivered by E-Office as a work event', 'Nhận từ E-Office dưới dạng sự kiện công việc') },
    IMPORT: { description: described('Brought in from the previous KPI software', 'Nhập từ phần mềm KPI cũ') },
  },
});

export enum EntryStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(EntryStatus, {
  name: 'DiaryEntryStatus',
  description: described('Only APPROVED entries count for scoring', 'Chỉ các mục đã duyệt (APPROVED) mới được tính điểm'),
  valuesConfig: {
    SUBMITTED: { description: described('Recorded, waiting for the unit head’s review', 'Đã ghi, chờ thủ trưởng đơn vị duyệt') },
    APPROVED: { description: described('Approved by the unit head: it counts', 'Đã được thủ trưởng đơn vị duyệt: được tính điểm') },
    RETURNED: { description: described('Returned to its author with a reason', 'Bị trả lại cho người ghi, kèm lý do') },
  },
});

/** Why an entry deserves a reviewer's look; review queues put flagged entries first. */
export enum EntryFlag {
  OVER_STANDARD_DAY = 'OVER_STANDARD_DAY',
  FAR_ABOVE_STANDARD = 'FAR_ABOVE_STANDARD',
  LATE_DECLARATION = 'LATE_DECLARATION',
  NO_EVIDENCE = 'NO_EVIDENCE',
  NON_WORKING_DAY = 'NON_WORKING_DAY',
  AFTER_CLOSE = 'AFTER_CLOSE',
}
registerEnumType(EntryFlag, {
  name: 'DiaryEntryFlag',
  description: described(
    'Why an entry deserves a reviewer’s look (a warning, never a refusal)',
    'Lý do mục nhật ký cần người duyệt xem kỹ (cảnh báo, không chặn việc ghi)',
  ),
  valuesConfig: {
    OVER_STANDARD_DAY: {
      description: described(
        'The day’s recorded time exceeds the standard working day',
        'Tổng thời gian đã ghi trong ngày vượt thời gian làm việc chuẩn',
      ),
    },
    FAR_ABOVE_STANDARD: {
      description: described(
        'Claimed minutes far above the item’s standard time × quantity',
        'Số phút kê khai vượt xa thời gian chuẩn của đầu công việc × số lượng',
      ),
    },
    LATE_DECLARATION: {
      description: described(
        'Recorded after the declaration deadline for its work date (kê khai sót, declared late)',
        'Ghi sau hạn kê khai của ngày làm việc (khai bù, kê khai sót)',
      ),
    },
    NO_EVIDENCE: {
      description: described('The item expects evidence and none was given', 'Đầu công việc cần minh chứng nhưng chưa có'),
    },
    NON_WORKING_DAY: {
      description: described('Dated on a weekend, a holiday or a day of leave', 'Ghi vào ngày cuối tuần, ngày lễ hoặc ngày nghỉ phép'),
    },
    AFTER_CLOSE: {
      description: described('Written after its period closed, with an override', 'Ghi sau khi kỳ đã khóa sổ, bằng quyền ghi đè'),
    },
  },
});

export enum DayKind {
  HOLIDAY = 'HOLIDAY',
  WORKING_SWAP = 'WORKING_SWAP',
}
registerEnumType(DayKind, {
  name: 'CalendarDayKind',
  description: described('An exception to the Monday–Friday working week', 'Ngoại lệ của tuần làm việc từ thứ Hai đến thứ Sáu'),
  valuesConfig: {
    HOLIDAY: {
      description: described(
        'A weekday that is not a working day (public holiday, compensatory day off)',
        'Ngày thường không làm việc (ngày lễ, ngày nghỉ bù)',
      ),
    },
    WORKING_SWAP: {
      description: described(
        'A weekend day that is a working day (swapped to lengthen a holiday)',
        'Ngày cuối tuần phải đi làm (làm bù để nghỉ lễ dài hơn)',
      ),
    },
  },
});

export enum LeaveKind {
  ANNUAL = 'ANNUAL',
  SICK = 'SICK',
  MATERNITY = 'MATERNITY',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
registerEnumType(LeaveKind, {
  name: 'LeaveKind',
  description: described(
    'Approved leave: its working days expect no diary',
    'Nghỉ có phép: các ngày làm việc trong thời gian nghỉ không cần ghi nhật ký',
  ),
  valuesConfig: {
    ANNUAL: { description: described('Annual leave', 'Nghỉ phép năm') },
    SICK: { description: described('Sick leave', 'Nghỉ ốm') },
    MATERNITY: { description: described('Maternity leave', 'Nghỉ thai sản') },
    TRAINING: { description: described('Training, away from the post', 'Đi học, bồi dưỡng') },
    OTHER: { description: described('Other approved leave', 'Nghỉ khác có phép') },
  },
});

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: described('A unit head’s decision on submitted entries', 'Quyết định của thủ trưởng đơn vị với các mục nhật ký chờ duyệt'),
  valuesConfig: {
    APPROVE: { description: described('Approve: the entries count', 'Duyệt: các mục được tính điểm') },
    RETURN: { description: described('Return to the author, with a reason', 'Trả lại người ghi, kèm lý do') },
  },
});

export enum IntakeStatus {
  CREATED = 'CREATED',
  DUPLICATE = 'DUPLICATE',
  REJECTED = 'REJECTED',
}
registerEnumType(IntakeStatus, {
  name: 'WorkEventStatus',
  description: described('What became of a work event sent by E-Office', 'Kết quả xử lý một sự kiện công việc do E-Office gửi'),
  valuesConfig: {
    CREATED: { description: described('Written as a diary entry', 'Đã ghi thành mục nhật ký') },
    DUPLICATE: {
      description: described('Already received, or the same document already recorded', 'Đã nhận trước đó, hoặc văn bản đã được ghi'),
    },
    REJECTED: { description: described('Not written: its reason and code say why', 'Không ghi: lý do và mã lỗi cho biết vì sao') },
  },
});

export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  COMPLETED = 'COMPLETED',
  RETURNED = 'RETURNED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: described('Where an assignment stands in its lifecycle', 'Trạng thái của việc được giao'),
  valuesConfig: {
    ASSIGNED: { description: described('Given to the lead, not yet accepted', 'Đã giao cho người chủ trì, chưa nhận') },
    IN_PROGRESS: { description: described('Accepted by the lead', 'Người chủ trì đã nhận, đang làm') },
    SUBMITTED: {
      description: described(
        'Reported done by the lead, waiting for the assigner’s review',
        'Người chủ trì đã báo cáo hoàn thành, chờ người giao đánh giá',
      ),
    },
    COMPLETED: {
      description: described(
        'Accepted by the assigner, with its quality rated',
        'Người giao đã công nhận hoàn thành và đánh giá chất lượng',
      ),
    },
    RETURNED: { description: described('Sent back by the assigner to be reworked', 'Người giao trả lại để làm lại') },
    CANCELLED: { description: described('Withdrawn by the assigner; counts for nothing', 'Người giao đã hủy; không được tính') },
  },
});

/** The transitions of an assignment's lifecycle; each one is recorded with who, when and why. */
export enum AssignmentAction {
  ASSIGN = 'ASSIGN',
  ACCEPT = 'ACCEPT',
  SUBMIT = 'SUBMIT',
  COMPLETE = 'COMPLETE',
  RETURN = 'RETURN',
  CANCEL = 'CANCEL',
  REASSIGN = 'REASSIGN',
  EXTEND = 'EXTEND',
}
registerEnumType(AssignmentAction, {
  name: 'AssignmentAction',
  description: described('A step of an assignment’s lifecycle', 'Một bước trong quá trình xử lý việc được giao'),
  valuesConfig: {
    ASSIGN: { description: described('A leader gives the work', 'Lãnh đạo giao việc') },
    ACCEPT: { description: described('The lead accepts it', 'Người chủ trì nhận việc') },
    SUBMIT: { description: described('The lead reports it done', 'Người chủ trì báo cáo hoàn thành') },
    COMPLETE: {
      description: described('The assigner accepts it and rates its quality', 'Người giao công nhận hoàn thành và đánh giá chất lượng'),
    },
    RETURN: { description: described('The assigner sends it back to be reworked', 'Người giao trả lại để làm lại') },
    CANCEL: { description: described('The assigner withdraws it', 'Người giao hủy việc') },
    REASSIGN: {
      description: described(
        'The assigner gives it to another lead; it starts again as ASSIGNED',
        'Người giao chuyển cho người chủ trì khác; việc trở lại trạng thái chờ nhận',
      ),
    },
    EXTEND: {
      description: described(
        'The assigner moves the deadline, with a reason (gia hạn); not a delay',
        'Người giao gia hạn, kèm lý do; không tính là chậm',
      ),
    },
  },
});

/** The assigner's rating of a completed product. UNSATISFACTORY means it does not meet requirements. */
export enum QualityRating {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  SATISFACTORY = 'SATISFACTORY',
  UNSATISFACTORY = 'UNSATISFACTORY',
}
registerEnumType(QualityRating, {
  name: 'QualityRating',
  description: described(
    'Decree 335 counts a product towards quality when it is completed and meets requirements (not UNSATISFACTORY)',
    'Theo Nghị định 335, sản phẩm được tính vào chất lượng khi hoàn thành và đạt yêu cầu (không phải UNSATISFACTORY)',
  ),
  valuesConfig: {
    EXCELLENT: { description: described('Excellent', 'Xuất sắc') },
    GOOD: { description: described('Good', 'Tốt') },
    SATISFACTORY: { description: described('Meets requirements', 'Đạt yêu cầu') },
    UNSATISFACTORY: { description: described('Does not meet requirements', 'Chưa đạt yêu cầu') },
  },
});

export enum Timeliness {
  PENDING = 'PENDING',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  OVERDUE = 'OVERDUE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(Timeliness, {
  name: 'Timeliness',
  description: described('An assignment against its deadline', 'Tiến độ của việc được giao so với hạn'),
  valuesConfig: {
    PENDING: { description: described('Unfinished, its deadline not yet passed', 'Chưa xong, chưa đến hạn') },
    ON_TIME: {
      description: described('Submitted on or before its (effective) deadline', 'Báo cáo hoàn thành đúng hoặc trước hạn (hạn có hiệu lực)'),
    },
    LATE: { description: described('Submitted after its deadline', 'Báo cáo hoàn thành sau hạn') },
    OVERDUE: { description: described('Unfinished and its deadline has passed', 'Chưa xong và đã quá hạn') },
    CANCELLED: { description: described('Withdrawn: neither on time nor late', 'Đã hủy: không tính đúng hạn hay trễ hạn') },
  },
});

export enum AssignmentRole {
  LEAD = 'LEAD',
  COOPERATOR = 'COOPERATOR',
}
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: described('The person’s part in an assignment', 'Vai trò của một người trong việc được giao'),
  valuesConfig: {
    LEAD: { description: described('Responsible for it, and reports on it', 'Chủ trì, chịu trách nhiệm và báo cáo kết quả') },
    COOPERATOR: { description: described('Helps the lead', 'Phối hợp với người chủ trì') },
  },
});

export enum ReminderKind {
  MISSING_DIARY = 'MISSING_DIARY',
  ASSIGNMENT_DUE_SOON = 'ASSIGNMENT_DUE_SOON',
  ASSIGNMENT_OVERDUE = 'ASSIGNMENT_OVERDUE',
  REVIEW_WAITING = 'REVIEW_WAITING',
  MONTH_CLOSING = 'MONTH_CLOSING',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: described('What a reminder is about', 'Loại nhắc việc'),
  valuesConfig: {
    MISSING_DIARY: {
      description: described(
        'Working days without a diary, before the month closes',
        'Ngày làm việc chưa có nhật ký, trước khi tháng bị khóa',
      ),
    },
    ASSIGNMENT_DUE_SOON: {
      description: described(
        'An unfinished assignment due within two working days',
        'Việc được giao chưa xong, đến hạn trong hai ngày làm việc',
      ),
    },
    ASSIGNMENT_OVERDUE: { description: described('An unfinished assignment past its deadline', 'Việc được giao chưa xong đã quá hạn') },
    REVIEW_WAITING: {
      description: described(
        'A submitted assignment waiting for its assigner’s decision',
        'Việc đã báo cáo hoàn thành, chờ người giao việc quyết định',
      ),
    },
    MONTH_CLOSING: {
      description: described(
        'The last call, a few days before a month closes, to people still missing days of it',
        'Nhắc lần cuối, vài ngày trước khi tháng chốt số liệu, cho người còn thiếu ngày của tháng đó',
      ),
    },
  },
});
