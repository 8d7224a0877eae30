import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { JobsConfig } from '@app/core';
import { WebhookSender } from './webhook-sender.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

/** Deliveries handed to the queue in one transaction at most. */
const BATCH = 100;
/** Messages and their delivery log are kept this long once every delivery finished. */
export const WEBHOOK_LOG_RETENTION_DAYS = 30;
const PURGE_EVERY_MS = 3_600_000;
const PURGE_BATCH = 1000;

/**
 * The outbox relay: every poll interval, hands the deliveries the triggers wrote to the job queue;
 * once an hour, deletes messages past their retention. Runs in the processes that run jobs
 * (JOBS_WORKER); several relays share the work.
 */
@Injectable()
export class WebhookRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private lastPurge = 0;

  constructor(
    private readonly sender: WebhookSender,
    private readonly config: ConfigService,
    @Inject(webhooksConfig.KEY) private readonly webhooks: WebhooksConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.getOrThrow<JobsConfig>('jobs').worker) return;
    this.stopped = false;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Hands over every delivery waiting now, a batch at a time. */
  async drain(): Promise<number> {
    let handed = 0;
    for (;;) {
      const n = await this.sender.relay(BATCH);
      handed += n;
      if (n < BATCH || this.stopped) return handed;
    }
  }

  private async purgeHourly(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    let deleted: number;
    do deleted = await this.sender.purge(WEBHOOK_LOG_RETENTION_DAYS, PURGE_BATCH);
    while (deleted === PURGE_BATCH && !this.stopped);
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.tick(), this.webhooks.pollIntervalMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.running = this.drain()
      .then(() => this.purgeHourly())
      .catch((err: unknown) => this.logger.warn({ err }, 'the webhook relay failed'));
    await this.running;
    this.running = null;
    if (!this.stopped) this.schedule();
  }
}
