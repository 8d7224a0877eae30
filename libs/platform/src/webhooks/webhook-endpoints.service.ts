import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppException, pageWindow, TenantDb, toPage, type Actor, type Page, type PageQueryDto } from '@app/core';
import type {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  RotatedWebhookSecretDto,
  UpdateWebhookEndpointDto,
  WebhookEndpointDto,
} from './dto/webhook-endpoint.dto.js';
import { AddressPolicy } from './public-address.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { DISABLED_BY_OWNER, disableEndpoint } from './webhook-endpoint-state.js';
import { generateWebhookSecret, SecretBox } from './webhook-secrets.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

/** The workspace's webhook endpoints (owners): create with a secret shown once, change, rotate, delete. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly db: TenantDb,
    private readonly box: SecretBox,
    private readonly policy: AddressPolicy,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
  ) {}

  async create(actor: Actor, dto: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointDto> {
    await this.assertReachable(dto.url);
    const id = randomUUID();
    const secret = generateWebhookSecret();
    return this.db.run(actor.workspaceId, async (em) => {
      const repo = em.getRepository(WebhookEndpoint);
      await repo.insert({
        id,
        workspaceId: actor.workspaceId,
        url: dto.url,
        description: dto.description?.trim() || null,
        eventTypes: dto.eventTypes,
        secretEncrypted: this.box.seal(secret, id),
        createdBy: actor.userId,
      });
      return { ...toDto(await repo.findOneByOrFail({ id })), secret };
    });
  }

  list(actor: Actor, query: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em.getRepository(WebhookEndpoint).findAndCount({ order: { createdAt: 'DESC', id: 'DESC' }, skip, take });
      return toPage(rows.map(toDto), total, query);
    });
  }

  get(actor: Actor, id: string): Promise<WebhookEndpointDto> {
    return this.db.run(actor.workspaceId, async (em) => toDto(await findEndpoint(em, id)));
  }

  async update(actor: Actor, id: string, dto: UpdateWebhookEndpointDto): Promise<WebhookEndpointDto> {
    if (dto.url !== undefined) await this.assertReachable(dto.url);
    return this.db.run(actor.workspaceId, async (em) => {
      const endpoint = await findEndpoint(em, id);
      if (dto.url !== undefined) endpoint.url = dto.url;
      if (dto.description !== undefined) endpoint.description = dto.description?.trim() || null;
      if (dto.eventTypes !== undefined) endpoint.eventTypes = dto.eventTypes;
      if (dto.enabled === true && !endpoint.enabled) {
        Object.assign(endpoint, { enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
      }
      await em.getRepository(WebhookEndpoint).save(endpoint);
      if (dto.enabled === false && endpoint.enabled) await disableEndpoint(em, id, DISABLED_BY_OWNER);
      return toDto(await findEndpoint(em, id));
    });
  }

  /** Deletes the endpoint with its delivery log; deliveries not yet made are dropped. */
  remove(actor: Actor, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findEndpoint(em, id);
      await em.getRepository(WebhookEndpoint).delete({ id });
    });
  }

  /**
   * A new signing secret. The one it replaces keeps signing beside it (two signatures in
   * `webhook-signature`) for the grace period, so a receiver can switch over without losing events.
   */
  rotateSecret(actor: Actor, id: string): Promise<RotatedWebhookSecretDto> {
    const secret = generateWebhookSecret();
    return this.db.run(actor.workspaceId, async (em) => {
      const endpoint = await findEndpoint(em, id);
      const previousSecretExpiresAt = new Date(Date.now() + this.config.secretGraceMs);
      await em.getRepository(WebhookEndpoint).update(
        { id },
        {
          secretEncrypted: this.box.seal(secret, id),
          previousSecretEncrypted: endpoint.secretEncrypted,
          previousSecretExpiresAt,
        },
      );
      return { secret, previousSecretExpiresAt };
    });
  }

  /** Refuses URLs whose host resolves to an address the service may not call (see AddressPolicy). */
  private async assertReachable(url: string): Promise<void> {
    const refused = await this.policy.check(new URL(url).hostname);
    if (refused) {
      throw new AppException('WEBHOOK_URL_REFUSED', `Webhooks cannot be sent to ${url}: ${refused}`, [
        { field: 'url', messages: [refused] },
      ]);
    }
  }
}

export async function findEndpoint(em: EntityManager, id: string): Promise<WebhookEndpoint> {
  const endpoint = await em.getRepository(WebhookEndpoint).findOneBy({ id });
  if (!endpoint) throw AppException.notFound('Webhook endpoint', id);
  return endpoint;
}

function toDto(e: WebhookEndpoint): WebhookEndpointDto {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    enabled: e.enabled,
    disabledAt: e.disabledAt,
    disabledReason: e.disabledReason,
    disabledBy: e.enabled || !e.disabledAt ? null : e.disabledReason === DISABLED_BY_OWNER ? 'owner' : 'failures',
    failingSince: e.failingSince,
    previousSecretExpiresAt: e.previousSecretExpiresAt && e.previousSecretExpiresAt > new Date() ? e.previousSecretExpiresAt : null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
