import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../libs/core/src/index.js';
import { SEED_EVENT, seedMous, seedParticipantGroups, seedPeople } from '../libs/writeup/src/testing/seed-event.fixture.js';
import { positionTexts, orgNameIn } from '../libs/writeup/src/testing/expectations.js';
import type { Writeup } from '../libs/writeup/src/types.js';
import { DemoLoader } from '../apps/api/src/demo/demo-loader.js';
import { CredentialsService } from '../libs/identity/src/index.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

const LANGS: Language[] = ['ja', 'zh', 'en'];
const QUALIFIED_200: Record<Language, RegExp> = { ja: /200人以上/, zh: /200余人|200多人/, en: /more than 200|over 200/ };

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let demoEventId: string;

const api = (path: string) => `/api/v1${path}`;
const writeup = async (session: Session, eventId: string, lang: Language): Promise<Writeup> => {
  const res = await ctx
    .http()
    .get(api(`/events/${eventId}/writeup?lang=${lang}&format=json`))
    .set(session.auth);
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const text = (w: Writeup, section?: string) =>
  w.paragraphs
    .filter((p) => !section || p.section === section)
    .flatMap((p) => p.sentences.map((s) => s.text))
    .join('\n');

/** Positions of each needle in the text, in order; -1 when missing. */
const positions = (haystack: string, needles: string[]) => {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    if (at >= 0) from = at + n.length;
    return at;
  });
};

beforeAll(async () => {
  ctx = await createTestContext({ demo: true });
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Demo office');
  const { sub } = JSON.parse(Buffer.from(owner.token.split('.')[1], 'base64url').toString());
  const actor = await ctx.app.get(CredentialsService).actorForUser(sub, owner.workspaceId);
  demoEventId = (await ctx.app.get(DemoLoader).load(actor!)).eventId;
});
afterAll(async () => {
  await ctx?.close();
});

describe('the demo event through the API', () => {
  it('records the whole event: 14 attendees in order, 7 speeches, 1 MoU, 14 projects, over 200 participants', async () => {
    const event = await ctx
      .http()
      .get(api(`/events/${demoEventId}`))
      .set(owner.auth);
    expect(event.body.counts).toMatchObject({ attendees: 14, speeches: 7, mous: 1, projects: 14 });
    const attendees = await ctx
      .http()
      .get(api(`/events/${demoEventId}/attendees`))
      .set(owner.auth);
    expect(attendees.body.items.map((a: { person: { name: { zh: string } } }) => a.person.name.zh)).toEqual(
      SEED_EVENT.attendees.map((a) => a.person.name.zh),
    );
    const groups = await ctx
      .http()
      .get(api(`/events/${demoEventId}/participant-groups`))
      .set(owner.auth);
    expect(groups.body.items[0]).toMatchObject({ count: 200, qualifier: 'over' });
    const mous = await ctx
      .http()
      .get(api(`/mous?eventId=${demoEventId}`))
      .set(owner.auth);
    expect(mous.body.total).toBe(1);
  });

  it('is loaded only once per workspace', async () => {
    const { sub } = JSON.parse(Buffer.from(owner.token.split('.')[1], 'base64url').toString());
    const actor = await ctx.app.get(CredentialsService).actorForUser(sub, owner.workspaceId);
    expect(await ctx.app.get(DemoLoader).load(actor!)).toEqual({ eventId: demoEventId, created: false });
  });

  for (const lang of LANGS) {
    describe(`writeup in ${lang}`, () => {
      it('names every official of the lead with all positions, in the order of the article', async () => {
        const w = await writeup(owner, demoEventId, lang);
        const lead = text(w, 'lead');
        const leadPeople = SEED_EVENT.attendees.filter((a) => a.role !== 'participant').map((a) => a.person);
        const names = leadPeople.map((p) => p.name[lang]!);
        expect(positions(lead, names).every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]))).toBe(true);
        const introduced = new Set<string>();
        for (const person of leadPeople) {
          for (const piece of positionTexts(person, lang, introduced)) expect(lead, `${person.name.en}: ${piece}`).toContain(piece);
        }
        expect(w.warnings).toEqual([]);
      });

      it('gives one paragraph per address, attributed to its speaker in order', async () => {
        const w = await writeup(owner, demoEventId, lang);
        const addresses = w.paragraphs.filter((p) => p.section === 'address');
        const speakers = SEED_EVENT.speeches.filter((s) => s.kind === 'address').map((s) => s.speaker);
        expect(addresses).toHaveLength(speakers.length);
        // after the lead, by the short form: 宋氏, 宋军继, Song
        const short = (name: { ja?: string; zh?: string; en?: string }) =>
          lang === 'ja'
            ? `${name.ja!.slice(0, 1)}氏`
            : lang === 'zh'
              ? name.zh!
              : name.en === 'Albert Wong'
                ? 'Wong'
                : name.en!.split(' ')[0];
        addresses.forEach((p, i) => expect(p.sentences.map((s) => s.text).join('')).toContain(short(speakers[i].name)));
        for (const p of addresses) expect(p.sentences.every((s) => s.sources.some((src) => src.type === 'speech'))).toBe(true);
      });

      it('states the MoU parties, the 14 projects and the participants with their qualifier', async () => {
        const w = await writeup(owner, demoEventId, lang);
        const mou = text(w, 'mou');
        for (const party of seedMous[0].parties) expect(mou).toContain(orgNameIn(party.organization, lang, true));
        expect(text(w, 'projects')).toMatch(/14/);
        expect(text(w, 'closing')).toMatch(QUALIFIED_200[lang]);
        expect(text(w, 'closing')).toContain(seedParticipantGroups[0].category[lang]!.slice(0, 4));
      });

      it('renders md, html, txt and docx', async () => {
        const md = await ctx
          .http()
          .get(api(`/events/${demoEventId}/writeup?lang=${lang}&format=md`))
          .set(owner.auth);
        expect(md.headers['content-type']).toContain('text/markdown');
        expect(md.text.startsWith('# ')).toBe(true);
        const html = await ctx
          .http()
          .get(api(`/events/${demoEventId}/writeup?lang=${lang}&format=html`))
          .set(owner.auth);
        expect(html.text).toContain('<h1>');
        const txt = await ctx
          .http()
          .get(api(`/events/${demoEventId}/writeup?lang=${lang}&format=txt`))
          .set(owner.auth);
        expect(txt.text).toContain(seedPeople.song.name[lang]!);
        const docx = await ctx
          .http()
          .get(api(`/events/${demoEventId}/writeup?lang=${lang}&format=docx`))
          .set(owner.auth)
          .buffer(true)
          .parse((res, cb) => {
            const c: Buffer[] = [];
            res.on('data', (d: Buffer) => c.push(d));
            res.on('end', () => cb(null, Buffer.concat(c)));
          });
        const zip = await JSZip.loadAsync(docx.body as Buffer);
        expect(await zip.file('word/document.xml')!.async('string')).toContain(seedPeople.song.name[lang]!);
      });
    });
  }

  it('never copies a sentence of the seed article', async () => {
    const seedPath = resolve(import.meta.dirname, '../../shared/seed/article-ja.txt');
    if (!existsSync(seedPath)) return;
    const sentences = readFileSync(seedPath, 'utf8')
      .split(/[。\n]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 15);
    const w = await writeup(owner, demoEventId, 'ja');
    const all = [w.headline.text, ...w.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))].join('\n');
    for (const sentence of sentences) expect(all).not.toContain(sentence);
  });
});

describe('writeups of events built in the test', () => {
  async function smallEvent(options: { speakers: number; mou: boolean; englishOnlyGuest?: boolean }) {
    const gov = await f.organization(owner, {
      name: { zh: '江苏省人民政府', ja: '江蘇省人民政府', en: 'Jiangsu Provincial Government' },
      shortName: { zh: '江苏省', ja: '江蘇省', en: 'Jiangsu Province' },
    });
    const uni = await f.organization(owner, { kind: 'university', name: { zh: '澳门大学', ja: 'マカオ大学', en: 'University of Macau' } });
    const event = await f.event(owner, {
      title: { zh: '苏澳高校合作论坛', ja: '江蘇・マカオ大学協力フォーラム', en: 'Jiangsu-Macao University Cooperation Forum' },
      venue: { zh: '南京国际博览中心', ja: '南京国際展示センター', en: 'Nanjing International Expo Center' },
      status: 'held',
    });
    const people = [];
    for (let i = 0; i < options.speakers; i++) {
      const p = await f.person(owner, {
        name: { zh: `王${i}明`, ja: `王${i}明`, en: `Wang ${i}ming` },
        protocolRank: i + 1,
        positions: [{ title: { zh: '副省长', ja: '副省長', en: 'Vice Governor' }, organizationId: gov.id }],
      });
      await f.attend(owner, event.id, p.id, { role: 'speaker' });
      await f.post(owner, `/events/${event.id}/speeches`, {
        speakerId: p.id,
        kind: 'address',
        keyPoints: [
          { zh: '双方应加强人才交流', ja: '双方は人材交流を強化すべきだ', en: 'Both sides should strengthen exchanges of talent' },
        ],
      });
      people.push(p);
    }
    const guest = await f.person(owner, {
      name: options.englishOnlyGuest ? { en: 'Maria Lopes' } : { zh: '李华', ja: '李華', en: 'Li Hua' },
      protocolRank: 50,
      positions: [{ title: { zh: '校长', ja: '学長', en: 'Rector' }, organizationId: uni.id }],
    });
    await f.attend(owner, event.id, guest.id, { role: 'guest' });
    if (options.mou) {
      await f.post(owner, `/events/${event.id}/mous`, {
        title: { en: 'MoU on joint laboratories', zh: '共建联合实验室备忘录' },
        parties: [{ organizationId: gov.id }, { organizationId: uni.id }],
      });
    }
    return { event, people, guest };
  }

  for (const lang of LANGS) {
    it(`${lang}: leaves out sections without records (no speeches, no MoU, no projects)`, async () => {
      const { event } = await smallEvent({ speakers: 0, mou: false });
      const w = await writeup(owner, event.id, lang);
      expect(w.paragraphs.map((p) => p.section)).toEqual(['lead']);
      expect(text(w)).not.toMatch(/MoU|覚書|备忘录|14/);
      expect(w.headline.text).toContain(
        { ja: '南京国際展示センター', zh: '南京国际博览中心', en: 'Nanjing International Expo Center' }[lang],
      );
    });

    it(`${lang}: one speaker gives one address paragraph and the MoU section appears when recorded`, async () => {
      const { event, people } = await smallEvent({ speakers: 1, mou: true });
      const w = await writeup(owner, event.id, lang);
      const addresses = w.paragraphs.filter((p) => p.section === 'address');
      expect(addresses).toHaveLength(1);
      expect(text(w, 'address')).toMatch({ ja: /^王(0明)?氏は/, zh: new RegExp(`^${people[0].name.zh}`), en: /, Wang said/ }[lang]);
      expect(text(w, 'mou')).toContain({ ja: 'マカオ大学', zh: '澳门大学', en: 'University of Macau' }[lang]);
    });

    it(`${lang}: a missing translation falls back and is listed as a warning`, async () => {
      const { event, guest } = await smallEvent({ speakers: 1, mou: false, englishOnlyGuest: true });
      const w = await writeup(owner, event.id, lang);
      expect(text(w, 'lead')).toContain('Maria Lopes');
      const warnings = w.warnings.filter((x) => x.recordId === guest.id);
      if (lang === 'en') expect(warnings).toEqual([]);
      // an English name in Chinese or Japanese prose is marked for translation, the original kept inside the mark
      else {
        expect(text(w, 'lead')).toContain({ ja: '【要翻訳：Maria Lopes】', zh: '【待翻译：Maria Lopes】' }[lang]);
        expect(warnings).toEqual([
          expect.objectContaining({ code: 'TRANSLATION_NEEDED', field: 'name', requested: lang, used: 'en', text: 'Maria Lopes' }),
        ]);
      }
    });

    it(`${lang}: a cancelled event has no writeup`, async () => {
      const event = await f.event(owner);
      await ctx
        .http()
        .patch(api(`/events/${event.id}`))
        .set(owner.auth)
        .send({ status: 'cancelled' })
        .expect(200);
      const res = await ctx
        .http()
        .get(api(`/events/${event.id}/writeup?lang=${lang}`))
        .set(owner.auth);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('EVENT_CANCELLED');
    });
  }

  it('states a recorded speech even when its speaker was later marked absent, without listing them as present', async () => {
    const { event, people } = await smallEvent({ speakers: 1, mou: false });
    const [attendee] = (
      await ctx
        .http()
        .get(api(`/events/${event.id}/attendees?role=speaker`))
        .set(owner.auth)
    ).body.items;
    await ctx
      .http()
      .patch(api(`/events/${event.id}/attendees/${attendee.id}`))
      .set(owner.auth)
      .send({ status: 'absent' })
      .expect(200);
    const w = await writeup(owner, event.id, 'en');
    expect(text(w, 'address')).toContain(people[0].name.en);
    expect(text(w, 'lead')).not.toContain(people[0].name.en);
  });

  it('names a signatory and a witness who do not attend the event, with their positions', async () => {
    const { event } = await smallEvent({ speakers: 1, mou: false });
    const org = await f.organization(owner, { kind: 'university', name: { zh: '南京大学', ja: '南京大学', en: 'Nanjing University' } });
    const partner = await f.organization(owner, {
      kind: 'university',
      name: { zh: '澳门科技大学', en: 'Macau University of Science and Technology' },
    });
    const signatory = await f.person(owner, {
      name: { zh: '周文', ja: '周文', en: 'Zhou Wen' },
      protocolRank: 20,
      positions: [{ title: { zh: '校长', ja: '学長', en: 'President' }, organizationId: org.id }],
    });
    const witness = await f.person(owner, { name: { zh: '陈刚', ja: '陳剛', en: 'Chen Gang' }, protocolRank: 30 });
    await f.post(owner, `/events/${event.id}/mous`, {
      title: { en: 'Agreement on exchange students', zh: '交换生协议' },
      status: 'signed',
      parties: [{ organizationId: org.id, signatoryId: signatory.id }, { organizationId: partner.id }],
      witnessIds: [witness.id],
    });
    const w = await writeup(owner, event.id, 'en');
    // the lead states who signed what, and who witnessed it
    const sentences = w.paragraphs.flatMap((p) => p.sentences);
    const naming = (id: string) => sentences.find((x) => x.sources.some((r) => r.type === 'person' && r.id === id));
    expect(naming(signatory.id)?.text).toContain('Zhou Wen');
    expect(naming(signatory.id)?.text).toMatch(/President/i);
    expect(naming(witness.id)?.text).toContain('Chen Gang');
  });

  it('is deterministic: the same records give the same text', async () => {
    const a = await ctx
      .http()
      .get(api(`/events/${demoEventId}/writeup?lang=en&format=md`))
      .set(owner.auth);
    const b = await ctx
      .http()
      .get(api(`/events/${demoEventId}/writeup?lang=en&format=md`))
      .set(owner.auth);
    expect(a.text).toBe(b.text);
  });
});

describe('writeup drafts', () => {
  it('saves, edits, refuses silent regeneration over an edit, publishes, and shows officials only published ones', async () => {
    const official = await ctx.newMember(owner, 'official');
    const created = await ctx
      .http()
      .post(api(`/events/${demoEventId}/writeups`))
      .set(owner.auth)
      .send({ lang: 'en' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', currentVersion: 1, version: { source: 'generated' }, recordsChanged: false });
    const id = created.body.id;

    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${demoEventId}/writeups/${id}`))
          .set(official.auth)
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${demoEventId}/writeups`))
          .set(official.auth)
      ).body.total,
    ).toBe(0);

    const edited = await ctx
      .http()
      .put(api(`/events/${demoEventId}/writeups/${id}`))
      .set(owner.auth)
      .send({ headline: 'Edited headline', body: 'Edited body', baseVersion: 1 });
    expect(edited.body).toMatchObject({ currentVersion: 2, version: { source: 'edited', headline: 'Edited headline' } });
    const stale = await ctx
      .http()
      .put(api(`/events/${demoEventId}/writeups/${id}`))
      .set(owner.auth)
      .send({ headline: 'x', body: 'y', baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('DRAFT_CHANGED');

    const refused = await ctx
      .http()
      .post(api(`/events/${demoEventId}/writeups/${id}/regenerate`))
      .set(owner.auth)
      .send({});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('DRAFT_EDITED');

    const published = await ctx
      .http()
      .post(api(`/events/${demoEventId}/writeups/${id}/publish`))
      .set(owner.auth)
      .send({});
    expect(published.body).toMatchObject({ status: 'published', publishedVersion: 2 });
    const forced = await ctx
      .http()
      .post(api(`/events/${demoEventId}/writeups/${id}/regenerate`))
      .set(owner.auth)
      .send({ overwriteEdits: true });
    expect(forced.body).toMatchObject({ currentVersion: 3, version: { source: 'generated' } });

    const seen = await ctx
      .http()
      .get(api(`/events/${demoEventId}/writeups/${id}`))
      .set(official.auth);
    expect(seen.body.version).toMatchObject({ version: 2, headline: 'Edited headline' });
    const versions = await ctx
      .http()
      .get(api(`/events/${demoEventId}/writeups/${id}/versions`))
      .set(owner.auth);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(
      (
        await ctx
          .http()
          .post(api(`/events/${demoEventId}/writeups`))
          .set(official.auth)
          .send({ lang: 'en' })
      ).status,
    ).toBe(403);
  });
});
