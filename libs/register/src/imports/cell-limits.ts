import { LANGUAGES, TEXT_PROBLEM_MESSAGES, textProblemOf, type LocalizedText } from '@app/core';
import { slotSuffix } from './columns.js';
import type { ParsedRow } from './parse-attendee-sheet.js';
import type { RowError } from './plan-import.js';

/** Longest text each kind of column may hold, the same as the API accepts for the field it fills. */
export const CELL_MAX_LENGTH = {
  name: 200,
  title: 500,
  organization: 500,
  region: 100,
  /** role, status, organization kind */
  code: 40,
  /** a side's code or name */
  side: 200,
  /** protocol rank and order */
  number: 10,
} as const;

/**
 * Every cell that is too long, holds a NUL character or a lone surrogate, as `{ row, field, reason }`
 * with the column's canonical name. Checked before anything is matched or written.
 */
export function checkCells(rows: ParsedRow[]): RowError[] {
  const errors: RowError[] = [];
  for (const r of rows) {
    const check = (field: string, value: string | undefined, max: number) => {
      if (value === undefined) return;
      const problem = textProblemOf(value);
      if (problem) errors.push({ row: r.row, field, reason: TEXT_PROBLEM_MESSAGES[problem] });
      else if (value.length > max) errors.push({ row: r.row, field, reason: `longer than ${max} characters (it has ${value.length})` });
    };
    const checkText = (prefix: string, text: LocalizedText, max: number) => {
      for (const lang of LANGUAGES) check(`${prefix}_${lang}`, text[lang], max);
    };
    checkText('name', r.name, CELL_MAX_LENGTH.name);
    if (r.familyName) checkText('family_name', r.familyName, CELL_MAX_LENGTH.name);
    for (const p of r.positions) {
      const s = slotSuffix(p.slot);
      checkText(`title${s}`, p.title, CELL_MAX_LENGTH.title);
      checkText(`organization${s}`, p.organization, CELL_MAX_LENGTH.organization);
      check(`organization${s}_kind`, p.kind, CELL_MAX_LENGTH.code);
      check(`region${s}`, p.region, CELL_MAX_LENGTH.region);
    }
    check('role', r.role, CELL_MAX_LENGTH.code);
    check('side', r.side, CELL_MAX_LENGTH.side);
    check('status', r.status, CELL_MAX_LENGTH.code);
    check('protocol_rank', r.protocolRank, CELL_MAX_LENGTH.number);
    check('protocol_order', r.protocolOrder, CELL_MAX_LENGTH.number);
  }
  return errors;
}
