/**
 * What varies between outlets in the writeups of one workspace: how English writes a title after a name, the honorific
 * Japanese puts after a name, and the form of the dateline in each language. Pure data, read by the composer.
 */

/** "Qingdao, March 25, 2024" · wire: "QINGDAO, March 25 —" · date: "March 25, 2024" */
export const EN_DATELINES = ['city_date', 'wire', 'date'] as const;
/** 「2024年3月25日 青島」 · bracket: 「【青島3月25日】」 · date: 「2024年3月25日」 */
export const JA_DATELINES = ['date_city', 'bracket', 'date'] as const;
/** 「2024年3月25日 青岛」 · dian: 「青岛3月25日电」 · date: 「2024年3月25日」 */
export const ZH_DATELINES = ['date_city', 'dian', 'date'] as const;
/** 氏 (newspapers) or さん (a friendlier register) */
export const JA_HONORIFICS = ['shi', 'san'] as const;

export type EnDateline = (typeof EN_DATELINES)[number];
export type JaDateline = (typeof JA_DATELINES)[number];
export type ZhDateline = (typeof ZH_DATELINES)[number];
export type JaHonorific = (typeof JA_HONORIFICS)[number];
export type DatelineForm = EnDateline | JaDateline | ZhDateline;

export interface HouseStyle {
  /** English: a title after a name in title case ("Li Gang, Vice Mayor of Qingdao"), else lower case ("vice mayor") */
  englishTitleCase: boolean;
  /** Japanese: the honorific after a person's name */
  japaneseHonorific: JaHonorific;
  /** the dateline form per language */
  dateline: { en: EnDateline; ja: JaDateline; zh: ZhDateline };
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  englishTitleCase: true,
  japaneseHonorific: 'shi',
  dateline: { en: 'city_date', ja: 'date_city', zh: 'date_city' },
};

/** A stored style over the defaults: fields missing from an older row keep their default. */
export function withDefaults(stored?: Partial<HouseStyle> | null): HouseStyle {
  return {
    englishTitleCase: stored?.englishTitleCase ?? DEFAULT_HOUSE_STYLE.englishTitleCase,
    japaneseHonorific: stored?.japaneseHonorific ?? DEFAULT_HOUSE_STYLE.japaneseHonorific,
    dateline: { ...DEFAULT_HOUSE_STYLE.dateline, ...(stored?.dateline ?? {}) },
  };
}
