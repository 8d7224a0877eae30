import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ owner } = await registerSessions(ctx, 'Previewing office'));
});
afterAll(async () => {
  await ctx?.close();
});

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const csv = (lines: string[]) => Buffer.concat([BOM, Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
const dryRun = (eventId: string, file: Buffer) =>
  ctx
    .http()
    .post(`/api/v1/events/${eventId}/attendees/import?dryRun=true`)
    .set(owner.auth)
    .attach('file', file, { filename: 'list.csv', contentType: 'text/csv' });

describe('the dry run of an import tells each row’s name, organization and outcome', () => {
  it('names each row and says matched, new or its problems; a refused list still tells the good rows’ outcomes', async () => {
    const org = await f.organization(owner, { name: { zh: '山东省科学技术厅', en: 'Shandong S&T Department' } });
    const known = await f.person(owner, { name: { zh: '王芳' }, positions: [{ title: { zh: '处长' }, organizationId: org.id }] });
    const event = await f.event(owner);

    const good = await dryRun(
      event.id,
      csv(['name_zh,organization_zh,title_zh,role', '王芳,山东省科学技术厅,处长,guest', '李明,青岛大学,教授,participant']),
    );
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body.items).toEqual([
      {
        row: 2,
        name: { zh: '王芳' },
        organization: { zh: '山东省科学技术厅' },
        personId: known.id,
        matched: true,
        outcome: 'matched',
        problems: [],
      },
      { row: 3, name: { zh: '李明' }, organization: { zh: '青岛大学' }, personId: null, matched: false, outcome: 'new', problems: [] },
    ]);

    const bad = await dryRun(
      event.id,
      csv([
        'name_zh,organization_zh,title_zh,role',
        '王芳,山东省科学技术厅,处长,guest',
        '赵强,,,chairman',
        '李明,青岛大学,教授,participant',
        '李明,青岛大学,教授,participant',
      ]),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('IMPORT_REJECTED');
    const items = bad.body.details.items as {
      row: number;
      outcome: string;
      name: object;
      problems: { field?: string; reason: string }[];
    }[];
    expect(items.map((i) => [i.row, i.outcome])).toEqual([
      [2, 'matched'],
      [3, 'error'],
      [4, expect.stringMatching(/^(new|error)$/)],
      [5, 'error'],
    ]);
    expect(items[1]).toMatchObject({
      name: { zh: '赵强' },
      organization: null,
      problems: [{ field: 'role', reason: expect.stringContaining('chairman') }],
    });
    expect(items[3]?.problems.length).toBeGreaterThan(0);
    // the errors listed are those of the whole file, as before
    expect(bad.body.details.rows.map((r: { row: number }) => r.row)).toEqual(expect.arrayContaining([3, 5]));
    expect((await ctx.http().get(`/api/v1/events/${event.id}/attendees`).set(owner.auth)).body.total).toBe(0);
  });
});
