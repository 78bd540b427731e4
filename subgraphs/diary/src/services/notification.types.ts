import { described, GraphQLLocalDate, PageInfo } from '@kpi/platform';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Assignment, ReminderKind } from '../entities/index.js';

@ObjectType({
  description: described(
    'A reminder delivered to me: kept in the app (read or not), mailed once when I want mail of its kind',
    'Một nhắc việc gửi đến tôi: luôn có trong phần mềm (đã đọc hay chưa), gửi thư một lần nếu tôi muốn nhận thư loại đó',
  ),
})
export class Notification {
  @Field(() => ID, { description: described('Its id', 'Mã thông báo') }) id: string;
  @Field(() => ReminderKind, { description: described('What kind of reminder', 'Loại nhắc việc') }) kind: ReminderKind;
  @Field({
    description: described(
      'What it is about: the diary, a month (YYYY-MM) or an assignment’s id',
      'Nói về điều gì: nhật ký, một tháng (YYYY-MM) hoặc mã một nhiệm vụ',
    ),
  })
  subject: string;
  @Field(() => GraphQLLocalDate, {
    description: described(
      'The day it concerns (the newest missing day, the deadline, the submission)',
      'Ngày liên quan (ngày thiếu gần nhất, hạn, ngày báo cáo)',
    ),
  })
  concernsOn: string;
  @Field(() => Assignment, { nullable: true, description: described('The assignment it is about', 'Nhiệm vụ liên quan') })
  assignment?: Assignment | null;
  assignmentId: string | null;
  @Field(() => [GraphQLLocalDate], {
    description: described('The days concerned (missing diaries)', 'Các ngày liên quan (ngày thiếu nhật ký)'),
  })
  days: string[];
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'By when to act: the last day to declare, or the deadline',
      'Hạn phải làm: ngày cuối được kê khai, hoặc hạn nhiệm vụ',
    ),
  })
  dueOn: string | null;
  @Field({ description: described('The text, in Vietnamese', 'Nội dung, bằng tiếng Việt') }) message: string;
  @Field({ description: described('The same text in English', 'Cùng nội dung, bằng tiếng Anh') }) messageEn: string;
  @Field({ description: described('When it was written', 'Thời điểm tạo') }) createdAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: described('When I marked it read; null: unread', 'Thời điểm đánh dấu đã đọc; null: chưa đọc'),
  })
  readAt: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: described('When it went out by e-mail; null: not (yet) mailed', 'Thời điểm đã gửi thư; null: chưa (hoặc không) gửi thư'),
  })
  emailedAt: Date | null;
}

@ObjectType({ description: described('A notification and its cursor', 'Một thông báo và con trỏ của nó') })
export class NotificationEdge {
  @Field(() => Notification, { description: described('The notification', 'Thông báo') }) node: Notification;
  @Field({ description: described('Where it is in the list, for `after`', 'Vị trí trong danh sách, dùng cho `after`') }) cursor: string;
}

@ObjectType({ description: described('A page of my notifications', 'Một trang thông báo của tôi') })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: described('The notifications with their cursors', 'Các thông báo kèm con trỏ') })
  edges: NotificationEdge[];
  @Field(() => [Notification], {
    description: described('The nodes of the edges, for clients that need no cursors', 'Các thông báo, cho ứng dụng không cần con trỏ'),
  })
  nodes: Notification[];
  @Field(() => PageInfo, { description: described('Whether more pages follow, and where', 'Còn trang sau không, và bắt đầu từ đâu') })
  pageInfo: PageInfo;
  @Field(() => Int, { description: described('How many match, across all pages', 'Tổng số thông báo phù hợp, trên mọi trang') })
  totalCount: number;
}

@ObjectType({
  description: described(
    'How I want one kind of reminder: always in the app; by e-mail unless I turn it off',
    'Cách tôi nhận một loại nhắc việc: luôn có trong phần mềm; gửi thư trừ khi tôi tắt',
  ),
})
export class NotificationPreference {
  @Field(() => ReminderKind, { description: described('The kind of reminder', 'Loại nhắc việc') }) kind: ReminderKind;
  @Field({ description: described('Mailed (the default), or only in the app', 'Gửi thư (mặc định), hay chỉ trong phần mềm') })
  email: boolean;
  @Field({
    description: described(
      'Always true: the app keeps every reminder, so nothing due is ever hidden',
      'Luôn đúng: phần mềm giữ mọi nhắc việc, không việc gì đến hạn bị ẩn',
    ),
  })
  inApp: boolean;
}

@InputType({ description: described('My choice for one kind of reminder', 'Lựa chọn của tôi cho một loại nhắc việc') })
export class NotificationPreferenceInput {
  @Field(() => ReminderKind, { description: described('The kind of reminder', 'Loại nhắc việc') }) kind: ReminderKind;
  @Field({
    description: described('Mail it (true) or only keep it in the app (false)', 'Gửi thư (true) hay chỉ giữ trong phần mềm (false)'),
  })
  email: boolean;
}
