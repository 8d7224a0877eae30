import { Injectable } from '@nestjs/common';
import { AppException, TenantDb, type Actor } from '@app/core';
import type { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from '../dto/api-key.dto.js';
import { ApiKey } from '../entities/index.js';
import { generateApiKey } from '../auth/api-key-secret.js';

@Injectable()
export class ApiKeysService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const { key, prefix, hash } = generateApiKey();
    return this.db.run(actor.workspaceId, async (em) => {
      const saved = await em.getRepository(ApiKey).save({
        workspaceId: actor.workspaceId,
        name: dto.name.trim(),
        role: dto.role,
        prefix,
        secretHash: hash,
        createdBy: actor.userId,
      });
      return { ...toDto(saved), key };
    });
  }

  list(actor: Actor): Promise<ApiKeyDto[]> {
    return this.db.run(actor.workspaceId, async (em) => (await em.getRepository(ApiKey).find({ order: { createdAt: 'DESC' } })).map(toDto));
  }

  /** Revoking keeps the record (who had which key) but the key stops working at once. */
  revoke(actor: Actor, id: string): Promise<ApiKeyDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const repo = em.getRepository(ApiKey);
      const key = await repo.findOneBy({ id });
      if (!key) throw AppException.notFound('API key', id);
      key.revokedAt ??= new Date();
      return toDto(await repo.save(key));
    });
  }
}

function toDto(k: ApiKey): ApiKeyDto {
  return {
    id: k.id,
    name: k.name,
    role: k.role,
    prefix: `evk_${k.prefix}`,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt ?? null,
    revokedAt: k.revokedAt ?? null,
  };
}
