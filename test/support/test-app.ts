import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { inject } from 'vitest';
import type { DestinationStream } from 'pino';

export interface Session {
  token: string;
  workspaceId: string;
  email: string;
  password: string;
  auth: { Authorization: string };
}

/** A browser session: the cookie to send back and the CSRF token for state-changing requests. */
export interface CookieSession {
  /** `eventreg_session=<token>`, for `.set('Cookie', …)` */
  cookie: string;
  csrfToken: string;
  /** the raw Set-Cookie header of the sign-in */
  setCookie: string;
  /** cookie and CSRF header together, for `.set(…)` on any request */
  headers: { Cookie: string; 'X-CSRF-Token': string };
  body: Record<string, any>;
}

/** The `name=value` pair of a response's session cookie, or null. */
export function sessionCookieOf(res: { headers: Record<string, unknown> }): { pair: string; header: string } | null {
  const raw = res.headers['set-cookie'];
  const all = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const header = all.find((c) => c.startsWith('eventreg_session='));
  return header ? { pair: header.split(';')[0], header } : null;
}

export interface TestContext {
  app: NestFastifyApplication;
  http: () => ReturnType<typeof request>;
  /** signs up a new user with a new workspace (an owner) */
  newWorkspace(name?: string): Promise<Session>;
  /** adds a member with a role to the owner's workspace and logs them in */
  newMember(owner: Session, role: 'owner' | 'organizer' | 'official'): Promise<Session>;
  /** signs in from a "browser": POST /auth/session, returning the cookie and CSRF token */
  signIn(who: { email: string; password: string; workspaceId?: string }, headers?: Record<string, string>): Promise<CookieSession>;
  close(): Promise<void>;
}

/** Boots the real application (same setup as production) against this run's database. */
export async function createTestContext(
  options: {
    demo?: boolean;
    /** headers sent with the helpers' own sign-ups and sign-ins, e.g. a fresh X-Forwarded-For each time to keep throttles apart */
    clientHeaders?: () => Record<string, string>;
    /** where the application's log lines go (at LOG_LEVEL; silent under test unless set) */
    logDestination?: DestinationStream;
  } = {},
): Promise<TestContext> {
  process.env.DATABASE_URL = inject('databaseUrl');
  const { createApp } = await import('../../apps/api/src/setup.js');
  const module = options.demo ? (await import('../../apps/api/src/demo/demo.module.js')).DemoModule : undefined;
  const app = await createApp({ logger: false, module, logDestination: options.logDestination });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const http = () => request(app.getHttpServer());
  const client = () => options.clientHeaders?.() ?? {};

  const login = async (email: string, password: string, workspaceId?: string): Promise<Session> => {
    const res = await http()
      .post('/api/v1/auth/login')
      .set(client())
      .send({ email, password, ...(workspaceId ? { workspaceId } : {}) });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return {
      token: res.body.accessToken,
      workspaceId: res.body.workspaceId,
      email,
      password,
      auth: { Authorization: `Bearer ${res.body.accessToken}` },
    };
  };

  return {
    app,
    http,
    async newWorkspace(name = 'Test office') {
      const email = `owner-${randomUUID()}@example.test`;
      const password = 'a-long-password-1';
      const res = await http().post('/api/v1/auth/signup').set(client()).send({ email, password, workspaceName: name });
      if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
      return {
        token: res.body.accessToken,
        workspaceId: res.body.workspaceId,
        email,
        password,
        auth: { Authorization: `Bearer ${res.body.accessToken}` },
      };
    },
    async newMember(owner, role) {
      const email = `${role}-${randomUUID()}@example.test`;
      const password = 'a-long-password-2';
      const res = await http().post('/api/v1/members').set(owner.auth).send({ email, role, password });
      if (res.status !== 201) throw new Error(`add member failed: ${res.status} ${JSON.stringify(res.body)}`);
      return login(email, password, owner.workspaceId);
    },
    async signIn(who, headers = {}) {
      const res = await http()
        .post('/api/v1/auth/session')
        .set({ ...client(), ...headers })
        .send({ email: who.email, password: who.password, ...(who.workspaceId ? { workspaceId: who.workspaceId } : {}) });
      const cookie = sessionCookieOf(res);
      if (res.status !== 200 || !cookie) throw new Error(`session sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return {
        cookie: cookie.pair,
        setCookie: cookie.header,
        csrfToken: res.body.csrfToken,
        headers: { Cookie: cookie.pair, 'X-CSRF-Token': res.body.csrfToken },
        body: res.body,
      };
    },
    close: () => app.close(),
  };
}
