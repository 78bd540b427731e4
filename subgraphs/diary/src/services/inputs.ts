import { GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PARTNER } from '@kpi/platform';
import { DayKind, DiaryEntry, EntryFlag, IntakeStatus, LeaveKind } from '../entities/index.js';

@InputType()
export class RecordDiaryEntryInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in person; someone else only as an admin override' })
  employeeId?: string;
  @Field(() => GraphQLLocalDate) workDate: string;
  @Field(() => ID) workItemId: string;
  @Field(() => Float) quantity: number;
  @Field(() => Int) actualMinutes: number;
  @Field(() => ID, { nullable: true }) assignmentId?: string;
  @Field({ nullable: true }) note?: string;
  @Field({ nullable: true, description: 'E.g. the E-Office document number' }) evidenceRef?: string;
  @Field({ nullable: true, description: 'Write into a closed month (agency or province admins; audited)' }) override?: boolean;
  @Field({ nullable: true, description: 'Required with an override' }) reason?: string;
}

@InputType()
export class UpdateDiaryEntryInput {
  @Field(() => GraphQLLocalDate, { nullable: true }) workDate?: string;
  @Field(() => ID, { nullable: true }) workItemId?: string;
  @Field(() => Float, { nullable: true }) quantity?: number;
  @Field(() => Int, { nullable: true }) actualMinutes?: number;
  @Field(() => ID, { nullable: true }) assignmentId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) evidenceRef?: string | null;
  @Field({ nullable: true }) override?: boolean;
  @Field({ nullable: true }) reason?: string;
}

@ObjectType({ description: 'A warning that does not block: the entry was saved' })
export class DiaryWarning {
  @Field(() => EntryFlag) code: EntryFlag;
  @Field() message: string;
}

@ObjectType()
export class DiaryEntryPayload {
  @Field(() => DiaryEntry) entry: DiaryEntry;
  @Field(() => [DiaryWarning]) warnings: DiaryWarning[];
}

@ObjectType({ description: 'One day of a person’s diary against the standard working day' })
export class DiaryDay {
  @Field(() => GraphQLLocalDate) date: string;
  @Field() isWorkingDay: boolean;
  @Field(() => String, { nullable: true }) holiday: string | null;
  @Field() onLeave: boolean;
  @Field(() => [DiaryEntry]) entries: DiaryEntry[];
  @Field(() => Int) actualMinutes: number;
  @Field(() => Float, { description: 'Σ quantity × standard minutes' }) earnedStandardMinutes: number;
  @Field(() => Float, { description: 'Σ quantity × standard minutes × coefficient' }) workPoints: number;
  @Field(() => Float, { description: 'Work points of approved entries only (what scoring counts)' }) approvedWorkPoints: number;
  @Field(() => Int) standardDayMinutes: number;
  @Field(() => [EntryFlag]) warnings: EntryFlag[];
  @Field({ description: 'A past working day, not on leave, with no entry (kê khai sót)' }) missing: boolean;
}

@ObjectType({ description: 'A person’s diary over a period: the real-time self view' })
export class DiaryPeriod {
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => [DiaryDay]) days: DiaryDay[];
  @Field(() => Int) workingDays: number;
  @Field(() => Int) daysOnLeave: number;
  @Field(() => [GraphQLLocalDate]) missingDays: string[];
  @Field(() => Int) actualMinutes: number;
  @Field(() => Float) earnedStandardMinutes: number;
  @Field(() => Float) workPoints: number;
  @Field(() => Float) approvedWorkPoints: number;
  @Field(() => Int, { description: 'Working days not on leave × the standard day' }) availableStandardMinutes: number;
  @Field(() => Int) daysOverStandard: number;
}

@ObjectType({ description: 'How much an item was used in a period (for the catalogue’s hygiene)' })
export class WorkItemUsage {
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => Int) entries: number;
  @Field(() => Int) employees: number;
  @Field(() => Float) quantity: number;
  @Field(() => Float) actualMinutes: number;
  @Field(() => Float, { description: 'Σ quantity × standard minutes' }) standardMinutes: number;
  @Field(() => Float, { nullable: true, description: 'Actual ÷ standard minutes: far from 1 means the standard time needs a look' })
  actualToStandard: number | null;
}

@Directive(PARTNER)
@InputType({ description: 'A work event from another system (E-Office first)' })
export class WorkEventInput {
  @Field({ description: 'The sender’s id for the event: the same id twice is one entry' }) externalId: string;
  @Field() employeeCode: string;
  @Field({ description: 'Mapped to a work item by the agency’s mapping table' }) documentType: string;
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => Float) quantity: number;
  @Field(() => Int, { nullable: true, description: 'Defaults to the item’s standard time × quantity' }) actualMinutes?: number;
  @Field({ nullable: true, description: 'E.g. the document number' }) evidence?: string;
}

@Directive(PARTNER)
@ObjectType({ description: 'What became of one work event' })
export class WorkEventResult {
  @Field() externalId: string;
  @Field(() => IntakeStatus) status: IntakeStatus;
  @Field(() => ID, {
    nullable: true,
    description: 'The entry created, or for a duplicate the entry that already holds this work (when known)',
  })
  entryId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why, as a stable code: the error code a typed entry gets for the same fault (DAY_OVER_24_HOURS, PERIOD_CLOSED, ' +
      'NOT_PERFORMABLE, INVALID_REFERENCE, WORK_ITEM_RETIRED, FUTURE_DATE, EMPLOYEE_INACTIVE, BAD_USER_INPUT), or ' +
      'DUPLICATE_ENTRY when the same document is already recorded; null when created or already received',
  })
  code: string | null;
  @Field(() => [EntryFlag], { description: 'The warnings stored on the entry created (OVER_STANDARD_DAY…)' })
  flags: EntryFlag[];
}

@InputType()
export class SetWorkItemMappingInput {
  @Field({ description: 'The integration client’s subject, e.g. client:eoffice' }) client: string;
  @Field(() => ID, { nullable: true, description: 'Null: the province-wide default' }) agencyId?: string;
  @Field() documentType: string;
  @Field(() => ID) workItemId: string;
}

@InputType()
export class RecordLeaveInput {
  @Field(() => ID) employeeId: string;
  @Field(() => GraphQLLocalDate) fromDate: string;
  @Field(() => GraphQLLocalDate) toDate: string;
  @Field(() => LeaveKind) kind: LeaveKind;
  @Field({ nullable: true }) note?: string;
}

@InputType()
export class ReopenPeriodInput {
  @Field(() => GraphQLLocalDate, { description: 'Any day of the month to reopen' }) month: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field({ description: 'When it closes again' }) until: Date;
  @Field() reason: string;
}

export { DayKind };
