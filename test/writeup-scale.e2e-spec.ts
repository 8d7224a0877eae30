import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Language } from '../libs/core/src/index.js';
import { SEED_EVENT } from '../libs/writeup/src/testing/seed-event.fixture.js';
import type { Writeup } from '../libs/writeup/src/types.js';
import { DemoLoader } from '../apps/api/src/demo/demo-loader.js';
import { CredentialsService } from '../libs/identity/src/index.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

// The same event (the demo's officials, speeches, agreement and projects) in two workspaces; one of them also has
// 2,000 participants, seeded by SQL. The writeup of the big one must say what the small one says of the officials,
// and state the participants as a number.
const PARTICIPANTS = 2_000;
const LANGS: Language[] = ['zh', 'ja', 'en'];

let ctx: TestContext;
let db: pg.Client;
let small: { session: Session; eventId: string };
let big: { session: Session; eventId: string };

const api = (path: string) => `/api/v1${path}`;
const writeup = async ({ session, eventId }: typeof small, lang: Language): Promise<Writeup> => {
  const res = await ctx
    .http()
    .get(api(`/events/${eventId}/writeup/document?lang=${lang}`))
    .set(session.auth);
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const texts = (w: Writeup, keep: (section: string) => boolean) =>
  w.paragraphs.filter((p) => keep(p.section)).map((p) => ({ section: p.section, sentences: p.sentences.map((s) => s.text) }));

async function demoEvent(name: string) {
  const session = await ctx.newWorkspace(name);
  const { sub } = JSON.parse(Buffer.from(session.token.split('.')[1], 'base64url').toString());
  const actor = await ctx.app.get(CredentialsService).actorForUser(sub, session.workspaceId);
  return { session, eventId: (await ctx.app.get(DemoLoader).load(actor!)).eventId };
}

beforeAll(async () => {
  ctx = await createTestContext({ demo: true });
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  small = await demoEvent('Small event office');
  big = await demoEvent('Big event office');
  // participants of ten enterprises, ranked below every official, registered like an import would
  await db.query(
    `WITH org AS (
       INSERT INTO organizations (workspace_id, kind, region, name)
       SELECT $1, 'enterprise', 'Shandong', jsonb_build_object('zh', '参会企业' || g, 'ja', '参加企業' || g, 'en', 'Participating Company ' || g)
         FROM generate_series(1, 10) g RETURNING id, name),
     orgs AS (SELECT id, substring(name ->> 'en' from '[0-9]+$')::int AS n FROM org),
     ppl AS (
       INSERT INTO people (workspace_id, name, protocol_rank)
       SELECT $1, jsonb_build_object('zh', '参会者' || g, 'ja', '参加者' || g, 'en', 'Attendee ' || g), 500 + g % 100
         FROM generate_series(1, $3::int) g RETURNING id, name),
     numbered AS (SELECT id, substring(name ->> 'en' from '[0-9]+$')::int AS n FROM ppl),
     pos AS (
       INSERT INTO positions (workspace_id, person_id, ord, title, organization_id)
       SELECT $1, p.id, 0, jsonb_build_object('zh', '代表', 'ja', '代表', 'en', 'Delegate'), o.id
         FROM numbered p JOIN orgs o ON o.n = 1 + p.n % 10)
     INSERT INTO attendances (workspace_id, event_id, person_id, role, status)
     SELECT $1, $2, p.id, 'participant', 'registered' FROM numbered p`,
    [big.session.workspaceId, big.eventId, PARTICIPANTS],
  );
});
afterAll(async () => {
  await db?.end();
  await ctx?.close();
});

describe(`the writeup of an event with ${PARTICIPANTS} more participants`, () => {
  it('has them all as attendees', async () => {
    const count = async ({ session, eventId }: typeof small) =>
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}`))
          .set(session.auth)
      ).body.counts.attendees;
    expect(await count(big)).toBe((await count(small)) + PARTICIPANTS);
  });

  for (const lang of LANGS) {
    it(`${lang}: says of the officials, speeches, agreement and projects what the small event's writeup says`, async () => {
      const [few, many] = await Promise.all([writeup(small, lang), writeup(big, lang)]);
      expect(many.headline.text).toBe(few.headline.text);
      expect(many.dateline).toBe(few.dateline);
      expect(texts(many, (s) => s !== 'closing')).toEqual(texts(few, (s) => s !== 'closing'));
      // the top officials, in protocol order, lead the article
      const lead = many.paragraphs.find((p) => p.section === 'lead')!;
      const attended = lead.sentences.find((s) => s.sources.some((r) => r.type === 'attendee'))!;
      const leaders = SEED_EVENT.attendees.filter((a) => a.role !== 'participant').map((a) => a.person.name[lang]!);
      const at = leaders.map((name) => attended.text.indexOf(name));
      expect(at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]))).toBe(true);
      expect(many.warnings).toEqual(few.warnings);
    });

    it(`${lang}: states the participants the small event names and the ${PARTICIPANTS} seeded as a number with their first organizations`, async () => {
      const [few, many] = await Promise.all([writeup(small, lang), writeup(big, lang)]);
      const closing = (w: Writeup) => w.paragraphs.find((p) => p.section === 'closing')!.sentences;
      const refs = (s: Writeup['headline'], type: string) => s.sources.filter((r) => r.type === type);
      // the small event names its few participants, with their organizations
      const named = closing(few).find((s) => refs(s, 'person').length > 0)!;
      const count = refs(named, 'person').length + PARTICIPANTS;
      const organizations = refs(named, 'organization').length + 10;
      expect(closing(many).some((s) => refs(s, 'person').length > 0)).toBe(false);
      const figure = lang === 'en' ? count.toLocaleString('en') : String(count);
      const crowd = closing(many).find((s) => s.text.includes(figure))!;
      expect(crowd.text).toMatch(
        {
          zh: new RegExp(`等${organizations}家(单位|企业)的${count}人`),
          ja: new RegExp(`など${organizations}(団体|社)から${count}人`),
          en: new RegExp(`^Another ${figure} people from ${organizations} (organizations|companies), including `),
        }[lang],
      );
      // the first organizations named are the small event's (its participants rank above the seeded ones), then a seeded one
      const nameOf = async ({ session }: typeof small, id: string): Promise<string> =>
        (
          await ctx
            .http()
            .get(api(`/organizations/${id}`))
            .set(session.auth)
        ).body.name.en;
      const first = await Promise.all(refs(crowd, 'organization').map((r) => nameOf(big, r.id)));
      const smallOnes = await Promise.all(refs(named, 'organization').map((r) => nameOf(small, r.id)));
      expect(first).toEqual([...smallOnes, 'Participating Company 1', 'Participating Company 2'].slice(0, 3));
      expect(crowd.sources[0]).toEqual({ type: 'event', id: big.eventId });
      // and the other sentences the small event closes with, unchanged
      for (const sentence of closing(few)) if (sentence !== named) expect(closing(many).map((s) => s.text)).toContain(sentence.text);
    });
  }
});
