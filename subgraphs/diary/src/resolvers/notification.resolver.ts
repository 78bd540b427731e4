import { Job, PageArgs } from '@kpi/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
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
  @Query(() => NotificationConnection, { description: 'My reminders, newest first; `totalCount` with `unreadOnly` is the unread count' })
  myNotifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Args() page: PageArgs,
    @Ctx() ctx: DiaryContext,
  ) {
    return notifications.myNotifications(ctx, unreadOnly, page);
  }

  @Query(() => [NotificationPreference], { description: 'How I want each kind of reminder (every kind, defaults included)' })
  myNotificationPreferences(@Ctx() ctx: DiaryContext) {
    return notifications.myPreferences(ctx);
  }

  @Mutation(() => [Notification], { description: 'Marks these of my notifications read (at most 500)' })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: DiaryContext) {
    return notifications.markRead(ctx, ids);
  }

  @Mutation(() => Int, { description: 'Marks all my notifications read; answers how many were unread' })
  markAllNotificationsRead(@Ctx() ctx: DiaryContext) {
    return notifications.markAllRead(ctx);
  }

  @Mutation(() => [NotificationPreference], { description: 'Turns e-mail on or off per kind; the app keeps every reminder anyway' })
  setNotificationPreferences(
    @Arg('input', () => [NotificationPreferenceInput]) input: NotificationPreferenceInput[],
    @Ctx() ctx: DiaryContext,
  ) {
    return notifications.setPreferences(ctx, input);
  }

  @Mutation(() => Job, {
    description:
      'Sends today’s reminders now (province admins: the province or an agency; agency admins: their agency); returns the job at once, read with diaryJob(id)',
  })
  startReminderJob(@Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined, @Ctx() ctx: DiaryContext) {
    return notifications.startReminderJob(ctx, agencyId ?? null);
  }
}

/** Fields of a notification, apart from the root fields (no client guard per notification). */
@Resolver(() => Notification)
export class NotificationFieldsResolver {
  @FieldResolver(() => Assignment, { nullable: true })
  async assignment(@Root() notification: Notification, @Ctx() ctx: DiaryContext) {
    return notification.assignmentId ? ((await ctx.loaders.assignment.load(notification.assignmentId)) ?? null) : null;
  }
}
