import { hostname } from 'node:os';
import { registerAs } from '@nestjs/config';

/** LOG_LEVEL, else info (silent under test). */
export function logLevel(): string {
  return process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
}

export const appConfig = registerAs('app', () => ({
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  corsOrigins: (process.env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  logLevel: logLevel(),
  publicBaseUrl: process.env.PUBLIC_BASE_URL ?? null,
}));
export type AppConfig = ReturnType<typeof appConfig>;

/**
 * The fields every log line of a process carries: pino's own (process id, host) and the service's name. Bound
 * once on the root logger, not per request (a per-request binding costs each request two child loggers).
 */
export function logBase(service: 'eventreg-api' | 'eventreg-worker'): { pid: number; hostname: string; service: string } {
  return { pid: process.pid, hostname: hostname(), service };
}
