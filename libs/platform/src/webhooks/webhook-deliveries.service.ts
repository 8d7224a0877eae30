import { Injectable } from '@nestjs/common';
import { AppException, pageWindow, TenantDb, toPage, type Actor, type Page } from '@app/core';
import type { WebhookDeliveriesQueryDto, WebhookDeliveryDto } from './dto/webhook-delivery.dto.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { findEndpoint } from './webhook-endpoints.service.js';
import { WebhookSender } from './webhook-sender.js';

/** The delivery log of an endpoint, and redelivery by hand. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly db: TenantDb,
    private readonly sender: WebhookSender,
  ) {}

  list(actor: Actor, endpointId: string, query: WebhookDeliveriesQueryDto): Promise<Page<WebhookDeliveryDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findEndpoint(em, endpointId);
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em.getRepository(WebhookDelivery).findAndCount({
        where: { endpointId, ...(query.status ? { status: query.status } : {}) },
        relations: { message: true },
        order: { createdAt: 'DESC', id: 'DESC' },
        skip,
        take,
      });
      return toPage(rows.map(toDto), total, query);
    });
  }

  /**
   * Sends a delivery again, whatever became of it: it is due at once, with the same `webhook-id` and
   * body, and retried with backoff like a new one when it fails. The endpoint must be enabled.
   */
  redeliver(actor: Actor, endpointId: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const endpoint = await findEndpoint(em, endpointId);
      const repo = em.getRepository(WebhookDelivery);
      const delivery = await repo.findOne({ where: { id: deliveryId, endpointId }, relations: { message: true } });
      if (!delivery) throw AppException.notFound('Webhook delivery', deliveryId);
      if (!endpoint.enabled) {
        throw new AppException('CONFLICT', 'The endpoint is disabled: enable it (PATCH enabled: true) before redelivering', {
          disabledReason: endpoint.disabledReason,
        });
      }
      // the job of an attempt still planned finds itself replaced and does nothing
      await repo.update({ id: deliveryId }, { status: 'pending', retryFrom: () => 'now()' });
      await this.sender.queue(em, deliveryId, 0);
      return toDto(await repo.findOneOrFail({ where: { id: deliveryId }, relations: { message: true } }));
    });
  }
}

function toDto(d: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: d.id,
    endpointId: d.endpointId,
    messageId: d.messageId,
    eventType: d.message!.type,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    lastError: d.lastError,
    createdAt: d.createdAt,
    lastAttemptAt: d.lastAttemptAt,
    nextAttemptAt: d.nextAttemptAt,
    succeededAt: d.succeededAt,
    payload: d.message!.payload,
  };
}
