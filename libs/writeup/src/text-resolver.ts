import { resolveText, type Language, type LocalizedText } from '@app/core';
import type { SourceRef, Warning, WarningCode } from './types.js';

/** What a text is in the sentence: a name or label (person, organization, title), or running text (key point, quote, purpose). */
export type TextRole = 'name' | 'prose';

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * Whether a text in `used` may stand in running text of `lang`: a name in the same script may (a Chinese name in Japanese,
 * a Japanese name without kana in Chinese); prose in another language, or any text in another script, may not.
 */
function readableIn(lang: Language, used: Language, text: string, role: TextRole): boolean {
  if (role === 'prose') return false;
  if (lang === 'en') return !HAN_OR_KANA.test(text);
  if (used === 'en') return !LATIN_WORD.test(text);
  return lang === 'zh' ? !KANA.test(text) : true;
}

/**
 * Resolves texts into one language and records every fallback, so no fact is dropped silently and no foreign text
 * reaches running prose: a text only available in another language is written as the language's placeholder.
 */
export class TextResolver {
  private readonly list: Warning[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly lang: Language,
    /** the visible mark for a text to translate; names keep the original inside it */
    private readonly placeholder: (original?: string) => string = (original) => `[translation needed${original ? `: ${original}` : ''}]`,
  ) {}

  get warnings(): Warning[] {
    return [...this.list];
  }

  /** The text in the language (or a fallback, with a warning); undefined when the field is empty. */
  optional(value: LocalizedText | null | undefined, record: SourceRef, field: string, role: TextRole = 'name'): string | undefined {
    return this.resolve(value, role, (code, used, text) => this.warn(code, record, field, used, text));
  }

  /** What `optional` writes, without a warning: for working something out from a text that may never be written. */
  quiet(value: LocalizedText | null | undefined, role: TextRole = 'name'): string | undefined {
    return this.resolve(value, role, () => undefined);
  }

  private resolve(
    value: LocalizedText | null | undefined,
    role: TextRole,
    warn: (code: WarningCode, used?: Language, text?: string) => void,
  ): string | undefined {
    if (!value) return undefined;
    const resolved = resolveText(value, this.lang);
    if (!resolved) {
      if (Object.keys(value).length > 0) warn('MISSING_TEXT');
      return undefined;
    }
    if (!resolved.fallback) return resolved.text;
    if (readableIn(this.lang, resolved.lang, resolved.text, role)) {
      warn('LANGUAGE_FALLBACK', resolved.lang);
      return resolved.text;
    }
    warn('TRANSLATION_NEEDED', resolved.lang, resolved.text);
    return this.placeholder(role === 'name' ? resolved.text : undefined);
  }

  /** Like `optional`, for a text the record must have: an absent one is warned about and written as empty. */
  required(value: LocalizedText | null | undefined, record: SourceRef, field: string, role: TextRole = 'name'): string {
    const text = this.optional(value, record, field, role);
    if (text === undefined && (!value || Object.keys(value).length === 0)) this.warn('MISSING_TEXT', record, field);
    return text ?? '';
  }

  /** The text only if present in the requested language itself (no fallback, no warning). */
  exact(value: LocalizedText | null | undefined): string | undefined {
    return value?.[this.lang]?.trim() || undefined;
  }

  warn(code: WarningCode, record: SourceRef, field: string, used: Language = this.lang, text?: string): void {
    const key = [code, record.type, record.id, field].join('|');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const warning: Warning = { code, field, recordType: record.type, recordId: record.id, requested: this.lang, used };
    if (text !== undefined) warning.text = text;
    this.list.push(warning);
  }
}
