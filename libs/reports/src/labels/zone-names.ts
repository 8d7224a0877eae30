// Plain data and one function, no imports: the web console reads this file too.

/** The language of a zone's name. */
type ZoneLanguage = 'zh' | 'ja' | 'en';

/** Time zones as readers of each language name them where Intl's name is not the one used (中国标准时间, China Standard Time). */
export const ZONE_NAMES: Record<ZoneLanguage, Readonly<Record<string, string>>> = {
  zh: {
    'Asia/Shanghai': '北京时间',
    'Asia/Chongqing': '北京时间',
    'Asia/Harbin': '北京时间',
    PRC: '北京时间',
    'Asia/Hong_Kong': '香港时间',
    'Asia/Tokyo': '东京时间',
    'Asia/Taipei': '台北时间',
    'Asia/Macau': '澳门时间',
  },
  ja: {
    'Asia/Shanghai': '北京時間',
    'Asia/Chongqing': '北京時間',
    'Asia/Harbin': '北京時間',
    PRC: '北京時間',
    'Asia/Hong_Kong': '香港時間',
    'Asia/Tokyo': '日本時間',
    'Asia/Taipei': '台北時間',
    'Asia/Macau': 'マカオ時間',
  },
  en: {
    'Asia/Shanghai': 'Beijing time',
    'Asia/Chongqing': 'Beijing time',
    'Asia/Harbin': 'Beijing time',
    PRC: 'Beijing time',
    'Asia/Hong_Kong': 'Hong Kong time',
    'Asia/Tokyo': 'Japan time',
    'Asia/Taipei': 'Taipei time',
    'Asia/Macau': 'Macao time',
  },
};

/**
 * An IANA time zone as readers name it: 北京时间 / 日本時間 / Beijing time from `names` (a language's table above),
 * else Intl's long name in `locale` at `at` (so summer time shows), else the IANA name.
 */
export function zoneName(timeZone: string, names: Readonly<Record<string, string>>, locale: string, at: Date): string {
  const named = names[timeZone];
  if (named) return named;
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
