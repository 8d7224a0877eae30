import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { JobsConfig } from '@app/core';
import { WebhookSender } from './webhook-sender.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

/** Deliveries handed to the queue in one transaction at most. */
const BATCH = 100;

/**
 * The outbox relay: every poll interval, hands the deliveries the triggers wrote to the job queue.
 * Runs in the processes that run jobs (JOBS_WORKER); several relays share the work.
 */
@Injectable()
export class WebhookRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

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

  private schedule(): void {
    this.timer = setTimeout(() => void this.tick(), this.webhooks.pollIntervalMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.running = this.drain().catch((err: unknown) => this.logger.warn({ err }, 'handing webhook deliveries to the queue failed'));
    await this.running;
    this.running = null;
    if (!this.stopped) this.schedule();
  }
}
