import { registerEnumType } from 'type-graphql';

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
