import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TenantDb, type Actor, type Language } from '../libs/core/src/index.js';
import { composeScript, composeWriteup, EventSnapshotLoader } from '../libs/writeup/src/index.js';
import { NAMED_PARTICIPANTS } from '../libs/writeup/src/compose-writeup.js';
import type { EventSnapshot } from '../libs/writeup/src/event-snapshot.js';
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
let small: { session: Session; eventId: string; actor: Actor };
let big: { session: Session; eventId: string; actor: Actor };

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
  const actor = (await ctx.app.get(CredentialsService).actorForUser(sub, session.workspaceId))!;
  return { session, actor, eventId: (await ctx.app.get(DemoLoader).load(actor)).eventId };
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

describe('the participants only a number states, read as figures', () => {
  const snapshot = ({ actor, eventId }: typeof big, everyone: boolean): Promise<EventSnapshot> =>
    ctx.app.get(TenantDb).run(actor.workspaceId, (em) => ctx.app.get(EventSnapshotLoader).load(em, actor, eventId, { everyone }));
  /** the writeup and the script in every language from the crowd's figures equal those from every attendee read in full */
  const expectSameOutputs = async () => {
    const figures = await snapshot(big, false);
    const full = await snapshot(big, true);
    expect(full.crowd).toBeUndefined();
    expect(figures.crowd!.count).toBeGreaterThan(NAMED_PARTICIPANTS);
    // the figures are those of the attendees left out, recomputed from the full read
    const kept = new Set(figures.attendees.map((a) => a.id));
    const crowd = full.attendees.filter((a) => !kept.has(a.id));
    expect(crowd.every((a) => a.role === 'participant' && a.status !== 'invited')).toBe(true);
    expect(figures.crowd!.count).toBe(crowd.length);
    expect(figures.crowd!.withOrganization).toBe(crowd.filter((a) => a.person.positions.some((p) => p.organization)).length);
    const first = new Map<string, { order: number; position: number }>();
    for (const a of crowd) {
      a.person.positions.forEach((p, position) => {
        if (p.organization && !first.has(p.organization.id)) first.set(p.organization.id, { order: a.order, position });
      });
    }
    expect(figures.crowd!.organizations.map((o) => ({ id: o.organization.id, order: o.order, position: o.position }))).toEqual(
      [...first].map(([id, at]) => ({ id, ...at })),
    );
    const now = new Date();
    for (const lang of LANGS) {
      expect(composeWriteup(figures, lang, { now })).toEqual(composeWriteup(full, lang, { now }));
      expect(composeScript(figures, lang)).toEqual(composeScript(full, lang));
    }
    return figures;
  };

  it('reads the seeded participants as figures, and writes what reading them all in full writes', async () => {
    const figures = await expectSameOutputs();
    // read in full: the officials, and the participants only invited or named by another record (the agenda, an agreement)
    const namedElsewhere = new Set([
      ...figures.agenda.flatMap((i) => (i.performers ?? []).map((p) => p.id)),
      ...figures.mous.flatMap((m) => [...m.witnesses.map((w) => w.id), ...m.parties.flatMap((p) => (p.signatory ? [p.signatory.id] : []))]),
      ...figures.speeches.map((sp) => sp.speaker.id),
    ]);
    const participants = figures.attendees.filter((a) => a.role === 'participant');
    expect(participants.every((a) => a.status === 'invited' || namedElsewhere.has(a.person.id))).toBe(true);
    expect(figures.attendees.length).toBeLessThan(NAMED_PARTICIPANTS);
    expect(figures.crowd!.count).toBeGreaterThanOrEqual(PARTICIPANTS);
    expect(figures.crowd!.withOrganization).toBe(figures.crowd!.count);
    // ten seeded enterprises and the small event's participants' organizations, each once, in protocol order
    const orders = figures.crowd!.organizations.map((o) => o.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(figures.crowd!.organizations.map((o) => o.organization.id)).size).toBe(figures.crowd!.organizations.length);
    expect(figures.crowd!.organizations.length).toBeGreaterThanOrEqual(10);
    // the small event names its few participants: read in full, no crowd
    expect((await snapshot(small, false)).crowd).toBeUndefined();
  });

  it('reads in full the participants another record names, the invited and the deputies, and leaves out the absent', async () => {
    const ws = big.session.workspaceId;
    const seeded = async (n: number): Promise<{ id: string; person_id: string }> =>
      (
        await db.query(
          `SELECT a.id, a.person_id FROM attendances a JOIN people p ON p.id = a.person_id
            WHERE a.event_id = $1 AND p.name ->> 'en' = $2`,
          [big.eventId, `Attendee ${n}`],
        )
      ).rows[0];
    const picked: { id: string; person_id: string }[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) picked.push(await seeded(n));
    const [speaker, signatory, invited, absent, principal, twoPlaces] = picked;
    // a participant who spoke, one who signed the agreement, one only invited, one absent
    await db.query(
      `INSERT INTO speeches (workspace_id, event_id, attendance_id, kind, ord, key_points) VALUES ($1, $2, $3, 'remarks', 99, $4)`,
      [ws, big.eventId, speaker.id, JSON.stringify([{ zh: '深化合作', ja: '協力を深める', en: 'Deepen cooperation' }])],
    );
    await db.query(
      `UPDATE mou_parties SET signatory_id = $2
        WHERE id = (SELECT mp.id FROM mou_parties mp JOIN mous m ON m.id = mp.mou_id WHERE m.event_id = $1 ORDER BY mp.ord DESC LIMIT 1)`,
      [big.eventId, signatory.person_id],
    );
    await db.query(`UPDATE attendances SET status = 'invited' WHERE id = $1`, [invited.id]);
    // one of the crowd named in Chinese only: no warning of a name the writeup never writes, read in full or not
    await db.query(`UPDATE people SET name = '{"zh": "只有中文名"}' WHERE id = (SELECT person_id FROM attendances WHERE id = $1)`, [
      (await seeded(7)).id,
    ]);
    await db.query(`UPDATE attendances SET status = 'absent' WHERE id = ANY($1::uuid[])`, [[absent.id, principal.id]]);
    // a deputy standing in for an absent participant
    const [deputy] = (
      await db.query(
        `INSERT INTO people (workspace_id, name, protocol_rank) VALUES ($1, '{"zh": "代理人", "ja": "代理人", "en": "Deputy One"}', 900) RETURNING id`,
        [ws],
      )
    ).rows;
    await db.query(
      `INSERT INTO attendances (workspace_id, event_id, person_id, role, status, on_behalf_of_id) VALUES ($1, $2, $3, 'participant', 'registered', $4)`,
      [ws, big.eventId, deputy.id, principal.id],
    );
    // a participant with a second position, at an organization nobody else is of
    const [org] = (
      await db.query(
        `INSERT INTO organizations (workspace_id, kind, name) VALUES ($1, 'university', '{"zh": "第二大学", "ja": "第二大学", "en": "Second University"}') RETURNING id`,
        [ws],
      )
    ).rows;
    await db.query(
      `INSERT INTO positions (workspace_id, person_id, ord, title, organization_id) VALUES ($1, $2, 1, '{"zh": "教授", "ja": "教授", "en": "Professor"}', $3)`,
      [ws, twoPlaces.person_id, org.id],
    );

    const figures = await expectSameOutputs();
    const read = new Set(figures.attendees.map((a) => a.id));
    for (const a of [speaker, signatory, invited]) expect(read.has(a.id)).toBe(true);
    expect(figures.attendees.some((a) => a.person.id === deputy.id)).toBe(true);
    expect(read.has(absent.id)).toBe(false);
    expect(figures.crowd!.organizations.map((o) => o.organization.id)).toContain(org.id);
    // the writeup warns of the one only invited (the event was held), as it would reading everyone
    const warned = composeWriteup(figures, 'en').warnings.filter((w) => w.code === 'UNCONFIRMED_ATTENDANCE');
    expect(warned.map((w) => w.recordId)).toEqual([invited.id]);
  });
  it(`names up to ${NAMED_PARTICIPANTS} participants read in full, and reads one more as the crowd's figures`, async () => {
    const ws = small.session.workspaceId;
    const [org] = (
      await db.query(
        `INSERT INTO organizations (workspace_id, kind, name) VALUES ($1, 'enterprise', '{"zh": "边界企业", "ja": "境界企業", "en": "Boundary Co."}') RETURNING id`,
        [ws],
      )
    ).rows;
    let before = await snapshot(small, false);
    for (let n = 1; !before.crowd && n <= NAMED_PARTICIPANTS + 1; n++) {
      const [person] = (
        await db.query(
          `INSERT INTO people (workspace_id, name, protocol_rank) VALUES ($1, jsonb_build_object('zh', '边界' || $2::int, 'ja', '境界' || $2::int, 'en', 'Boundary ' || $2::int), 900) RETURNING id`,
          [ws, n],
        )
      ).rows;
      await db.query(
        `INSERT INTO positions (workspace_id, person_id, ord, title, organization_id) VALUES ($1, $2, 0, '{"zh": "代表", "ja": "代表", "en": "Delegate"}', $3)`,
        [ws, person.id, org.id],
      );
      await db.query(
        `INSERT INTO attendances (workspace_id, event_id, person_id, role, status) VALUES ($1, $2, $3, 'participant', 'registered')`,
        [ws, small.eventId, person.id],
      );
      const after = await snapshot(small, false);
      if (after.crowd) {
        // the one before named all of them, in full; now they are a number, and the writeup is the one read in full
        const closing = composeWriteup(before, 'en').paragraphs.find((p) => p.section === 'closing')!;
        const named = closing.sentences.find((x) => x.sources.some((r) => r.type === 'person'))!;
        expect(named.sources.filter((r) => r.type === 'person')).toHaveLength(NAMED_PARTICIPANTS);
        expect(after.crowd.count).toBe(NAMED_PARTICIPANTS + 1);
        const now = new Date();
        const full = await snapshot(small, true);
        for (const lang of LANGS) expect(composeWriteup(after, lang, { now })).toEqual(composeWriteup(full, lang, { now }));
      }
      before = after;
    }
    expect(before.crowd?.count).toBe(NAMED_PARTICIPANTS + 1);
  });
});
