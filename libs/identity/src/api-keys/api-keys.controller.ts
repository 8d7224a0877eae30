import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam, type Actor } from '@app/core';
import { CurrentActor, OwnerOnly } from '../auth/auth.decorator.js';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from '../dto/api-key.dto.js';
import { ApiKeysService } from './api-keys.service.js';

@ApiTags('api-keys')
@OwnerOnly()
@Controller({ path: 'api-keys', version: '1' })
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key with a role; the secret is in this response only' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: "List the workspace's API keys (never their secrets)" })
  list(@CurrentActor() actor: Actor): Promise<ApiKeyDto[]> {
    return this.keys.list(actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  revoke(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ApiKeyDto> {
    return this.keys.revoke(actor, id);
  }
}
