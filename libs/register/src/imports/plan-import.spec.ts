import { describe, expect, it } from 'vitest';
import type { ParsedRow } from './parse-attendee-sheet.js';
import { planImport, type ImportContext, type ImportPlan, type RowError } from './plan-import.js';

const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  sides: [
    { code: 'shandong', name: { zh: '山东方', en: 'Shandong' } },
    { code: 'hongkong', name: { zh: '香港方', en: 'Hong Kong' } },
  ],
  organizations: [],
  people: [],
  attendingPersonIds: new Set(),
  ...over,
});

let next = 2;
const row = (over: Partial<ParsedRow>): ParsedRow => ({ row: next++, name: {}, positions: [], ...over });
const position = (
  title: Record<string, string>,
  organization: Record<string, string> = {},
  extra: { kind?: string; region?: string; slot?: number } = {},
) => ({
  slot: extra.slot ?? 1,
  title,
  organization,
  kind: extra.kind,
  region: extra.region,
});

function plan(rows: ParsedRow[], ctx = context()): ImportPlan {
  const result = planImport(rows, ctx);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

function errors(rows: ParsedRow[], ctx = context()): RowError[] {
  const result = planImport(rows, ctx);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('planImport', () => {
  it('creates people and organizations with defaults, each organization once', () => {
    const p = plan([
      row({
        name: { zh: '王伟', en: 'Wang Wei' },
        positions: [position({ zh: '厅长' }, { zh: '山东省科技厅' }, { kind: 'government', region: 'Shandong' })],
        protocolRank: '5',
        side: '山东方',
      }),
      row({
        name: { zh: '李娜' },
        positions: [position({ zh: '处长' }, { zh: '山东省科技厅', en: 'Shandong S&T Department' })],
        role: 'Guest',
        status: 'checked-in',
      }),
    ]);
    expect(p.organizations).toEqual([
      { name: { zh: '山东省科技厅', en: 'Shandong S&T Department' }, kind: 'government', region: 'Shandong' },
    ]);
    expect(p.people).toEqual([
      { name: { zh: '王伟', en: 'Wang Wei' }, protocolRank: 5, positions: [{ title: { zh: '厅长' }, organization: { index: 0 } }] },
      { name: { zh: '李娜' }, positions: [{ title: { zh: '处长' }, organization: { index: 0 } }] },
    ]);
    expect(p.attendances.map((a) => [a.person, a.matched, a.role, a.side, a.status, a.protocolOrder])).toEqual([
      [{ index: 0 }, false, 'participant', 'shandong', 'registered', null],
      [{ index: 1 }, false, 'guest', null, 'checked_in', null],
    ]);
  });

  it('matches a person by name and one of their organizations, and an organization by name in any language', () => {
    const ctx = context({
      organizations: [{ id: 'org-hk', name: { en: 'Invest Hong Kong', zh: '投资推广署' } }],
      people: [
        { id: 'p-old', name: { zh: '陈明' }, organizationIds: ['org-other'] },
        { id: 'p-hk', name: { zh: '陈明', en: 'Chan Ming' }, organizationIds: ['org-hk'] },
      ],
    });
    const p = plan(
      [row({ name: { en: 'Chan Ming' }, positions: [position({ en: 'Director' }, { en: 'Invest Hong Kong' })], role: 'speaker' })],
      ctx,
    );
    expect(p.organizations).toEqual([]);
    expect(p.people).toEqual([]);
    expect(p.attendances[0]).toMatchObject({ person: { id: 'p-hk' }, matched: true, role: 'speaker' });
  });

  it('matches by name alone only when exactly one person has it and the row names no organization', () => {
    const one = context({ people: [{ id: 'p1', name: { ja: '田中太郎' }, organizationIds: [] }] });
    expect(plan([row({ name: { ja: '田中太郎' } })], one).attendances[0].person).toEqual({ id: 'p1' });
    const two = context({
      people: [
        { id: 'p1', name: { ja: '田中太郎' }, organizationIds: [] },
        { id: 'p2', name: { ja: '田中太郎' }, organizationIds: [] },
      ],
    });
    expect(plan([row({ name: { ja: '田中太郎' } })], two).people).toHaveLength(1);
    const withNewOrg = plan([row({ name: { ja: '田中太郎' }, positions: [position({ ja: '部長' }, { ja: '新会社' })] })], one);
    expect(withNewOrg.people).toHaveLength(1);
  });

  it('keeps the family name of a new person, and refuses one that is not part of the name in its language', () => {
    const p = plan([row({ name: { en: 'Kenichi Yamamoto', ja: '山本健一' }, familyName: { en: 'Yamamoto', ja: '山本' } })]);
    expect(p.people[0].familyName).toEqual({ en: 'Yamamoto', ja: '山本' });
    expect(plan([row({ name: { en: 'Li Ming' }, familyName: {} })]).people[0]).not.toHaveProperty('familyName');
    const bad = errors([
      row({ name: { en: 'Kenichi Yamamoto' }, familyName: { en: 'Tanaka' } }),
      row({ name: { en: 'Kenichi Yamamoto' }, familyName: { ja: '山本' } }),
    ]);
    expect(bad.map((e) => [e.field, e.reason])).toEqual([
      ['family_name_en', '"Tanaka" is not part of the name "Kenichi Yamamoto"'],
      ['family_name_ja', 'a family name needs the name in the same language (name_ja)'],
    ]);
  });

  it('takes a delegation by the name of its side', () => {
    const p = plan([row({ name: { en: 'Kenichi Yamamoto' }, side: 'Hong Kong' })]);
    expect(p.attendances[0].side).toBe('hongkong');
  });

  it('reports every failing row with its field', () => {
    next = 2;
    const errs = errors(
      [
        row({ name: {} }),
        row({ name: { en: 'A' }, role: 'chair', status: 'maybe' }),
        row({ name: { en: 'B' }, protocolRank: '1.5', protocolOrder: '0', side: 'tokyo' }),
        row({ name: { en: 'C' }, positions: [position({}, { en: 'Org' }), position({ en: 'x' }, { en: 'Y' }, { kind: 'club', slot: 2 })] }),
        row({ name: { en: 'fine' } }),
      ],
      context(),
    );
    expect(errs.map((e) => [e.row, e.field])).toEqual([
      [2, 'name'],
      [3, 'role'],
      [3, 'status'],
      [4, 'side'],
      [4, 'protocol_rank'],
      [4, 'protocol_order'],
      [5, 'title'],
      [5, 'organization_2_kind'],
    ]);
    expect(errs[1].reason).toContain('presider, speaker, guest, participant');
    expect(errs[3].reason).toContain('shandong, hongkong');
  });

  it('refuses a person listed twice or already attending', () => {
    next = 2;
    const ctx = context({ people: [{ id: 'p1', name: { en: 'Sato' }, organizationIds: [] }], attendingPersonIds: new Set(['p1']) });
    const errs = errors(
      [
        row({ name: { en: 'Sato' } }),
        row({ name: { zh: '周' }, positions: [position({ zh: '经理' }, { zh: '甲公司' })] }),
        row({ name: { zh: '周', en: 'Zhou' }, positions: [position({ zh: '董事' }, { zh: '甲公司' })] }),
      ],
      ctx,
    );
    expect(errs).toEqual([
      { row: 2, field: 'name', reason: 'this person already attends the event' },
      { row: 4, field: 'name', reason: 'the same person as row 3; list each person once' },
    ]);
  });

  it('keeps two people of the same name apart when their organizations differ', () => {
    const p = plan([
      row({ name: { zh: '张伟' }, positions: [position({ zh: '经理' }, { zh: '甲公司' })] }),
      row({ name: { zh: '张伟' }, positions: [position({ zh: '教授' }, { zh: '乙大学' })] }),
    ]);
    expect(p.people).toHaveLength(2);
    expect(p.organizations).toHaveLength(2);
  });
});
