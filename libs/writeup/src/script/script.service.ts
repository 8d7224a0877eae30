import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppException, LANGUAGES, resolveText, TenantDb, type Actor, type Language } from '@app/core';
import { fileDisposition, OutputDownloadsService, reportFileName, type OutputKind } from '@app/reports';
import { WriteupNotAvailableError } from '../errors.js';
import { HouseStyleService } from '../house-style/house-style.service.js';
import { isValidTimeZone, localDate } from '../local-date.js';
import { EventSnapshotLoader } from '../snapshot/event-snapshot.loader.js';
import { composeScript } from './compose-script.js';
import { renderScriptDocx, renderScriptMarkdown } from './render-script.js';
import type { ScriptFormat } from './script.dto.js';
import type { PresiderScript } from './script-types.js';

export interface RenderedScript {
  contentType: string;
  body: string | Buffer;
  /** `2024-03-25_<event title in the script's language>_script-<lang>.<format>` */
  fileName: string;
  contentDisposition: string;
}

const CONTENT_TYPES: Record<ScriptFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The presider's script of an event: load the snapshot, compose in the workspace's house style, render; an output kind. */
@Injectable()
export class ScriptService implements OutputKind {
  readonly kind = 'script';
  readonly languages = LANGUAGES;

  constructor(
    private readonly db: TenantDb,
    private readonly loader: EventSnapshotLoader,
    private readonly styles: HouseStyleService,
    private readonly downloads: OutputDownloadsService,
  ) {}

  async composeIn(
    em: EntityManager,
    actor: Actor,
    eventId: string,
    lang: Language,
    shared = false,
  ): Promise<{ script: PresiderScript; title: string; date: string }> {
    const snapshot = shared ? await this.loader.loadShared(em, actor, eventId) : await this.loader.load(em, actor, eventId);
    const style = await this.styles.styleIn(em, actor.workspaceId);
    try {
      const script = composeScript(snapshot, lang, { style });
      const { year, month, day } = localDate(snapshot.startsAt, isValidTimeZone(snapshot.timeZone) ? snapshot.timeZone : 'UTC');
      const pad = (n: number) => String(n).padStart(2, '0');
      return { script, title: resolveText(snapshot.title, lang)?.text ?? '', date: `${year}-${pad(month)}-${pad(day)}` };
    } catch (err) {
      if (err instanceof WriteupNotAvailableError) {
        throw new AppException('EVENT_CANCELLED', "The event was cancelled; it has no presider's script", { eventId });
      }
      throw err;
    }
  }

  /** A digest of the script as it would be written now: any change of its text changes it. */
  async fingerprint(em: EntityManager, actor: Actor, eventId: string, lang: Language): Promise<string> {
    try {
      return digest((await this.composeIn(em, actor, eventId, lang, true)).script);
    } catch (err) {
      if (err instanceof AppException && err.code === 'EVENT_CANCELLED') return 'cancelled';
      throw err;
    }
  }

  /** The script as a file to download; the download is recorded with the fingerprint of what it was made from. */
  render(actor: Actor, eventId: string, lang: Language, format: ScriptFormat): Promise<RenderedScript> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { script, title, date } = await this.composeIn(em, actor, eventId, lang);
      await this.downloads.record(em, actor, eventId, this.kind, lang, digest(script));
      const file = { eventTitle: title, date, kind: `script-${lang}` as const, ext: format };
      const body = format === 'docx' ? await renderScriptDocx(script) : renderScriptMarkdown(script);
      return { contentType: CONTENT_TYPES[format], body, fileName: reportFileName(file), contentDisposition: fileDisposition(file) };
    });
  }
}

function digest(script: PresiderScript): string {
  return createHash('sha256').update(JSON.stringify(script)).digest('hex');
}
