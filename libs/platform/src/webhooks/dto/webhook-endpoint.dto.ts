import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUrl } from 'class-validator';
import { IsOmittable, LimitItems, LimitLength, MAX_LENGTH } from '@app/core';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-event-types.js';

const URL_RULE = { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_valid_protocol: true };

export class CreateWebhookEndpointDto {
  /** Where the events are POSTed (https recommended). @example https://crm.example.org/hooks/eventreg */
  @IsUrl(URL_RULE, { message: 'url must be an http or https URL' })
  @LimitLength(MAX_LENGTH.url)
  url: string;

  /** What the endpoint is for. @example Press office CRM */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  description?: string | null;

  /** The event types to send to this endpoint. */
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['event.created', 'attendee.checked_in'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @LimitItems(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes: WebhookEventType[];
}

export class UpdateWebhookEndpointDto {
  /** @example https://crm.example.org/hooks/eventreg */
  @IsOmittable()
  @IsUrl(URL_RULE, { message: 'url must be an http or https URL' })
  @LimitLength(MAX_LENGTH.url)
  url?: string;

  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  description?: string | null;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, required: false })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @LimitItems(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes?: WebhookEventType[];

  /** `true` re-enables a disabled endpoint (clearing `disabledAt` and `disabledReason`); `false` stops deliveries to it. */
  @IsOmittable()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookEndpointDto {
  id: string;
  url: string;
  description: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  eventTypes: WebhookEventType[];
  /** Deliveries are made only while enabled. */
  enabled: boolean;
  /** When the endpoint was disabled (by an owner, or after failing continuously) */
  disabledAt: Date | null;
  /** Why it was disabled */
  disabledReason: string | null;
  /** Who disabled it: an owner, or the service after every attempt failed for days; null while enabled */
  @ApiProperty({ enum: ['owner', 'failures'], nullable: true })
  disabledBy: 'owner' | 'failures' | null;
  /** Since when every attempt failed; null while deliveries succeed */
  failingSince: Date | null;
  /** Until when the secret replaced by the last rotation also signs */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export class CreatedWebhookEndpointDto extends WebhookEndpointDto {
  /** The signing secret (`whsec_…`). Shown only in this response; store it now. */
  secret: string;
}

export class RotatedWebhookSecretDto {
  /** The new signing secret (`whsec_…`). Shown only in this response. */
  secret: string;
  /** Until then deliveries carry a signature by the old secret too */
  previousSecretExpiresAt: Date;
}
