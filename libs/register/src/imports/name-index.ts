import { LANGUAGES, type LocalizedText } from '@app/core';

/** True when the two names are equal, trimmed and exactly, in at least one language both have. */
export function sameName(a: LocalizedText, b: LocalizedText): boolean {
  return LANGUAGES.some((lang) => {
    const x = a[lang]?.trim();
    return !!x && x === b[lang]?.trim();
  });
}

/** Records looked up by their name in any language; keeps the order records were added in. */
export class NameIndex<T extends { name: LocalizedText }> {
  private readonly byText = new Map<string, T[]>();
  private readonly order = new Map<T, number>();

  constructor(records: Iterable<T>) {
    for (const record of records) this.add(record);
  }

  add(record: T): void {
    if (!this.order.has(record)) this.order.set(record, this.order.size);
    for (const lang of LANGUAGES) {
      const text = record.name[lang]?.trim();
      if (!text) continue;
      const key = `${lang}\u0000${text}`;
      const list = this.byText.get(key) ?? [];
      if (!list.includes(record)) list.push(record);
      this.byText.set(key, list);
    }
  }

  /** Records with the same name in some language, oldest first. */
  find(name: LocalizedText): T[] {
    const found = new Set<T>();
    for (const lang of LANGUAGES) {
      const text = name[lang]?.trim();
      if (text) for (const record of this.byText.get(`${lang}\u0000${text}`) ?? []) found.add(record);
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}
