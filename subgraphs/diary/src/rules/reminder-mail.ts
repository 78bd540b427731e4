import { MAIL_TEXTS } from './reminder-texts.js';

/**
 * A person's one mail of a run: every new reminder, Vietnamese first, then the same in English
 * below (the province works in Vietnamese; English serves those who read it better).
 */
export function reminderMail(
  person: { name: string | null },
  notes: readonly { message: string; messageEn: string }[],
  link: string | null,
): { subject: string; text: string } {
  const n = notes.length;
  const block = (language: 'vi' | 'en') =>
    [
      MAIL_TEXTS.greeting[language](person.name),
      '',
      MAIL_TEXTS.intro[language],
      ...notes.map((note) => `- ${language === 'vi' ? note.message : note.messageEn}`),
      '',
      ...(link ? [MAIL_TEXTS.link[language](link)] : []),
      MAIL_TEXTS.preferences[language],
    ].join('\n');
  return {
    subject: `${MAIL_TEXTS.subject.vi(n)} / ${MAIL_TEXTS.subject.en(n)}`,
    text: `${block('vi')}\n\n---- English ----\n\n${block('en')}\n`,
  };
}
