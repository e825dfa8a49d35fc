/**
 * Whether a plain-text or Markdown file reads like a news story. Journalists keep stories as .txt and .md, but so
 * does every code project (README.md, CHANGELOG.md, LICENSE.txt): only files that look like reporting are
 * analysed unasked.
 *
 * A story is prose about people: most of its lines are sentences, it names people and institutions (or opens on
 * a dateline), it reports on others rather than instructing its reader, and it has next to no code, markup or
 * legal clauses. Quotation marks and reporting verbs are not required: stories built
 * on documents, polls or paraphrase, analyses and columns have few of either in the opening. Measured with
 * `npm run eval -- --detection DIR...` (README "Measuring it").
 */
import { READER_OBLIGATION_WORDS } from '../lexicon/documents';

const ARTICLE_EXTENSIONS = /\.(article|news)$/i;
const PROSE_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** Files that are always articles. */
export const isArticlePath = (path: string): boolean => ARTICLE_EXTENSIONS.test(path);

/** Files that may be articles, when their text looks like one. */
export const isProsePath = (path: string): boolean => PROSE_EXTENSIONS.test(path);

/**
 * Marks of code and markup, one per token: backticks, links and URLs, an HTML tag (one, however many attributes:
 * a story may embed a post), braces and operators, identifiers (snake_case, camelCase, calls, versions, file
 * names), and Markdown's headings, lists, quotes, fences and indented code.
 */
const TECHNICAL =
  /`|:\/\/|\]\(|<\/?[A-Za-z][^<>\n]{0,300}>|[{}<>=|\\]|\b\w+_\w+\b|\b[a-z]+[A-Z]\w*|\bv?\d+\.\d+\.\d+|\w\.(?:js|ts|json|md|html|css|sh)\b|\w\(\)|^[ \t]*(?:#|[-*+][ \t]|>|    \S)/gm;
/** A wire dateline opening a paragraph: "SPRINGFIELD, Ill. (AP) —". */
const DATELINE = /(?:^|\n)[ \t]*[A-Z][A-Z.’' -]{1,40}(?:,[ \t][A-Za-z. ]{2,20})?(?:[ \t]\([A-Za-z. ]{1,20}\))?[ \t]*[—–-]{1,2}[ \t]/;
/** Clause letters and numbers, "(a)", "(iv)": the skeleton of licences and contracts, not of news copy. */
const CLAUSE = /\([a-z0-9]{1,3}\)/g;
/** Two or more capitalised words inside a sentence (not after its full stop): a person's or an institution's name. */
const NAME = /(?<=[^\s.!?] )[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)+/g;
/** A dozen words in capitals in a row: a legal disclaimer shouting (a headline run-in in capitals is shorter). */
const SHOUTING = /\b[A-Z]{2,}(?:[\s,;:"'“”()/-]+[A-Z]+\b){11,}/;
/** A run that is a sentence: it opens like one and ends with a full stop, question, exclamation or colon. */
const SENTENCE_OPENING = /^[("“‘'A-Z0-9$]/;
const SENTENCE_ENDING = /(?:[.!?:][”"’)\]]*|[”"])$/;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const readerObligations = (text: string) => (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => READER_OBLIGATION_WORDS.has(w)).length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The text's sentence runs: lines joined while they break mid-sentence (hard-wrapped paragraphs), cut at a line
 * that ends like a sentence and at blank lines.
 */
function* runs(text: string): Generator<string> {
  let run = '';
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      if (run) yield run;
      run = '';
      continue;
    }
    run = run ? `${run} ${trimmed}` : trimmed;
    if (SENTENCE_ENDING.test(trimmed)) {
      yield run;
      run = '';
    }
  }
  if (run) yield run;
}

/** How many words the text has, and how many of them stand in runs that read as sentences with no code in them. */
function proseWords(text: string): { words: number; prose: number } {
  let words = 0;
  let prose = 0;
  for (const run of runs(text)) {
    const n = wordCount(run);
    words += n;
    const sentence = n >= 4 && SENTENCE_OPENING.test(run) && SENTENCE_ENDING.test(run);
    if (sentence && count(run, TECHNICAL) === 0) prose += n;
  }
  return { words, prose };
}

/** Only the first 20,000 characters are read: the opening decides. */
export function looksLikeArticle(text: string): boolean {
  const head = text.slice(0, 20_000);
  const { words, prose } = proseWords(head);
  if (words < 15 || prose * 10 < words * 3) return false;
  if (count(head, TECHNICAL) * 100 > words * 6) return false;
  if (count(head, CLAUSE) >= 3 || SHOUTING.test(head) || readerObligations(head) * 100 > words * 5) return false;
  return count(head, NAME) >= 1 || DATELINE.test(head);
}
