import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition, fileDisposition, reportFileName, type FileExt, type FileKind } from './report-file-name.js';

describe('reportFileName', () => {
  it('keeps the title in its script and makes it safe for a file system', () => {
    expect(reportFileName({ eventTitle: '鲁港科技创新合作交流会', date: '2024-03-25', kind: 'attendance', ext: 'pdf' })).toBe(
      '2024-03-25_鲁港科技创新合作交流会_attendance.pdf',
    );
    expect(reportFileName({ eventTitle: ' A/B: "Q&A"  day\n2 ', date: '2024-03-25', kind: 'sign-in-sheet', ext: 'xlsx' })).toBe(
      '2024-03-25_A_B_Q&A_day_2_sign-in-sheet.xlsx',
    );
  });

  it('shortens a very long title and rejects a malformed date', () => {
    const name = reportFileName({ eventTitle: '会'.repeat(300), date: '2024-03-25', kind: 'attendance', ext: 'csv' });
    expect(Array.from(name).length).toBeLessThan(120);
    expect(() => reportFileName({ eventTitle: 'x', date: '25/03/2024', kind: 'attendance', ext: 'csv' })).toThrow(RangeError);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and an RFC 8187 UTF-8 name for a Chinese title', () => {
    const header = contentDisposition('2024-03-25_鲁港科技创新合作交流会_attendance.pdf');
    expect(header).toBe(
      `attachment; filename=2024-03-25_${'_'.repeat(11)}_attendance.pdf; filename*=UTF-8''2024-03-25_` +
        `${encodeURIComponent('鲁港科技创新合作交流会')}_attendance.pdf`,
    );
    const encoded = header.split("filename*=UTF-8''")[1];
    expect(decodeURIComponent(encoded)).toBe('2024-03-25_鲁港科技创新合作交流会_attendance.pdf');
  });

  it('strips quotes and backslashes from the fallback and percent-encodes what attr-char forbids', () => {
    const header = contentDisposition(`a"b\\c'(d)*.csv`);
    expect(header).toContain('filename="abc\'(d)*.csv"');
    expect(header).toContain("filename*=UTF-8''a%22b%5Cc%27%28d%29%2A.csv");
    // nothing in the header can break out of it
    expect(contentDisposition('x\r\ny.csv')).not.toMatch(/[\r\n]/);
  });
});

describe('fileDisposition', () => {
  const file = (eventTitle: string, kind: FileKind, ext: FileExt) => ({ eventTitle, date: '2024-03-25', kind, ext });

  it('names a zh, ja and en writeup after the date and the title in its language, with an ASCII fallback', () => {
    expect(fileDisposition(file('鲁港科技创新合作交流会', 'writeup-zh', 'docx'))).toBe(
      `attachment; filename=2024-03-25_writeup-zh.docx; filename*=UTF-8''2024-03-25_${encodeURIComponent('鲁港科技创新合作交流会')}_writeup-zh.docx`,
    );
    expect(fileDisposition(file('魯港科学技術革新協力交流会', 'writeup-ja', 'md'))).toBe(
      `attachment; filename=2024-03-25_writeup-ja.md; filename*=UTF-8''2024-03-25_${encodeURIComponent('魯港科学技術革新協力交流会')}_writeup-ja.md`,
    );
    const en = fileDisposition(file('Shandong–Hong Kong Science and Technology Cooperation Meeting', 'writeup-en', 'html'));
    expect(en).toBe(
      'attachment; filename=2024-03-25_Shandong-Hong_Kong_Science_and_Technology_Cooperation_Meeting_writeup-en.html; ' +
        "filename*=UTF-8''2024-03-25_Shandong%E2%80%93Hong_Kong_Science_and_Technology_Cooperation_Meeting_writeup-en.html",
    );
  });

  it('sends a plain ASCII name once, without filename*', () => {
    expect(fileDisposition(file('Annual Forum', 'attendance', 'pdf'))).toBe('attachment; filename=2024-03-25_Annual_Forum_attendance.pdf');
    expect(asciiFileName(file('Café Día', 'sign-in-sheet', 'xlsx'))).toBe('2024-03-25_Cafe_Dia_sign-in-sheet.xlsx');
  });
});
