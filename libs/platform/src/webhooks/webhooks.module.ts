import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { AddressPolicy } from './public-address.js';
import { WebhookDelivery, WebhookMessage } from './webhook-delivery.entity.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointsController } from './webhook-endpoints.controller.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { SecretBox } from './webhook-secrets.js';
import { WebhookSender } from './webhook-sender.js';
import { WebhookWorker } from './webhook-worker.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

/** Webhooks: endpoints (owners), the outbox written by triggers, and the worker that delivers it. */
@Module({
  imports: [
    ConfigModule.forFeature(webhooksConfig),
    TypeOrmModule.forFeature([WebhookEndpoint, WebhookMessage, WebhookDelivery]),
    IdentityModule,
  ],
  controllers: [WebhookEndpointsController],
  providers: [
    { provide: SecretBox, inject: [webhooksConfig.KEY], useFactory: (config: WebhooksConfig) => new SecretBox(config.secretKey) },
    {
      provide: AddressPolicy,
      inject: [webhooksConfig.KEY],
      useFactory: (config: WebhooksConfig) => new AddressPolicy(config.allowedPrivateAddresses),
    },
    WebhookEndpointsService,
    WebhookDeliveriesService,
    WebhookSender,
    WebhookWorker,
  ],
  exports: [WebhookWorker, WebhookSender],
})
export class WebhooksModule {}
