import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor, type Language } from '@app/core';
import type { OutputSubject } from './output-kind.js';
import { OutputRegistry } from './output-registry.js';
import type { EventOutputDto } from './outputs.dto.js';

/**
 * Records the downloads of an event's outputs with the fingerprint each was made from, and says which outputs
 * changed since they were last downloaded. The record is the last download per event, kind (with its subject, for a
 * kind made per record: `seating-chart:<plan id>`) and language.
 */
@Injectable()
export class OutputDownloadsService {
  constructor(
    private readonly db: TenantDb,
    private readonly registry: OutputRegistry,
  ) {}

  /** Records a download in the transaction that made the file, with the fingerprint of the records it read. */
  async record(
    em: EntityManager,
    actor: Actor,
    eventId: string,
    kind: string,
    lang: Language,
    fingerprint: string,
    subjectId?: string,
  ): Promise<void> {
    await this.assertEvent(em, eventId);
    await em.query(
      `INSERT INTO output_downloads (workspace_id, event_id, kind, lang, fingerprint, downloaded_at, downloaded_by)
       VALUES ($1, $2, $3, $4, $5, now(), $6)
       ON CONFLICT (event_id, kind, lang) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, downloaded_at = EXCLUDED.downloaded_at, downloaded_by = EXCLUDED.downloaded_by`,
      [actor.workspaceId, eventId, storedKind(kind, subjectId), lang, fingerprint, actor.userId ?? null],
    );
  }

  /** Records a download of a registered kind, computing its fingerprint in the same transaction. */
  async recordKind(em: EntityManager, actor: Actor, eventId: string, kind: string, lang: Language, subjectId?: string): Promise<void> {
    const output = this.registry.get(kind);
    if (!output) return;
    await this.assertEvent(em, eventId);
    await this.record(em, actor, eventId, kind, lang, await output.fingerprint(em, actor, eventId, lang, subjectId), subjectId);
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
          const subjects: (OutputSubject | null)[] = output.subjects ? await output.subjects(em, eventId) : [null];
          for (const subject of subjects) {
            const stored = storedKind(output.kind, subject?.id);
            // a kind that digests the same records in every language has its fingerprint worked out once for all
            let shared: Promise<string> | undefined;
            const fingerprint = (lang: Language) =>
              output.sameFingerprintInEveryLanguage
                ? (shared ??= output.fingerprint(em, actor, eventId, lang, subject?.id))
                : output.fingerprint(em, actor, eventId, lang, subject?.id);
            for (const lang of output.languages)
              items.push(await item(output.kind, subject, lang, last.get(`${stored}|${lang}`), () => fingerprint(lang)));
          }
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
}

/** An output in a language: its last download, and whether its fingerprint now differs from the one downloaded. */
async function item(
  kind: string,
  subject: OutputSubject | null,
  lang: Language,
  last: { fingerprint: string; downloaded_at: Date } | undefined,
  fingerprint: () => Promise<string>,
): Promise<EventOutputDto> {
  const head = { kind, subject: subject && { id: subject.id, name: subject.name }, lang };
  if (!last) return { ...head, lastDownloadedAt: null, changedSinceDownload: false };
  return { ...head, lastDownloadedAt: new Date(last.downloaded_at), changedSinceDownload: (await fingerprint()) !== last.fingerprint };
}

/** The key a download is kept under: the kind, and for a kind made per record, the record's id. */
function storedKind(kind: string, subjectId?: string): string {
  return subjectId ? `${kind}:${subjectId}` : kind;
}
