/** Languages the product writes in. Adding one is adding a code here and its locale files. */
export const LANGUAGES = ['zh', 'ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A human-readable text in one or more languages; at least one is present. */
export type LocalizedText = Partial<Record<Language, string>>;

/** The order in which a missing language falls back to another. */
export const FALLBACK_ORDER: Record<Language, readonly Language[]> = {
  ja: ['ja', 'zh', 'en'],
  zh: ['zh', 'ja', 'en'],
  en: ['en', 'zh', 'ja'],
};

export interface Resolved {
  text: string;
  /** The language the text is in; differs from the requested one when a fallback was used. */
  lang: Language;
  fallback: boolean;
}

/** Picks the requested language, else the first present in the stated fallback order. */
export function resolveText(value: LocalizedText | null | undefined, lang: Language): Resolved | undefined {
  if (!value) return undefined;
  for (const candidate of FALLBACK_ORDER[lang]) {
    const text = value[candidate]?.trim();
    if (text) return { text, lang: candidate, fallback: candidate !== lang };
  }
  return undefined;
}
