import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor, type Language } from '@app/core';
import { composeWriteup } from '../compose-writeup.js';
import { WriteupNotAvailableError } from '../errors.js';
import { HouseStyleService } from '../house-style/house-style.service.js';
import { renderDocx, renderHtml, renderMarkdown, renderText } from '../render/index.js';
import { EventSnapshotLoader } from '../snapshot/event-snapshot.loader.js';
import type { Writeup } from '../types.js';
import type { WriteupFormat } from './writeup.dto.js';

export interface RenderedWriteup {
  contentType: string;
  body: string | Buffer | Writeup;
  fileName: string;
}

const CONTENT_TYPES: Record<WriteupFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Generates writeups from the records: load the event's snapshot, compose, render. */
@Injectable()
export class WriteupService {
  constructor(
    private readonly db: TenantDb,
    private readonly loader: EventSnapshotLoader,
    private readonly styles: HouseStyleService,
  ) {}

  /** The composed writeup, in the workspace's house style, and a fingerprint of the records and style it came from, inside an open transaction. */
  async composeIn(em: EntityManager, actor: Actor, eventId: string, lang: Language): Promise<{ writeup: Writeup; fingerprint: string }> {
    const snapshot = await this.loader.load(em, actor, eventId);
    const style = await this.styles.styleIn(em, actor.workspaceId);
    try {
      const writeup = composeWriteup(snapshot, lang, { style });
      const fingerprint = createHash('sha256').update(JSON.stringify({ snapshot, style })).digest('hex');
      return { writeup, fingerprint };
    } catch (err) {
      if (err instanceof WriteupNotAvailableError) {
        throw new AppException('EVENT_CANCELLED', 'The event was cancelled; it has no writeup', { eventId });
      }
      throw err;
    }
  }

  async render(actor: Actor, eventId: string, lang: Language, format: WriteupFormat): Promise<RenderedWriteup> {
    const { writeup } = await this.db.run(actor.workspaceId, (em) => this.composeIn(em, actor, eventId, lang));
    const fileName = `writeup-${lang}.${format}`;
    const contentType = CONTENT_TYPES[format];
    switch (format) {
      case 'json':
        return { contentType, body: writeup, fileName };
      case 'html':
        return { contentType, body: renderHtml(writeup), fileName };
      case 'txt':
        return { contentType, body: renderText(writeup), fileName };
      case 'docx':
        return { contentType, body: await renderDocx(writeup), fileName };
      default:
        return { contentType, body: renderMarkdown(writeup), fileName };
    }
  }
}
