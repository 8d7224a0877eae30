import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/test-app.js';

interface Line {
  level: number;
  msg: string;
  service: string;
  reqId?: string;
  req?: { id: string; method: string; url: string; headers: Record<string, string> };
  res?: { statusCode: number };
  responseTime?: number;
}

let ctx: TestContext;
const lines: Line[] = [];

beforeAll(async () => {
  process.env.LOG_LEVEL = 'info';
  ctx = await createTestContext({ logDestination: { write: (line: string) => void lines.push(JSON.parse(line) as Line) } });
});

afterAll(async () => {
  await ctx?.close();
  delete process.env.LOG_LEVEL;
});

/** The lines logged for the request with this id, once it was answered. */
async function linesOf(requestId: string): Promise<Line[]> {
  await new Promise((resolve) => setImmediate(resolve));
  return lines.filter((l) => l.reqId === requestId);
}

describe('request log', () => {
  it('writes one line per request, health probes included, with the request id the caller sent', async () => {
    for (const path of ['/health', '/health/live', '/api/v1/openapi.json']) {
      const id = `probe-${path.replace(/\W/g, '')}-${Date.now()}`;
      const res = await ctx.http().get(path).set('x-request-id', id);
      const logged = await linesOf(id);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({
        level: 30,
        msg: 'request completed',
        service: 'eventreg-api',
        req: { id, method: 'GET', url: path },
        res: { statusCode: res.status },
      });
      expect(logged[0].responseTime).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps credentials and signed download links out of the line', async () => {
    const owner = await ctx.newWorkspace('Logged office');
    const id = `events-${Date.now()}`;
    expect((await ctx.http().get('/api/v1/events').set(owner.auth).set('x-request-id', id)).status).toBe(200);
    const [line] = await linesOf(id);
    expect(line.req?.headers.authorization).toBe('[Redacted]');
    expect(JSON.stringify(lines)).not.toContain(owner.token);

    const download = `download-${Date.now()}`;
    await ctx.http().get('/api/v1/downloads/a-secret-signed-token').set('x-request-id', download);
    const [downloaded] = await linesOf(download);
    expect(downloaded.req?.url).toBe('/api/v1/downloads/[token]');
    expect(JSON.stringify(lines)).not.toContain('a-secret-signed-token');
  });
});
