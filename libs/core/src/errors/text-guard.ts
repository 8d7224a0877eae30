/** Nesting of arrays and objects a request body may have; real bodies of this API nest a few levels. */
export const MAX_BODY_DEPTH = 64;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type TextProblem = { kind: 'depth'; field: string } | { kind: 'nul'; field: string } | { kind: 'surrogate'; field: string };

/** Why a text is refused, as a field message. */
export const TEXT_PROBLEM_MESSAGES: Record<Exclude<TextProblem['kind'], 'depth'>, string> = {
  nul: 'contains a NUL character (U+0000), which text cannot hold',
  surrogate: 'contains a lone UTF-16 surrogate, which is not a character; send well-formed Unicode',
};

/** The problem of one string, if any: a NUL character or a lone surrogate. */
export function textProblemOf(text: string): 'nul' | 'surrogate' | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return undefined;
}

const join = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key));

/**
 * Walks a parsed value once, without recursion, and lists every string (keys too) that PostgreSQL or
 * Unicode cannot hold, or the first place nested deeper than `maxDepth`. At most `limit` problems.
 */
export function findTextProblems(value: unknown, maxDepth = MAX_BODY_DEPTH, limit = 20): TextProblem[] {
  const problems: TextProblem[] = [];
  const stack: { value: unknown; field: string; depth: number }[] = [{ value, field: '', depth: 0 }];
  while (stack.length && problems.length < limit) {
    const { value: current, field, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const kind = textProblemOf(current);
      if (kind) problems.push({ kind, field: field || 'body' });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) return [{ kind: 'depth', field: field || 'body' }];
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], field: join(field, i), depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(current as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const keyProblem = textProblemOf(key);
      if (keyProblem) problems.push({ kind: keyProblem, field: join(field, JSON.stringify(key)) });
      stack.push({ value: child, field: join(field, key), depth: depth + 1 });
    }
  }
  return problems;
}
