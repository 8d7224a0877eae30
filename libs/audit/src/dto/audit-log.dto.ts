import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LimitLength, MAX_LENGTH, CursorListQueryDto } from '@app/core';
import { ACTOR_TYPES, type ActorType } from '../audit-entry.entity.js';

export const AUDIT_RESOURCE_TYPES = [
  'workspace',
  'member',
  'api_key',
  'organization',
  'person',
  'event',
  'agenda_item',
  'attendance',
  'participant_group',
  'delegation',
  'speech',
  'mou',
  'signed_project',
  'writeup_draft',
  'invitation',
  'password_reset',
  'writeup_style',
  'webhook_endpoint',
  'seating_plan',
  'project_followup',
  'project_stage_change',
  'mou_followup',
  'mou_deliverable',
  'followup_settings',
] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'check_in',
  'import',
  'merge',
  'publish',
  'revoke',
  'accept',
  'rotate',
] as const;

export class AuditLogQueryDto extends CursorListQueryDto {
  @ApiProperty({ required: false, enum: AUDIT_RESOURCE_TYPES })
  @IsOptional()
  @IsIn(AUDIT_RESOURCE_TYPES)
  resourceType?: string;

  /** One resource (for members, the user id) */
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  /** Entries of one event: the event itself and everything recorded for it */
  @IsOptional()
  @IsUUID()
  eventId?: string;

  /** The user or API key that wrote */
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiProperty({ required: false, enum: ACTOR_TYPES })
  @IsOptional()
  @IsIn(ACTOR_TYPES)
  actorType?: ActorType;

  @ApiProperty({ required: false, enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(/^[a-z_]+$/)
  action?: string;

  /** Entries at or after this time (ISO 8601). @example 2024-03-01T00:00:00Z */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  from?: string;

  /** Entries before this time (ISO 8601). @example 2024-04-01T00:00:00Z */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  to?: string;
}

export class AuditActorDto {
  @ApiProperty({ enum: ACTOR_TYPES, description: '`system` for writes made without credentials (e.g. the demo loader)' })
  type: ActorType;
  userId: string | null;
  apiKeyId: string | null;
}

export class AuditResourceDto {
  @ApiProperty({ enum: AUDIT_RESOURCE_TYPES })
  type: string;
  id: string;
  /** The event the resource belongs to, when it belongs to one */
  eventId: string | null;
}

export class AuditEntryDto {
  /** Increasing with time */
  id: string;
  occurredAt: Date;
  actor: AuditActorDto;
  @ApiProperty({ enum: AUDIT_ACTIONS })
  action: string;
  resource: AuditResourceDto;
  /** The request that wrote, as in the `x-request-id` header */
  requestId: string | null;
  /**
   * Fields as they were before, only those that changed (every field of a deleted resource); null for a creation.
   */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  before: Record<string, unknown> | null;
  /** Fields as they are after, only those that changed (every field of a created resource); null for a deletion. */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after: Record<string, unknown> | null;
}
