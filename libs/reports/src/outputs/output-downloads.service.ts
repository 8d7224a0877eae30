import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor, type Language } from '@app/core';
import type { OutputKind } from './output-kind.js';
import { OutputRegistry } from './output-registry.js';
import type { EventOutputDto } from './outputs.dto.js';

/**
 * Records the downloads of an event's outputs with the fingerprint each was made from, and says which outputs
 * changed since they were last downloaded. The record is the last download per event, kind and language.
 */
@Injectable()
export class OutputDownloadsService {
  constructor(
    private readonly db: TenantDb,
    private readonly registry: OutputRegistry,
  ) {}

  /** Records a download in the transaction that made the file, with the fingerprint of the records it read. */
  async record(em: EntityManager, actor: Actor, eventId: string, kind: string, lang: Language, fingerprint: string): Promise<void> {
    await this.assertEvent(em, eventId);
    await em.query(
      `INSERT INTO output_downloads (workspace_id, event_id, kind, lang, fingerprint, downloaded_at, downloaded_by)
       VALUES ($1, $2, $3, $4, $5, now(), $6)
       ON CONFLICT (event_id, kind, lang) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, downloaded_at = EXCLUDED.downloaded_at, downloaded_by = EXCLUDED.downloaded_by`,
      [actor.workspaceId, eventId, kind, lang, fingerprint, actor.userId ?? null],
    );
  }

  /** Records a download of a registered kind, computing its fingerprint in the same transaction. */
  async recordKind(em: EntityManager, actor: Actor, eventId: string, kind: string, lang: Language): Promise<void> {
    const output = this.registry.get(kind);
    if (!output) return;
    await this.assertEvent(em, eventId);
    await this.record(em, actor, eventId, kind, lang, await output.fingerprint(em, actor, eventId, lang));
  }

  /** Every output of the event in every language, with its last download and whether it changed since. */
  list(actor: Actor, eventId: string): Promise<EventOutputDto[]> {
    return this.db.run(
      actor.workspaceId,
      async (em) => {
        await this.assertEvent(em, eventId);
        const rows = await em.query<{ kind: string; lang: Language; fingerprint: string; downloaded_at: Date }[]>(
          'SELECT kind, lang, fingerprint, downloaded_at FROM output_downloads WHERE event_id = $1',
          [eventId],
        );
        const last = new Map(rows.map((r) => [`${r.kind}|${r.lang}`, r]));
        const items: EventOutputDto[] = [];
        for (const output of this.registry.all()) {
          for (const lang of output.languages)
            items.push(await this.item(em, actor, eventId, output, lang, last.get(`${output.kind}|${lang}`)));
        }
        return items;
      },
      'REPEATABLE READ',
    );
  }

  /** NOT_FOUND unless the event is one of the caller's workspace (row-level security hides the others). */
  private async assertEvent(em: EntityManager, eventId: string): Promise<void> {
    const [event] = await em.query<{ id: string }[]>('SELECT id FROM events WHERE id = $1', [eventId]);
    if (!event) throw AppException.notFound('Event', eventId);
  }

  private async item(
    em: EntityManager,
    actor: Actor,
    eventId: string,
    output: OutputKind,
    lang: Language,
    last?: { fingerprint: string; downloaded_at: Date },
  ): Promise<EventOutputDto> {
    if (!last) return { kind: output.kind, lang, lastDownloadedAt: null, changedSinceDownload: false };
    const now = await output.fingerprint(em, actor, eventId, lang);
    return { kind: output.kind, lang, lastDownloadedAt: new Date(last.downloaded_at), changedSinceDownload: now !== last.fingerprint };
  }
}
