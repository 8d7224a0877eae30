import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

/** A tiny SMTP server on 127.0.0.1 that keeps every message it gets. */
const SMTP_PORT = 3131;
interface Received {
  to: string[];
  text: string;
  raw: Buffer;
}
const inbox: Received[] = [];
let smtp: SMTPServer;

/** Quoted-printable soft breaks and escapes, as nodemailer writes long lines. */
const decodeQuotedPrintable = (s: string) =>
  s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

async function mailTo(address: string, timeoutMs = 5_000): Promise<Received> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = inbox.find((m) => m.to.includes(address));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no mail to ${address}`);
    await sleep(50);
  }
}
/** Quoted-printable or base64 bytes, decoded (multi-byte characters stay whole). */
const decodeBytes = (encoding: string, data: string): Buffer => {
  if (/^b(ase64)?$/i.test(encoding)) return Buffer.from(data.replace(/\s+/g, ''), 'base64');
  const bytes: number[] = [];
  const text = data.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(encoding.toUpperCase() === 'Q' && text[i] === '_' ? ' ' : text[i], 'latin1'));
  }
  return Buffer.from(bytes);
};
/** The subject (RFC 2047 encoded words joined) and the text of a single-part message as nodemailer writes it. */
function readMail(mail: Received): { subject: string; text: string } {
  const raw = mail.raw.toString('latin1');
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const words = [...header('Subject').matchAll(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi)];
  const subject = words.length
    ? Buffer.concat(words.map(([, encoding, data]) => decodeBytes(encoding, data))).toString('utf8')
    : header('Subject');
  const body = Buffer.from(raw.slice(split + 4), 'latin1').toString('latin1');
  const encoding = header('Content-Transfer-Encoding').trim() || '7bit';
  const text = (
    /^(base64|quoted-printable)$/i.test(encoding) ? decodeBytes(/^base64$/i.test(encoding) ? 'B' : 'QP', body) : Buffer.from(body, 'latin1')
  ).toString('utf8');
  return { subject, text };
}
const linkIn = (mail: Received) => /https?:\/\/\S+#token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? '';
const tokenOf = (link: string) => link.split('#token=')[1] ?? '';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

let plain: TestContext; // no SMTP: links are shown to the owner
let mailing: TestContext; // SMTP_URL set
let db: DataSource;
let owner: Session;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          text: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(SMTP_PORT, '127.0.0.1', () => resolve());
  });
  process.env.PUBLIC_BASE_URL = 'https://register.example';
  plain = await createTestContext();
  process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
  process.env.MAIL_FROM = 'Event register <noreply@register.example>';
  mailing = await createTestContext();
  delete process.env.SMTP_URL;
  db = plain.app.get(DataSource);
  owner = await plain.newWorkspace('Inviting office');
});
afterAll(async () => {
  await plain?.close();
  await mailing?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const invite = (ctx: TestContext, who: Session, email: string, role = 'organizer') =>
  ctx.http().post('/api/v1/invitations').set(who.auth).send({ email, role });
const accept = (ctx: TestContext, body: Record<string, unknown>) => ctx.http().post('/api/v1/invitations/accept').send(body);
const login = (ctx: TestContext, email: string, password: string, workspaceId?: string) =>
  ctx
    .http()
    .post('/api/v1/auth/login')
    .send({ email, password, ...(workspaceId ? { workspaceId } : {}) });
const auditOf = async (resourceId: string) =>
  (await plain.http().get('/api/v1/audit-log').query({ resourceId, pageSize: 200 }).set(owner.auth)).body.items as {
    action: string;
    actor: { userId: string | null };
    resource: { type: string };
    after: Record<string, unknown> | null;
  }[];

describe('invitations without SMTP', () => {
  it('gives the owner a one-time link; the invitee sets a password and joins with the chosen role', async () => {
    const email = `new-${randomUUID()}@example.test`;
    const created = await invite(plain, owner, email, 'organizer');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, role: 'organizer', emailSent: false });
    expect(created.body.link).toMatch(/^https:\/\/register\.example\/invitation#token=[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(created.body.link);
    // 7 days by default
    const ttl = new Date(created.body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(7 * 86_400_000);
    // only the token's hash is stored
    const rows: { secret_hash: string }[] = await db.query(`SELECT secret_hash FROM invitations WHERE id = $1`, [created.body.id]);
    expect(rows).toEqual([{ secret_hash: sha256(token) }]);

    const preview = await plain.http().post('/api/v1/invitations/preview').send({ token });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ workspaceName: 'Inviting office', email, role: 'organizer', existingUser: false });

    const noPassword = await accept(plain, { token });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const weak = await accept(plain, { token, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'password' } });

    const accepted = await accept(plain, { token, password: 'tidal-lantern-orchard-57' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({
      workspaceId: owner.workspaceId,
      workspaceName: 'Inviting office',
      email,
      role: 'organizer',
      newUser: true,
    });
    const signedIn = await login(plain, email, 'tidal-lantern-orchard-57');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ workspaceId: owner.workspaceId, role: 'organizer' });

    // once only
    const again = await accept(plain, { token, password: 'tidal-lantern-orchard-57' });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ code: 'LINK_INVALID' });
    expect((await plain.http().post('/api/v1/invitations/preview').send({ token })).status).toBe(403);

    // audited: the owner invited, the invitee accepted and became a member
    const entries = await auditOf(created.body.id);
    const ownerId = (await plain.http().get('/api/v1/auth/me').set(owner.auth)).body.userId;
    expect(entries.map((e) => [e.action, e.actor.userId])).toEqual([
      ['accept', expect.any(String)],
      ['create', ownerId],
    ]);
    expect(JSON.stringify(entries)).not.toContain(sha256(token));
    const memberId = (await plain.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${signedIn.body.accessToken}`)).body.userId;
    expect(entries[0].actor.userId).toBe(memberId);
    const member = await auditOf(memberId);
    expect(member.map((e) => [e.action, e.resource.type, e.actor.userId])).toEqual([['create', 'member', memberId]]);
  });

  it('lets an existing user just accept, without a password', async () => {
    const other = await plain.newWorkspace('Another office');
    const created = await invite(plain, owner, other.email, 'official');
    const token = tokenOf(created.body.link);
    const preview = await plain.http().post('/api/v1/invitations/preview').send({ token });
    expect(preview.body).toMatchObject({ existingUser: true, role: 'official' });
    const accepted = await accept(plain, { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ newUser: false, role: 'official' });
    // their password is unchanged, and they now have both workspaces
    const signedIn = await login(plain, other.email, other.password, owner.workspaceId);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.role).toBe('official');
    expect(signedIn.body.workspaces).toHaveLength(2);
    // inviting a member again is refused
    const twice = await invite(plain, owner, other.email);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_EXISTS');
  });

  it('lists pending invitations page by page, revokes them, and refuses expired links', async () => {
    const office = await plain.newWorkspace('Listing office');
    const emails = [0, 1, 2].map((i) => `pending-${i}-${randomUUID()}@example.test`);
    const tokens: string[] = [];
    const ids: string[] = [];
    for (const email of emails) {
      const res = await invite(plain, office, email, 'official');
      tokens.push(tokenOf(res.body.link));
      ids.push(res.body.id);
    }
    const page1 = await plain.http().get('/api/v1/invitations').query({ pageSize: 2 }).set(office.auth);
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items.map((i: { email: string }) => i.email)).toEqual([emails[2], emails[1]]);
    expect(JSON.stringify(page1.body)).not.toMatch(/token|link|secret/i);
    const page2 = await plain.http().get('/api/v1/invitations').query({ pageSize: 2, page: 2 }).set(office.auth);
    expect(page2.body.items.map((i: { email: string }) => i.email)).toEqual([emails[0]]);
    // another workspace's owner sees none of them and cannot revoke them
    expect((await plain.http().get('/api/v1/invitations').set(owner.auth)).body.items.map((i: { id: string }) => i.id)).not.toContain(
      ids[0],
    );
    expect((await plain.http().delete(`/api/v1/invitations/${ids[0]}`).set(owner.auth)).status).toBe(404);

    const revoked = await plain.http().delete(`/api/v1/invitations/${ids[0]}`).set(office.auth);
    expect(revoked.status).toBe(204);
    expect((await plain.http().delete(`/api/v1/invitations/${ids[0]}`).set(office.auth)).status).toBe(404);
    expect((await accept(plain, { token: tokens[0], password: 'tidal-lantern-orchard-57' })).body.code).toBe('LINK_INVALID');
    const entries = (await plain.http().get('/api/v1/audit-log').query({ resourceId: ids[0] }).set(office.auth)).body.items;
    expect(entries[0]).toMatchObject({ action: 'revoke', resource: { type: 'invitation' } });

    // a new invitation for the same email replaces the pending one
    const replaced = await invite(plain, office, emails[1], 'organizer');
    expect((await accept(plain, { token: tokens[1], password: 'tidal-lantern-orchard-57' })).body.code).toBe('LINK_INVALID');

    await db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [replaced.body.id]);
    const expired = await accept(plain, { token: tokenOf(replaced.body.link), password: 'tidal-lantern-orchard-57' });
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ code: 'LINK_EXPIRED' });
    const left = await plain.http().get('/api/v1/invitations').set(office.auth);
    expect(left.body.items.map((i: { email: string }) => i.email)).toEqual([emails[2]]);
  });

  it('lets one of two simultaneous acceptances through', async () => {
    const email = `race-${randomUUID()}@example.test`;
    const token = tokenOf((await invite(plain, owner, email)).body.link);
    const results = await Promise.all([0, 1].map(() => accept(plain, { token, password: 'tidal-lantern-orchard-57' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
    const members: unknown[] = await db.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.workspace_id = $2`,
      [email, owner.workspaceId],
    );
    expect(members).toHaveLength(1);
  });

  it('is for owners only; accepting needs a well-formed token', async () => {
    const organizer = await plain.newMember(owner, 'organizer');
    expect((await invite(plain, organizer, `x-${randomUUID()}@example.test`)).status).toBe(403);
    expect((await plain.http().get('/api/v1/invitations').set(organizer.auth)).status).toBe(403);
    expect((await plain.http().get('/api/v1/invitations')).status).toBe(401);
    const bad = await accept(plain, { token: 'short', password: 'tidal-lantern-orchard-57' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const unknown = await accept(plain, { token: 'A'.repeat(43) });
    expect(unknown.status).toBe(403);
    expect(unknown.body.code).toBe('LINK_INVALID');
  });
});

describe('invitations by email', () => {
  it('emails the link and leaves it out of the answer', async () => {
    const email = `mailed-${randomUUID()}@example.test`;
    const created = await invite(mailing, owner, email, 'official');
    expect(created.status).toBe(201);
    expect(created.body.emailSent).toBe(true);
    expect(created.body).not.toHaveProperty('link');
    const mail = await mailTo(email);
    expect(mail.text).toContain('Inviting office');
    expect(mail.text).toContain('From: Event register <noreply@register.example>');
    const link = linkIn(mail);
    expect(link).toMatch(/^https:\/\/register\.example\/invitation#token=/);
    const accepted = await accept(mailing, { token: tokenOf(link), password: 'tidal-lantern-orchard-57' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ role: 'official', newUser: true });
  });
});

describe("account emails in the reader's language", () => {
  const inviteIn = (email: string, body: Record<string, unknown>, acceptLanguage?: string) => {
    const req = mailing.http().post('/api/v1/invitations').set(owner.auth);
    if (acceptLanguage) req.set('Accept-Language', acceptLanguage);
    return req.send({ email, role: 'organizer', ...body });
  };
  const preview = async (link: string) =>
    (
      await mailing
        .http()
        .post('/api/v1/invitations/preview')
        .send({ token: tokenOf(link) })
    ).status;

  it('invites in the language the inviter chose, else the Accept-Language of the request, else English', async () => {
    const cases: [body: Record<string, unknown>, acceptLanguage: string | undefined, subject: string, line: string][] = [
      [
        { language: 'ja' },
        'en-GB,en;q=0.9',
        '「Inviting office」への招待',
        '交流行事レジスターのワークスペース「Inviting office」に主催者として招待されました。',
      ],
      [{ language: 'zh' }, undefined, '邀请您加入“Inviting office”', '您受邀以主办人员身份加入交流活动登记系统的工作区“Inviting office”。'],
      [{}, 'fr-FR,fr;q=0.9,ja;q=0.8,zh;q=0.5', '「Inviting office」への招待', 'このリンクは1回だけ、7日間有効です。'],
      [{}, 'zh-TW,zh;q=0.9', '邀请您加入“Inviting office”', '该链接仅可使用一次，有效期7天。'],
      [
        {},
        undefined,
        'Invitation to Inviting office',
        'You are invited to join the workspace "Inviting office" on the Exchange Event Register as organizer.',
      ],
      [{ language: 'en' }, 'ja', 'Invitation to Inviting office', 'The link works once and for 7 days.'],
    ];
    for (const [body, acceptLanguage, subject, line] of cases) {
      const email = `lang-${randomUUID()}@example.test`;
      const created = await inviteIn(email, body, acceptLanguage);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.emailSent).toBe(true);
      const mail = readMail(await mailTo(email));
      expect(mail.subject, `${JSON.stringify(body)} ${acceptLanguage}`).toBe(subject);
      expect(mail.text).toContain(line);
      const link = /https:\/\/register\.example\/invitation#token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? '';
      expect(link, mail.text).not.toBe('');
      expect(await preview(link)).toBe(200);
    }
    const refused = await inviteIn(`lang-${randomUUID()}@example.test`, { language: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'language' })]);
  });

  it('sends reset links in the language asked for, else the Accept-Language of the request, else English', async () => {
    const cases: [language: string | undefined, acceptLanguage: string | undefined, subject: string, line: string][] = [
      [undefined, 'ja-JP,ja;q=0.9,en;q=0.5', 'パスワードの再設定', '次のリンクを開いて新しいパスワードを設定してください。'],
      ['zh', 'ja-JP', '重置您的密码', '该链接仅可使用一次，有效期60分钟。设置新密码后，您将在所有设备上退出登录。'],
      [undefined, 'de-DE,en;q=0.3', 'Reset your password', 'The link works once and for 60 minutes.'],
      [undefined, undefined, 'Reset your password', 'Open this link to choose a new password:'],
    ];
    for (const [language, acceptLanguage, subject, line] of cases) {
      const user = await mailing.newWorkspace('Multilingual office');
      const req = mailing.http().post('/api/v1/auth/password-reset');
      if (acceptLanguage) req.set('Accept-Language', acceptLanguage);
      expect((await req.send({ email: user.email, ...(language && { language }) })).status).toBe(202);
      const mail = readMail(await mailTo(user.email));
      expect(mail.subject, `${language} ${acceptLanguage}`).toBe(subject);
      expect(mail.text).toContain(line);
      const link = /https:\/\/register\.example\/reset-password#token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? '';
      expect(link, mail.text).not.toBe('');
      // the link works: it sets the new password
      const reset = await mailing
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: tokenOf(link), newPassword: 'quiet-harbour-lantern-93' });
      expect(reset.status).toBe(204);
    }

    // a link an owner makes for a member: in the owner's request language
    const member = await mailing.newMember(owner, 'official');
    const memberId = (await mailing.http().get('/api/v1/auth/me').set(member.auth)).body.userId as string;
    const made = await mailing
      .http()
      .post(`/api/v1/members/${memberId}/password-reset`)
      .set(owner.auth)
      .set('Accept-Language', 'zh-CN,zh;q=0.9');
    expect(made.status).toBe(201);
    expect(made.body.emailSent).toBe(true);
    const mail = readMail(await mailTo(member.email));
    expect(mail.subject).toBe('重置您的密码');
    expect(mail.text).toMatch(/https:\/\/register\.example\/reset-password#token=[A-Za-z0-9_-]{43}/);
  });
});

describe('password reset', () => {
  const requestReset = (ctx: TestContext, email: string) => ctx.http().post('/api/v1/auth/password-reset').send({ email });

  it('answers 202 the same way whether or not the address has an account, and mails only an account', async () => {
    const user = await mailing.newWorkspace('Forgetful office');
    const unknown = `nobody-${randomUUID()}@example.test`;
    const a = await requestReset(mailing, unknown);
    // whoever asks chooses the Host header: the emailed link still points at PUBLIC_BASE_URL
    const b = await mailing.http().post('/api/v1/auth/password-reset').set('Host', 'attacker.example').send({ email: user.email });
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.text).toBe(b.text);
    expect(a.headers['content-type']).toBe(b.headers['content-type']);
    const mail = await mailTo(user.email);
    expect(linkIn(mail)).toMatch(/^https:\/\/register\.example\/reset-password#token=/);
    expect(b.text).not.toContain(tokenOf(linkIn(mail)));
    await sleep(300);
    expect(inbox.some((m) => m.to.includes(unknown))).toBe(false);
  });

  it('sets a new password once, ending every session and access token, and refuses an expired link', async () => {
    const user = await mailing.newWorkspace('Reset office');
    const browser = await mailing.signIn(user);
    // two links: using one uses up the other as well
    await requestReset(mailing, user.email);
    const first = tokenOf(linkIn(await mailTo(user.email)));
    inbox.splice(0, inbox.length);
    await requestReset(mailing, user.email);
    const second = tokenOf(linkIn(await mailTo(user.email)));
    expect(second).not.toBe(first);

    const weak = await mailing.http().post('/api/v1/auth/password-reset/confirm').send({ token: second, newPassword: 'qwertyuiop' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    const done = await mailing
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: second, newPassword: 'copper-kettle-meadow-93' });
    expect(done.status).toBe(204);

    expect((await mailing.http().get('/api/v1/auth/me').set(user.auth)).status).toBe(401);
    expect((await mailing.http().get('/api/v1/auth/session').set('Cookie', browser.cookie)).status).toBe(401);
    expect((await login(mailing, user.email, user.password)).status).toBe(401);
    expect((await login(mailing, user.email, 'copper-kettle-meadow-93')).status).toBe(200);
    for (const token of [second, first]) {
      const reused = await mailing
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token, newPassword: 'another-pleasant-walk-11' });
      expect(reused.status).toBe(403);
      expect(reused.body.code).toBe('LINK_INVALID');
    }

    inbox.splice(0, inbox.length);
    await requestReset(mailing, user.email);
    const late = tokenOf(linkIn(await mailTo(user.email)));
    const rows: { expires_at: Date; created_at: Date }[] = await db.query(
      `SELECT expires_at, created_at FROM password_resets WHERE secret_hash = $1`,
      [sha256(late)],
    );
    // one hour by default
    expect(rows[0].expires_at.getTime() - rows[0].created_at.getTime()).toBeGreaterThan(3_590_000);
    expect(rows[0].expires_at.getTime() - rows[0].created_at.getTime()).toBeLessThanOrEqual(3_600_000);
    await db.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE secret_hash = $1`, [sha256(late)]);
    const expired = await mailing
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: late, newPassword: 'another-pleasant-walk-11' });
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('LINK_EXPIRED');
  });

  it('without SMTP, never shows the link to whoever asks; an owner makes one for a member', async () => {
    const member = await plain.newMember(owner, 'official');
    const asked = await requestReset(plain, member.email);
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ message: expect.stringContaining('If an account has this email') });
    expect(asked.text).not.toMatch(/token|reset-password/);
    const memberId = (await plain.http().get('/api/v1/auth/me').set(member.auth)).body.userId;

    const made = await plain.http().post(`/api/v1/members/${memberId}/password-reset`).set(owner.auth);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ emailSent: false });
    expect(made.body.link).toMatch(/^https:\/\/register\.example\/reset-password#token=[A-Za-z0-9_-]{43}$/);
    const entries = await auditOf(memberId);
    expect(entries.map((e) => [e.action, e.resource.type])).toContainEqual(['create', 'member']);
    const resetEntries = (await plain.http().get('/api/v1/audit-log').query({ resourceType: 'password_reset' }).set(owner.auth)).body.items;
    expect(resetEntries[0]).toMatchObject({ action: 'create', resource: { type: 'password_reset' } });
    expect(resetEntries[0].after).toMatchObject({ userId: memberId });
    expect(JSON.stringify(resetEntries)).not.toContain(sha256(tokenOf(made.body.link)));

    const done = await plain
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: tokenOf(made.body.link), newPassword: 'copper-kettle-meadow-93' });
    expect(done.status).toBe(204);
    expect((await login(plain, member.email, 'copper-kettle-meadow-93')).status).toBe(200);

    // only a member of the owner's workspace, and only by an owner
    const stranger = await plain.newWorkspace('Stranger office');
    const strangerId = (await plain.http().get('/api/v1/auth/me').set(stranger.auth)).body.userId;
    expect((await plain.http().post(`/api/v1/members/${strangerId}/password-reset`).set(owner.auth)).status).toBe(404);
    // (the reset ended the member's old token)
    const fresh = await login(plain, member.email, 'copper-kettle-meadow-93');
    const byMember = await plain
      .http()
      .post(`/api/v1/members/${memberId}/password-reset`)
      .set('Authorization', `Bearer ${fresh.body.accessToken}`);
    expect(byMember.status).toBe(403);
    expect(byMember.body.code).toBe('INSUFFICIENT_ROLE');
  });
});
