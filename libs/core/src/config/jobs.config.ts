import { registerAs } from '@nestjs/config';

/** The background job worker of this process (see README "Background jobs"). */
export const jobsConfig = registerAs('jobs', () => ({
  /** take and run jobs in this process; `false` on API replicas when separate workers run them */
  worker: process.env.JOBS_WORKER !== 'false',
  /** jobs of each kind this process runs at once */
  concurrency: Number(process.env.JOBS_CONCURRENCY || 2),
  /** how often an idle worker looks for new jobs */
  pollIntervalSeconds: Number(process.env.JOBS_POLL_INTERVAL_SECONDS || 2),
  /** connections of the queue's own pool */
  poolSize: Number(process.env.JOBS_POOL_SIZE || 4),
}));
export type JobsConfig = ReturnType<typeof jobsConfig>;
