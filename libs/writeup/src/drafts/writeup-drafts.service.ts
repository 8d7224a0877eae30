import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppException,
  TenantDb,
  pageWindow,
  roleAtLeast,
  toPage,
  type Actor,
  type Language,
  type Page,
  type PageQueryDto,
} from '@app/core';
import type {
  CreateDraftDto,
  DraftChangesDto,
  DraftVersionDto,
  DraftVersionEntryDto,
  EditDraftDto,
  PublishDraftDto,
  RegenerateDraftDto,
  WriteupDraftDto,
} from '../http/writeup.dto.js';
import { recordsFingerprint, WriteupService } from '../http/writeup.service.js';
import { renderMarkdown } from '../render/index.js';
import { WriteupDraft } from './writeup-draft.entity.js';
import { WriteupVersion } from './writeup-version.entity.js';

const canEdit = (actor: Actor) => roleAtLeast(actor.role, 'organizer');

type VersionContent = Pick<WriteupVersion, 'source' | 'headline' | 'body' | 'recordsFingerprint'>;

/**
 * Saved writeups: generated into a draft, edited, published. Every save adds a version; a
 * regeneration never replaces an edited text unless asked to.
 */
@Injectable()
export class WriteupDraftsService {
  constructor(
    private readonly db: TenantDb,
    private readonly writeups: WriteupService,
  ) {}

  create(actor: Actor, eventId: string, dto: CreateDraftDto): Promise<WriteupDraftDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const content = await this.generated(em, actor, eventId, dto.lang);
      const draft = await em
        .getRepository(WriteupDraft)
        .save({ workspaceId: actor.workspaceId, eventId, lang: dto.lang, status: 'draft', currentVersion: 0 });
      return this.addVersion(em, actor, draft, content);
    });
  }

  /** Officials see published writeups only. */
  list(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<WriteupDraftDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const [event] = await em.query<{ id: string }[]>('SELECT id FROM events WHERE id = $1', [eventId]);
      if (!event) throw AppException.notFound('Event', eventId);
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em.getRepository(WriteupDraft).findAndCount({
        where: canEdit(actor) ? { eventId } : { eventId, status: 'published' },
        order: { createdAt: 'DESC', id: 'ASC' },
        skip,
        take,
      });
      // the records' fingerprint is computed once per language for the whole page
      const prints = new Map<Language, Promise<string | null>>();
      const items = [];
      for (const row of rows) {
        if (!prints.has(row.lang)) prints.set(row.lang, this.fingerprint(em, actor, eventId, row.lang));
        items.push(await this.view(em, actor, row, await prints.get(row.lang)!));
      }
      return toPage(items, total, query);
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<WriteupDraftDto> {
    return this.db.run(actor.workspaceId, async (em) => this.view(em, actor, await this.find(em, actor, eventId, id)));
  }

  versions(actor: Actor, eventId: string, id: string): Promise<DraftVersionEntryDto[]> {
    return this.db.run(actor.workspaceId, async (em) => {
      await this.find(em, actor, eventId, id);
      const rows = await em.getRepository(WriteupVersion).find({ where: { draftId: id }, order: { version: 'DESC' } });
      const authors = [...new Set(rows.map((r) => r.createdBy).filter((u): u is string => !!u))];
      // members of the workspace only (row-level security): a former member's email is not shown
      const emails = new Map(
        authors.length > 0
          ? (await em.query<{ id: string; email: string }[]>('SELECT id, email FROM users WHERE id = ANY($1::uuid[])', [authors])).map(
              (u) => [u.id, u.email] as const,
            )
          : [],
      );
      return rows.map((r) => ({
        ...toVersionDto(r),
        createdByEmail: r.createdBy ? (emails.get(r.createdBy) ?? null) : null,
        // an edit is accepted only on the latest version (DRAFT_CHANGED otherwise), so it is based on the one before
        basedOn: r.source === 'edited' ? r.version - 1 : null,
      }));
    });
  }

  /**
   * What changed since the latest generated version: the event's records (with its people and organizations) as the
   * audit log tells it, and that version's text next to the text the records give now.
   */
  changes(actor: Actor, eventId: string, id: string): Promise<DraftChangesDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const draft = await this.find(em, actor, eventId, id);
      const last = await em
        .getRepository(WriteupVersion)
        .findOne({ where: { draftId: draft.id, source: 'generated' }, order: { version: 'DESC' } });
      let current: VersionContent | null = null;
      try {
        current = await this.generated(em, actor, eventId, draft.lang);
      } catch (err) {
        if (!(err instanceof AppException && err.code === 'EVENT_CANCELLED')) throw err;
      }
      const records = last
        ? await em.query<{ resourceType: string; action: string; count: number }[]>(
            `SELECT resource_type AS "resourceType", action, count(DISTINCT resource_id)::int AS count
               FROM audit_log
              WHERE occurred_at > $2 AND resource_type <> 'writeup_draft'
                AND (event_id = $1
                     OR (resource_type = 'person' AND resource_id IN (SELECT person_id FROM attendances WHERE event_id = $1))
                     OR (resource_type = 'organization'
                         AND resource_id IN (SELECT organization_id FROM event_organizations WHERE event_id = $1)))
              GROUP BY 1, 2
              ORDER BY 1, 2`,
            [eventId, last.createdAt],
          )
        : [];
      return {
        sinceVersion: last?.version ?? null,
        since: last?.createdAt ?? null,
        records,
        previous: last ? { headline: last.headline, body: last.body } : null,
        current: current ? { headline: current.headline, body: current.body } : null,
      };
    });
  }

  edit(actor: Actor, eventId: string, id: string, dto: EditDraftDto): Promise<WriteupDraftDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const draft = await this.lockForWrite(em, actor, eventId, id, dto.baseVersion);
      return this.addVersion(em, actor, draft, {
        source: 'edited',
        headline: dto.headline.trim(),
        body: dto.body,
        recordsFingerprint: null,
      });
    });
  }

  regenerate(actor: Actor, eventId: string, id: string, dto: RegenerateDraftDto): Promise<WriteupDraftDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const draft = await this.lockForWrite(em, actor, eventId, id);
      const latest = await this.version(em, draft.id, draft.currentVersion);
      if (latest.source === 'edited' && !dto.overwriteEdits) {
        throw new AppException(
          'DRAFT_EDITED',
          'The latest version was edited by hand; pass overwriteEdits: true to replace it with a new generated version (the edit stays in the history)',
          {
            currentVersion: draft.currentVersion,
          },
        );
      }
      return this.addVersion(em, actor, draft, await this.generated(em, actor, eventId, draft.lang));
    });
  }

  publish(actor: Actor, eventId: string, id: string, dto: PublishDraftDto): Promise<WriteupDraftDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const draft = await this.lockForWrite(em, actor, eventId, id);
      const version = dto.version ?? draft.currentVersion;
      await this.version(em, draft.id, version);
      Object.assign(draft, { status: 'published', publishedVersion: version, publishedAt: new Date() });
      return this.view(em, actor, await em.getRepository(WriteupDraft).save(draft));
    });
  }

  private async find(em: EntityManager, actor: Actor, eventId: string, id: string): Promise<WriteupDraft> {
    const draft = await em.getRepository(WriteupDraft).findOne({ where: { id, eventId } });
    if (!draft || (!canEdit(actor) && draft.status !== 'published')) throw AppException.notFound('Writeup draft', id);
    return draft;
  }

  /** Locks the draft row so concurrent saves are serialized; checks the base version when given. */
  private async lockForWrite(em: EntityManager, actor: Actor, eventId: string, id: string, baseVersion?: number): Promise<WriteupDraft> {
    const draft = await em.getRepository(WriteupDraft).findOne({ where: { id, eventId }, lock: { mode: 'pessimistic_write' } });
    if (!draft) throw AppException.notFound('Writeup draft', id);
    if (baseVersion !== undefined && baseVersion !== draft.currentVersion) {
      throw new AppException(
        'DRAFT_CHANGED',
        `The draft is at version ${draft.currentVersion}, not ${baseVersion}; reload it and edit again`,
        {
          currentVersion: draft.currentVersion,
        },
      );
    }
    return draft;
  }

  /** A version's content freshly generated from the event's records. */
  private async generated(em: EntityManager, actor: Actor, eventId: string, lang: Language): Promise<VersionContent> {
    const composed = await this.writeups.composeIn(em, actor, eventId, lang);
    const { writeup } = composed;
    return {
      source: 'generated',
      headline: writeup.headline.text,
      body: renderMarkdown(writeup),
      recordsFingerprint: recordsFingerprint(composed),
    };
  }

  private async addVersion(em: EntityManager, actor: Actor, draft: WriteupDraft, content: VersionContent): Promise<WriteupDraftDto> {
    draft.currentVersion += 1;
    await em
      .getRepository(WriteupVersion)
      .save({ workspaceId: draft.workspaceId, draftId: draft.id, version: draft.currentVersion, createdBy: actor.userId, ...content });
    // a generated version already carries the current fingerprint; an edit leaves it to the view
    return this.view(em, actor, await em.getRepository(WriteupDraft).save(draft), content.recordsFingerprint ?? undefined);
  }

  private async version(em: EntityManager, draftId: string, version: number): Promise<WriteupVersion> {
    const row = await em.getRepository(WriteupVersion).findOne({ where: { draftId, version } });
    if (!row) throw AppException.notFound('Writeup version', String(version));
    return row;
  }

  /** Fingerprint of the event's records as a writeup states them; null when the event has no writeup. */
  private async fingerprint(em: EntityManager, actor: Actor, eventId: string, lang: Language): Promise<string | null> {
    try {
      return recordsFingerprint(await this.writeups.composeIn(em, actor, eventId, lang));
    } catch (err) {
      if (err instanceof AppException && err.code === 'EVENT_CANCELLED') return null;
      throw err;
    }
  }

  private async view(em: EntityManager, actor: Actor, draft: WriteupDraft, fingerprint?: string | null): Promise<WriteupDraftDto> {
    const shown = canEdit(actor) ? draft.currentVersion : (draft.publishedVersion ?? draft.currentVersion);
    const version = await this.version(em, draft.id, shown);
    const lastGenerated = await em
      .getRepository(WriteupVersion)
      .findOne({ where: { draftId: draft.id, source: 'generated' }, order: { version: 'DESC' } });
    let recordsChanged = false;
    if (canEdit(actor) && lastGenerated?.recordsFingerprint) {
      const current = fingerprint === undefined ? await this.fingerprint(em, actor, draft.eventId, draft.lang) : fingerprint;
      recordsChanged = current !== null && current !== lastGenerated.recordsFingerprint;
    }
    return {
      id: draft.id,
      eventId: draft.eventId,
      lang: draft.lang,
      status: draft.status,
      currentVersion: draft.currentVersion,
      publishedVersion: draft.publishedVersion,
      publishedAt: draft.publishedAt,
      version: toVersionDto(version),
      recordsChanged,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
    };
  }
}

function toVersionDto(v: WriteupVersion): DraftVersionDto {
  return { version: v.version, source: v.source, headline: v.headline, body: v.body, createdBy: v.createdBy, createdAt: v.createdAt };
}
