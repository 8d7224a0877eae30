import { registerAs } from '@nestjs/config';

/** Time limits of HTTP requests, in milliseconds (see README "Configuration"). */
export const timeoutsConfig = registerAs('timeouts', () => ({
  /** an ordinary (non-streaming) request answers 503 SERVER_TIMEOUT after this long */
  requestMs: Number(process.env.REQUEST_TIMEOUT_MS || 30_000),
  /** a streamed report download is aborted after this long */
  reportMs: Number(process.env.REPORT_TIMEOUT_MS || 300_000),
}));
export type TimeoutsConfig = ReturnType<typeof timeoutsConfig>;
