import { LANGUAGES, type Language } from '@app/core';

/** Positions a row can state: `title_zh`/`organization_zh` for the first, `title_2_zh`… up to the third. */
export const MAX_POSITIONS = 3;

/** Columns of an attendee list, by their canonical key. */
export type ColumnKey =
  | `name_${Language}`
  | `family_name_${Language}`
  | `title_${Language}`
  | `title_${2 | 3}_${Language}`
  | `organization_${Language}`
  | `organization_${2 | 3}_${Language}`
  | 'organization_kind'
  | `organization_${2 | 3}_kind`
  | 'region'
  | `region_${2 | 3}`
  | 'role'
  | 'side'
  | 'protocol_rank'
  | 'protocol_order'
  | 'status';

/** Suffix of a position's columns: '' for the first, '_2', '_3'. */
export function slotSuffix(slot: number): '' | '_2' | '_3' {
  return slot === 1 ? '' : (`_${slot}` as '_2' | '_3');
}

function canonicalKeys(): ColumnKey[] {
  const keys: string[] = [...LANGUAGES.map((l) => `name_${l}`), ...LANGUAGES.map((l) => `family_name_${l}`)];
  for (let slot = 1; slot <= MAX_POSITIONS; slot++) {
    const s = slotSuffix(slot);
    keys.push(
      ...LANGUAGES.map((l) => `title${s}_${l}`),
      ...LANGUAGES.map((l) => `organization${s}_${l}`),
      `organization${s}_kind`,
      `region${s}`,
    );
  }
  keys.push('role', 'side', 'protocol_rank', 'protocol_order', 'status');
  return keys as ColumnKey[];
}

export const COLUMN_KEYS: readonly ColumnKey[] = canonicalKeys();

/** Other headers organizers use, mapped to the canonical key. Compared after `normalizeHeader`. */
const ALIASES: Record<string, ColumnKey> = {
  name: 'name_en',
  english_name: 'name_en',
  英文姓名: 'name_en',
  姓名: 'name_zh',
  中文姓名: 'name_zh',
  氏名: 'name_ja',
  名前: 'name_ja',
  family_name: 'family_name_en',
  surname: 'family_name_en',
  last_name: 'family_name_en',
  姓: 'family_name_zh',
  姓氏: 'family_name_zh',
  苗字: 'family_name_ja',
  名字: 'family_name_ja',
  title: 'title_en',
  position: 'title_en',
  职务: 'title_zh',
  职位: 'title_zh',
  役職: 'title_ja',
  肩書: 'title_ja',
  肩書き: 'title_ja',
  organization: 'organization_en',
  organisation: 'organization_en',
  单位: 'organization_zh',
  工作单位: 'organization_zh',
  所属: 'organization_ja',
  所属機関: 'organization_ja',
  org_kind: 'organization_kind',
  地区: 'region',
  地域: 'region',
  rank: 'protocol_rank',
  order: 'protocol_order',
  // a delegation is its side's: the column names the side the attendee comes with
  delegation: 'side',
  代表团: 'side',
  所属代表团: 'side',
  代表団: 'side',
  所属代表団: 'side',
};

/** Trimmed, lower-case, full-width folded, spaces and hyphens as `_`: "Name ZH" → `name_zh`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const KNOWN = new Set<string>(COLUMN_KEYS);

export function columnKeyOf(header: string): ColumnKey | undefined {
  const normalized = normalizeHeader(header);
  if (KNOWN.has(normalized)) return normalized as ColumnKey;
  return ALIASES[normalized];
}

export interface HeaderMap {
  /** column index → key, for the recognised columns */
  columns: Map<number, ColumnKey>;
  /** headers that are not recognised and are ignored */
  ignored: string[];
  /** problems that make the header unusable */
  problems: string[];
}

export function mapHeader(header: string[]): HeaderMap {
  const columns = new Map<number, ColumnKey>();
  const firstHeader = new Map<ColumnKey, string>();
  const ignored: string[] = [];
  const problems: string[] = [];
  header.forEach((text, index) => {
    if (!text.trim()) return;
    const key = columnKeyOf(text);
    if (!key) {
      ignored.push(text.trim());
      return;
    }
    const earlier = firstHeader.get(key);
    if (earlier !== undefined) {
      problems.push(`columns "${earlier}" and "${text.trim()}" both give ${key}`);
      return;
    }
    firstHeader.set(key, text.trim());
    columns.set(index, key);
  });
  if (![...columns.values()].some((k) => k.startsWith('name_'))) {
    problems.push('the header row has no name column (name_zh, name_ja, name_en, 姓名, 氏名 or name)');
  }
  return { columns, ignored, problems };
}
