import { Module, type OnModuleInit } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { JobQueue } from '../jobs/index.js';
import { AddressPolicy } from './public-address.js';
import { DELIVER_WEBHOOK } from './webhook-delivery.job.js';
import { WebhookRelay } from './webhook-relay.js';
import { SecretBox } from './webhook-secrets.js';
import { WebhookSender } from './webhook-sender.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

/** Webhook delivery without HTTP routes: the relay and the job that makes attempts (the API and the worker import it). */
@Module({
  imports: [ConfigModule.forFeature(webhooksConfig)],
  providers: [
    { provide: SecretBox, inject: [webhooksConfig.KEY], useFactory: (config: WebhooksConfig) => new SecretBox(config.secretKey) },
    {
      provide: AddressPolicy,
      inject: [webhooksConfig.KEY],
      useFactory: (config: WebhooksConfig) => new AddressPolicy(config.allowedPrivateAddresses),
    },
    WebhookSender,
    WebhookRelay,
  ],
  exports: [ConfigModule, SecretBox, AddressPolicy, WebhookSender],
})
export class WebhookDeliveryModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly sender: WebhookSender,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(DELIVER_WEBHOOK, ({ deliveryId }, attempt) => this.sender.attempt(deliveryId, attempt.id));
  }
}
