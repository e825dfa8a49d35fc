/**
 * Whether a plain-text or Markdown file reads like a news story. Journalists keep stories as .txt and .md, but so
 * does every code project (README.md, notes.txt): only files that look like reporting are analysed unasked.
 */

const ARTICLE_EXTENSIONS = /\.(article|news)$/i;
const PROSE_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** Files that are always articles. */
export const isArticlePath = (path: string): boolean => ARTICLE_EXTENSIONS.test(path);

/** Files that may be articles, when their text looks like one. */
export const isProsePath = (path: string): boolean => PROSE_EXTENSIONS.test(path);

const CUE = /\b(?:said|says|told|according to|added|noted|spokesman|spokeswoman|spokesperson)\b/gi;
const DATELINE = /(?:^|\n)[ \t]*[A-Z][A-Z.’' -]{1,40}(?:,[ \t][A-Za-z. ]{2,20})?(?:[ \t]\([A-Za-z. ]{1,20}\))?[ \t]*[—–-]{1,2}[ \t]/;
const CODE_SIGNS = /(?:^|\n)\s*(?:```|~~~|\$ |npm |import |def |function |#include|<\w+[^>\n]*>\s*$)/g;
const QUOTE_MARK = /[“”"]/g;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/**
 * A story has reporting verbs at a steady rate (at least two, and one per 250 words) or a dateline, quotation
 * marks, and few signs of code. Only the first 20,000 characters are read: the opening decides.
 */
export function looksLikeArticle(text: string): boolean {
  const head = text.slice(0, 20_000);
  const words = head.split(/\s+/).filter(Boolean).length;
  if (words < 60) return false;
  const cues = count(head, CUE);
  const codeSigns = count(head, CODE_SIGNS);
  if (codeSigns > 2 || codeSigns * 100 > words) return false;
  const reporting = cues >= 2 && cues * 250 >= words;
  return (reporting || DATELINE.test(head)) && count(head, QUOTE_MARK) >= 2;
}
