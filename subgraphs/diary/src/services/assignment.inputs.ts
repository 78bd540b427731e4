import { described, GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssignmentRole, AssignmentStatus, QualityRating, ReminderKind } from '../entities/index.js';
import { Assignment, Employee } from '../entities/index.js';

@InputType()
export class AssignWorkInput {
  @Field(() => ID, { description: 'The person responsible (chủ trì)' }) leadId: string;
  @Field(() => [ID], { nullable: true, description: 'Co-operators (phối hợp)' }) coOperatorIds?: string[];
  @Field(() => ID) workItemId: string;
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => Float) expectedQuantity: number;
  @Field(() => GraphQLLocalDate, { description: 'Due by the end of this day; a day off moves it to the next working day' })
  deadline: string;
  @Field(() => [String], { nullable: true, description: 'Attachments and evidence references' }) evidenceRefs?: string[];
  @Field({ nullable: true }) comment?: string;
}

@InputType()
export class SubmitAssignmentInput {
  @Field(() => Float, { nullable: true, description: 'Defaults to the expected quantity' }) quantityDone?: number;
  @Field(() => [String], { nullable: true, description: 'Evidence of the result, added to the assignment’s' }) evidenceRefs?: string[];
  @Field({ nullable: true }) comment?: string;
}

@InputType({ description: 'The assigner’s verdict on a submitted product (Decree 335)' })
export class CompleteAssignmentInput {
  @Field(() => QualityRating) quality: QualityRating;
  @Field(() => Int, { nullable: true, description: 'Major errors found (default 0)' }) majorErrors?: number;
  @Field(() => Int, { nullable: true, description: 'Of those, with an objective cause confirmed (default 0)' }) excusedErrors?: number;
  @Field(() => Int, { nullable: true, description: 'Delays (default: 1 when submitted after the deadline, else 0)' }) delays?: number;
  @Field(() => Int, { nullable: true, description: 'Of those, with an objective cause confirmed (default 0)' }) excusedDelays?: number;
  @Field({ nullable: true, description: 'Required when anything is excused' }) objectiveCause?: string;
  @Field({ nullable: true }) comment?: string;
}

@InputType()
export class AssignmentFilter {
  @Field(() => [AssignmentStatus], { nullable: true }) statuses?: AssignmentStatus[];
  @Field(() => AssignmentRole, { nullable: true, description: 'For a person: only what they lead, or only what they help with' })
  role?: AssignmentRole;
  @Field({ nullable: true, description: 'Only those unfinished past their deadline' }) overdue?: boolean;
  @Field(() => Int, { nullable: true, description: 'Only unfinished ones due within this many working days (0: today)' })
  dueWithinWorkingDays?: number;
  @Field(() => Int, { nullable: true, description: 'At most this many (default 100, at most 500), earliest deadline first' })
  first?: number;
}

@ObjectType({ description: 'How a person’s or a unit’s assignments due in a period went (overdue share: the Hue model’s gate)' })
export class AssignmentSummary {
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => Int, { description: 'Due in the period, not cancelled' }) assigned: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) onTime: number;
  @Field(() => Int, { description: 'Submitted after the deadline' }) late: number;
  @Field(() => Int, { description: 'Unfinished past the deadline' }) overdue: number;
  @Field(() => Int, { description: 'Unfinished, not yet due' }) pending: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Float, { nullable: true, description: '(late + overdue) ÷ (on time + late + overdue); null when nothing is due yet' })
  overdueShare: number | null;
}

@ObjectType({ description: 'A person of a unit with working days that have no diary and no leave' })
export class MissingDiary {
  @Field(() => Employee) employee: Employee;
  @Field(() => [GraphQLLocalDate]) days: string[];
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Something a person should be told: a front-end shows it, a mailer sends it' })
export class Reminder {
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field(() => Employee, { description: 'Who is reminded' }) employee: Employee;
  @Field(() => [GraphQLLocalDate], { description: 'The days concerned (missing diaries)' }) days: string[];
  @Field(() => Assignment, { nullable: true }) assignment: Assignment | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'By when to act: the month’s close, or the deadline' }) dueOn:
    string | null;
  @Field({ description: 'The text to show or send, in Vietnamese' }) message: string;
  @Field({ description: described('The same text in English', 'Cùng nội dung, bằng tiếng Anh') }) messageEn: string;
  @Field(() => String, {
    nullable: true,
    description: described('The month closing (MONTH_CLOSING), as YYYY-MM', 'Tháng sắp chốt số liệu (MONTH_CLOSING), dạng YYYY-MM'),
  })
  month: string | null;
}

@ObjectType()
export class RecordedWork {
  @Field(() => Int, { description: 'Diary entries that advance it' }) entries: number;
  @Field(() => Float, { description: 'Their total quantity' }) quantity: number;
}
