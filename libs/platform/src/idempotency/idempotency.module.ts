import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_INTERCEPTOR, HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IDEMPOTENCY_CLAIM, IdempotencyInterceptor, type IdempotentRequest } from './idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency.store.js';
import { IDEMPOTENT_REPLAYED_HEADER } from './request-fingerprint.js';
import { webhooksConfig } from '../webhooks/webhooks.config.js';

/** Statuses that are not stored: the request was malformed or throttled (nothing ran), or failed on our side. */
const notStored = (status: number) => status === 400 || status === 429 || status >= 500;

@Module({
  // the stored responses are encrypted with the key material of the webhook secrets (WEBHOOK_SECRET_KEY or JWT_SECRET)
  imports: [ConfigModule.forFeature(webhooksConfig)],
  providers: [IdempotencyStore, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class IdempotencyModule implements OnModuleInit {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly store: IdempotencyStore,
  ) {}

  /** Fastify computes each route's hooks when it gets ready, so a hook added during init applies to every route. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addHook) return;
    fastify.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown) => this.onSend(request, reply, payload));
  }

  private async onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const claim = (request as unknown as IdempotentRequest)[IDEMPOTENCY_CLAIM];
    if (!claim) return payload;
    if (claim.kind === 'replay') {
      reply.code(claim.status).header(IDEMPOTENT_REPLAYED_HEADER, 'true');
      if (claim.contentType) reply.header('content-type', claim.contentType);
      else reply.removeHeader('content-type');
      return claim.body;
    }
    const status = reply.statusCode;
    const body =
      payload === undefined || payload === null ? '' : typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload : null;
    try {
      // streamed responses cannot be stored: their key is released like a failure's
      if (notStored(status) || body === null || (Buffer.isBuffer(body) && !isText(reply))) await this.store.release(claim.id);
      else {
        const contentType = reply.getHeader('content-type');
        await this.store.complete(claim.id, {
          status,
          contentType: typeof contentType === 'string' ? contentType : null,
          body: body.toString(),
        });
      }
    } catch (err) {
      // the key stays "running" and is freed after ABANDONED_AFTER_MINUTES; the response still goes out
      this.logger.error({ err, requestId: request.id }, 'storing the idempotent response failed');
    }
    return payload;
  }
}

function isText(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && /^(text\/|application\/(json|problem\+json))/.test(type);
}
