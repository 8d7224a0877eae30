import { IsIn, IsNotEmpty, IsString } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { LimitLength, MAX_LENGTH, ROLES, type Role } from '@app/core';

export class CreateApiKeyDto {
  /** What the key is for. @example Press office sync */
  @IsString()
  @IsNotEmpty()
  @LimitLength(MAX_LENGTH.name)
  name: string;

  @ApiProperty({ enum: ROLES, example: 'official' })
  @IsIn(ROLES)
  role: Role;
}

export class ApiKeyDto {
  id: string;
  name: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  /** Public start of the key, to tell keys apart */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  /** The secret key. Shown only in this response; store it now. Send as `X-API-Key` or `Authorization: Bearer`. */
  key: string;
}
