import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppException, LANGUAGES, resolveText, TenantDb, type Actor, type Language } from '@app/core';
import { fileDisposition, OutputDownloadsService, reportFileName, type OutputKind, type ReportFileNameInput } from '@app/reports';
import { composeWriteup } from '../compose-writeup.js';
import { WriteupNotAvailableError } from '../errors.js';
import type { HouseStyle } from '../house-style/house-style.js';
import { HouseStyleService } from '../house-style/house-style.service.js';
import { renderDocx, renderHtml, renderMarkdown, renderText } from '../render/index.js';
import { EventSnapshotLoader } from '../snapshot/event-snapshot.loader.js';
import type { EventSnapshot } from '../event-snapshot.js';
import { isValidTimeZone, localDate } from '../local-date.js';
import type { Writeup } from '../types.js';
import type { WriteupFormat } from './writeup.dto.js';

export interface RenderedWriteup {
  contentType: string;
  body: string | Buffer | Writeup;
  /** `2024-03-25_<event title in the writeup's language>_writeup-<lang>.<format>` */
  fileName: string;
  /** the Content-Disposition of a download: the name, an ASCII fallback and `filename*` */
  contentDisposition: string;
}

const CONTENT_TYPES: Record<WriteupFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Generates writeups from the records: load the event's snapshot, compose, render. The writeup is an output kind. */
@Injectable()
export class WriteupService implements OutputKind {
  readonly kind = 'writeup';
  readonly languages = LANGUAGES;

  constructor(
    private readonly db: TenantDb,
    private readonly loader: EventSnapshotLoader,
    private readonly styles: HouseStyleService,
    private readonly downloads: OutputDownloadsService,
  ) {}

  /** A digest of the writeup as it would be written now in the language (any change of its text changes it). */
  async fingerprint(em: EntityManager, actor: Actor, eventId: string, lang: Language): Promise<string> {
    try {
      return textDigest((await this.composeIn(em, actor, eventId, lang, true)).writeup);
    } catch (err) {
      if (err instanceof AppException && err.code === 'EVENT_CANCELLED') return 'cancelled';
      throw err;
    }
  }

  /**
   * The composed writeup, in the workspace's house style, with the records and style it came from (see
   * `recordsFingerprint`), inside an open transaction.
   */
  async composeIn(em: EntityManager, actor: Actor, eventId: string, lang: Language, shared = false): Promise<ComposedWriteup> {
    const snapshot = shared ? await this.loader.loadShared(em, actor, eventId) : await this.loader.load(em, actor, eventId);
    const style = await this.styles.styleIn(em, actor.workspaceId);
    try {
      return { writeup: composeWriteup(snapshot, lang, { style }), snapshot, style };
    } catch (err) {
      if (err instanceof WriteupNotAvailableError) {
        throw new AppException('EVENT_CANCELLED', 'The event was cancelled; it has no writeup', { eventId });
      }
      throw err;
    }
  }

  /** The writeup in a format; a `download` (a file) is recorded with the digest of its text for the outputs list. */
  async render(actor: Actor, eventId: string, lang: Language, format: WriteupFormat, download = false): Promise<RenderedWriteup> {
    const { writeup, snapshot } = await this.db.run(actor.workspaceId, async (em) => {
      const composed = await this.composeIn(em, actor, eventId, lang);
      if (download) await this.downloads.record(em, actor, eventId, this.kind, lang, textDigest(composed.writeup));
      return composed;
    });
    const file = writeupFile(snapshot, lang, format);
    const named = { contentType: CONTENT_TYPES[format], fileName: reportFileName(file), contentDisposition: fileDisposition(file) };
    switch (format) {
      case 'json':
        return { ...named, body: writeup };
      case 'html':
        return { ...named, body: renderHtml(writeup) };
      case 'txt':
        return { ...named, body: renderText(writeup) };
      case 'docx':
        return { ...named, body: await renderDocx(writeup) };
      default:
        return { ...named, body: renderMarkdown(writeup) };
    }
  }
}

export interface ComposedWriteup {
  writeup: Writeup;
  snapshot: EventSnapshot;
  style: HouseStyle;
}

/**
 * A digest of the records and the style a writeup came from (a saved version keeps it to tell when the records
 * changed); computed only where needed: the snapshot of an event of thousands of attendees takes tens of
 * milliseconds to serialize and hash.
 */
export function recordsFingerprint({ snapshot, style }: ComposedWriteup): string {
  return createHash('sha256').update(JSON.stringify({ snapshot, style })).digest('hex');
}

function textDigest(writeup: Writeup): string {
  return createHash('sha256').update(JSON.stringify(writeup)).digest('hex');
}

/** The writeup's file is named like the reports: the event's local date and its title in the writeup's language. */
function writeupFile(snapshot: EventSnapshot, lang: Language, format: WriteupFormat): ReportFileNameInput {
  const { year, month, day } = localDate(snapshot.startsAt, isValidTimeZone(snapshot.timeZone) ? snapshot.timeZone : 'UTC');
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    eventTitle: resolveText(snapshot.title, lang)?.text ?? '',
    date: `${year}-${pad(month)}-${pad(day)}`,
    kind: `writeup-${lang}`,
    ext: format,
  };
}
