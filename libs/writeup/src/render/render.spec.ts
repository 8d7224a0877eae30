import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeWriteup } from '../compose-writeup.js';
import { buildSeedEvent, SEED_EVENT } from '../testing/seed-event.fixture.js';
import { LANGS } from '../testing/expectations.js';
import { renderDocx, renderHtml, renderMarkdown, renderText } from './index.js';

const hostile = () => {
  const s = buildSeedEvent();
  s.title = { ja: '<script>alert("x")</script> & 交流会', zh: '<b>交流会</b> & "会"', en: "<i>Meeting</i> & 'Forum'" };
  return s;
};

describe('renderers', () => {
  it('renders Markdown with the headline, dateline, headings and every paragraph', () => {
    const w = composeWriteup(SEED_EVENT, 'en');
    const md = renderMarkdown(w);
    expect(md.startsWith(`# ${w.headline.text}\n\n*${w.dateline}*\n\n`)).toBe(true);
    expect(md).toContain('## 14 cooperation projects signed');
    expect(md.split('\n\n').length).toBe(2 + w.paragraphs.length + w.paragraphs.filter((p) => p.heading).length);
  });

  it('joins the sentences of a paragraph as the language does', () => {
    const ja = renderText(composeWriteup(SEED_EVENT, 'ja'));
    expect(ja).toContain('開かれた。山東省副省長');
    const en = renderText(composeWriteup(SEED_EVENT, 'en'));
    expect(en).toContain('in Qingdao. Attending the meeting were');
  });

  it('renders HTML in an article, escaping every text', () => {
    for (const lang of LANGS) {
      const html = renderHtml(composeWriteup(hostile(), lang));
      expect(html.startsWith(`<article lang="${lang}" class="writeup">\n<h1>`)).toBe(true);
      expect(html).not.toMatch(/<(script|b|i)>/);
      expect(html).toContain('&lt;');
      expect(html).toContain('&amp;');
      expect(html).toMatch(/<h2>[^<]+<\/h2>/);
      expect(html.trimEnd().endsWith('</article>')).toBe(true);
    }
    expect(renderHtml(composeWriteup(hostile(), 'en'))).toContain('&lt;i&gt;Meeting&lt;/i&gt; &amp; &#39;Forum&#39;');
  });

  it('escapes Markdown markup in texts', () => {
    const md = renderMarkdown(composeWriteup(hostile(), 'en'));
    expect(md).toContain('\\<i\\>Meeting\\</i\\>');
  });

  it('keeps record text from adding headings, lists, quotes, links or autolinks to the Markdown', () => {
    const s = buildSeedEvent();
    s.title = { en: '# Heading\n- item\n> quote\n1. first [link](http://evil.example) <http://x.example> https://y.example www.z.example' };
    s.participantGroups[0].category = { en: '\n\n## injected\n\n* list' };
    const md = renderMarkdown(composeWriteup(s, 'en'));
    const lines = md.split('\n');
    // only the headline, section headings and the notes heading start a block with markup
    expect(lines.filter((l) => /^#{1,6} /.test(l)).every((l) => !l.includes('injected') && !l.startsWith('# # '))).toBe(true);
    expect(lines.some((l) => /^(\s*[-*+] |\s*\d+[.)] |\s*>)/.test(l) && !l.startsWith('- '))).toBe(false);
    expect(md).not.toMatch(/[^\\]\]\(/);
    expect(md).not.toMatch(/[^\\]<http/);
    expect(md).not.toMatch(/[^\\]https:\/\//);
    expect(md).toContain('\\# Heading');
    expect(md).toContain('www\\.z');
  });

  it('shows the warnings as notes for the editor under the text in every format', async () => {
    const s = buildSeedEvent();
    s.speeches[0].keyPoints[0] = { en: 'Only in English' };
    const w = composeWriteup(s, 'ja');
    expect(renderMarkdown(w)).toContain('### 編集メモ');
    expect(renderMarkdown(w)).toContain('Only in English');
    expect(renderText(w)).toContain('編集メモ');
    expect(renderHtml(w)).toContain('<aside class="editor-notes">');
    const xml = await (await JSZip.loadAsync(await renderDocx(w))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Only in English');
    expect(renderMarkdown(composeWriteup(SEED_EVENT, 'ja'))).not.toContain('編集メモ');
  });

  it('renders plain text with the headline first', () => {
    const w = composeWriteup(SEED_EVENT, 'zh');
    const text = renderText(w);
    expect(text.split('\n')[0]).toBe(w.headline.text);
    expect(text).toContain('200余人');
  });

  it.each(LANGS)('renders a Word document (%s) holding the headline and the paragraphs', async (lang) => {
    const w = composeWriteup(SEED_EVENT, lang);
    const buffer = await renderDocx(w);
    expect(buffer.length).toBeGreaterThan(1000);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(w.headline.text);
    expect(xml).toContain(w.paragraphs.at(-1)!.sentences[0].text);
    if (lang !== 'en') expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:eastAsia="');
  });

  it('escapes XML in the Word document', async () => {
    const buffer = await renderDocx(composeWriteup(hostile(), 'en'));
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('&lt;i&gt;Meeting&lt;/i&gt; &amp;');
  });

  it.each([
    ['zh', ['第 ', ' 页 共 ', ' 页'], '仿宋_GB2312', '黑体'],
    ['ja', [' / ', ' ページ'], 'ＭＳ 明朝', 'ＭＳ ゴシック'],
    ['en', ['Page ', ' of '], 'Times New Roman', 'Arial'],
  ] as const)(
    'sets a %s Word document in its house style: fonts, black headings, no italics, page numbers',
    async (lang, pageWords, bodyFont, headingFont) => {
      const w = composeWriteup(SEED_EVENT, lang);
      const zip = await JSZip.loadAsync(await renderDocx(w));
      const styles = await zip.file('word/styles.xml')!.async('string');
      const document = await zip.file('word/document.xml')!.async('string');
      const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
      expect(footerName).toBeDefined();
      const footer = await zip.file(footerName!)!.async('string');

      // page number fields in the footer, in the language's words
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      for (const word of pageWords) expect(footer).toContain(`>${word}<`);

      const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
      const body = style('BodyText');
      expect(body).toContain(lang === 'en' ? `w:ascii="${bodyFont}"` : `w:eastAsia="${bodyFont}"`);
      for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6']) {
        expect(style(id), id).toContain('<w:color w:val="000000"/>');
        if (id !== 'Title') expect(style(id), id).toContain(lang === 'en' ? `w:ascii="${headingFont}"` : `w:eastAsia="${headingFont}"`);
      }
      // nothing italic anywhere: no <w:i/> turned on in the styles or the text
      expect(styles).not.toMatch(/<w:i\/>|<w:i w:val="(true|1|on)"\/>/);
      expect(document).not.toMatch(/<w:i\/>|<w:i w:val="(true|1|on)"\/>/);
    },
  );

  it("writes the dateline in each language's convention", async () => {
    const xml = async (lang: 'zh' | 'ja' | 'en') =>
      (await JSZip.loadAsync(await renderDocx(composeWriteup(SEED_EVENT, lang)))).file('word/document.xml')!.async('string');
    // zh and ja: a paragraph of its own in the Dateline style
    expect(await xml('zh')).toMatch(/<w:pStyle w:val="Dateline"\/>[\s\S]*?2024年3月25日/);
    expect(await xml('ja')).toMatch(/<w:pStyle w:val="Dateline"\/>[\s\S]*?2024年3月25日/);
    // en: run in before the lead, the place in capitals
    const en = await xml('en');
    expect(en).not.toContain('w:val="Dateline"/>');
    expect(en).toMatch(/<w:rStyle w:val="DatelineRunIn"\/>[\s\S]*?QINGDAO, March 25, 2024 — /);
  });
});
