/**
 * Quotations attributed with no verb: signed with a dash (“…” ― Dana Whitfield), introduced by a name and a
 * colon (Jeffrey Jones: “…”), or a headline that names its source before a colon.
 */
import type { Span } from '../model';
import { coverage } from '../text/spanIndex';
import { TIME_WORDS } from '../lexicon/cues';
import type { Vocabulary } from '../lexicon/vocabulary';
import { type Found, insideQuote } from './readingUnits';
import { SOURCE_WINDOW, phraseBefore, phraseAfter } from './sources';
import { tokensIn, isBlank, isCapitalised, trimEnd, tidy } from './words';
import { HEADLINE_LABELS } from '../lexicon/furniture';

/** A quotation signed with a dash and a name, as in a vox pop: “…” ― Dana Whitfield. */
export function signedQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  const out: Found[] = [];
  const covered = coverage(found.map((f) => f.content));
  for (const q of quotes) {
    if (covered(q)) continue;
    const dash = /^[.,]?\s*[―—–]\s*/.exec(text.slice(q.end, q.end + 8));
    if (!dash) continue;
    const cueStart = q.end + dash[0].search(/[―—–]/);
    const source = phraseAfter(text, q.end + dash[0].length, text.length, vocabulary);
    const endsLine = source && /^[ \t.,]*(?:[\r\n]|$)/.test(text.slice(source.end, source.end + 4));
    if (!source || !endsLine || !/^\p{Lu}/u.test(text[source.start])) continue;
    out.push({ kind: 'direct', source, cue: { start: cueStart, end: cueStart + 1 }, content: { ...q }, quoteSpan: q });
  }
  return out;
}

/**
 * A name and a colon with no verb, as in a round-up or a transcript: Jeffrey Jones: “…”, "doesn't surprise
 * pollster Daron Shaw: “…”". The colon is the cue; the name must be capitalised, so "one message for voters:"
 * introduces nobody.
 */
export function colonQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  const out: Found[] = [];
  const covered = coverage(found.map((f) => f.content));
  for (const q of quotes) {
    if (covered(q)) continue;
    const lead = Math.max(0, q.start - 4);
    const colon = /:\s*$/.exec(text.slice(lead, q.start));
    if (!colon) continue;
    const at = lead + colon.index;
    const phrase = phraseBefore(text, Math.max(0, at - SOURCE_WINDOW), at, vocabulary);
    const words = phrase ? tokensIn(text, phrase.start, phrase.end) : [];
    let first = words.length;
    while (first > 0 && isCapitalised(words[first - 1]) && !TIME_WORDS.has(words[first - 1].lower)) first--;
    if (first === words.length || insideQuote(quotes, at)) continue;
    const source = { start: words[first].start, end: words[words.length - 1].end };
    out.push({ kind: 'direct', source, cue: { start: at, end: at + 1 }, content: { ...q }, quoteSpan: q });
  }
  return out;
}

/**
 * A headline that names its source before a colon: "Whitfield: Harbour ‘Will Not Close’", "Port Authority:
 * Talks to Resume". The whole line is one short paragraph with no full stop; the source is one to five words,
 * the last capitalised.
 */
export function headlineColon(text: string, found: Found[], quotes: Span[]): Found[] {
  const line = trimEnd(text, 0, text.length);
  if (found.length > 0 || line > 160 || /[.!?]$/.test(text.slice(0, line)) || /[\r\n]/.test(text.slice(0, line))) return [];
  const m = /^([^:]{2,60}): +(?=\S)/.exec(text);
  if (!m || HEADLINE_LABELS.test(m[1].trim()) || insideQuote(quotes, m[1].length)) return [];
  const words = tokensIn(text, 0, m[1].length);
  const last = words[words.length - 1];
  if (!words.length || words.length > 5 || !isCapitalised(last) || !isBlank(text, 0, words[0].start)) return [];
  const content = tidy(text, m[0].length, line);
  const quote = quotes.find((q) => q.start === content.start && q.end >= content.end - 1);
  return [{
    kind: quote ? 'direct' : quotes.some((q) => q.start >= content.start) ? 'partial' : 'indirect',
    source: { start: words[0].start, end: last.end },
    cue: { start: m[1].length, end: m[1].length + 1 },
    content,
    ...(quote ? { quoteSpan: quote } : {}),
  }];
}
