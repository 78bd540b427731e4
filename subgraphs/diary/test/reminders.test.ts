import { describe, expect, it } from '@jest/globals';
import { ReminderKind } from '../src/entities/enums.js';
import { reminderMail } from '../src/rules/reminder-mail.js';
import { REMINDER_TEXTS, reminderText } from '../src/rules/reminder-texts.js';
import { isClosingSoon, notificationKey } from '../src/rules/reminders.js';

const TODAY = '2026-11-23';

describe('what counts as the same reminder (the notification key)', () => {
  it('missing diaries: the newest missing day, so only a newly missed day is news', () => {
    const key = notificationKey(
      { kind: ReminderKind.MISSING_DIARY, days: ['2026-11-18', '2026-11-16'], dueOn: '2026-11-24', assignment: null },
      TODAY,
    );
    expect(key).toEqual({ subject: 'diary', concernsOn: '2026-11-18' });
  });

  it('the month closing: the month at its last day to declare, once a month', () => {
    const key = notificationKey(
      { kind: ReminderKind.MONTH_CLOSING, days: ['2026-10-30'], month: '2026-10', dueOn: '2026-11-24', assignment: null },
      TODAY,
    );
    expect(key).toEqual({ subject: '2026-10', concernsOn: '2026-11-24' });
  });

  it('work due or overdue: the assignment at its deadline (an extension is news); a review: as submitted on a day', () => {
    const assignment = { id: 'a1', submittedOn: '2026-11-20' };
    expect(notificationKey({ kind: ReminderKind.ASSIGNMENT_OVERDUE, days: [], dueOn: '2026-11-06', assignment }, TODAY)).toEqual({
      subject: 'a1',
      concernsOn: '2026-11-06',
    });
    expect(notificationKey({ kind: ReminderKind.ASSIGNMENT_DUE_SOON, days: [], dueOn: '2026-11-30', assignment }, TODAY).concernsOn).toBe(
      '2026-11-30',
    );
    expect(notificationKey({ kind: ReminderKind.REVIEW_WAITING, days: [], dueOn: '2026-11-06', assignment }, TODAY)).toEqual({
      subject: 'a1',
      concernsOn: '2026-11-20',
    });
  });
});

describe('the last call before a month closes', () => {
  it('comes in the three days up to the last day to declare, not before, not after', () => {
    expect(isClosingSoon('2026-11-24', '2026-11-20')).toBe(false);
    expect(isClosingSoon('2026-11-24', '2026-11-21')).toBe(true);
    expect(isClosingSoon('2026-11-24', '2026-11-24')).toBe(true);
    expect(isClosingSoon('2026-11-24', '2026-11-25')).toBe(false);
  });
});

describe('the texts', () => {
  it('exist in Vietnamese and English for every kind', () => {
    for (const kind of Object.values(ReminderKind)) {
      expect(Object.keys(REMINDER_TEXTS[kind]).sort()).toEqual(['en', 'vi']);
    }
    const facts = { days: ['2026-11-16', '2026-11-17'], dueOn: '2026-11-24' };
    expect(reminderText(ReminderKind.MISSING_DIARY, 'vi', facts)).toBe(
      'Đồng chí chưa ghi nhật ký công việc 2 ngày làm việc (16/11, 17/11). Hạn chốt số liệu: hết ngày 24/11.',
    );
    expect(reminderText(ReminderKind.MISSING_DIARY, 'en', { days: ['2026-11-16'], dueOn: '2026-11-24' })).toBe(
      'You have not recorded your work diary for 1 working day (16/11). Data closes at the end of 24/11.',
    );
  });

  it('make one mail: Vietnamese first, the same in English below, with the link and the way to turn it off', () => {
    const mail = reminderMail(
      { name: 'Nguyễn Văn An' },
      [
        { message: 'Một', messageEn: 'One' },
        { message: 'Hai', messageEn: 'Two' },
      ],
      'https://kpi.example/notifications',
    );
    expect(mail.subject).toBe('[KPI] 2 nhắc việc mới / 2 new reminders');
    const [vi, en] = mail.text.split('---- English ----');
    expect(vi).toContain('Kính gửi đồng chí Nguyễn Văn An,');
    expect(vi).toContain('- Một\n- Hai');
    expect(vi).toContain('Xem và đánh dấu đã đọc: https://kpi.example/notifications');
    expect(en).toContain('Dear Nguyễn Văn An,');
    expect(en).toContain('- One\n- Two');
    expect(en).toContain('turn these e-mails off');
  });
});
