import { Connection, GraphQLLocalDate } from '@kpi/platform';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Assignment, ReminderKind } from '../entities/index.js';

@ObjectType({ description: 'A reminder delivered to me: kept in the app (read or not), mailed once when I want mail of its kind' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field({ description: 'What it is about: the diary, a month (YYYY-MM) or an assignment’s id' }) subject: string;
  @Field(() => GraphQLLocalDate, { description: 'The day it concerns (the newest missing day, the deadline, the submission)' })
  concernsOn: string;
  @Field(() => Assignment, { nullable: true, description: 'The assignment it is about' }) assignment?: Assignment | null;
  assignmentId: string | null;
  @Field(() => [GraphQLLocalDate], { description: 'The days concerned (missing diaries)' }) days: string[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'By when to act: the last day to declare, or the deadline' }) dueOn:
    string | null;
  @Field({ description: 'The text, in Vietnamese' }) message: string;
  @Field({ description: 'The same text in English' }) messageEn: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it went out by e-mail; null: not (yet) mailed' }) emailedAt: Date | null;
}

export const NotificationConnection = Connection(Notification, 'Notification');

@ObjectType({ description: 'How I want one kind of reminder: always in the app; by e-mail unless I turn it off' })
export class NotificationPreference {
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field({ description: 'Mailed (the default), or only in the app' }) email: boolean;
  @Field({ description: 'Always true: the app keeps every reminder, so nothing due is ever hidden' }) inApp: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field() email: boolean;
}
