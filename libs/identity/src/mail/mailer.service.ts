import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '@app/core';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends email over SMTP_URL with nodemailer; without SMTP_URL nothing is sent and callers show the link instead. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(config: ConfigService) {
    const mail = config.getOrThrow<MailConfig>('mail');
    this.from = mail.from;
    this.transport = mail.smtpUrl ? nodemailer.createTransport(mail.smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** True when the SMTP server accepted the message; false when none is configured or it refused (logged). */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
      return true;
    } catch (err) {
      this.logger.warn(`could not send "${mail.subject}": ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
