import { serviceUnavailable } from '@kpi/platform';
import nodemailer from 'nodemailer';
import { said } from '../services/notification.messages.js';

/** One message to one person, plain text (read on any phone's mail app, copied into a report). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** What a send came to: delivered, or refused for good for this address (the run goes on). */
export type Delivery = { sent: true } | { sent: false; reason: string };

export interface Mailer {
  send(mail: Mail): Promise<Delivery>;
  close(): void;
}

/** Where mail goes, from configuration; null when `SMTP_URL` is unset: reminders stay in the app. */
export function mailConfig(): { url: string; from: string } | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: process.env.KPI_MAIL_FROM?.trim() || 'Phần mềm KPI <kpi@localhost>' };
}

/**
 * An SMTP mailer (nodemailer; `smtps://` for TLS from the start, `smtp://` upgrades with STARTTLS
 * when offered). A server that cannot be reached, times out or answers "try later" (4xx) is an
 * outage: SERVICE_UNAVAILABLE, so the job is retried; an address refused for good (5xx) is that
 * address's problem and the run goes on.
 */
export function smtpMailer(config: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: config.url,
    // One connection carries a run's mails (a province's are thousands): no handshake per person.
    pool: true,
    maxConnections: 2,
    maxMessages: 500,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, textEncoding: 'base64' });
        return { sent: true };
      } catch (error) {
        const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
        if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.code === 'EENVELOPE')
          return { sent: false, reason: e.response ?? e.message ?? 'refused' };
        throw serviceUnavailable(said.mailServerDown({ code: e.code ?? 'error' }), 'smtp');
      }
    },
    close: () => transport.close(),
  };
}
