import { registerEnumType } from 'type-graphql';
import { described } from '@kpi/platform';

export enum EntrySource {
  MANUAL = 'MANUAL',
  EOFFICE = 'EOFFICE',
  IMPORT = 'IMPORT',
}
registerEnumType(EntrySource, {
  name: 'DiaryEntrySource',
  description: 'How an entry arrived: typed by the person, from E-Office, or imported',
});

export enum EntryStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(EntryStatus, { name: 'DiaryEntryStatus', description: 'Only APPROVED entries count for scoring' });

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
  valuesConfig: {
    OVER_STANDARD_DAY: { description: 'The day’s recorded time exceeds the standard working day' },
    FAR_ABOVE_STANDARD: { description: 'Claimed minutes far above the item’s standard time × quantity' },
    LATE_DECLARATION: { description: 'Recorded after the declaration deadline for its work date (kê khai sót, declared late)' },
    NO_EVIDENCE: { description: 'The item expects evidence and none was given' },
    NON_WORKING_DAY: { description: 'Dated on a weekend, a holiday or a day of leave' },
    AFTER_CLOSE: { description: 'Written after its period closed, with an override' },
  },
});

export enum DayKind {
  HOLIDAY = 'HOLIDAY',
  WORKING_SWAP = 'WORKING_SWAP',
}
registerEnumType(DayKind, {
  name: 'CalendarDayKind',
  valuesConfig: {
    HOLIDAY: { description: 'A weekday that is not a working day (public holiday, compensatory day off)' },
    WORKING_SWAP: { description: 'A weekend day that is a working day (swapped to lengthen a holiday)' },
  },
});

export enum LeaveKind {
  ANNUAL = 'ANNUAL',
  SICK = 'SICK',
  MATERNITY = 'MATERNITY',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
registerEnumType(LeaveKind, { name: 'LeaveKind', description: 'Approved leave: its working days expect no diary' });

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

export enum IntakeStatus {
  CREATED = 'CREATED',
  DUPLICATE = 'DUPLICATE',
  REJECTED = 'REJECTED',
}
registerEnumType(IntakeStatus, { name: 'WorkEventStatus' });

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
  valuesConfig: {
    ASSIGNED: { description: 'Given to the lead, not yet accepted' },
    IN_PROGRESS: { description: 'Accepted by the lead' },
    SUBMITTED: { description: 'Reported done by the lead, waiting for the assigner’s review' },
    COMPLETED: { description: 'Accepted by the assigner, with its quality rated' },
    RETURNED: { description: 'Sent back by the assigner to be reworked' },
    CANCELLED: { description: 'Withdrawn by the assigner; counts for nothing' },
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
  valuesConfig: {
    REASSIGN: { description: 'The assigner gives it to another lead; it starts again as ASSIGNED' },
    EXTEND: { description: 'The assigner moves the deadline, with a reason (gia hạn); not a delay' },
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
  description: 'Decree 335 counts a product towards quality when it is completed and meets requirements (not UNSATISFACTORY)',
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
  valuesConfig: {
    PENDING: { description: 'Unfinished, its deadline not yet passed' },
    ON_TIME: { description: 'Submitted on or before its (effective) deadline' },
    LATE: { description: 'Submitted after its deadline' },
    OVERDUE: { description: 'Unfinished and its deadline has passed' },
    CANCELLED: { description: 'Withdrawn: neither on time nor late' },
  },
});

export enum AssignmentRole {
  LEAD = 'LEAD',
  COOPERATOR = 'COOPERATOR',
}
registerEnumType(AssignmentRole, { name: 'AssignmentRole', description: 'The person’s part in an assignment' });

export enum ReminderKind {
  MISSING_DIARY = 'MISSING_DIARY',
  ASSIGNMENT_DUE_SOON = 'ASSIGNMENT_DUE_SOON',
  ASSIGNMENT_OVERDUE = 'ASSIGNMENT_OVERDUE',
  REVIEW_WAITING = 'REVIEW_WAITING',
  MONTH_CLOSING = 'MONTH_CLOSING',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  valuesConfig: {
    MISSING_DIARY: { description: 'Working days without a diary, before the month closes' },
    ASSIGNMENT_DUE_SOON: { description: 'An unfinished assignment due within two working days' },
    ASSIGNMENT_OVERDUE: { description: 'An unfinished assignment past its deadline' },
    REVIEW_WAITING: { description: 'A submitted assignment waiting for its assigner’s decision' },
    MONTH_CLOSING: {
      description: described(
        'The last call, a few days before a month closes, to people still missing days of it',
        'Nhắc lần cuối, vài ngày trước khi tháng chốt số liệu, cho người còn thiếu ngày của tháng đó',
      ),
    },
  },
});
