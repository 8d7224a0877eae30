import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CurrentActor, OwnerOnly } from '@app/identity';
import { WebhookDeliveriesQueryDto, WebhookDeliveryDto } from './dto/webhook-delivery.dto.js';
import {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  RotatedWebhookSecretDto,
  UpdateWebhookEndpointDto,
  WebhookEndpointDto,
} from './dto/webhook-endpoint.dto.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

const CREATE_DESCRIPTION = [
  'Events of the chosen types are POSTed to the URL as JSON `{ type, timestamp, data }`, signed as the Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature`).',
  '',
  'The signing secret is in this response only. URLs whose host resolves to a private, loopback or link-local address are refused (`WEBHOOK_URL_REFUSED`) unless the operator allowed that address.',
].join('\n');

@ApiTags('webhooks')
@OwnerOnly()
@Controller({ path: 'webhook-endpoints', version: '1' })
export class WebhookEndpointsController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Add a webhook endpoint; its signing secret is in this response only', description: CREATE_DESCRIPTION })
  @ApiErrors('WEBHOOK_URL_REFUSED')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointDto> {
    return this.endpoints.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: "The workspace's webhook endpoints, newest first (never their secrets)" })
  @ApiPageResponse(WebhookEndpointDto)
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    return this.endpoints.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One webhook endpoint, with why it was disabled when it was' })
  @ApiErrors('NOT_FOUND')
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<WebhookEndpointDto> {
    return this.endpoints.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, description or event types of an endpoint, or enable or disable it' })
  @ApiErrors('NOT_FOUND', 'WEBHOOK_URL_REFUSED')
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateWebhookEndpointDto): Promise<WebhookEndpointDto> {
    return this.endpoints.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint with its delivery log' })
  @ApiErrors('NOT_FOUND')
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.endpoints.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace the signing secret; the old one keeps signing beside it for a grace period (24 h by default)',
  })
  @ApiErrors('NOT_FOUND')
  rotateSecret(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<RotatedWebhookSecretDto> {
    return this.endpoints.rotateSecret(actor, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The delivery log of an endpoint, newest first: status, attempts, last response' })
  @ApiPageResponse(WebhookDeliveryDto)
  @ApiErrors('NOT_FOUND')
  listDeliveries(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Query() query: WebhookDeliveriesQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    return this.deliveries.list(actor, id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again now (same webhook-id and body), retried with backoff if it fails' })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  redeliver(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('deliveryId') deliveryId: string): Promise<WebhookDeliveryDto> {
    return this.deliveries.redeliver(actor, id, deliveryId);
  }
}
