import type { Language } from '@app/core';
import { en } from './en.js';
import { ja } from './ja.js';
import type { LocaleRules } from './locale.js';
import { zh } from './zh.js';

/** The rules of every language the writeup is written in. A new language is a new file and one entry here. */
export const LOCALES: Record<Language, LocaleRules> = { ja, zh, en };

export function localeRules(lang: Language): LocaleRules {
  const rules = LOCALES[lang];
  if (!rules) throw new RangeError(`No writeup rules for language "${lang}"`);
  return rules;
}

export type * from './locale.js';
