import { PINYIN_SURNAMES, type Language } from '@app/core';
import { protocolOrderBy } from '@app/register';

/**
 * The orders officials file lists in:
 * - `protocol`: the protocol order (per-event override, then rank, then when recorded);
 * - `stroke`: Chinese surname stroke order (姓氏笔画), ICU `zh-u-co-stroke` on the Chinese name;
 * - `pinyin`: ICU `zh-u-co-pinyin` on the Chinese name;
 * - `gojuon`: Japanese 五十音 order, ICU `ja` on the name's kana reading (names without one follow, by their kanji);
 * - `family`: English order by family name (the recorded one, else a leading pinyin surname, else the last word).
 */
export const REPORT_ORDERS = ['protocol', 'stroke', 'pinyin', 'gojuon', 'family'] as const;
export type ReportOrder = (typeof REPORT_ORDERS)[number];

/** The ICU collations created by the migration, one per order that collates names. */
const COLLATION: Record<Exclude<ReportOrder, 'protocol'>, string> = {
  stroke: 'report_zh_stroke',
  pinyin: 'report_zh_pinyin',
  gojuon: 'report_ja',
  family: 'report_en',
};

/** The language whose text an order collates. */
const ORDER_LANGUAGE: Record<Exclude<ReportOrder, 'protocol'>, Language> = { stroke: 'zh', pinyin: 'zh', gojuon: 'ja', family: 'en' };

const FALLBACK_SQL: Record<Language, Language[]> = { zh: ['zh', 'ja', 'en'], ja: ['ja', 'zh', 'en'], en: ['en', 'zh', 'ja'] };

/** `coalesce(col->>'zh', col->>'ja', …)`: a multilingual column's text in `lang`, else the fallback order. */
export function textSql(column: string, lang: Language): string {
  return `coalesce(${FALLBACK_SQL[lang].map((l) => `nullif(btrim(${column}->>'${l}'), '')`).join(', ')})`;
}

/**
 * ORDER BY terms over `r` (ranked attendance), `p` (people) and, when grouped, `held.org_key`/`held.org_sort`:
 * organizations in the same order as the people (by the protocol place of their first attendee in protocol
 * order), attendees without an organization last.
 */
export function reportOrderBy(order: ReportOrder, groupByOrganization: boolean, params: unknown[]): string {
  const terms: string[] = [];
  if (groupByOrganization) {
    terms.push('held.org_key IS NULL');
    if (order === 'protocol') terms.push('min(r.effective_order) OVER (PARTITION BY held.org_key)');
    else terms.push(`held.org_sort COLLATE "${COLLATION[order]}"`);
    terms.push('held.org_key');
  }
  if (order !== 'protocol') {
    const collate = `COLLATE "${COLLATION[order]}"`;
    const name = textSql('p.name', ORDER_LANGUAGE[order]);
    if (order === 'gojuon') terms.push('p.reading IS NULL', `coalesce(p.reading, ${name}) ${collate}`);
    else if (order === 'family') {
      params.push([...PINYIN_SURNAMES]);
      terms.push(`${familyNameSql(`$${params.length}`)} ${collate}`, `${name} ${collate}`);
    } else terms.push(`${name} ${collate}`);
  }
  // the protocol order itself rather than its row number: in protocol order the index then yields the rows sorted
  terms.push(protocolOrderBy('r'));
  return terms.join(', ');
}

/** The organization's name in the order's language, to collate groups by. */
export function organizationSortSql(order: ReportOrder, column: string): string {
  return textSql(column, order === 'protocol' ? 'zh' : ORDER_LANGUAGE[order]);
}

/**
 * The English family name, by the writeup's rule: the recorded one, else the first word of a Chinese person's
 * name when it is a pinyin surname (Song Junji), else the last word (Albert Wong, John Smith).
 */
function familyNameSql(surnamesParam: string): string {
  const en = textSql('p.name', 'en');
  return `coalesce(nullif(btrim(p.family_name->>'en'), ''),
                   CASE WHEN nullif(btrim(p.name->>'zh'), '') IS NOT NULL AND split_part(${en}, ' ', 1) = ANY(${surnamesParam}::text[])
                        THEN split_part(${en}, ' ', 1)
                        ELSE regexp_replace(${en}, '^.*\\s', '') END)`;
}
