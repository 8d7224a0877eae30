/** JSON with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const MAX_KEY_LENGTH = 255;

/** The key when the header is one string of 1–255 printable characters, else the reason it is not. */
export function parseIdempotencyKey(header: string | string[]): { key: string } | { error: string } {
  if (Array.isArray(header)) return { error: 'Send one Idempotency-Key header' };
  if (header.length === 0 || header.length > MAX_KEY_LENGTH) {
    return { error: `Idempotency-Key must be 1–${MAX_KEY_LENGTH} characters long` };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(header)) return { error: 'Idempotency-Key must not contain control characters' };
  return { key: header };
}
