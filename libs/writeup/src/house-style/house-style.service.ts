import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb, type Actor } from '@app/core';
import { withDefaults, type HouseStyle } from './house-style.js';
import type { UpdateHouseStyleDto } from './dto/house-style.dto.js';
import { WriteupStyle } from './writeup-style.entity.js';

/** The workspace's house style: read by every writeup, changed by the owner. */
@Injectable()
export class HouseStyleService {
  constructor(private readonly db: TenantDb) {}

  /** The style inside an open workspace transaction (the default one when none was set). */
  async styleIn(em: EntityManager, workspaceId: string): Promise<HouseStyle> {
    const row = await em.getRepository(WriteupStyle).findOneBy({ workspaceId });
    return withDefaults(row?.style);
  }

  get(actor: Actor): Promise<HouseStyle> {
    return this.db.run(actor.workspaceId, (em) => this.styleIn(em, actor.workspaceId));
  }

  update(actor: Actor, dto: UpdateHouseStyleDto): Promise<HouseStyle> {
    return this.db.run(actor.workspaceId, async (em) => {
      const repo = em.getRepository(WriteupStyle);
      // one writer at a time per workspace: the row is locked, or created under the primary key
      const current = await repo.findOne({ where: { workspaceId: actor.workspaceId }, lock: { mode: 'pessimistic_write' } });
      const base = withDefaults(current?.style);
      const style: HouseStyle = {
        englishTitleCase: dto.englishTitleCase ?? base.englishTitleCase,
        japaneseHonorific: dto.japaneseHonorific ?? base.japaneseHonorific,
        dateline: {
          en: dto.dateline?.en ?? base.dateline.en,
          ja: dto.dateline?.ja ?? base.dateline.ja,
          zh: dto.dateline?.zh ?? base.dateline.zh,
        },
      };
      await repo.upsert({ workspaceId: actor.workspaceId, style }, ['workspaceId']);
      return style;
    });
  }
}
