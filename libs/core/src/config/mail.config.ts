import { registerAs } from '@nestjs/config';

/** Outgoing email (invitations, password resets). Without SMTP_URL nothing is sent. */
export const mailConfig = registerAs('mail', () => ({
  /** smtp:// or smtps:// URL, with credentials when the server needs them */
  smtpUrl: process.env.SMTP_URL || null,
  /** the From address, e.g. `Event register <noreply@example.org>` */
  from: process.env.MAIL_FROM || 'Event register <noreply@localhost>',
}));
export type MailConfig = ReturnType<typeof mailConfig>;
