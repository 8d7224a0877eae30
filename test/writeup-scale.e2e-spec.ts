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
// and name every participant.
const PARTICIPANTS = 2_000;
const LANGS: Language[] = ['zh', 'ja', 'en'];

let ctx: TestContext;
let db: pg.Client;
let small: { session: Session; eventId: string };
let big: { session: Session; eventId: string };
let seeded: string[];

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
  const { rows } = await db.query<{ person_id: string }>(
    `WITH org AS (
       INSERT INTO organizations (workspace_id, kind, region, name)
       SELECT $1, 'enterprise', 'Shandong', jsonb_build_object('zh', '参会企业' || g, 'ja', '参加企業' || g, 'en', 'Participating Company ' || g)
         FROM generate_series(1, 10) g RETURNING id),
     orgs AS (SELECT id, row_number() OVER () AS n FROM org),
     ppl AS (
       INSERT INTO people (workspace_id, name, protocol_rank)
       SELECT $1, jsonb_build_object('zh', '参会者' || g, 'ja', '参加者' || g, 'en', 'Attendee ' || g), 500 + g % 100
         FROM generate_series(1, $3::int) g RETURNING id),
     numbered AS (SELECT id, row_number() OVER () AS n FROM ppl),
     pos AS (
       INSERT INTO positions (workspace_id, person_id, ord, title, organization_id)
       SELECT $1, p.id, 0, jsonb_build_object('zh', '代表', 'ja', '代表', 'en', 'Delegate'), o.id
         FROM numbered p JOIN orgs o ON o.n = 1 + p.n % 10)
     INSERT INTO attendances (workspace_id, event_id, person_id, role, status)
     SELECT $1, $2, p.id, 'participant', 'registered' FROM numbered p
     RETURNING person_id`,
    [big.session.workspaceId, big.eventId, PARTICIPANTS],
  );
  seeded = rows.map((r) => r.person_id);
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

    it(`${lang}: names every participant the small event names and the ${PARTICIPANTS} seeded in the closing paragraph`, async () => {
      const [few, many] = await Promise.all([writeup(small, lang), writeup(big, lang)]);
      const closing = (w: Writeup) => w.paragraphs.find((p) => p.section === 'closing')!.sentences;
      const persons = (s: Writeup['headline']) => s.sources.filter((r) => r.type === 'person');
      const others = (w: Writeup) => closing(w).find((s) => persons(s).length > 0)!;
      // each name as the list writes it: 参会者1、 参加者1氏、 Attendee 1,
      const after = { zh: '、', ja: '氏、', en: ', ' }[lang];
      // the participants the small event names (the demo's own), and every seeded one
      const named = others(many);
      expect(persons(named)).toHaveLength(persons(others(few)).length + PARTICIPANTS);
      const ids = new Set(persons(named).map((r) => r.id));
      for (const id of seeded) expect(ids.has(id), id).toBe(true);
      const prefix = { zh: '参会者', ja: '参加者', en: 'Attendee ' }[lang];
      expect(named.text).toContain(`${prefix}1${after}`);
      expect(named.text).toContain(`${prefix}${PARTICIPANTS}`);
      // and the other sentences the small event closes with, unchanged
      for (const sentence of closing(few)) if (sentence !== others(few)) expect(closing(many).map((s) => s.text)).toContain(sentence.text);
    });
  }
});
