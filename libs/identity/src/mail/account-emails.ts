import type { Role } from '@app/core';
import type { Mail } from './mailer.service.js';

const hours = (ms: number) => Math.round(ms / 3_600_000);
const minutes = (ms: number) => Math.round(ms / 60_000);

/** The invitation email: who invites, to which workspace, with which role, the link and how long it works. */
export function invitationMail(to: string, workspaceName: string, role: Role, link: string, expiresAt: Date): Mail {
  const left = expiresAt.getTime() - Date.now();
  return {
    to,
    subject: `Invitation to ${workspaceName}`,
    text: [
      `You are invited to join the workspace "${workspaceName}" on the event register as ${role}.`,
      '',
      'Open this link to accept; if you have no account yet, you choose your password there:',
      link,
      '',
      `The link works once and for ${left >= 48 * 3_600_000 ? `${Math.round(left / 86_400_000)} days` : `${hours(left)} hours`}.`,
      'If you did not expect this invitation, ignore this email.',
    ].join('\n'),
  };
}

/** The password reset email. */
export function passwordResetMail(to: string, link: string, expiresAt: Date): Mail {
  return {
    to,
    subject: 'Reset your password',
    text: [
      'Someone (hopefully you) asked to reset the password of your event register account.',
      '',
      'Open this link to choose a new password:',
      link,
      '',
      `The link works once and for ${minutes(expiresAt.getTime() - Date.now())} minutes. Setting a new password signs you out everywhere.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}
