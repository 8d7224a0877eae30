import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, LocalizedText } from '../libs/core/src/index.js';
import type { Writeup } from '../libs/writeup/src/types.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';
import { SHAPES, type Shape } from './support/writeup-shapes.js';
import { buildShape, type Built } from './support/build-shape.js';

/**
 * Writeups of events of every shape a press office covers, entered through the API. For each shape and language: the
 * lead names the leaders in protocol order, the tense follows status and date, what was signed is named by its type, no
 * foreign text stands in the prose, nobody is named in full twice, and every number comes from the records.
 */

const LANGS: Language[] = ['ja', 'zh', 'en'];
const PLACEHOLDER = { ja: /【要翻訳(：[^】]*)?】/g, zh: /【待翻译(：[^】]*)?】/g, en: /\[translation needed(: [^\]]*)?\]/g };
const HELD = { ja: /(開かれ|行われ)た。/, zh: /举行。/, en: /(was held|took place) on/ };
const PREVIEW = { ja: /開かれる予定だ。/, zh: /将于.*举行。/, en: /will be held on/ };

let ctx: TestContext;
let owner: Session;
const built = new Map<string, Built>();

async function writeup(eventId: string, lang: Language): Promise<Writeup> {
  const res = await ctx.http().get(`/api/v1/events/${eventId}/writeup?lang=${lang}&format=json`).set(owner.auth);
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Writeup;
}

const body = (w: Writeup) => w.paragraphs.map((p) => [p.heading ?? '', ...p.sentences.map((s) => s.text)].join('\n')).join('\n');
const leadText = (w: Writeup) => w.paragraphs[0].sentences.map((s) => s.text).join(' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Every text of the records in one language (what the writeup may quote as it is). */
function recordTexts(shape: Shape, lang: Language): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (value && typeof value === 'object') {
      const lt = value as LocalizedText;
      if (typeof lt[lang] === 'string') texts.push(lt[lang]);
      Object.values(value).forEach(walk);
    }
  };
  walk(shape);
  return texts;
}

/** Every number the records allow the text to state, including money in the forms of each language. */
function allowedNumbers(shape: Shape, lang: Language): Set<string> {
  const allowed = new Set<string>();
  const add = (n: number) => allowed.add(String(Number(n.toFixed(2))));
  for (const text of recordTexts(shape, lang)) for (const m of text.match(/\d+(\.\d+)?/g) ?? []) add(Number(m));
  for (const iso of [shape.event.startsAt, shape.event.endsAt, shape.parent?.startsAt].filter(Boolean) as string[]) {
    const d = new Date(iso);
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: shape.event.timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(d)
      .filter((p) => p.type !== 'literal')
      .map((p) => Number(p.value));
    local.forEach(add);
  }
  const sums = new Map<string, number>();
  for (const p of shape.projects ?? []) if (p.amount && p.currency) sums.set(p.currency, (sums.get(p.currency) ?? 0) + Number(p.amount));
  for (const t of shape.event.signingTotals ?? []) {
    add(t.count as number);
    if (t.sectorCount) add(t.sectorCount as number);
    if (t.amount) sums.set(String(t.currency), Number(t.amount));
  }
  for (const g of shape.groups ?? []) if (g.count !== undefined) add(g.count);
  for (const d of shape.delegations ?? []) if (d.size) add(d.size);
  add((shape.projects ?? []).length);
  add((shape.mous ?? []).length);
  for (const total of sums.values()) {
    add(total);
    add(total / 1e8);
    add(total / 1e4);
    add(total / 1e9);
    add(total / 1e6);
    const man = Math.round(total / 1e4);
    add(Math.floor(man / 1e4));
    add(man % 1e4);
  }
  return allowed;
}

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Press office');
  const f = registerFixtures(ctx);
  for (const shape of SHAPES) built.set(shape.name, await buildShape(f, owner, shape));
  if (process.env.WRITEUP_DUMP) {
    const out: string[] = [];
    for (const shape of SHAPES) {
      for (const lang of LANGS) {
        const res = await ctx
          .http()
          .get(`/api/v1/events/${built.get(shape.name)!.eventId}/writeup?lang=${lang}&format=txt`)
          .set(owner.auth);
        out.push(`===== ${shape.name} (${lang})\n${res.text}`);
      }
    }
    writeFileSync(process.env.WRITEUP_DUMP, out.join('\n'));
  }
});
afterAll(async () => {
  await ctx?.close();
});

describe.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
  describe.each(LANGS)('in %s', (lang) => {
    let w: Writeup;
    beforeAll(async () => {
      w = await writeup(built.get(shape.name)!.eventId, lang);
    });

    it('names the leaders in the lead in protocol order, each in full once', () => {
      const lead = leadText(w);
      const names = shape.expect.leadOrder.map((k) => shape.people[k].name[lang] ?? shape.people[k].name.en!);
      let from = -1;
      for (const [i, name] of names.entries()) {
        const at = lead.indexOf(name, from + 1);
        expect(at, `${shape.expect.leadOrder[i]} after the one before`).toBeGreaterThan(from);
        from = at;
      }
      for (const key of shape.expect.absent ?? []) expect(body(w)).not.toContain(shape.people[key].name[lang]!);
    });

    it('writes the tense the status and date call for', () => {
      const opening = w.paragraphs[0].sentences[0].text;
      if (shape.expect.mood === 'held') {
        expect(opening).toMatch(HELD[lang]);
        expect(opening).not.toMatch(PREVIEW[lang]);
      } else {
        expect(opening).toMatch(PREVIEW[lang]);
        expect(body(w)).not.toMatch(
          {
            ja: /出席した|あいさつした|調印した/,
            zh: /(?<!将(正式)?)(出席|主持|致辞|签署|揭牌|参加)/,
            en: /\b(attended|signed the|gave an address|presided)\b/,
          }[lang],
        );
      }
    });

    it('names what was signed by its type', () => {
      if (!shape.expect.document) return;
      const all = `${w.headline.text}\n${body(w)}`;
      expect(all.toLowerCase()).toContain(shape.expect.document[lang]!.toLowerCase());
    });

    it('puts no foreign text in the prose, only placeholders with notes for the editor', () => {
      const own = recordTexts(shape, lang);
      const prose = `${w.headline.text}\n${body(w)}`.replace(PLACEHOLDER[lang], '');
      const foreign = lang === 'en' ? prose.match(/[\u3040-\u30ff\u3400-\u9fff]+/g) : prose.match(/[A-Za-z]{3,}/g);
      for (const word of foreign ?? [])
        expect(
          own.some((text) => text.includes(word)),
          `raw "${word}"`,
        ).toBe(true);
      const placeholders = `${w.headline.text}\n${body(w)}`.match(PLACEHOLDER[lang]) ?? [];
      expect(placeholders.length > 0).toBe(w.warnings.some((x) => x.code === 'TRANSLATION_NEEDED'));
    });

    it('names nobody in full again after the first mention', () => {
      const text = body(w);
      for (const [key, person] of Object.entries(shape.people)) {
        if (shape.expect.sharedShortForm?.includes(key)) continue;
        const name = person.name[lang];
        if (!name) continue;
        const full = lang === 'ja' ? `${name}氏` : lang === 'zh' ? `${person.positions[0].title.zh}${name}` : name;
        expect(count(text, full), `${key}: ${full}`).toBeLessThanOrEqual(1);
      }
    });

    it('says what the editor looks for: the delegation, a title reminder, a referring expression', () => {
      const text = w.paragraphs.map((p) => p.sentences.map((s) => s.text).join(lang === 'en' ? ' ' : '')).join('\n');
      for (const sentence of shape.expect.says ?? []) expect(text).toContain(sentence[lang]);
    });

    it('repeats no frame within a paragraph', () => {
      // a sentence's frame is what is left when the texts of the records are taken out of it
      const texts = recordTexts(shape, lang)
        .map((x) => x.trim().replace(/[。．.]+$/, ''))
        .filter((x) => x.length > 3)
        .sort((a, b) => b.length - a.length);
      const frameOf = (sentence: string) => {
        let frame = sentence;
        for (const x of texts)
          frame = frame
            .split(x)
            .join('…')
            .split(x.charAt(0).toLowerCase() + x.slice(1))
            .join('…');
        return frame;
      };
      for (const p of w.paragraphs.filter((x) => x.section === 'address' || x.section === 'quotes')) {
        const frames = p.sentences.map((s) => frameOf(s.text));
        expect(new Set(frames).size, frames.join(' | ')).toBe(frames.length);
      }
    });

    it('states only numbers the records hold', () => {
      const allowed = allowedNumbers(shape, lang);
      const text = `${w.headline.text}\n${body(w)}`.replace(PLACEHOLDER[lang], '').replace(/(\d),(\d{3})/g, '$1$2');
      for (const n of text.match(/\d+(\.\d+)?/g) ?? []) expect(allowed.has(String(Number(n))), `${n} in ${lang}`).toBe(true);
    });
  });
});

describe('shape details', () => {
  const shape = (name: string) => SHAPES.find((s) => s.name.startsWith(name))!;
  const of = (name: string) => built.get(shape(name).name)!;

  it('warns about the tie of the two co-chairs and has them co-chair and speak in every language', async () => {
    const { eventId } = of('joint committee');
    const ja = await writeup(eventId, 'ja');
    expect(ja.warnings.filter((x) => x.code === 'PROTOCOL_TIE')).toHaveLength(1);
    expect(leadText(ja)).toContain('林氏とソールベルグ氏が共同議長を務め、あいさつした。');
    expect(leadText(await writeup(eventId, 'zh'))).toContain('林振宇、索尔贝格共同主持会议并致辞。');
    expect(leadText(await writeup(eventId, 'en'))).toContain('Lin and Solberg co-chaired the meeting and gave addresses.');
  });

  it('merges the point both co-chairs made into one sentence', async () => {
    const { eventId } = of('joint committee');
    const zh = body(await writeup(eventId, 'zh'));
    expect(count(zh, '两国科技合作成果丰硕')).toBe(1);
    expect(zh).toContain('林振宇、索尔贝格均表示，两国科技合作成果丰硕。');
    const en = body(await writeup(eventId, 'en'));
    expect(en).toContain('Science and technology cooperation between the two countries has been fruitful, Lin and Solberg both said.');
    expect(en).toContain('Solberg congratulated the joint laboratories');
  });

  it('leaves out an invited guest who never confirmed, with a warning', async () => {
    const w = await writeup(of('a forum').eventId, 'en');
    expect(w.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'UNCONFIRMED_ATTENDANCE', recordType: 'attendee' })]),
    );
    expect(body(w)).not.toContain('Kong Dewei');
  });

  it('shows the translation placeholders and the notes for the editor in md, html, txt and docx', async () => {
    const { eventId } = of('a two-day forum');
    for (const [format, check] of [
      ['md', (s: string) => expect(s).toContain('【要翻訳】')],
      ['html', (s: string) => expect(s).toContain('<aside class="editor-notes"')],
      ['txt', (s: string) => expect(s).toContain('編集メモ')],
    ] as const) {
      const res = await ctx.http().get(`/api/v1/events/${eventId}/writeup?lang=ja&format=${format}`).set(owner.auth);
      check(res.text);
      expect(res.text).toContain('Science parks that share pilot facilities');
    }
    const docx = await ctx
      .http()
      .get(`/api/v1/events/${eventId}/writeup?lang=zh&format=docx`)
      .set(owner.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('【待翻译】');
    expect(xml).toContain('编辑提示');
  });

  it('sums the project values per currency in each language', async () => {
    const { eventId } = of('an expo session');
    expect(body(await writeup(eventId, 'zh'))).toContain('签约总金额16.3亿元和5750万美元。');
    expect(body(await writeup(eventId, 'ja'))).toContain('契約総額は16億3000万元と5750万米ドルに上る。');
    expect(body(await writeup(eventId, 'en'))).toContain(
      'The projects are worth a combined 1.63 billion yuan and 57.5 million US dollars.',
    );
  });

  it("writes in the workspace's house style, which only the owner may change", async () => {
    const { eventId } = of('bilateral');
    const official = await ctx.newMember(owner, 'official');
    const organizer = await ctx.newMember(owner, 'organizer');
    const style = ctx.http().patch('/api/v1/writeup-style');
    expect((await ctx.http().get('/api/v1/writeup-style').set(official.auth)).body).toEqual({
      englishTitleCase: true,
      japaneseHonorific: 'shi',
      dateline: { en: 'city_date', ja: 'date_city', zh: 'date_city' },
    });
    expect((await style.set(organizer.auth).send({ japaneseHonorific: 'san' })).status).toBe(403);
    const bad = await ctx
      .http()
      .patch('/api/v1/writeup-style')
      .set(owner.auth)
      .send({ japaneseHonorific: 'sama', dateline: { en: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const changed = await ctx
      .http()
      .patch('/api/v1/writeup-style')
      .set(owner.auth)
      .send({ englishTitleCase: false, japaneseHonorific: 'san', dateline: { en: 'wire', ja: 'bracket', zh: 'dian' } });
    expect(changed.body).toEqual({
      englishTitleCase: false,
      japaneseHonorific: 'san',
      dateline: { en: 'wire', ja: 'bracket', zh: 'dian' },
    });
    const audit = await ctx.http().get('/api/v1/audit-log?resourceType=writeup_style').set(owner.auth);
    expect(audit.body.items[0]).toMatchObject({ action: 'create', resource: { type: 'writeup_style' }, after: { style: changed.body } });
    try {
      const en = await writeup(eventId, 'en');
      expect(en.dateline).toBe('NANTONG, June 18 —');
      expect(leadText(en)).toContain('Jiang Lihua, vice governor of the Jiangsu Provincial Government; Annette Vogel, consul general of');
      const ja = await writeup(eventId, 'ja');
      expect(ja.dateline).toBe('【南通市6月18日】');
      expect(leadText(ja)).toContain('江蘇省副省長の蒋立華さん');
      expect(leadText(ja)).toContain('呉さんとブレンナーさんがあいさつした。');
      expect(body(ja)).not.toContain('氏');
      expect((await writeup(eventId, 'zh')).dateline).toBe('南通6月18日电');
      // a partial change keeps the rest
      const partial = await ctx
        .http()
        .patch('/api/v1/writeup-style')
        .set(owner.auth)
        .send({ dateline: { ja: 'date' } });
      expect(partial.body.dateline).toEqual({ en: 'wire', ja: 'date', zh: 'dian' });
      expect((await writeup(eventId, 'ja')).dateline).toBe('2024年6月18日');
    } finally {
      await ctx
        .http()
        .patch('/api/v1/writeup-style')
        .set(owner.auth)
        .send({ englishTitleCase: true, japaneseHonorific: 'shi', dateline: { en: 'city_date', ja: 'date_city', zh: 'date_city' } });
    }
    expect((await writeup(eventId, 'en')).dateline).toBe('Nantong, June 18, 2024');
  });

  it('writes a headline from the news', async () => {
    expect((await writeup(of('bilateral').eventId, 'zh')).headline.text).toBe('南通市政府与哈芬施塔特物流集团签署战略合作协议');
    expect((await writeup(of('a delegation').eventId, 'en')).headline.text).toContain(
      'Dalian-Osaka Economic and Trade Cooperation Service Center unveiled',
    );
    expect((await writeup(of('an expo session').eventId, 'ja')).headline.text).toContain('協力プロジェクト4件に調印');
  });
});

describe('the facts the writeup states, through the API', () => {
  const api = (path: string) => `/api/v1${path}`;
  let f: ReturnType<typeof registerFixtures>;
  beforeAll(() => {
    f = registerFixtures(ctx);
  });

  it('keeps an agreement’s document type and sectors, and refuses an unknown type', async () => {
    const a = await f.organization(owner);
    const b = await f.organization(owner);
    const event = await f.event(owner, { status: 'held' });
    const mou = await f.post(owner, `/events/${event.id}/mous`, {
      title: { en: 'Framework Agreement on Ports' },
      documentType: 'framework_agreement',
      sectors: ['logistics'],
      parties: [{ organizationId: a.id }, { organizationId: b.id }],
    });
    expect(mou).toMatchObject({ documentType: 'framework_agreement', sectors: ['logistics'] });
    const plain = await f.post(owner, `/events/${event.id}/mous`, {
      title: { en: 'MoU' },
      parties: [{ organizationId: a.id }, { organizationId: b.id }],
    });
    expect(plain.documentType).toBe('mou');
    const bad = await ctx
      .http()
      .post(api(`/events/${event.id}/mous`))
      .set(owner.auth)
      .send({ title: { en: 'X' }, documentType: 'treaty', parties: [{ organizationId: a.id }, { organizationId: b.id }] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('documentType');
    const changed = await ctx
      .http()
      .patch(api(`/events/${event.id}/mous/${mou.id}`))
      .set(owner.auth)
      .send({ documentType: 'minutes' });
    expect(changed.body.documentType).toBe('minutes');
  });

  it('keeps a family name, action key points within the key points, performers, groups of organizations', async () => {
    const person = await f.person(owner, { name: { en: 'Maria de la Cruz' }, familyName: { en: 'de la Cruz' } });
    expect(person.familyName).toEqual({ en: 'de la Cruz' });
    const event = await f.event(owner, { status: 'held' });
    await f.attend(owner, event.id, person.id, { role: 'speaker' });
    const speech = await f.post(owner, `/events/${event.id}/speeches`, {
      speakerId: person.id,
      kind: 'toast',
      keyPoints: [{ en: 'Friendship is lasting' }, { en: 'congratulated the hosts' }],
      actionKeyPoints: [1],
    });
    expect(speech).toMatchObject({ kind: 'toast', actionKeyPoints: [1] });
    const outside = await ctx
      .http()
      .post(api(`/events/${event.id}/speeches`))
      .set(owner.auth)
      .send({ speakerId: person.id, kind: 'address', keyPoints: [{ en: 'One' }], actionKeyPoints: [3] });
    expect(outside.status).toBe(400);
    expect(outside.body.details[0].field).toBe('actionKeyPoints');

    const item = await f.post(owner, `/events/${event.id}/agenda`, {
      kind: 'unveiling',
      subject: { en: 'Plaque' },
      performerIds: [person.id],
    });
    expect(item.performerIds).toEqual([person.id]);
    const missing = await ctx
      .http()
      .post(api(`/events/${event.id}/agenda`))
      .set(owner.auth)
      .send({ kind: 'unveiling', performerIds: ['3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40'] });
    expect(missing.status).toBe(404);

    const group = await f.post(owner, `/events/${event.id}/participant-groups`, {
      category: { en: 'enterprises' },
      count: 250,
      unit: 'organizations',
    });
    expect(group).toMatchObject({ count: 250, unit: 'organizations' });
    const unnamed = await f.post(owner, `/events/${event.id}/participant-groups`, {
      category: { en: 'representatives of local companies' },
    });
    expect(unnamed).toMatchObject({ count: null, unit: 'people' });
  });

  it("keeps a side's delegation with its head and size, and refuses what cannot be", async () => {
    const sides = [
      { code: 'osaka', name: { en: 'Osaka' } },
      { code: 'home', name: { en: 'Home' } },
    ];
    const event = await f.event(owner, { status: 'held', sides });
    const head = await f.person(owner, { name: { en: 'Kenji Yoshida' } });
    const host = await f.person(owner, { name: { en: 'Li Ming' } });
    const headAt = await f.attend(owner, event.id, head.id, { side: 'osaka' });
    await f.attend(owner, event.id, host.id, { side: 'home' });
    const path = `/events/${event.id}/delegations`;
    const delegation = await f.post(owner, path, { side: 'osaka', headAttendeeId: headAt.id, size: 12 });
    expect(delegation).toMatchObject({ side: 'osaka', headAttendeeId: headAt.id, headPersonId: head.id, size: 12, name: null });

    const send = (body: object, method: 'post' | 'patch' = 'post', id = '') =>
      ctx
        .http()
        [method](api(`${path}${id}`))
        .set(owner.auth)
        .send(body);
    const twice = await send({ side: 'osaka' });
    expect([twice.status, twice.body.code]).toEqual([409, 'ALREADY_EXISTS']);
    const otherSide = await send({ side: 'home', headAttendeeId: headAt.id });
    expect([otherSide.status, otherSide.body.details?.[0]?.field]).toEqual([400, 'headAttendeeId']);
    const unknownSide = await send({ side: 'kyoto' });
    expect([unknownSide.status, unknownSide.body.details?.[0]?.field]).toEqual([400, 'side']);
    const elsewhere = await f.event(owner, { status: 'held' });
    const strangerAt = await f.attend(owner, elsewhere.id, host.id);
    const notHere = await send({ side: 'home', headAttendeeId: strangerAt.id });
    expect([notHere.status, notHere.body.code]).toEqual([404, 'NOT_FOUND']);
    const tooBig = await send({ side: 'home', size: 0 });
    expect([tooBig.status, tooBig.body.details?.[0]?.field]).toEqual([400, 'size']);

    const official = await ctx.newMember(owner, 'official');
    expect((await ctx.http().post(api(path)).set(official.auth).send({ side: 'home' })).status).toBe(403);
    const list = await ctx
      .http()
      .get(api(`${path}?pageSize=1`))
      .set(official.auth);
    expect(list.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: delegation.id })] });

    const changed = await send({ size: 15, name: { en: 'Osaka business delegation' }, headAttendeeId: null }, 'patch', `/${delegation.id}`);
    expect(changed.body).toMatchObject({ size: 15, name: { en: 'Osaka business delegation' }, headAttendeeId: null, headPersonId: null });
    await send({ headAttendeeId: headAt.id }, 'patch', `/${delegation.id}`);

    // the side cannot go while its delegation is recorded; the head's attendance can, and the delegation stays headless
    const dropSide = await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(owner.auth)
      .send({ sides: [sides[1]] });
    expect([dropSide.status, dropSide.body.code]).toEqual([409, 'IN_USE']);
    await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${headAt.id}`))
      .set(owner.auth)
      .expect(204);
    const after = await ctx.http().get(api(path)).set(owner.auth);
    expect(after.body.items[0]).toMatchObject({ headAttendeeId: null, size: 15 });
    await ctx
      .http()
      .delete(api(`${path}/${delegation.id}`))
      .set(owner.auth)
      .expect(204);
    const audit = await ctx.http().get(api('/audit-log?resourceType=delegation')).set(owner.auth);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('delete');
  });

  it('keeps organizers, a parent event, sectors, facts and signing totals, and refuses what cannot be', async () => {
    const org = await f.organization(owner);
    const expo = await f.event(owner, { title: { en: 'Expo' }, kind: 'expo' });
    const session = await f.event(owner, {
      parentEventId: expo.id,
      organizerIds: [org.id],
      sectors: ['ai'],
      facts: [{ en: 'The two sides exchanged gifts.' }],
      signingTotals: [{ kind: 'projects', count: 31, amount: '12600000000', currency: 'cny', category: { en: 'key projects' } }],
    });
    expect(session).toMatchObject({
      parentEventId: expo.id,
      organizers: [expect.objectContaining({ id: org.id })],
      sectors: ['ai'],
      signingTotals: [expect.objectContaining({ count: 31, currency: 'CNY', qualifier: 'exact', cumulative: false })],
    });
    const nested = await ctx
      .http()
      .post(api('/events'))
      .set(owner.auth)
      .send({
        title: { en: 'Sub-session' },
        kind: 'forum',
        startsAt: '2024-03-25T09:00:00+08:00',
        timeZone: 'Asia/Shanghai',
        parentEventId: session.id,
      });
    expect(nested.status).toBe(400);
    expect(nested.body.details[0].field).toBe('parentEventId');
    const self = await ctx
      .http()
      .patch(api(`/events/${expo.id}`))
      .set(owner.auth)
      .send({ parentEventId: session.id });
    expect(self.status).toBe(400);
    const noCurrency = await ctx
      .http()
      .post(api('/events'))
      .set(owner.auth)
      .send({
        title: { en: 'Signing' },
        kind: 'signing_ceremony',
        startsAt: '2024-03-25T09:00:00+08:00',
        timeZone: 'Asia/Shanghai',
        signingTotals: [{ kind: 'projects', count: 3, amount: '100' }],
      });
    expect(noCurrency.status).toBe(400);
    expect(noCurrency.body.details[0].field).toBe('signingTotals[0]');
  });
});
