import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/core';
import { DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, type DeliveryStatus, type WebhookEventType } from '../webhook-event-types.js';

export class WebhookDeliveriesQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class WebhookDeliveryDto {
  id: string;
  endpointId: string;
  /** The message, sent as `webhook-id` (the same for every attempt) */
  messageId: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES })
  eventType: WebhookEventType;
  /** `pending` (to be attempted), `succeeded` (a 2xx answer) or `failed` (retries ran out, or the endpoint was disabled) */
  @ApiProperty({ enum: DELIVERY_STATUSES })
  status: DeliveryStatus;
  /** Attempts made so far */
  @ApiProperty({ type: 'integer' })
  attempts: number;
  /** The HTTP status of the last answer; null when there was none (timeout, refused connection) */
  @ApiProperty({ type: 'integer', nullable: true })
  responseStatus: number | null;
  /** Why the last attempt failed */
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  /** When the next attempt is due (pending deliveries) */
  nextAttemptAt: Date | null;
  succeededAt: Date | null;
  /** The body sent: `{ type, timestamp, data }` */
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload: Record<string, unknown>;
}
