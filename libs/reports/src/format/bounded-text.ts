/** The most characters a PDF cell prints; longer text is cut and ends in "…". */
export const PDF_CELL_MAX_CHARS = 300;
/** The most lines (positions, paragraphs) a PDF cell prints. */
export const PDF_CELL_MAX_LINES = 8;
/** Excel refuses a cell longer than this (the file would need "repair"). */
export const XLSX_CELL_MAX_CHARS = 32_767;

/** Runs of this many characters without a break opportunity get one; wrapping stays linear in the length. */
const UNBROKEN_RUN = 24;
const SOFT_HYPHEN = '\u00ad';
const ELLIPSIS = '…';
/** Characters between which no line may break: not spaces, not CJK (every CJK character is a break opportunity). */
const LONG_UNBROKEN = new RegExp(
  `[^\\s${SOFT_HYPHEN}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]{${UNBROKEN_RUN + 1},}`,
  'gu',
);

/** The first `max` characters (code points, never half a surrogate pair), with "…" when something was cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let count = 0;
  let keep = 0;
  for (const char of text) {
    if (++count > max) return text.slice(0, keep) + ELLIPSIS;
    if (count < max) keep += char.length;
  }
  return text;
}

/**
 * A cell's text bounded for PDF layout: at most `maxLines` lines and `maxChars` characters, and a soft hyphen
 * every 24 characters of a longer unbroken run. PDFKit measures an over-long word again for every line it
 * breaks it onto (quadratic: 30,000 unbroken characters took 47 s); a soft hyphen is invisible unless the
 * line breaks there, where it prints as a hyphen. A whole row therefore always fits on one page.
 */
export function boundedCellText(text: string, maxChars = PDF_CELL_MAX_CHARS, maxLines = PDF_CELL_MAX_LINES): string {
  // most cells: too short for anything below to change them
  if (text.length <= Math.min(UNBROKEN_RUN, maxChars) && maxLines >= 1 && !text.includes('\n')) return text;
  let bounded = truncateText(text, maxChars);
  const lines = bounded.split('\n');
  if (lines.length > maxLines) bounded = `${lines.slice(0, maxLines).join('\n')}${ELLIPSIS}`;
  return bounded.replace(LONG_UNBROKEN, (run) => {
    const chars = Array.from(run);
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += UNBROKEN_RUN) parts.push(chars.slice(i, i + UNBROKEN_RUN).join(''));
    return parts.join(SOFT_HYPHEN);
  });
}
