import {
  badInput,
  decodeCursor,
  DomainError,
  ErrorCode,
  forbidden,
  isUuid,
  notFound,
  pageSize,
  toPage,
  type Job,
  said as platformSaid,
  type PageArgs,
} from '@kpi/platform';
import { ReminderKind } from '../entities/index.js';
import { reminderDirectory } from '../peers/personnel.js';
import { reminderRunScope } from '../rules/access.js';
import { NotificationStore, type NotificationRow } from '../store/notification.store.js';
import type { DiaryContext } from './context.js';
import { AS_DIARY } from './facts.service.js';
import { said } from './notification.messages.js';
import type { Notification, NotificationPreference, NotificationPreferenceInput } from './notification.types.js';
import { REMINDER_JOB, type ReminderParams } from './reminder-job.service.js';

/** At most this many ids in one call (a page's worth). */
const MAX_IDS = 500;

/** Notifications are a person's own: nobody reads or marks another's, not even an admin. */
function me(ctx: DiaryContext): string {
  if (ctx.identity.kind !== 'person' || !ctx.identity.employeeId) throw forbidden(said.theirOwn());
  return ctx.identity.employeeId;
}

const store = (ctx: DiaryContext) => new NotificationStore(ctx.em);
const toNotification = (row: NotificationRow): Notification => row;

export async function myNotifications(ctx: DiaryContext, unreadOnly: boolean, page: PageArgs) {
  const employeeId = me(ctx);
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  if (after && (typeof after[0] !== 'string' || !isUuid(after[1]) || Number.isNaN(Date.parse(after[0]))))
    throw new DomainError(ErrorCode.INVALID_CURSOR, platformSaid.badCursor(), {
      field: 'after',
    });
  const [rows, total] = await Promise.all([
    size === 0 ? Promise.resolve([]) : store(ctx).page(employeeId, unreadOnly, after as [string, string] | null, size + 1),
    store(ctx).count(employeeId, unreadOnly),
  ]);
  return toPage(rows.map(toNotification), size, total, (n) => [(n as NotificationRow).createdKey, n.id], Boolean(after));
}

function assertIds(ids: readonly string[]) {
  if (ids.length === 0) throw badInput('ids', said.nameOne());
  if (ids.length > MAX_IDS) throw badInput('ids', said.atMost({ max: MAX_IDS }));
  const bad = ids.find((id) => !isUuid(id));
  if (bad) throw badInput('ids', said.notAnId({ id: bad }));
}

/** Marks mine read; an id that is not one of mine is refused (nothing is marked). */
export async function markRead(ctx: DiaryContext, ids: readonly string[]) {
  const employeeId = me(ctx);
  assertIds(ids);
  const unique = [...new Set(ids)];
  const found = await store(ctx).byIds(employeeId, unique);
  const missing = unique.find((id) => !found.some((row) => row.id === id));
  if (missing) throw notFound(said.yours(), said.withId({ id: missing }));
  await store(ctx).markRead(employeeId, unique);
  return (await store(ctx).byIds(employeeId, unique)).map(toNotification);
}

export const markAllRead = (ctx: DiaryContext) => store(ctx).markRead(me(ctx), null);

const KINDS = Object.values(ReminderKind);

export async function myPreferences(ctx: DiaryContext): Promise<NotificationPreference[]> {
  const employeeId = me(ctx);
  const rows = await store(ctx).preferences([employeeId]);
  return KINDS.map((kind) => ({ kind, email: rows.find((r) => r.kind === kind)?.email ?? true, inApp: true }));
}

export async function setPreferences(ctx: DiaryContext, input: readonly NotificationPreferenceInput[]) {
  const employeeId = me(ctx);
  if (input.length === 0) throw badInput('input', said.giveOne());
  const kinds = input.map((c) => c.kind);
  if (new Set(kinds).size !== kinds.length) throw badInput('input', said.eachOnce());
  await store(ctx).setPreferences(employeeId, input);
  return myPreferences(ctx);
}

function runner(ctx: DiaryContext) {
  if (!ctx.jobs) throw new Error('the diary subgraph runs without its job runner');
  return ctx.jobs;
}

/**
 * Today's reminders now, rather than at the scheduled hour: checked at once (who, which agency),
 * run as a job (returned at once). Running it again the same day sends nothing twice.
 */
export async function startReminderJob(ctx: DiaryContext, agencyId: string | null): Promise<Job> {
  if (agencyId !== null && !isUuid(agencyId)) throw badInput('agencyId', said.notAnAgency({ id: agencyId }));
  const scope = reminderRunScope(ctx.identity, agencyId);
  if (!scope) throw forbidden(said.sendingReminders());
  if (agencyId) {
    const page = await reminderDirectory(ctx.peers, { first: 1, after: null, filter: { agencyId, status: 'ACTIVE' } }, AS_DIARY);
    if (page.totalCount === 0) throw notFound(said.agencyWithPeople(), said.withId({ id: agencyId }));
  }
  const params: ReminderParams = { agencyId: scope === 'province' ? null : scope };
  return runner(ctx).enqueue(REMINDER_JOB, scope, params, ctx.identity);
}
