import { LANGUAGES, type Language, type Role } from '@app/core';
import type { Mail } from './mailer.service.js';

const hours = (ms: number) => Math.round(ms / 3_600_000);
const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * The language of an account email: the one asked for, else the first of the request's
 * Accept-Language (by weight) the product writes in (`zh-TW` is `zh`, `en-GB` is `en`), else English.
 */
export function mailLanguage(chosen: Language | null | undefined, acceptLanguage?: string | string[] | null): Language {
  if (chosen) return chosen;
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((t) => t.q > 0 && !Number.isNaN(t.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((t) => t.base).find((base): base is Language => (LANGUAGES as readonly string[]).includes(base)) ?? 'en';
}

const PRODUCT: Record<Language, string> = { en: 'the Exchange Event Register', ja: '交流行事レジスター', zh: '交流活动登记系统' };
/** The roles as the console names them. */
const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  en: { owner: 'owner', organizer: 'organizer', official: 'official' },
  ja: { owner: '管理者', organizer: '主催者', official: '担当官' },
  zh: { owner: '管理员', organizer: '主办人员', official: '工作人员' },
};

/** "7 days" or "36 hours" in each language: days from two days on. */
function validity(ms: number, lang: Language): string {
  const days = ms >= 48 * 3_600_000 ? Math.round(ms / 86_400_000) : null;
  if (lang === 'ja') return days ? `${days}日間` : `${hours(ms)}時間`;
  if (lang === 'zh') return days ? `${days}天` : `${hours(ms)}小时`;
  return days ? `${days} days` : `${hours(ms)} hours`;
}

/** The invitation email in `lang`: who is invited to which workspace with which role, the link and how long it works. */
export function invitationMail(to: string, workspaceName: string, role: Role, link: string, expiresAt: Date, lang: Language = 'en'): Mail {
  const left = validity(expiresAt.getTime() - Date.now(), lang);
  const roleName = ROLE_NAMES[lang][role];
  const texts: Record<Language, { subject: string; lines: string[] }> = {
    en: {
      subject: `Invitation to ${workspaceName}`,
      lines: [
        `You are invited to join the workspace "${workspaceName}" on ${PRODUCT.en} as ${roleName}.`,
        '',
        'Open this link to accept; if you have no account yet, you choose your password there:',
        link,
        '',
        `The link works once and for ${left}.`,
        'If you did not expect this invitation, ignore this email.',
      ],
    },
    ja: {
      subject: `「${workspaceName}」への招待`,
      lines: [
        `${PRODUCT.ja}のワークスペース「${workspaceName}」に${roleName}として招待されました。`,
        '',
        '次のリンクを開いて承諾してください。アカウントをお持ちでない場合は、そこでパスワードを設定します。',
        link,
        '',
        `このリンクは1回だけ、${left}有効です。`,
        '心当たりのない場合は、このメールを無視してください。',
      ],
    },
    zh: {
      subject: `邀请您加入“${workspaceName}”`,
      lines: [
        `您受邀以${roleName}身份加入${PRODUCT.zh}的工作区“${workspaceName}”。`,
        '',
        '请打开以下链接接受邀请；如果您还没有账户，可在该页面设置密码：',
        link,
        '',
        `该链接仅可使用一次，有效期${left}。`,
        '如果您并未期待此邀请，请忽略本邮件。',
      ],
    },
  };
  const { subject, lines } = texts[lang];
  return { to, subject, text: lines.join('\n') };
}

/** The password reset email in `lang`. */
export function passwordResetMail(to: string, link: string, expiresAt: Date, lang: Language = 'en'): Mail {
  const left = minutes(expiresAt.getTime() - Date.now());
  const texts: Record<Language, { subject: string; lines: string[] }> = {
    en: {
      subject: 'Reset your password',
      lines: [
        `Someone (hopefully you) asked to reset the password of your account on ${PRODUCT.en}.`,
        '',
        'Open this link to choose a new password:',
        link,
        '',
        `The link works once and for ${left} minutes. Setting a new password signs you out everywhere.`,
        'If you did not ask for this, ignore this email: your password stays as it is.',
      ],
    },
    ja: {
      subject: 'パスワードの再設定',
      lines: [
        `${PRODUCT.ja}のアカウントのパスワード再設定が依頼されました。`,
        '',
        '次のリンクを開いて新しいパスワードを設定してください。',
        link,
        '',
        `このリンクは1回だけ、${left}分間有効です。新しいパスワードを設定すると、すべての端末でサインアウトします。`,
        '心当たりのない場合は、このメールを無視してください。パスワードは変わりません。',
      ],
    },
    zh: {
      subject: '重置您的密码',
      lines: [
        `有人（希望是您本人）请求重置您在${PRODUCT.zh}的账户密码。`,
        '',
        '请打开以下链接设置新密码：',
        link,
        '',
        `该链接仅可使用一次，有效期${left}分钟。设置新密码后，您将在所有设备上退出登录。`,
        '如果这不是您本人的请求，请忽略本邮件，您的密码不会改变。',
      ],
    },
  };
  const { subject, lines } = texts[lang];
  return { to, subject, text: lines.join('\n') };
}
