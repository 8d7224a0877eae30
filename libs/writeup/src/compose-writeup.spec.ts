import { describe, expect, it } from 'vitest';
import { composeWriteup, NAMED_PARTICIPANTS } from './compose-writeup.js';
import { WriteupNotAvailableError } from './errors.js';
import type { EventSnapshot } from './event-snapshot.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from './house-style/house-style.js';
import { buildSeedEvent, SEED_EVENT, SEED_LEAD_ORDER, seedOrganizations, seedPeople } from './testing/seed-event.fixture.js';
import { core, coreIn, joined, LANGS, orgNameIn, positionTexts, section, textIn } from './testing/expectations.js';
import type { Writeup } from './types.js';

/** Headlines state the news: 14 projects signed. */
const HEADLINES = {
  ja: '山東・香港科学技術イノベーション協力交流会　協力プロジェクト14件に調印',
  zh: '鲁港科技创新合作交流会举行 14个项目集中签约',
  en: '14 cooperation projects signed in Qingdao',
} as const;
/** How a person is named after the first mention. */
const SHORT = {
  ja: (p: { name: { ja?: string } }) => `${p.name.ja!.slice(0, 1)}氏`,
  zh: (p: { name: { zh?: string } }) => p.name.zh!,
  en: (p: { name: { en?: string } }) => p.name.en!.split(' ')[0],
};

const PARTICIPANTS = { ja: '200人以上', zh: '200余人', en: 'more than 200 people' } as const;
const DATES = { ja: '3月25日', zh: '3月25日', en: 'March 25' } as const;

function allIds(s: EventSnapshot): Set<string> {
  const ids = [
    s.id,
    ...s.attendees.flatMap((a) => [a.id, a.person.id, ...a.person.positions.flatMap((p) => p.organization?.id ?? [])]),
    ...s.speeches.flatMap((sp) => [sp.id, sp.speaker.id, ...sp.speaker.positions.flatMap((p) => p.organization?.id ?? [])]),
    ...s.agenda.flatMap((a) => [a.id, a.organization?.id ?? '']),
    ...s.mous.flatMap((m) => [
      m.id,
      ...m.parties.map((p) => p.organization.id),
      ...m.parties.flatMap((p) => p.signatory?.id ?? []),
      ...m.witnesses.map((w) => w.id),
    ]),
    ...s.projects.map((p) => p.id),
    ...s.participantGroups.map((g) => g.id),
    ...[...s.hosts, ...s.coHosts].map((o) => o.id),
  ];
  return new Set(ids.filter(Boolean));
}

describe.each(LANGS)('composeWriteup(seed event, %s)', (lang) => {
  const w: Writeup = composeWriteup(SEED_EVENT, lang);
  const lead = joined(w, section(w, 'lead'));

  it('writes the headline from the news, within wire length', () => {
    expect(w.headline.text).toBe(HEADLINES[lang]);
    expect(w.headline.sources[0]).toEqual({ type: 'event', id: 'evt-seed' });
    expect(w.headline.sources.filter((s) => s.type === 'project')).toHaveLength(14);
    expect(w.headline.text.length).toBeLessThanOrEqual(lang === 'en' ? 90 : 40);
  });

  it('opens the lead with the local date, the event and the venue', () => {
    const first = section(w, 'lead')[0].sentences[0].text;
    expect(first).toContain(DATES[lang]);
    expect(first).toContain(textIn(SEED_EVENT.title, lang));
    expect(first).toContain(textIn(SEED_EVENT.venue, lang));
    expect(w.dateline).toContain('2024');
  });

  it('states every official of the lead, in protocol order, with all positions in order', () => {
    const ids = [...SEED_LEAD_ORDER.speakers, ...SEED_LEAD_ORDER.presiders, ...SEED_LEAD_ORDER.guests];
    const people = ids.map((id) => SEED_EVENT.attendees.find((a) => a.id === id)!.person);
    const at = people.map((p) => lead.indexOf(textIn(p.name, lang)));
    at.forEach((i) => expect(i).toBeGreaterThanOrEqual(0));
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const introduced = new Set<string>();
    people.forEach((person, k) => {
      // titles come before the name in ja and zh, after it in en
      const segment =
        lang === 'en'
          ? lead.slice(at[k], k + 1 < at.length ? at[k + 1] : undefined)
          : lead.slice(k === 0 ? 0 : at[k - 1] + textIn(people[k - 1].name, lang).length, at[k]);
      let from = 0;
      for (const text of positionTexts(person, lang, introduced)) {
        const i = segment.indexOf(text, from);
        expect(i, `${text} for ${person.id}`).toBeGreaterThanOrEqual(0);
        from = i;
      }
    });
  });

  it('names the leaders in protocol order across roles, then who presided, then who spoke, by short name', () => {
    const sentences = section(w, 'lead')[0].sentences;
    expect(sentences).toHaveLength(4);
    const attendeesOf = (i: number) => sentences[i].sources.filter((s) => s.type === 'attendee').map((s) => s.id);
    expect(attendeesOf(1)).toEqual([...SEED_LEAD_ORDER.speakers, ...SEED_LEAD_ORDER.presiders, ...SEED_LEAD_ORDER.guests]);
    expect(attendeesOf(2)).toEqual([...SEED_LEAD_ORDER.presiders]);
    expect(sentences[2].text).toContain(SHORT[lang](seedPeople.sun));
    expect(sentences[3].sources.filter((s) => s.type === 'speech').map((s) => s.id)).toEqual(['sp-song', 'sp-zhao', 'sp-wong', 'sp-chen']);
    for (const p of [seedPeople.song, seedPeople.zhao, seedPeople.chen]) expect(sentences[3].text).toContain(SHORT[lang](p));
    if (lang !== 'zh') expect(sentences[3].text).not.toContain(textIn(seedPeople.song.name, lang));
  });

  it('gives one paragraph per address, in speaking order, attributed to the speaker', () => {
    const addresses = section(w, 'address');
    const speeches = SEED_EVENT.speeches.filter((s) => s.kind === 'address');
    expect(addresses).toHaveLength(speeches.length);
    addresses.forEach((p, i) => {
      const speech = speeches[i];
      const text = joined(w, [p]);
      expect(p.sentences.every((s) => s.sources.some((r) => r.type === 'speech' && r.id === speech.id))).toBe(true);
      if (speech.speaker.id !== 'per-wong') expect(text).toContain(SHORT[lang](speech.speaker));
      expect(text).not.toContain(lang === 'zh' ? positionTexts(speech.speaker, lang)[0] : textIn(speech.speaker.name, lang));
      for (const kp of speech.keyPoints) expect(text).toContain(coreIn(textIn(kp, lang), lang));
    });
  });

  it('states the unveiled centre, the MoU parties and the project count', () => {
    expect(joined(w, section(w, 'unveiling'))).toContain(textIn(SEED_EVENT.agenda[2].subject, lang));
    const mou = joined(w, section(w, 'mou'));
    expect(mou).toContain(orgNameIn(seedOrganizations.scoHolding, lang));
    expect(mou).toContain(orgNameIn(seedOrganizations.hkstp, lang, true));
    const projects = section(w, 'projects');
    expect(projects).toHaveLength(1);
    expect(joined(w, projects)).toContain('14');
    expect(projects[0].heading).toContain('14');
    expect(projects[0].sentences[0].sources).toHaveLength(14);
    expect(joined(w, projects)).toContain(textIn(SEED_EVENT.projects[0].title, lang));
    expect(joined(w, projects)).toContain(textIn(SEED_EVENT.projects[1].title, lang));
    expect(joined(w, projects)).not.toContain(textIn(SEED_EVENT.projects[2].title, lang));
  });

  it('quotes the remarks with their speakers, introducing new people with their positions', () => {
    const quotes = joined(w, section(w, 'quotes'));
    for (const speech of SEED_EVENT.speeches.filter((s) => s.kind !== 'address')) {
      const paragraph = section(w, 'quotes').find((p) => p.sentences.some((s) => s.sources.some((r) => r.id === speech.id)));
      expect(paragraph, speech.id).toBeDefined();
      for (const q of speech.quotes) expect(quotes).toContain(core(textIn(q, lang)).split(/[。.]/)[0]);
    }
    const introduced = new Set(
      SEED_EVENT.attendees.flatMap((a) => (a.role === 'participant' ? [] : a.person.positions.flatMap((p) => p.organization?.id ?? []))),
    );
    for (const text of positionTexts(seedPeople.zhou, lang, introduced)) expect(quotes).toContain(text);
    for (const text of positionTexts(seedPeople.liuChangwen, lang, introduced)) expect(quotes).toContain(text);
  });

  it('states the policy presentation, the site visit, the participant count and the other leaders', () => {
    expect(joined(w, section(w, 'policy'))).toContain(textIn(SEED_EVENT.agenda[5].subject, lang));
    expect(joined(w, section(w, 'visit'))).toContain(textIn(SEED_EVENT.agenda[7].subject, lang));
    const closing = joined(w, section(w, 'closing'));
    expect(closing).toContain(PARTICIPANTS[lang]);
    expect(closing).toContain(textIn(seedPeople.yu.name, lang));
    expect(closing).toContain(textIn(seedPeople.liuYuyong.name, lang));
    expect(closing).not.toContain(textIn(seedPeople.zhou.name, lang));
  });

  it('keeps the sections in the order of the genre, with no warnings', () => {
    const order = [...new Set(w.paragraphs.map((p) => p.section))];
    expect(order).toEqual(['lead', 'address', 'unveiling', 'mou', 'projects', 'quotes', 'policy', 'visit', 'closing']);
    expect(w.warnings).toEqual([]);
  });

  it('gives every sentence at least one source, each a record of the snapshot', () => {
    const ids = allIds(SEED_EVENT);
    const sentences = [w.headline, ...w.paragraphs.flatMap((p) => p.sentences)];
    for (const s of sentences) {
      expect(s.sources.length, s.text).toBeGreaterThan(0);
      for (const ref of s.sources) expect(ids.has(ref.id), `${ref.type}:${ref.id}`).toBe(true);
      expect(s.text.trim()).toBe(s.text);
      expect(s.text.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic', () => {
    expect(composeWriteup(SEED_EVENT, lang)).toEqual(w);
    expect(composeWriteup(buildSeedEvent(), lang)).toEqual(w);
  });

  it('leaves out sections that have no records', () => {
    const bare = buildSeedEvent();
    bare.speeches = [];
    bare.mous = [];
    bare.projects = [];
    bare.agenda = [];
    bare.participantGroups = [];
    bare.attendees = bare.attendees.filter((a) => a.role !== 'participant');
    const out = composeWriteup(bare, lang);
    expect(out.paragraphs.map((p) => p.section)).toEqual(['lead']);
  });

  it('writes an event with a single speaker and no MoU', () => {
    const one = buildSeedEvent();
    one.attendees = one.attendees.filter((a) => a.role !== 'speaker' || a.id === 'att-song');
    one.speeches = one.speeches.filter((s) => s.id === 'sp-song');
    one.mous = [];
    const out = composeWriteup(one, lang);
    expect(section(out, 'address')).toHaveLength(1);
    expect(section(out, 'mou')).toHaveLength(0);
    expect(section(out, 'quotes')).toHaveLength(0);
    expect(joined(out, out.paragraphs)).not.toContain(orgNameIn(seedOrganizations.scoHolding, lang));
    const spoke = section(out, 'lead')[0].sentences.at(-1)!;
    expect(spoke.sources.filter((s) => s.type === 'speech').map((s) => s.id)).toEqual(['sp-song']);
    expect(spoke.text).toContain(SHORT[lang](seedPeople.song));
    expect(spoke.text).not.toContain(SHORT[lang](seedPeople.zhao));
  });

  it('falls back to another language for a missing text and lists it in the warnings', () => {
    const partial = buildSeedEvent();
    const song = partial.attendees[0].person;
    delete song.name[lang];
    delete partial.speeches[0].keyPoints[0][lang];
    const out = composeWriteup(partial, lang);
    const used = lang === 'zh' ? 'ja' : 'zh';
    const placeholder = { ja: '【要翻訳】', zh: '【待翻译】', en: '[translation needed]' }[lang];
    expect(joined(out, section(out, 'lead'))).toContain(song.name[used]!);
    // a name in the same script stands; English prose gets a placeholder holding the original
    if (lang === 'en') expect(joined(out, section(out, 'lead'))).toContain(`[translation needed: ${song.name[used]}]`);
    // a sentence in another language never stands in the prose
    expect(joined(out, section(out, 'address'))).toContain(placeholder);
    expect(joined(out, section(out, 'address'))).not.toContain(core(partial.speeches[0].keyPoints[0][used]!));
    const nameCode = lang === 'en' ? 'TRANSLATION_NEEDED' : 'LANGUAGE_FALLBACK';
    expect(out.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: nameCode, field: 'name', recordType: 'person', recordId: 'per-song', requested: lang, used }),
        {
          code: 'TRANSLATION_NEEDED',
          field: 'keyPoints[0]',
          recordType: 'speech',
          recordId: 'sp-song',
          requested: lang,
          used,
          text: partial.speeches[0].keyPoints[0][used],
        },
      ]),
    );
    // one warning per field and record, however often the text is used
    expect(out.warnings.filter((x) => x.recordId === 'per-song')).toHaveLength(1);
  });

  it('refuses a cancelled event with a typed error', () => {
    const cancelled = { ...buildSeedEvent(), status: 'cancelled' as const };
    expect(() => composeWriteup(cancelled, lang)).toThrow(WriteupNotAvailableError);
    try {
      composeWriteup(cancelled, lang);
    } catch (e) {
      expect((e as WriteupNotAvailableError).code).toBe('EVENT_CANCELLED');
      expect((e as WriteupNotAvailableError).eventId).toBe('evt-seed');
    }
  });
});

describe('composeWriteup details', () => {
  it('writes in the house style: English titles after names in lower case, さん, and each dateline form', () => {
    const s = buildSeedEvent();
    const style: HouseStyle = { englishTitleCase: false, japaneseHonorific: 'san', dateline: { en: 'wire', ja: 'bracket', zh: 'dian' } };
    const en = composeWriteup(s, 'en', { style });
    expect(en.dateline).toBe('QINGDAO, March 25 —');
    expect(joined(en, section(en, 'lead'))).toContain(
      'Song Junji, vice governor of Shandong Province; Zhao Haozhi, deputy secretary of the Qingdao Municipal Party Committee',
    );
    const ja = composeWriteup(s, 'ja', { style });
    expect(ja.dateline).toBe('【青島市3月25日】');
    expect(joined(ja, section(ja, 'lead'))).toContain('宋軍継さん');
    expect(joined(ja, section(ja, 'lead'))).not.toContain('氏');
    const zh = composeWriteup(s, 'zh', { style });
    expect(zh.dateline).toBe('青岛3月25日电');
    const plain = composeWriteup(s, 'ja', { style: { ...DEFAULT_HOUSE_STYLE, dateline: { ...DEFAULT_HOUSE_STYLE.dateline, ja: 'date' } } });
    expect(plain.dateline).toBe('2024年3月25日');
    expect(composeWriteup(s, 'en').dateline).toBe('Qingdao, March 25, 2024');
  });

  it("states a side's delegation with its head and size after the leaders, and leaves out a head not present", () => {
    const s = buildSeedEvent();
    const head = s.attendees.find((a) => a.person.id === seedPeople.wong.id)!;
    s.delegations = [
      { id: 'del-1', sideName: { zh: '香港', ja: '香港', en: 'Hong Kong' }, head: head.person, headAttendeeId: head.id, size: 11 },
    ];
    const lead = (lang: 'ja' | 'zh' | 'en') => section(composeWriteup(s, lang), 'lead')[0].sentences.map((x) => x.text);
    expect(lead('en')[2]).toBe('An 11-member delegation from Hong Kong led by Wong attended the meeting.');
    expect(lead('ja')[2]).toBe('黄氏率いる香港の11人の代表団が交流会に参加した。');
    expect(lead('zh')[2]).toBe('以黄克强为团长的香港11人代表团出席交流会。');
    const w = composeWriteup(s, 'en');
    expect(w.paragraphs[0].sentences[2].sources).toEqual(expect.arrayContaining([{ type: 'delegation', id: 'del-1' }]));
    s.delegations[0].headAttendeeId = 'not-present';
    s.delegations[0].size = null;
    s.delegations[0].name = { en: 'Hong Kong innovation delegation' };
    expect(lead('en')[2]).toBe('The Hong Kong innovation delegation attended the meeting.');
  });

  it('dates the event in its own time zone', () => {
    const late = { ...buildSeedEvent(), startsAt: '2024-03-24T17:30:00Z', endsAt: null };
    expect(section(composeWriteup(late, 'en'), 'lead')[0].sentences[0].text).toContain('March 25');
    const utc = { ...late, timeZone: 'UTC' };
    expect(section(composeWriteup(utc, 'en'), 'lead')[0].sentences[0].text).toContain('March 24');
  });

  it('warns about an unknown time zone and an unknown sector', () => {
    const odd = buildSeedEvent();
    odd.timeZone = 'Mars/Olympus';
    odd.projects[0].sector = 'space_mining';
    const w = composeWriteup(odd, 'en');
    expect(joined(w, section(w, 'projects'))).toContain('space_mining');
    expect(w.warnings.map((x) => x.code).sort()).toEqual(['INVALID_TIME_ZONE', 'UNKNOWN_SECTOR']);
    expect(w.warnings.find((x) => x.code === 'UNKNOWN_SECTOR')).toMatchObject({ recordType: 'project', recordId: 'prj-01' });
  });

  it('states a multi-day event, a theme and the hosts', () => {
    const s = buildSeedEvent();
    s.endsAt = '2024-03-26T08:00:00Z';
    s.theme = { zh: '创新合作', ja: 'イノベーション協力', en: 'Innovation and Cooperation' };
    s.hosts = [seedOrganizations.shandongSt];
    s.coHosts = [seedOrganizations.scoZone];
    const en = composeWriteup(s, 'en');
    expect(en.paragraphs[0].sentences[0].text).toBe(
      'The Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting, themed “Innovation and Cooperation”, was held on March 25–26 at the SCO Demonstration Zone in Qingdao.',
    );
    expect(joined(en, section(en, 'closing'))).toContain(
      'The meeting was hosted by the Shandong Provincial Department of Science and Technology and co-hosted by the SCO Demonstration Zone.',
    );
    const zh = composeWriteup(s, 'zh');
    expect(zh.paragraphs[0].sentences[0].text).toBe('3月25日至26日，以“创新合作”为主题的鲁港科技创新合作交流会在青岛上合示范区举行。');
    expect(joined(zh, section(zh, 'closing'))).toContain('本次交流会由山东省科技厅主办，上合示范区联合主办。');
    const ja = composeWriteup(s, 'ja');
    expect(ja.paragraphs[0].sentences[0].text).toBe(
      '山東・香港科学技術イノベーション協力交流会が3月25日から26日まで、「イノベーション協力」をテーマに青島市の上海協力機構モデル区で開かれた。',
    );
  });

  it('states who signed and who witnessed in the lead, by short name, and the purpose in the agreement section', () => {
    const s = buildSeedEvent();
    s.mous[0].parties[1].signatory = seedPeople.wong;
    s.mous[0].witnesses = [seedPeople.song, seedPeople.zhao];
    const lead = (lang: 'ja' | 'zh' | 'en') => section(composeWriteup(s, lang), 'lead')[0].sentences.at(-1)!.text;
    expect(lead('en')).toBe(
      'Wong signed the Memorandum of Understanding on Jointly Building the Shandong-Hong Kong Science and Technology Cooperation Innovation Center for HKSTP with SCO Holding Group, witnessed by Song and Zhao.',
    );
    expect(lead('zh')).toBe('在宋军继、赵豪志的见证下，黄克强代表香港科技园公司与上合控股集团签署《共建鲁港科技合作创新中心合作备忘录》。');
    expect(lead('ja')).toBe(
      '宋氏と趙氏の立ち会いの下、香港サイエンスパーク公社を代表して黄氏がSCOホールディンググループとの「山東・香港科学技術協力イノベーションセンター共同建設に関する覚書」に署名した。',
    );
    const en = composeWriteup(s, 'en');
    expect(joined(en, section(en, 'mou'))).toMatch(/^Under the memorandum, the two sides will connect/);
    // the party signed with is a source of the sentence that names it
    const sources = section(en, 'lead')[0].sentences.at(-1)!.sources;
    for (const party of s.mous[0].parties) expect(sources).toContainEqual({ type: 'organization', id: party.organization.id });
  });

  it('introduces a party first named as the one signed with by its full name, not an abbreviation never given', () => {
    const s = buildSeedEvent();
    s.mous[0].parties[0].signatory = seedPeople.wong;
    s.mous[0].parties[1] = {
      organization: {
        id: 'org-must',
        kind: 'university',
        region: null,
        name: { en: 'Macau University of Science and Technology', zh: '澳门科技大学' },
        shortName: { en: 'MUST', zh: '澳科大' },
      },
      signatory: null,
    };
    const en = composeWriteup(s, 'en');
    expect(section(en, 'lead')[0].sentences.at(-1)!.text).toMatch(/ with the Macau University of Science and Technology \(MUST\)\.$/);
  });

  it('names each agreement by its document type and states a planned one as an intention', () => {
    const s = buildSeedEvent();
    s.mous[0].documentType = 'strategic_cooperation_agreement';
    s.mous[0].status = 'planned';
    const text = (lang: 'ja' | 'zh' | 'en') => {
      const w = composeWriteup(s, lang);
      return { heading: section(w, 'mou')[0].heading, body: joined(w, section(w, 'mou')) };
    };
    s.agenda = s.agenda.filter((a) => a.kind !== 'unveiling');
    expect(text('zh').heading).toBe('签署战略合作协议');
    expect(text('zh').body).toContain('上合控股集团与香港科技园公司将签署《');
    expect(text('zh').body).toContain('根据协议，双方将');
    expect(text('ja').heading).toBe('戦略的協力協定に調印');
    expect(text('ja').body).toContain('に調印する予定だ。');
    expect(text('en').heading).toBe('Strategic cooperation agreement signed');
    expect(text('en').body).toContain('will sign the Memorandum');
    expect(text('en').body).toContain('Under the agreement, the two sides will');
  });

  it('merges a matchmaking session into the site visit that follows it, and states it alone otherwise', () => {
    const s = buildSeedEvent();
    expect(section(composeWriteup(s, 'en'), 'visit')[0].sentences).toHaveLength(1);
    s.agenda = s.agenda.filter((a) => a.kind !== 'site_visit');
    const w = composeWriteup(s, 'en');
    expect(joined(w, section(w, 'visit'))).toBe('A business matchmaking session was also held.');
  });

  it('names all projects when there are three or fewer', () => {
    const s = buildSeedEvent();
    s.projects = s.projects.slice(0, 3);
    const w = composeWriteup(s, 'en');
    expect(section(w, 'projects')[0].sentences[0].text).toBe(
      'Three cooperation projects were signed during the meeting: the Handle Technology Application Standards Joint Laboratory Center, the SCO Cross-Border Communication Data Innovation Center and Shandong-Hong Kong cooperation project 3.',
    );
  });

  it('writes a scheduled event as a preview, and warns about a held event dated in the future or a past one not marked held', () => {
    const s = buildSeedEvent();
    s.status = 'scheduled';
    const now = new Date('2024-03-01T00:00:00Z');
    const preview = composeWriteup(s, 'zh', { now });
    expect(preview.paragraphs[0].sentences[0].text).toBe('鲁港科技创新合作交流会将于3月25日在青岛上合示范区举行。');
    expect(preview.headline.text).toBe('鲁港科技创新合作交流会将在上合示范区举行');
    expect(section(preview, 'address')).toHaveLength(0);
    expect(joined(preview, section(preview, 'projects'))).toContain('将集中签约');
    expect(composeWriteup(s, 'en', { now }).paragraphs[0].sentences[0].text).toContain('will be held on March 25');
    expect(composeWriteup(s, 'ja', { now }).paragraphs[0].sentences[0].text).toContain('開かれる予定だ。');

    const past = composeWriteup(s, 'en', { now: new Date('2024-04-01T00:00:00Z') });
    expect(past.paragraphs[0].sentences[0].text).toContain('was held on');
    expect(past.warnings.map((w) => w.code)).toEqual(['NOT_MARKED_HELD']);

    const early = composeWriteup(buildSeedEvent(), 'en', { now });
    expect(early.paragraphs[0].sentences[0].text).toContain('was held on');
    expect(early.warnings.map((w) => w.code)).toEqual(['HELD_IN_FUTURE']);
  });

  it('leaves out invited attendees of a held event and their speeches, and warns about protocol ties', () => {
    const s = buildSeedEvent();
    const zhao = s.attendees.find((a) => a.id === 'att-zhao')!;
    zhao.status = 'invited';
    // a name the writeup does not write is not one to translate
    zhao.person.name = { zh: zhao.person.name.zh };
    s.attendees.find((a) => a.id === 'att-wong')!.rank = 30;
    s.attendees.find((a) => a.id === 'att-chen')!.rank = 30;
    const w = composeWriteup(s, 'en');
    expect(joined(w, w.paragraphs)).not.toContain('Zhao');
    expect(w.warnings).toEqual([
      expect.objectContaining({ code: 'UNCONFIRMED_ATTENDANCE', recordType: 'attendee', recordId: 'att-zhao' }),
      expect.objectContaining({ code: 'PROTOCOL_TIE', recordType: 'attendee', recordId: 'att-chen' }),
    ]);
  });

  it('keeps speeches in their agenda segment and orders them by kind within it', () => {
    const s = buildSeedEvent();
    s.speeches = s.speeches.filter((sp) => sp.kind === 'address').map((sp) => ({ ...sp, agendaItemId: 'ag-addresses' }));
    s.speeches[3] = { ...s.speeches[3], kind: 'welcome_address' };
    const lead = section(composeWriteup(s, 'en'), 'lead')[0].sentences.at(-1)!.text;
    expect(lead).toBe('Chen delivered a welcome address, and Song, Zhao and Wong gave addresses.');
  });

  it('lists several participant groups with their qualifiers', () => {
    const s = buildSeedEvent();
    s.participantGroups = [
      { id: 'g1', category: { zh: '企业', ja: '企業', en: 'companies' }, count: 120, qualifier: 'about' },
      { id: 'g2', category: { zh: '高校', ja: '大学', en: 'universities' }, count: 30, qualifier: 'nearly' },
      { id: 'g3', category: { zh: '媒体', ja: '報道機関', en: 'the media' }, count: 12, qualifier: 'exact' },
    ];
    const closing = (lang: 'ja' | 'zh' | 'en') => section(composeWriteup(s, lang), 'closing')[0].sentences[0].text;
    expect(closing('en')).toBe(
      'Taking part in the meeting were about 120 people from companies, nearly 30 people from universities and 12 people from the media.',
    );
    expect(closing('ja')).toBe('企業から約120人、大学から30人近く、報道機関から12人が参加した。');
    expect(closing('zh')).toBe('来自企业的约120人、来自高校的近30人、来自媒体的12人参加交流会。');
  });

  describe('participants not otherwise named', () => {
    const companies = [
      'Qingdao Marine Robotics Co.',
      'University of Jinan',
      'Yantai Biotech Ltd.',
      'Weifang Port Group',
      'Linyi Logistics Co.',
    ];
    /** the seed event with `count` participants of its own instead of the seed's, from five organizations in turn */
    function withParticipants(count: number): EventSnapshot {
      const s = buildSeedEvent();
      const others = s.attendees.filter((a) => a.role !== 'participant');
      const last = Math.max(...others.map((a) => a.order));
      const orgs = companies.map((en, i) => ({
        id: `org-c${i}`,
        kind: en.startsWith('University') ? 'university' : 'enterprise',
        name: { zh: `参会企业${i + 1}`, ja: `参加企業${i + 1}`, en },
      }));
      s.attendees = [
        ...others,
        ...Array.from({ length: count }, (_, i) => ({
          id: `att-c${i}`,
          person: {
            id: `per-c${i}`,
            name: { zh: `参会者${i + 1}`, ja: `参加者${i + 1}`, en: `Attendee ${i + 1}` },
            positions: [{ title: { zh: '代表', ja: '代表', en: 'delegate' }, organization: orgs[i % orgs.length] }],
          },
          role: 'participant' as const,
          order: last + 1 + i,
          status: 'checked_in' as const,
        })),
      ];
      return s;
    }
    const closing = (s: EventSnapshot, lang: 'ja' | 'zh' | 'en') =>
      section(composeWriteup(s, lang), 'closing')[0].sentences.find((x) =>
        x.sources.some((r) => r.type === 'person' || r.type === 'event'),
      )!;

    it(`names up to ${NAMED_PARTICIPANTS} by name, with their organizations`, () => {
      const s = withParticipants(NAMED_PARTICIPANTS);
      for (const lang of LANGS) {
        const sentence = closing(s, lang);
        expect(sentence.sources.filter((r) => r.type === 'person')).toHaveLength(NAMED_PARTICIPANTS);
        expect(sentence.text).toContain({ zh: '参会者30', ja: '参加者30氏', en: 'Attendee 30' }[lang]);
      }
    });

    it('states more as a number, naming the first organizations in protocol order', () => {
      const s = withParticipants(NAMED_PARTICIPANTS + 1);
      expect(closing(s, 'zh').text).toBe('另有来自参会企业1、参会企业2、参会企业3等5家单位的31人参加了交流会。');
      expect(closing(s, 'ja').text).toBe('このほか、参加企業1、参加企業2、参加企業3など5団体から31人が出席した。');
      expect(closing(s, 'en').text).toBe(
        'Another 31 people from five organizations, including Qingdao Marine Robotics Co., the University of Jinan and Yantai Biotech Ltd., attended.',
      );
      // the event (whose attendees they are) and the organizations named, not thousands of people
      expect(closing(s, 'en').sources).toEqual([
        { type: 'event', id: s.id },
        { type: 'organization', id: 'org-c0' },
        { type: 'organization', id: 'org-c1' },
        { type: 'organization', id: 'org-c2' },
      ]);
    });

    it('names all their organizations when there are three or fewer, and none when they have none', () => {
      const s = withParticipants(40);
      s.attendees = s.attendees.map((a) =>
        a.role === 'participant'
          ? { ...a, person: { ...a.person, positions: a.person.positions.filter((p) => p.organization!.id < 'org-c2') } }
          : a,
      );
      // 40 people, 16 of them from the first two organizations (the others hold no position there)
      expect(closing(s, 'zh').text).toBe('另有40人参加了交流会，其中16人来自参会企业1和参会企业2。');
      expect(closing(s, 'ja').text).toBe('このほか、40人が出席し、うち16人は参加企業1と参加企業2の関係者だった。');
      expect(closing(s, 'en').text).toBe(
        'Another 40 people attended, 16 of them from Qingdao Marine Robotics Co. and the University of Jinan.',
      );
      s.attendees = s.attendees.map((a) => (a.role === 'participant' ? { ...a, person: { ...a.person, positions: [] } } : a));
      expect(closing(s, 'zh').text).toBe('另有40人参加了交流会。');
      expect(closing(s, 'ja').text).toBe('このほか、40人が出席した。');
      expect(closing(s, 'en').text).toBe('Another 40 people attended.');
    });

    it('says companies when every organization is one, and names all three when there are three', () => {
      const s = withParticipants(40);
      const university = (a: EventSnapshot['attendees'][number]) => a.person.positions[0]?.organization?.id === 'org-c1';
      s.attendees = s.attendees.map((a) =>
        a.role === 'participant' && university(a) ? { ...a, person: { ...a.person, positions: [] } } : a,
      );
      // 32 of the 40 from the four companies; the university's 8 hold no position
      expect(closing(s, 'zh').text).toBe('另有40人参加了交流会，其中32人来自参会企业1、参会企业3、参会企业4等4家企业。');
      expect(closing(s, 'ja').text).toBe('このほか、40人が出席し、うち32人は参加企業1、参加企業3、参加企業4など4社の関係者だった。');
      expect(closing(s, 'en').text).toBe(
        'Another 40 people attended, 32 of them from four companies, including Qingdao Marine Robotics Co., Yantai Biotech Ltd. and Weifang Port Group.',
      );
      // everyone from one of three companies, the last named ending in a full stop
      const three = withParticipants(80);
      three.attendees = three.attendees.filter(
        (a) => a.role !== 'participant' || !['org-c1', 'org-c3'].includes(a.person.positions[0].organization!.id),
      );
      expect(closing(three, 'en').text).toBe(
        'Another 48 people from Qingdao Marine Robotics Co., Yantai Biotech Ltd. and Linyi Logistics Co. attended.',
      );
      expect(closing(three, 'zh').text).toBe('另有来自参会企业1、参会企业3和参会企业5的48人参加了交流会。');
      expect(closing(three, 'ja').text).toBe('このほか、参加企業1、参加企業3、参加企業5から48人が出席した。');
    });

    it('adds the crowd read as figures: its number, and its organizations in their protocol places among the others', () => {
      const s = withParticipants(2);
      const [first, second] = s.attendees.filter((a) => a.role === 'participant');
      const last = first.order - 1;
      first.order = last + 2; // of org-c0
      second.order = last + 5; // of org-c1
      // the five organizations, org-c0 to org-c4
      const orgs = withParticipants(5)
        .attendees.filter((a) => a.role === 'participant')
        .map((a) => a.person.positions[0].organization!);
      s.crowd = {
        count: 40,
        withOrganization: 35,
        organizations: [
          { organization: orgs[3], order: last + 1, position: 0 },
          { organization: orgs[0], order: last + 3, position: 0 },
          { organization: orgs[4], order: last + 4, position: 1 },
        ],
      };
      expect(closing(s, 'zh').text).toBe('另有42人参加了交流会，其中37人来自参会企业4、参会企业1、参会企业5等4家单位。');
      expect(closing(s, 'en').text).toBe(
        'Another 42 people attended, 37 of them from four organizations, including Weifang Port Group, Qingdao Marine Robotics Co. and Linyi Logistics Co.',
      );
      expect(
        closing(s, 'en')
          .sources.slice(1)
          .map((r) => r.id),
      ).toEqual(['org-c3', 'org-c0', 'org-c4']);
    });

    it('states them in the future before the event', () => {
      const s = { ...withParticipants(5_000), status: 'scheduled' as const, startsAt: '2099-03-25T01:00:00Z', endsAt: null };
      expect(closing(s, 'zh').text).toBe('另有来自参会企业1、参会企业2、参会企业3等5家单位的5000人将参加交流会。');
      expect(closing(s, 'ja').text).toBe('このほか、参加企業1、参加企業2、参加企業3など5団体から5000人が出席する予定だ。');
      expect(closing(s, 'en').text).toBe(
        'Another 5,000 people from five organizations, including Qingdao Marine Robotics Co., the University of Jinan and Yantai Biotech Ltd., will attend.',
      );
    });
  });
});
