import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { WebhookDelivery, WebhookMessage } from './webhook-delivery.entity.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookDeliveryModule } from './webhook-delivery.module.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointsController } from './webhook-endpoints.controller.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

/** Webhooks: endpoints (owners), the outbox written by triggers, and their delivery by the job queue. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpoint, WebhookMessage, WebhookDelivery]), IdentityModule, WebhookDeliveryModule],
  controllers: [WebhookEndpointsController],
  providers: [WebhookEndpointsService, WebhookDeliveriesService],
})
export class WebhooksModule {}
