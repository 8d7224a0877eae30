import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../libs/core/src/index.js';
import type { Writeup } from '../libs/writeup/src/types.js';
import { buildShape, type Built } from './support/build-shape.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';
import { SHAPES, type Shape } from './support/writeup-shapes.js';

/**
 * The presider's script through the API on events of two shapes (a bilateral signing without an agenda, a delegation
 * visit with an unveiling), in three languages and two formats; a deputy replacing a leader at the last minute
 * appears on the script, the sign-in sheet, the attendance report and the writeup; the outputs list says which files
 * changed since they were downloaded.
 */

const LANGS: Language[] = ['zh', 'ja', 'en'];
const api = (path: string) => `/api/v1${path}`;
const bilateral = SHAPES.find((s) => s.name.startsWith('bilateral signing'))!;
const visit = SHAPES.find((s) => s.name.startsWith('a delegation visit'))!;
const FONTS: Record<Language, string> = { zh: '仿宋_GB2312', ja: 'ＭＳ 明朝', en: 'Times New Roman' };
const ADDRESS: Record<Language, RegExp> = {
  zh: /请.+致辞。/,
  ja: /より.*ご挨拶を頂戴いたします。/,
  en: /may I invite .+ to deliver an address\./,
};

let ctx: TestContext;
let owner: Session;
let official: Session;
let other: Session;
let f: ReturnType<typeof registerFixtures>;
const built = new Map<string, Built>();

const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function script(session: Session, eventId: string, lang: Language, format = 'md') {
  const req = ctx
    .http()
    .get(api(`/events/${eventId}/script?lang=${lang}&format=${format}`))
    .set(session.auth);
  return format === 'docx' ? req.buffer(true).parse(binary as never) : req;
}

async function scriptText(eventId: string, lang: Language): Promise<string> {
  const res = await script(owner, eventId, lang);
  expect(res.status).toBe(200);
  return res.text;
}

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function outputs(eventId: string) {
  const res = await ctx
    .http()
    .get(api(`/events/${eventId}/outputs`))
    .set(owner.auth);
  expect(res.status).toBe(200);
  const items = res.body.items as { kind: string; lang: Language; lastDownloadedAt: string | null; changedSinceDownload: boolean }[];
  return (kind: string, lang: Language) => items.find((i) => i.kind === kind && i.lang === lang)!;
}

/** The people the roll introduces: the shape's lead order without its presiders. */
const rollOf = (shape: Shape) => shape.expect.leadOrder.filter((key) => shape.attendees.find((a) => a.person === key)?.role !== 'presider');
const nameOf = (shape: Shape, key: string, lang: Language) => shape.people[key].name[lang]!;

/** Positions of each needle in the text, in order; -1 when missing or out of order. */
const inOrder = (haystack: string, needles: string[]) => {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    if (at >= 0) from = at + n.length;
    return at;
  });
};

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Protocol office');
  official = await ctx.newMember(owner, 'official');
  other = await ctx.newWorkspace('Another office');
  f = registerFixtures(ctx);
  for (const shape of [bilateral, visit]) built.set(shape.name, await buildShape(f, owner, shape));
});
afterAll(async () => {
  await ctx?.close();
});

describe("the presider's script", () => {
  for (const shape of [bilateral, visit]) {
    for (const lang of LANGS) {
      it(`${shape.name} (${lang}): introduces the guests in protocol order, then each item in turn, and closes`, async () => {
        const { eventId } = built.get(shape.name)!;
        const md = await scriptText(eventId, lang);
        expect(md.startsWith(`# ${shape.event.title[lang]}`)).toBe(true);
        const sections = md.split(/\n## /);
        expect(sections).toHaveLength(5);
        const [, opening, introduction, programme, closing] = sections;
        expect(opening).toContain(shape.event.title[lang]!);
        const roll = rollOf(shape).map((key) => nameOf(shape, key, lang));
        expect(inOrder(introduction, roll)).not.toContain(-1);
        const presider = shape.attendees.find((a) => a.role === 'presider')!.person;
        expect(introduction).not.toContain(nameOf(shape, presider, lang));
        expect(closing).toContain(shape.event.title[lang]!);
        if (shape === bilateral) {
          // addresses by the speakers in the recorded order, then the signing with its signatories and witnesses
          expect(programme).toMatch(ADDRESS[lang]);
          const mou = shape.mous![0];
          const signing = programme.slice(
            programme.indexOf(lang === 'en' ? 'signing of' : lang === 'ja' ? '調印を執り行います' : '签约。'),
          );
          expect(programme).toContain(lang === 'en' ? mou.title.en!.slice(0, 40) : mou.title[lang]!);
          expect(
            inOrder(
              signing,
              mou.parties.map((p) => nameOf(shape, p.signatory!, lang)),
            ),
          ).not.toContain(-1);
          for (const w of mou.witnesses!) expect(signing).toContain(nameOf(shape, w, lang));
          expect(
            inOrder(
              programme,
              ['wu', 'brenner'].map((k) => nameOf(shape, k, lang)),
            ),
          ).not.toContain(-1);
        } else {
          // the unveiling with both performers
          const subject = shape.agenda![0].subject![lang]!;
          expect(programme).toContain(subject);
          for (const p of shape.agenda![0].performers!) expect(programme).toContain(nameOf(shape, p, lang));
        }
      });
    }
  }

  for (const lang of LANGS) {
    it(`is a Word document in the house fonts (${lang}), named after the event's date and title`, async () => {
      const { eventId } = built.get(bilateral.name)!;
      const res = await script(owner, eventId, lang, 'docx');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain(`2024-06-18_`);
      expect(res.headers['content-disposition']).toContain(`script-${lang}.docx`);
      const zip = await JSZip.loadAsync(res.body as Buffer);
      const xml = await zip.file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain(bilateral.event.title[lang]!);
      expect(
        inOrder(
          text,
          rollOf(bilateral).map((k) => nameOf(bilateral, k, lang)),
        ),
      ).not.toContain(-1);
      expect(await zip.file('word/styles.xml')!.async('string')).toContain(FONTS[lang]);
    });
  }

  it('is readable by officials, hidden from other workspaces, and refuses bad queries', async () => {
    const { eventId } = built.get(visit.name)!;
    expect((await script(official, eventId, 'ja')).status).toBe(200);
    expect((await script(other, eventId, 'ja')).status).toBe(404);
    const badLang = await ctx
      .http()
      .get(api(`/events/${eventId}/script?lang=fr`))
      .set(owner.auth);
    expect(badLang.status).toBe(400);
    expect(badLang.body.code).toBe('VALIDATION_FAILED');
    const badFormat = await ctx
      .http()
      .get(api(`/events/${eventId}/script?format=pdf`))
      .set(owner.auth);
    expect(badFormat.status).toBe(400);
  });
});

describe('a deputy attends in a leader’s place (代理出席)', () => {
  let eventId: string;
  let deputyId: string;
  const deputyName = { zh: '顾明远', ja: '顧明遠', en: 'Gu Mingyuan' };

  beforeAll(async () => {
    eventId = built.get(bilateral.name)!.eventId;
    // the mayor's deputy works for the same city government
    const wu = await ctx
      .http()
      .get(api(`/people/${built.get(bilateral.name)!.people.get('wu')!.id}`))
      .set(owner.auth);
    const cityId = (wu.body.positions as { organizationId: string }[])[0].organizationId;
    const deputy = await f.person(owner, {
      name: deputyName,
      protocolRank: 40,
      positions: [{ title: { zh: '常务副市长', ja: '常務副市長', en: 'Executive Vice Mayor' }, organizationId: cityId }],
    });
    deputyId = deputy.id;
  });

  it('lists no output as changed before anything is downloaded', async () => {
    const out = await outputs(eventId);
    // (the scripts were downloaded by the tests above)
    for (const kind of ['writeup', 'attendance-report', 'sign-in-sheet']) {
      for (const lang of LANGS) expect(out(kind, lang)).toMatchObject({ lastDownloadedAt: null, changedSinceDownload: false });
    }
  });

  it('records downloads of the writeup, the reports and the script as unchanged', async () => {
    expect((await script(owner, eventId, 'zh')).status).toBe(200);
    expect((await script(official, eventId, 'en', 'docx')).status).toBe(200);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/writeup/file?lang=zh&format=md`))
          .set(owner.auth)
      ).status,
    ).toBe(200);
    const csv = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&lang=zh`))
      .set(owner.auth);
    expect(csv.status).toBe(200);
    const sheet = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/sign-in-sheet?format=pdf&lang=en`))
      .set(owner.auth)
      .buffer(true)
      .parse(binary as never);
    expect(sheet.status).toBe(200);
    const out = await outputs(eventId);
    for (const [kind, lang] of [
      ['script', 'zh'],
      ['script', 'en'],
      ['writeup', 'zh'],
      ['attendance-report', 'zh'],
      ['sign-in-sheet', 'en'],
    ] as const) {
      expect(out(kind, lang).lastDownloadedAt, `${kind} ${lang}`).not.toBeNull();
      expect(out(kind, lang).changedSinceDownload, `${kind} ${lang}`).toBe(false);
    }
    expect(out('sign-in-sheet', 'zh').lastDownloadedAt).toBeNull();
  });

  it('refuses a deputy from officials and bad bodies', async () => {
    const wu = built.get(bilateral.name)!.attendance.get('wu')!;
    const asOfficial = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${wu}/replace`))
      .set(official.auth)
      .send({ personId: deputyId });
    expect(asOfficial.status).toBe(403);
    const bad = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${wu}/replace`))
      .set(owner.auth)
      .send({ personId: 'nobody' });
    expect(bad.status).toBe(400);
    const attending = built.get(bilateral.name)!.people.get('brenner')!.id;
    const twice = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${wu}/replace`))
      .set(owner.auth)
      .send({ personId: attending });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_EXISTS');
  });

  it('replaces the mayor by his deputy in one step: the mayor absent, the deputy in his place with his speech and signature', async () => {
    const b = built.get(bilateral.name)!;
    const wu = b.attendance.get('wu')!;
    const res = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${wu}/replace`))
      .set(owner.auth)
      .send({ personId: deputyId });
    expect(res.status).toBe(200);
    expect(res.body.principal).toMatchObject({ id: wu, status: 'absent', deputyId: res.body.deputy.id });
    expect(res.body.deputy).toMatchObject({ personId: deputyId, role: 'speaker', status: 'registered', onBehalfOf: { attendeeId: wu } });
    expect(res.body.moved).toMatchObject({ speeches: 1, signatures: 1 });
    // the deputy sits next to the principal, not at the deputy's own (lower) rank
    expect(Math.abs(res.body.deputy.effectiveOrder - res.body.principal.effectiveOrder)).toBe(1);

    const again = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${wu}/replace`))
      .set(owner.auth)
      .send({ personId: deputyId });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_STATE_TRANSITION');

    // every output downloaded before now was made from the mayor's attendance: all changed
    const out = await outputs(eventId);
    for (const [kind, lang] of [
      ['script', 'zh'],
      ['script', 'en'],
      ['writeup', 'zh'],
      ['attendance-report', 'zh'],
      ['sign-in-sheet', 'en'],
    ] as const) {
      expect(out(kind, lang).changedSinceDownload, `${kind} ${lang}`).toBe(true);
    }
  });

  it('names the deputy on the mayor’s behalf in the script, in every language, where the mayor stood', async () => {
    const expected: Record<Language, RegExp> = {
      zh: new RegExp(`${deputyName.zh}（受南通市政府市长吴建平委托）`),
      ja: new RegExp(`呉建平様の代理として、.*${deputyName.ja}様`),
      en: new RegExp(`${deputyName.en}, Executive Vice Mayor of .*, on behalf of Wu Jianping, Mayor of`),
    };
    for (const lang of LANGS) {
      const md = await scriptText(eventId, lang);
      const [, , introduction, programme] = md.split(/\n## /);
      expect(introduction, lang).toMatch(expected[lang]);
      // the mayor's place: after the witnesses, before the other speaker
      const order = ['jiang', 'vogel'].map((k) => nameOf(bilateral, k, lang));
      expect(inOrder(introduction, [...order, deputyName[lang], nameOf(bilateral, 'brenner', lang)])).not.toContain(-1);
      expect(programme).toContain(deputyName[lang]);
    }
  });

  it('names the deputy in the writeup, the sign-in sheet and the attendance report', async () => {
    const w = await ctx
      .http()
      .get(api(`/events/${eventId}/writeup/document?lang=zh`))
      .set(owner.auth);
    const text = (w.body as Writeup).paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join('');
    expect(text).toContain(`${deputyName.zh}（受南通市政府市长吴建平委托）`);
    const en = await ctx
      .http()
      .get(api(`/events/${eventId}/writeup/document?lang=en`))
      .set(owner.auth);
    expect(JSON.stringify(en.body)).toContain('(on behalf of Wu Jianping, Mayor of');

    const sheet = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/sign-in-sheet?format=pdf&lang=en`))
      .set(owner.auth)
      .buffer(true)
      .parse(binary as never);
    const sheetText = (await pdfText(sheet.body as Buffer)).replace(/\s+/g, ' ');
    expect(sheetText).toContain(deputyName.en);
    expect(sheetText).toContain('on behalf of Wu Jianping');
    // the mayor will not be there to sign: his line is the deputy's
    expect(sheetText.replace('on behalf of Wu Jianping', '')).not.toContain('Wu Jianping');

    const csv = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&lang=zh`))
      .set(owner.auth);
    const line = csv.text.split('\n').find((l) => l.includes(deputyName.zh));
    expect(line).toContain('受吴建平委托');
  });

  it('lists an output as unchanged once downloaded again after the replacement', async () => {
    // the script (all languages) and the reports were downloaded again above; the writeup file was not
    let out = await outputs(eventId);
    expect(out('script', 'zh').changedSinceDownload).toBe(false);
    expect(out('sign-in-sheet', 'en').changedSinceDownload).toBe(false);
    expect(out('attendance-report', 'zh').changedSinceDownload).toBe(false);
    expect(out('writeup', 'zh').changedSinceDownload).toBe(true);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/writeup/file?lang=zh&format=docx`))
          .set(owner.auth)
      ).status,
    ).toBe(200);
    out = await outputs(eventId);
    expect(out('writeup', 'zh').changedSinceDownload).toBe(false);

    // a check-in changes the attendance report, not the sign-in sheet
    const brenner = built.get(bilateral.name)!.attendance.get('brenner')!;
    const checkIn = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${brenner}/check-in`))
      .set(owner.auth)
      .send({ checkedInAt: '2024-06-18T09:50:00+08:00' });
    expect(checkIn.status).toBe(200);
    out = await outputs(eventId);
    expect(out('attendance-report', 'zh').changedSinceDownload).toBe(true);
    expect(out('sign-in-sheet', 'en').changedSinceDownload).toBe(false);
  });

  it('keeps the deputy beside the principal when the principal’s rank changes, and keeps both on record', async () => {
    const b = built.get(bilateral.name)!;
    const wu = b.attendance.get('wu')!;
    const list = async () => {
      const res = await ctx
        .http()
        .get(api(`/events/${eventId}/attendees?pageSize=50`))
        .set(owner.auth);
      return res.body.items as { id: string; personId: string; effectiveOrder: number; onBehalfOf: { attendeeId: string } | null }[];
    };
    const deputyRow = (await list()).find((a) => a.onBehalfOf?.attendeeId === wu)!;
    // the mayor becomes the most senior person: his deputy moves with him, to the top
    const patched = await ctx
      .http()
      .patch(api(`/people/${b.people.get('wu')!.id}`))
      .set(owner.auth)
      .send({ protocolRank: 1 });
    expect(patched.status).toBe(200);
    const after = await list();
    const places = [after.find((a) => a.id === wu)!.effectiveOrder, after.find((a) => a.id === deputyRow.id)!.effectiveOrder].sort();
    expect(places).toEqual([1, 2]);
    // a deputy is not replaced in turn, and a principal with a deputy is not removed
    const chain = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${deputyRow.id}/replace`))
      .set(owner.auth)
      .send({ personId: b.people.get('lu')!.id });
    expect(chain.status).toBe(409);
    expect(chain.body.code).toBe('INVALID_STATE_TRANSITION');
    const removed = await ctx
      .http()
      .delete(api(`/events/${eventId}/attendees/${wu}`))
      .set(owner.auth);
    expect(removed.status).toBe(409);
  });

  it('hides the outputs of another workspace', async () => {
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/outputs`))
          .set(other.auth)
      ).status,
    ).toBe(404);
  });
});
