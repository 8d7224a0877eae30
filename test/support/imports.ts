import { expect } from 'vitest';
import type { TestContext } from './test-app.js';

type Response = { status: number; body: any; headers: Record<string, string> };

/** Follows a 202 import answer's Location until the import has succeeded or failed; returns the import. */
export async function finishedImport(
  ctx: TestContext,
  auth: Record<string, string>,
  accepted: Response,
  timeoutMs = 120_000,
): Promise<Record<string, any>> {
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  const location = accepted.headers.location;
  expect(location).toBe(`/api/v1/events/${accepted.body.eventId}/imports/${accepted.body.id}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await ctx.http().get(location).set(auth);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === 'succeeded' || res.body.status === 'failed' || Date.now() > deadline) return res.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
