import 'reflect-metadata';
import { JwtService } from '@nestjs/jwt';
import { NestFactory } from '@nestjs/core';
import { AuthService, CredentialsService } from '@app/identity';
import { prepareLocalEnvironment } from '../apps/api/src/bootstrap-env.js';
import { DemoLoader } from '../apps/api/src/demo/demo-loader.js';
import { DemoModule } from '../apps/api/src/demo/demo.module.js';

const EMAIL = process.env.DEMO_EMAIL ?? 'demo@eventreg.example';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password-2024';
const log = (line: string) => process.stdout.write(`[demo] ${line}\n`);

/** Loads the demo event into a demo workspace (on the embedded database unless DATABASE_URL is set). */
async function main(): Promise<void> {
  const embedded = await prepareLocalEnvironment(log);
  const app = await NestFactory.createApplicationContext(DemoModule, { logger: ['error', 'warn'] });
  try {
    const auth = app.get(AuthService);
    const token = await auth
      .signup({ email: EMAIL, password: PASSWORD, workspaceName: 'Demo: Shandong S&T Department' })
      .catch((err: { code?: string }) => {
        if (err.code !== 'EMAIL_TAKEN') throw err;
        return auth.login({ email: EMAIL, password: PASSWORD });
      });
    const { sub } = app.get(JwtService).decode<{ sub: string }>(token.accessToken);
    const actor = await app.get(CredentialsService).actorForUser(sub, token.workspaceId);
    if (!actor) throw new Error('the demo user has no workspace');
    const { eventId, created } = await app.get(DemoLoader).load(actor);
    log(created ? 'demo event recorded' : 'demo event was already recorded');
    log(`login:    POST /api/v1/auth/login  {"email":"${EMAIL}","password":"${PASSWORD}"}`);
    log(`event:    GET  /api/v1/events/${eventId}`);
    log(`writeup:  GET  /api/v1/events/${eventId}/writeup/document?lang=ja  (file: …/writeup/file?lang=ja&format=docx)`);
    log(`report:   GET  /api/v1/events/${eventId}/reports/attendance?format=pdf&lang=zh`);
    log('start the service with `npm start` and call these with the accessToken from the login');
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`[demo] failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
