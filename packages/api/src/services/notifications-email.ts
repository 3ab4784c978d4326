import { createTransport } from 'nodemailer';

/** What the email job needs of a mail server. */
export interface Mailer {
  send(message: { readonly to: string; readonly subject: string; readonly text: string; readonly messageId: string }): Promise<void>;
  close(): void;
}

export const DEFAULT_SMTP_FROM = 'ketnoi <khong-tra-loi@ketnoi.local>';

/**
 * SMTP through nodemailer, from `KETNOI_SMTP_URL` (`smtp://user:password@host:587`, `smtps://…:465`)
 * and `KETNOI_SMTP_FROM`. Without a URL there is no mailer and emails stay in the outbox for the
 * administrator (README: "Thư điện tử"). The Message-ID is derived from the email's id, so a
 * message sent again after a crash between the server's acceptance and our record of it is
 * recognisable as the same message.
 */
export function smtpMailer(url: string, from: string = DEFAULT_SMTP_FROM): Mailer {
  const transport = createTransport(url);
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close: () => transport.close(),
  };
}

/** A mailer from the environment, or null when SMTP is not configured. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.KETNOI_SMTP_URL?.trim();
  return url ? smtpMailer(url, env.KETNOI_SMTP_FROM?.trim() || DEFAULT_SMTP_FROM) : null;
}

/**
 * What is kept of a failed sending: the error's code and the server's reply code, never its text
 * (an SMTP reply may quote the address).
 */
export function sendingFailure(e: unknown): string {
  const err = e as { code?: unknown; responseCode?: unknown };
  const parts = [typeof err.code === 'string' ? err.code : 'ERROR', typeof err.responseCode === 'number' ? String(err.responseCode) : null];
  return parts.filter(Boolean).join(' ');
}
