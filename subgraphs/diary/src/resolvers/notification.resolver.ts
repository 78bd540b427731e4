import { DEFAULT_PAGE_SIZE, described, Job, MAX_PAGE_SIZE, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Assignment } from '../entities/index.js';
import type { DiaryContext } from '../services/context.js';
import * as notifications from '../services/notification.service.js';
import {
  Notification,
  NotificationConnection,
  NotificationPreference,
  NotificationPreferenceInput,
} from '../services/notification.types.js';
import { IntakeOnlyForClients } from './guard.js';

@Resolver(() => Notification)
@UseMiddleware(IntakeOnlyForClients)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: described(
      'My reminders, newest first; `totalCount` with `unreadOnly` is the unread count',
      'Các nhắc việc của tôi, mới nhất trước; `totalCount` với `unreadOnly` là số chưa đọc',
    ),
  })
  myNotifications(
    @Arg('unreadOnly', () => Boolean, {
      defaultValue: false,
      description: described('Only those not read yet', 'Chỉ những thông báo chưa đọc'),
    })
    unreadOnly: boolean,
    @Arg('first', () => Int, {
      nullable: true,
      description: described(
        `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
        `Số dòng mỗi trang, tối đa ${MAX_PAGE_SIZE} (mặc định ${DEFAULT_PAGE_SIZE})`,
      ),
    })
    first: number | undefined,
    @Arg('after', () => String, {
      nullable: true,
      description: described('The endCursor of the previous page', 'endCursor của trang trước'),
    })
    after: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return notifications.myNotifications(ctx, unreadOnly, { first, after });
  }

  @Query(() => [NotificationPreference], {
    description: described(
      'How I want each kind of reminder (every kind, defaults included)',
      'Cách tôi nhận từng loại nhắc việc (mọi loại, kể cả mặc định)',
    ),
  })
  myNotificationPreferences(@Ctx() ctx: DiaryContext) {
    return notifications.myPreferences(ctx);
  }

  @Mutation(() => [Notification], {
    description: described('Marks these of my notifications read (at most 500)', 'Đánh dấu đã đọc các thông báo này của tôi (tối đa 500)'),
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { description: described('My notifications to mark', 'Các thông báo của tôi cần đánh dấu') }) ids: string[],
    @Ctx() ctx: DiaryContext,
  ) {
    return notifications.markRead(ctx, ids);
  }

  @Mutation(() => Int, {
    description: described(
      'Marks all my notifications read; answers how many were unread',
      'Đánh dấu đã đọc mọi thông báo của tôi; trả về số thông báo chưa đọc trước đó',
    ),
  })
  markAllNotificationsRead(@Ctx() ctx: DiaryContext) {
    return notifications.markAllRead(ctx);
  }

  @Mutation(() => [NotificationPreference], {
    description: described(
      'Turns e-mail on or off per kind; the app keeps every reminder anyway',
      'Bật hoặc tắt thư theo từng loại; phần mềm vẫn giữ mọi nhắc việc',
    ),
  })
  setNotificationPreferences(
    @Arg('input', () => [NotificationPreferenceInput], { description: described('A choice per kind', 'Lựa chọn cho từng loại') })
    input: NotificationPreferenceInput[],
    @Ctx() ctx: DiaryContext,
  ) {
    return notifications.setPreferences(ctx, input);
  }

  @Mutation(() => Job, {
    description: described(
      'Sends today’s reminders now (province admins: the province or an agency; agency admins: their agency); returns the job at once, read with diaryJob(id)',
      'Gửi nhắc việc hôm nay ngay (quản trị tỉnh: cả tỉnh hoặc một cơ quan; quản trị cơ quan: cơ quan của mình); trả về công việc nền ngay, xem bằng diaryJob(id)',
    ),
  })
  startReminderJob(
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described('One agency; none: the province', 'Một cơ quan; bỏ trống: cả tỉnh'),
    })
    agencyId: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return notifications.startReminderJob(ctx, agencyId ?? null);
  }
}

/** Fields of a notification, apart from the root fields (no client guard per notification). */
@Resolver(() => Notification)
export class NotificationFieldsResolver {
  @FieldResolver(() => Assignment, { nullable: true, description: described('The assignment it is about', 'Nhiệm vụ liên quan') })
  async assignment(@Parent() notification: Notification, @Ctx() ctx: DiaryContext) {
    return notification.assignmentId ? ((await ctx.loaders.assignment.load(notification.assignmentId)) ?? null) : null;
  }
}
