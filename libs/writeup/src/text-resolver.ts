import { resolveText, type Language, type LocalizedText } from '@app/core';
import type { SourceRef, Warning, WarningCode } from './types.js';

/** Resolves texts into one language and records every fallback, so no fact is dropped silently. */
export class TextResolver {
  private readonly list: Warning[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly lang: Language) {}

  get warnings(): Warning[] {
    return [...this.list];
  }

  /** The text in the language (or a fallback, with a warning); undefined when the field is empty. */
  optional(value: LocalizedText | null | undefined, record: SourceRef, field: string): string | undefined {
    if (!value) return undefined;
    const resolved = resolveText(value, this.lang);
    if (!resolved) {
      if (Object.keys(value).length > 0) this.warn('MISSING_TEXT', record, field);
      return undefined;
    }
    if (resolved.fallback) this.warn('LANGUAGE_FALLBACK', record, field, resolved.lang);
    return resolved.text;
  }

  /** Like `optional`, for a text the record must have: an absent one is warned about and written as empty. */
  required(value: LocalizedText | null | undefined, record: SourceRef, field: string): string {
    const text = this.optional(value, record, field);
    if (text === undefined && (!value || Object.keys(value).length === 0)) this.warn('MISSING_TEXT', record, field);
    return text ?? '';
  }

  /** The text only if present in the requested language itself (no fallback, no warning). */
  exact(value: LocalizedText | null | undefined): string | undefined {
    return value?.[this.lang]?.trim() || undefined;
  }

  warn(code: WarningCode, record: SourceRef, field: string, used: Language = this.lang): void {
    const key = [code, record.type, record.id, field].join('|');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, field, recordType: record.type, recordId: record.id, requested: this.lang, used });
  }
}
