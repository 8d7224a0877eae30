import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { PdfTable } from './pdf-table.js';
import { ReportFonts } from './report-fonts.js';

function table(lang: 'zh' | 'en', lastNumber: string): { doc: PDFKit.PDFDocument; table: PdfTable } {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: true });
  const fonts = new ReportFonts(doc, lang);
  const columns = [
    { title: 'No.', weight: 1, fit: [lastNumber], align: 'right' as const },
    { title: 'Name', weight: 4 },
    { title: 'Organization', weight: 6 },
  ];
  return { doc, table: new PdfTable(doc, fonts, 40, 515, columns) };
}

describe('PdfTable', () => {
  it('measures the row numbers of a column fitted to the last one without shaping each number', () => {
    const { doc, table: t } = table('zh', '50000');
    const shaped = vi.spyOn(doc, 'heightOfString');
    const heights = new Set<number>();
    for (let n = 10_000; n <= 50_000; n += 997) heights.add(t.rowBlock([String(n), `参会者${n}`, '单位'], false).height);
    heights.add(t.rowBlock(['50000', '参会者50000', '单位'], false).height);
    expect(shaped).not.toHaveBeenCalled();
    // every row one line high, as the widest number set on its own line
    expect(heights.size).toBe(1);
    const [oneLine] = heights;
    expect(oneLine).toBeLessThan(2 * doc.fontSize(8.5).currentLineHeight(true) + 7);
  });

  it('still wraps, and measures in full, a text wider than its column', () => {
    const { doc, table: t } = table('en', '9');
    const shaped = vi.spyOn(doc, 'heightOfString');
    const short = t.rowBlock(['1', 'Ada', 'Org'], false).height;
    const long = t.rowBlock(['2', 'Ada', 'The Provincial Department of Science and Technology of a Very Long Name Indeed'], false).height;
    expect(shaped).toHaveBeenCalled();
    expect(long).toBeGreaterThan(short);
  });
});
