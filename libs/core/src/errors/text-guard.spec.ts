import { describe, expect, it } from 'vitest';
import { findTextProblems, textProblemOf } from './text-guard.js';

describe('text guard', () => {
  it('tells NUL characters and lone surrogates from well-formed text', () => {
    expect(textProblemOf('山田 太郎 😀')).toBeUndefined();
    expect(textProblemOf('a\u0000')).toBe('nul');
    expect(textProblemOf('\uD83D')).toBe('surrogate');
    expect(textProblemOf('x\uDE00y')).toBe('surrogate');
    expect(textProblemOf('\uDE00\uD83D')).toBe('surrogate');
  });

  it('walks a body once and names every bad field, keys included', () => {
    const body = { name: { en: 'ok', zh: 'a\u0000' }, items: [{ t: '\uD800' }], ['k\u0000']: 1 };
    const problems = findTextProblems(body);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'nul', field: 'name.zh' },
        { kind: 'surrogate', field: 'items.0.t' },
        { kind: 'nul', field: '"k\\u0000"' },
      ]),
    );
  });

  it('stops at the depth limit without recursion, however deep the value', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findTextProblems({ a: deep }, 64)).toEqual([{ kind: 'depth', field: expect.stringMatching(/^a(\.0)+$/) }]);
    let ok: unknown = 'x';
    for (let i = 0; i < 63; i++) ok = [ok];
    expect(findTextProblems(ok, 64)).toEqual([]);
  });
});
