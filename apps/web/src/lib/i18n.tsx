import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Labels } from '../labels/en';
import { ja } from '../labels/ja';
import { zh } from '../labels/zh';
import { ZONE_NAMES, zoneName } from '../../../../libs/reports/src/labels/zone-names';
import type { Language, LocalizedText } from './api';

export const LANGUAGES: readonly Language[] = ['zh', 'ja', 'en'];
const LABELS: Record<Language, Labels> = { zh, ja, en };
/** The writeups' fallback: a text missing in one language is taken from the next. */
export const FALLBACK: Record<Language, Language[]> = { ja: ['ja', 'zh', 'en'], zh: ['zh', 'ja', 'en'], en: ['en', 'zh', 'ja'] };
const LOCALE: Record<Language, string> = { zh: 'zh-CN', ja: 'ja-JP', en: 'en-GB' };
const STORAGE_KEY = 'eventreg.lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first language the console speaks, else English. */
export function initialLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The text in `lang`, or the next language in the fallback order; '' when there is none. */
export function pickText(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) return '';
  for (const candidate of FALLBACK[lang]) {
    const value = text[candidate];
    if (value?.trim()) return value;
  }
  return '';
}

interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  labels: Labels;
  locale: string;
  /** content text in the chosen language with the writeups' fallback */
  text: (value: LocalizedText | null | undefined) => string;
  /** a date and time in the given IANA zone, e.g. the event's */
  dateTime: (value: string | null | undefined, timeZone?: string, style?: 'date' | 'time' | 'both') => string;
  /** an IANA zone as readers of the language name it (北京时间, Beijing time), at `at` (summer time) or now */
  zone: (timeZone: string, at?: string | null) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = LOCALE[lang];
    document.title = LABELS[lang].app.name;
  }, [lang]);
  const setLang = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = LOCALE[lang];
    const formats = new Map<string, Intl.DateTimeFormat>();
    const formatter = (timeZone: string | undefined, style: 'date' | 'time' | 'both') => {
      const key = `${timeZone ?? ''}|${style}`;
      let f = formats.get(key);
      if (!f) {
        const options: Intl.DateTimeFormatOptions =
          style === 'date'
            ? { dateStyle: 'medium' }
            : style === 'time'
              ? { timeStyle: 'short', hourCycle: 'h23' }
              : { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' };
        try {
          f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
        } catch {
          f = new Intl.DateTimeFormat(locale, options);
        }
        formats.set(key, f);
      }
      return f;
    };
    return {
      lang,
      setLang,
      labels: LABELS[lang],
      locale,
      text: (v) => pickText(v, lang),
      dateTime: (v, timeZone, style = 'both') => (v ? formatter(timeZone, style).format(new Date(v)) : ''),
      zone: (timeZone, at) => zoneName(timeZone, ZONE_NAMES[lang], locale, at ? new Date(at) : new Date()),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
