import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TenantDb, type JobsConfig } from '@app/core';
import { defineJob, JobQueue } from '@app/platform';
import { ALERT_CONDITIONS } from './alert-conditions.js';

/** Raises the follow-up alerts of every workspace (a periodic job; raising again is harmless). */
export const RAISE_FOLLOW_UP_ALERTS = defineJob<{ reason: string }>('followup.raise-alerts', { retryLimit: 2 });

/** The job runs once per period (an hour), whichever worker queues it. */
export const FOLLOW_UP_ALERTS_PERIOD_SECONDS = 3600;

/**
 * The alerts (deliverable due soon, overdue, MoU expiring) are raised once each: a row per subject,
 * kind and date in `followup_alerts`, whose insert sends the webhook (a trigger writes the outbox).
 * Every worker process asks for the job at start and then hourly; the queue keeps one job per hour, so
 * however many workers run, the alerts are raised once an hour (and at once when the first worker starts).
 */
@Injectable()
export class FollowUpAlerts implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('FollowUpAlerts');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly db: TenantDb,
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.handle(RAISE_FOLLOW_UP_ALERTS, () => this.raiseAll().then(() => undefined));
    if (!this.config.getOrThrow<JobsConfig>('jobs').worker) return;
    const queue = (reason: string) =>
      this.jobs
        .enqueueOncePer(RAISE_FOLLOW_UP_ALERTS, { reason }, FOLLOW_UP_ALERTS_PERIOD_SECONDS)
        .catch((err: unknown) => this.logger.warn({ err }, 'queuing follow-up alerts failed'));
    await queue('start');
    this.timer = setInterval(() => void queue('hourly'), FOLLOW_UP_ALERTS_PERIOD_SECONDS * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Raises every alert in force that was not raised yet, workspace by workspace; returns how many were raised. */
  async raiseAll(): Promise<number> {
    const workspaces = await this.dataSource.query<{ workspace_id: string }[]>(
      `SELECT DISTINCT workspace_id FROM mou_deliverables WHERE status = 'open' AND due_on IS NOT NULL
       UNION SELECT workspace_id FROM mou_followups WHERE expires_on IS NOT NULL`,
    );
    let raised = 0;
    for (const { workspace_id: workspaceId } of workspaces) raised += await this.raise(workspaceId);
    return raised;
  }

  raise(workspaceId: string): Promise<number> {
    return this.db.run(workspaceId, async (em) => {
      const rows = await em.query<unknown[]>(
        `INSERT INTO followup_alerts (workspace_id, kind, mou_id, deliverable_id, subject_id, due_on)
         SELECT workspace_id, kind, mou_id, deliverable_id, subject_id, due_on FROM (${ALERT_CONDITIONS}) c
         ON CONFLICT (workspace_id, kind, subject_id, due_on) DO NOTHING RETURNING id`,
      );
      return rows.length;
    });
  }
}
