import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor } from '@app/core';
import type { FollowUpSettingsDto, UpdateFollowUpSettingsDto } from './dto/followup-settings.dto.js';

export const DEFAULT_SETTINGS: FollowUpSettingsDto = { amberDays: 90, redDays: 180, dueSoonDays: 14, expiringDays: 60 };

const COLUMNS = `amber_days AS "amberDays", red_days AS "redDays", due_soon_days AS "dueSoonDays", expiring_days AS "expiringDays"`;

/** Stall rules and alert horizons of a workspace; the defaults until an organizer changes them. */
@Injectable()
export class FollowUpSettingsService {
  constructor(private readonly db: TenantDb) {}

  get(actor: Actor): Promise<FollowUpSettingsDto> {
    return this.db.run(actor.workspaceId, (em) => settingsIn(em));
  }

  update(actor: Actor, dto: UpdateFollowUpSettingsDto): Promise<FollowUpSettingsDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const next = { ...(await settingsIn(em)), ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v != null)) };
      if (next.redDays <= next.amberDays) {
        throw new AppException('VALIDATION_FAILED', 'redDays must be more than amberDays', [
          { field: 'redDays', messages: [`redDays must be more than amberDays (${next.amberDays})`] },
        ]);
      }
      await em.query(
        `INSERT INTO followup_settings (workspace_id, amber_days, red_days, due_soon_days, expiring_days)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workspace_id) DO UPDATE SET amber_days = $2, red_days = $3, due_soon_days = $4, expiring_days = $5, updated_at = now()`,
        [actor.workspaceId, next.amberDays, next.redDays, next.dueSoonDays, next.expiringDays],
      );
      return settingsIn(em);
    });
  }
}

/** The settings of the workspace of the open tenant transaction. */
export async function settingsIn(em: EntityManager): Promise<FollowUpSettingsDto> {
  const [row] = await em.query<FollowUpSettingsDto[]>(`SELECT ${COLUMNS} FROM followup_settings LIMIT 1`);
  return row ?? { ...DEFAULT_SETTINGS };
}
