/** Retries, backoff and dead letter of one kind of job: pg-boss queue options under names of our own. */
export interface JobOptions {
  /** attempts after the first one (default 3) */
  retryLimit?: number;
  /** seconds before the first retry (default 30) */
  retryDelaySeconds?: number;
  /** double the delay at each retry (default true): 30 s, 60 s, 120 s… */
  retryBackoff?: boolean;
  /** an attempt running longer than this is taken as failed and retried (default 15 minutes) */
  expireInSeconds?: number;
  /** days a finished job stays readable (default 7) */
  retentionDays?: number;
}

/**
 * One kind of background job: its queue name and the type of its payload. Modules declare their jobs
 * with `defineJob`, enqueue them with `JobQueue.enqueue` and handle them with `JobQueue.handle`; the
 * payload type travels with the definition, so a handler and an enqueue of the same job agree.
 */
export interface JobDefinition<T extends object> {
  readonly name: string;
  /** the queue that receives a job's payload once every attempt failed */
  readonly deadLetter: string;
  readonly options: Required<JobOptions>;
  /** carries the payload type only; never set */
  readonly payload?: T;
}

const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

export const JOB_DEFAULTS: Required<JobOptions> = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  retentionDays: 7,
};

export function defineJob<T extends object>(name: string, options: JobOptions = {}): JobDefinition<T> {
  if (!NAME.test(name)) throw new Error(`Job name "${name}" must be lower-case words joined by "-" or "."`);
  return { name, deadLetter: `${name}.dead`, options: { ...JOB_DEFAULTS, ...options } };
}

/** What a handler knows of the attempt it runs. */
export interface JobAttempt {
  id: string;
  /** 1 for the first attempt */
  attempt: number;
  /** true when no retry follows if this attempt fails */
  last: boolean;
}

export type JobHandler<T extends object> = (payload: T, attempt: JobAttempt) => Promise<void>;

export interface JobHandlerOptions<T extends object> {
  /** runs once, after the last attempt failed (before the job goes to its dead-letter queue) */
  onFailed?: (payload: T, error: Error, attempt: JobAttempt) => Promise<void>;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job as the queue records it. */
export interface JobRecord<T extends object> {
  id: string;
  name: string;
  payload: T;
  state: JobState;
  /** retries made so far */
  retries: number;
  retryLimit: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** the error of the last failed attempt, when there is one */
  error: string | null;
}
