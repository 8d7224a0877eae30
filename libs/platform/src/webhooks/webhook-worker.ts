import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WebhookSender } from './webhook-sender.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

/**
 * Sends due webhook deliveries from the outbox, in every process that runs the API: it looks for due
 * deliveries every poll interval (at once after a redelivery by hand) and makes up to `concurrency`
 * attempts at a time. Several processes share the work (SKIP LOCKED claims with a lease).
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly sender: WebhookSender,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(this.config.pollIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Looks for due deliveries now rather than at the next poll. */
  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /** Sends every delivery due now, a batch at a time; resolves when none is left. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const ids = await this.sender.claimDue(this.config.concurrency);
      if (ids.length === 0) return sent;
      await Promise.all(
        ids.map((id) =>
          this.sender.attempt(id).catch((err: unknown) => this.logger.error({ err, deliveryId: id }, 'webhook attempt failed')),
        ),
      );
      sent += ids.length;
      if (this.stopped) return sent;
    }
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    this.running = this.drain()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.warn({ err }, 'looking for due webhook deliveries failed'));
    await this.running;
    this.running = null;
    if (!this.stopped) this.schedule(this.config.pollIntervalMs);
  }
}
