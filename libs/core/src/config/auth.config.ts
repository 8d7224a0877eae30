import { registerAs } from '@nestjs/config';

export const authConfig = registerAs('auth', () => ({
  jwtSecret: process.env.JWT_SECRET ?? '',
  jwtTtlSeconds: Number(process.env.JWT_TTL_SECONDS ?? 12 * 3600),
  downloadLinkTtlSeconds: Number(process.env.DOWNLOAD_LINK_TTL_SECONDS ?? 300),
}));
export type AuthConfig = ReturnType<typeof authConfig>;
