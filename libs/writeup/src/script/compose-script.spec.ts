import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Language } from '@app/core';
import type { EventSnapshot, SnapshotPerson } from '../event-snapshot.js';
import { LANGS } from '../testing/expectations.js';
import { SEED_EVENT, buildSeedEvent, seedPeople } from '../testing/seed-event.fixture.js';
import { composeScript } from './compose-script.js';
import { renderScriptMarkdown } from './render-script.js';
import type { PresiderScript, ScriptSection } from './script-types.js';
import { SIGNING_EVENT, signingPeople } from './testing/signing-event.fixture.js';

const section = (s: PresiderScript, kind: ScriptSection['kind']) => s.sections.find((x) => x.kind === kind);
const text = (sec?: ScriptSection) => (sec?.blocks ?? []).map((b) => b.text).join('\n');
const name = (p: SnapshotPerson, lang: Language) => p.name[lang]!;
const title = (p: SnapshotPerson, lang: Language) => p.positions[0].title[lang]!;

/** Index of each needle in order; -1 for one missing or out of order. */
function inOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    if (at >= 0) from = at + n.length;
    return at;
  });
}

/** The people the introduction names: guests and speakers registered or checked in, in protocol order. */
const rollOf = (s: EventSnapshot) =>
  s.attendees.filter((a) => (a.role === 'guest' || a.role === 'speaker') && a.status !== 'invited').sort((a, b) => a.order - b.order);

const ADDRESS: Record<Language, RegExp> = { zh: /请.+致辞。/, ja: /ご挨拶を頂戴いたします。/, en: /to deliver an address\./ };
const OPEN: Record<Language, RegExp> = { zh: /我宣布：.+开幕！/, ja: /(開会|開催)いたします。/, en: /I now declare .+ open\./ };
const CLOSE: Record<Language, RegExp> = { zh: /到此结束。/, ja: /閉会いたします。/, en: /this concludes/ };
const BEHALF: Record<Language, (deputy: string, principal: string) => RegExp> = {
  zh: (d, p) => new RegExp(`${d}（受.*${p}委托）`),
  ja: (d, p) => new RegExp(`${p}様の代理として、.*${d}様`),
  en: (d, p) => new RegExp(`${d}, .*, on behalf of ${p}, `),
};

describe('composeScript', () => {
  for (const lang of LANGS) {
    describe(`a meeting with a full agenda (${lang})`, () => {
      const s = composeScript(SEED_EVENT, lang);

      it('opens with the greeting, the event and its place, and names the presider in the details', () => {
        expect(s.sections.map((x) => x.kind)).toEqual(['opening', 'introduction', 'programme', 'closing']);
        const opening = text(section(s, 'opening'));
        expect(opening).toContain(SEED_EVENT.venue![lang]!);
        expect(s.title).toContain(SEED_EVENT.title[lang]!);
        expect(s.details.map((d) => d.value).join('\n')).toContain(name(seedPeople.sun, lang));
        expect(s.details[0].value).toContain('2024');
      });

      it('introduces the guests and speakers in protocol order with their positions, not the presider nor participants', () => {
        const intro = section(s, 'introduction')!;
        const roll = intro.blocks.filter((b) => b.kind === 'roll');
        const expected = rollOf(SEED_EVENT);
        expect(roll).toHaveLength(expected.length);
        roll.forEach((line, i) => {
          expect(line.text).toContain(name(expected[i].person, lang));
          expect(line.text).toContain(title(expected[i].person, lang));
          expect(line.sources).toContainEqual({ type: 'attendee', id: expected[i].id });
        });
        expect(text(intro)).not.toContain(name(seedPeople.sun, lang));
        expect(text(intro)).not.toContain(name(seedPeople.zhou, lang));
      });

      it('takes the agenda in turn: opening, addresses in speaking order, unveiling, agreement, projects, policies, visit', () => {
        const programme = text(section(s, 'programme'));
        expect(programme).toMatch(OPEN[lang]);
        expect(programme).toMatch(ADDRESS[lang]);
        const speakers = [seedPeople.song, seedPeople.zhao, seedPeople.wong, seedPeople.chen].map((p) => name(p, lang));
        expect(inOrder(programme, speakers)).not.toContain(-1);
        const centre = SEED_EVENT.agenda.find((a) => a.kind === 'unveiling')!.subject![lang]!;
        const mou = SEED_EVENT.mous[0].title[lang]!;
        const policy = SEED_EVENT.agenda.find((a) => a.kind === 'policy_presentation')!.subject![lang]!;
        const [lastSpeaker] = inOrder(programme, [speakers.at(-1)!]);
        const [unveiling, signing, projects, policies] = inOrder(programme.slice(lastSpeaker), [centre, mou.slice(0, 12), '14', policy]);
        expect([unveiling, signing, projects, policies]).not.toContain(-1);
        // every project named, each with its party
        const lines = section(s, 'programme')!.blocks.filter((b) => b.kind === 'roll');
        expect(lines).toHaveLength(SEED_EVENT.projects.length);
      });

      it('thanks each speaker after the speech', () => {
        const blocks = section(s, 'programme')!.blocks;
        const invite = blocks.findIndex(
          (b) => b.sources.some((r) => r.type === 'speech' && r.id === 'sp-song') && ADDRESS[lang].test(b.text),
        );
        expect(invite).toBeGreaterThan(-1);
        expect(blocks[invite + 1].text).toMatch(
          lang === 'zh' ? /^感谢宋军继/ : lang === 'ja' ? /^宋軍継様、ありがとうございました。/ : /^Thank you, Vice Governor Song\./,
        );
      });

      it('closes with the event', () => {
        const closing = text(section(s, 'closing'));
        expect(closing).toMatch(CLOSE[lang]);
        expect(closing).toContain(SEED_EVENT.title[lang]!);
      });

      it('is deterministic and renders as Markdown with a heading per section', () => {
        expect(composeScript(SEED_EVENT, lang)).toEqual(s);
        const md = renderScriptMarkdown(s);
        expect(md.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(4);
        expect(md).toContain(s.notes.heading);
      });
    });

    describe(`a signing ceremony without an agenda, with a deputy and an unconfirmed invitee (${lang})`, () => {
      const s = composeScript(SIGNING_EVENT, lang);
      const p = signingPeople;
      const deputyLine = BEHALF[lang](name(p.deputy, lang), name(p.mayor, lang));

      it('introduces the deputy in the mayor’s place, on his behalf, and leaves out the invitee', () => {
        const roll = section(s, 'introduction')!.blocks.filter((b) => b.kind === 'roll');
        expect(roll.map((b) => b.sources.find((r) => r.type === 'attendee')!.id)).toEqual([
          'att-governor',
          'att-consul',
          'att-deputy',
          'att-ceo',
        ]);
        expect(roll[2].text).toMatch(deputyLine);
        const all = s.sections.map(text).join('\n');
        expect(all).not.toContain(name(p.invitee, lang));
        expect(s.notes.lines.join('\n')).toContain(name(p.invitee, lang));
      });

      it('infers the programme: the addresses as recorded, the signing with signatories and witnesses, closing remarks last', () => {
        const programme = text(section(s, 'programme'));
        const mou = SIGNING_EVENT.mous[0];
        const [welcome, address, signing, closingRemarks] = inOrder(programme, [
          name(p.ceo, lang),
          name(p.deputy, lang),
          lang === 'en' ? mou.title.en!.slice(0, 30) : mou.title[lang]!,
          name(p.governor, lang),
        ]);
        expect([welcome, address, signing, closingRemarks]).not.toContain(-1);
        const afterSigning = programme.slice(signing);
        // signatories in the parties' order, the deputy signing on the mayor's behalf; witnesses without the invitee
        expect(inOrder(afterSigning, [name(p.deputy, lang), name(p.ceo, lang)])).not.toContain(-1);
        expect(afterSigning).toMatch(lang === 'zh' ? /上台签约/ : lang === 'ja' ? /ご署名いただきますのは/ : /to the signing table/);
        expect(afterSigning).toMatch(lang === 'zh' ? /见证签约/ : lang === 'ja' ? /立会人として/ : /to witness the signing/);
        expect(inOrder(afterSigning, [name(p.governor, lang), name(p.consul, lang)])).not.toContain(-1);
        // the deputy's address is given on the mayor's behalf
        const invitation = section(s, 'programme')!.blocks.find((b) => b.sources.some((r) => r.type === 'speech' && r.id === 'sp-deputy'))!;
        expect(invitation.text).toContain(name(p.mayor, lang));
        expect(invitation.text).toMatch(
          lang === 'zh' ? /受.+委托致辞/ : lang === 'ja' ? /の代理としてご挨拶/ : /on behalf of .+ to deliver an address/,
        );
      });

      it('declares the ceremony open itself when no opening item is recorded, and greets by the local time of day', () => {
        const opening = text(section(s, 'opening'));
        // 14:30 in Shanghai
        expect(opening).toMatch(lang === 'zh' ? /大家下午好/ : lang === 'ja' ? /こんにちは/ : /good afternoon/);
        if (lang !== 'zh') expect(opening).toMatch(OPEN[lang]);
        expect(text(section(s, 'closing'))).toMatch(CLOSE[lang]);
      });
    });
  }

  it('leaves out a leader who will not come, and their speech, and calls up the parties when no signatory is to be there', () => {
    const event = buildSeedEvent();
    event.attendees = event.attendees.map((a) => (a.id === 'att-song' ? { ...a, status: 'invited' as const } : a));
    for (const lang of LANGS) {
      const s = composeScript(event, lang);
      expect(s.sections.map(text).join('\n')).not.toContain(name(seedPeople.song, lang));
      // the agreement has no signatory recorded: its parties' representatives are called up
      const parties = SEED_EVENT.mous[0].parties.map((x) => x.organization);
      const call = section(s, 'programme')!.blocks.find((b) => b.sources.some((r) => r.type === 'organization' && r.id === parties[0].id))!;
      expect(call.text).toMatch(
        lang === 'zh'
          ? /的代表上台签约。$/
          : lang === 'ja'
            ? /のご代表の皆様、ご登壇をお願いいたします。$/
            : /^May I invite the representatives of .+ to the signing table\.$/,
      );
    }
  });

  it('writes nothing for a cancelled event', () => {
    expect(() => composeScript({ ...SEED_EVENT, status: 'cancelled' }, 'zh')).toThrow();
  });
});

/** The real article the genre was learnt from; the script is written from records and templates, never copied from it. */
const SEED_ARTICLE = fileURLToPath(new URL('../../../../../shared/seed/article-ja.txt', import.meta.url));

describe.skipIf(!existsSync(SEED_ARTICLE))('originality against the seed article', () => {
  it('shares no sentence longer than 15 characters with the Japanese scripts', () => {
    const output = [SEED_EVENT, SIGNING_EVENT].map((e) => renderScriptMarkdown(composeScript(e, 'ja'))).join('\n');
    const sentences = readFileSync(SEED_ARTICLE, 'utf8')
      .split('。')
      .flatMap((chunk) => chunk.split(/\n+/))
      .map((x) => x.trim())
      .filter((x) => x.length > 15);
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(output, sentence).not.toContain(sentence);
  });
});
