import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { TENANT_ROLE, type DatabaseConfig, type JobsConfig } from '@app/core';
import type { JobAttempt, JobDefinition, JobHandler, JobHandlerOptions, JobRecord } from './job-definition.js';

/** The PostgreSQL schema pg-boss keeps its tables in, beside the application's. */
export const JOBS_SCHEMA = 'pgboss';
/** Serializes queue creation and grants between processes starting at once. */
const SETUP_LOCK = `hashtextextended('eventreg:jobs-setup', 0)`;

interface Registration {
  definition: JobDefinition<object>;
  handler?: JobHandler<object>;
  options: JobHandlerOptions<object>;
}

export interface EnqueueOptions {
  /**
   * The open transaction to enqueue in: the job exists only if that transaction commits (an outbox).
   * A tenant transaction may enqueue: its role is granted what sending a job needs.
   */
  manager?: EntityManager;
  /** run no earlier than this many seconds from now */
  startAfterSeconds?: number;
}

/**
 * Background jobs stored in PostgreSQL by pg-boss, in the application's own database (the embedded
 * one included): every API replica can enqueue, and every process with the worker on (JOBS_WORKER)
 * takes jobs, each job by one process at a time. A job that throws is retried with backoff; after
 * its last attempt its payload goes to the dead-letter queue `<name>.dead` and stays readable.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly registry = new Map<string, Registration>();
  private boss: PgBoss | null = null;
  private readonly workerIds = new Map<string, string[]>();

  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Declares a job this process may enqueue (its queue is created at start). */
  async declare<T extends object>(definition: JobDefinition<T>): Promise<void> {
    if (this.registry.has(definition.name)) return;
    const registration: Registration = { definition: definition, options: {} };
    this.registry.set(definition.name, registration);
    if (this.boss) await this.open([registration]);
  }

  /**
   * Registers the one handler of a job, usually in the owning module's constructor or onModuleInit;
   * registered after the queue started, its queue is created and its workers start at once.
   */
  async handle<T extends object>(definition: JobDefinition<T>, handler: JobHandler<T>, options: JobHandlerOptions<T> = {}): Promise<void> {
    if (this.registry.get(definition.name)?.handler) throw new Error(`Job "${definition.name}" already has a handler`);
    const registration: Registration = {
      definition: definition,
      handler: handler as JobHandler<object>,
      options: options as JobHandlerOptions<object>,
    };
    this.registry.set(definition.name, registration);
    if (this.boss) await this.open([registration]);
  }

  async onApplicationBootstrap(): Promise<void> {
    const jobs = this.config.getOrThrow<JobsConfig>('jobs');
    const database = this.config.getOrThrow<DatabaseConfig>('database');
    const boss = new PgBoss({
      connectionString: database.url,
      schema: JOBS_SCHEMA,
      application_name: 'eventreg-jobs',
      max: jobs.poolSize,
      // no cron schedules are used (periodic jobs are queued once per period, see enqueueOncePer); maintenance
      // (expiry, archive, purge) stays on
      schedule: false,
    });
    boss.on('error', (err) => this.logger.error({ err }, 'job queue error'));
    await boss.start();
    this.boss = boss;
    await this.open([...this.registry.values()]);
    if (jobs.worker) this.logger.log(`worker on: ${[...this.registry.keys()].join(', ') || 'no jobs yet'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // running jobs get a little time to finish; one cut short is retried by another process after it expires
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Adds a job to its queue; with `manager`, inside that open transaction. Returns the job's id. */
  async enqueue<T extends object>(definition: JobDefinition<T>, payload: T, options: EnqueueOptions = {}): Promise<string> {
    const boss = this.started();
    const id = await boss.send(definition.name, payload, {
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.manager ? { db: executorOf(options.manager) } : {}),
    });
    if (!id) throw new Error(`Job "${definition.name}" was not enqueued`);
    // inside a transaction the job is not visible yet: the caller wakes the workers after its commit
    if (!options.manager) this.wake(definition);
    return id;
  }

  /**
   * Adds a job unless one was queued already in the current period of `seconds` (periods counted from the
   * epoch on the database's clock, so every process agrees): however many processes ask, the queue holds one
   * job per period. Returns its id, or null when the period had one already.
   */
  async enqueueOncePer<T extends object>(definition: JobDefinition<T>, payload: T, seconds: number): Promise<string | null> {
    const id = await this.started().send(definition.name, payload, { singletonSeconds: seconds });
    if (id) this.wake(definition);
    return id;
  }

  /** Wakes this process's idle workers of a job instead of waiting for their next poll (other processes poll). */
  wake(definition: JobDefinition<object>): void {
    for (const workerId of this.workerIds.get(definition.name) ?? []) this.boss?.notifyWorker(workerId);
  }

  /** The job as the queue records it (finished jobs stay for the queue's retention), or null. */
  async find<T extends object>(definition: JobDefinition<T>, id: string): Promise<JobRecord<T> | null> {
    const job = await this.started().getJobById<T>(definition.name, id, { includeArchive: true });
    if (!job) return null;
    return {
      id: job.id,
      name: job.name,
      payload: job.data,
      state: job.state,
      retries: job.retryCount,
      retryLimit: job.retryLimit,
      createdAt: job.createdOn,
      startedAt: job.startedOn ?? null,
      completedAt: job.completedOn ?? null,
      error: errorOf(job.output),
    };
  }

  /** Payloads of jobs that failed every attempt, newest first (the dead-letter queue). */
  async deadLetters<T extends object>(definition: JobDefinition<T>, limit = 50): Promise<{ id: string; payload: T; createdAt: Date }[]> {
    const rows = await this.dataSource.query<{ id: string; data: T; created_on: Date }[]>(
      `SELECT id, data, created_on FROM ${JOBS_SCHEMA}.job WHERE name = $1 ORDER BY created_on DESC, id LIMIT $2`,
      [definition.deadLetter, limit],
    );
    return rows.map((r) => ({ id: r.id, payload: r.data, createdAt: r.created_on }));
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue has not started');
    return this.boss;
  }

  private async run(registration: Registration, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const attempt: JobAttempt = { id: job.id, attempt: job.retryCount + 1, last: job.retryCount >= job.retryLimit };
    try {
      await registration.handler!(job.data, attempt);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      this.logger.warn(
        { err, job: job.id, attempt: attempt.attempt, last: attempt.last },
        `job ${registration.definition.name} failed${attempt.last ? '' : '; it will be retried'}`,
      );
      if (attempt.last && registration.options.onFailed) {
        await registration.options
          .onFailed(job.data, err, attempt)
          .catch((hookError: unknown) => this.logger.error({ err: hookError, job: job.id }, 'recording a failed job failed'));
      }
      throw err;
    }
  }

  /** Creates the queues (and dead-letter queues) of these jobs and, with the worker on, starts their workers. */
  private async open(registrations: Registration[]): Promise<void> {
    const boss = this.started();
    const jobs = this.config.getOrThrow<JobsConfig>('jobs');
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(${SETUP_LOCK})`);
      for (const { definition } of registrations) await createQueues(boss, definition);
      // sending a job reads the queue's options and inserts a row that returns its id
      await runner.query(`GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO ${TENANT_ROLE}`);
      await runner.query(`GRANT SELECT ON ${JOBS_SCHEMA}.queue TO ${TENANT_ROLE}`);
      await runner.query(`GRANT INSERT, SELECT (id) ON ${JOBS_SCHEMA}.job TO ${TENANT_ROLE}`);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${SETUP_LOCK})`).catch(() => undefined);
      await runner.release();
    }
    if (!jobs.worker) return;
    for (const registration of registrations) {
      if (!registration.handler) continue;
      const ids: string[] = [];
      for (let i = 0; i < jobs.concurrency; i++) {
        let workerId = '';
        workerId = await boss.work<object>(
          registration.definition.name,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: jobs.pollIntervalSeconds },
          async ([job]) => {
            try {
              await this.run(registration, job);
            } finally {
              // a worker that found a job looks for the next at once: a backlog drains at the speed of its
              // jobs, not one job per polling interval; an idle worker still waits out the interval
              boss.notifyWorker(workerId);
            }
          },
        );
        ids.push(workerId);
      }
      this.workerIds.set(registration.definition.name, ids);
    }
  }
}

async function createQueues(boss: PgBoss, definition: JobDefinition<object>): Promise<void> {
  const { retryLimit, retryDelaySeconds, retryBackoff, expireInSeconds, retentionDays } = definition.options;
  const dead = { name: definition.deadLetter, retentionMinutes: 30 * 24 * 60 };
  if (!(await boss.getQueue(dead.name))) await boss.createQueue(dead.name, dead);
  const queue = {
    name: definition.name,
    retryLimit,
    retryDelay: retryDelaySeconds,
    retryBackoff,
    expireInSeconds,
    retentionMinutes: retentionDays * 24 * 60,
    deadLetter: definition.deadLetter,
  };
  if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
  else await boss.createQueue(queue.name, queue);
}

/** pg-boss's executor over an open TypeORM transaction. */
function executorOf(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query<unknown[]>(text, values) }) };
}

function errorOf(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const { message, value } = output as { message?: unknown; value?: unknown };
  if (typeof message === 'string') return message;
  return typeof value === 'string' ? value : null;
}
