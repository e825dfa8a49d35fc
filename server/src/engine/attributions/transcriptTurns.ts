/**
 * A broadcast transcript's turn: a paragraph that opens on its speaker's name in capitals and a colon, and goes on
 * for more than one sentence ("OKORO: We never shut the pier. The board did, and it knows that."). The name is the
 * source, the colon the cue, the rest of the paragraph what the speaker said, with no quotation marks: a
 * transcript prints speech as it was said. A one-sentence line after a colon is headlineColon's (a headline reads
 * the same way); desk labels in capitals ("UPDATE:", "EXCLUSIVE:") and credit lines are nobody's speech.
 */
import type { Span } from '../model';
import { CAPITALS_SPEAKER } from '../lexicon/cues';
import { HEADLINE_LABELS, isCreditLine } from '../lexicon/furniture';
import { inCapitals } from '../text/titleCase';
import type { Found } from './readingUnits';
import { tidy, trimEnd } from './words';

export function transcriptTurn(text: string, sentences: Span[], found: Found[], quotes: Span[]): Found[] {
  const m = CAPITALS_SPEAKER.exec(text);
  if (!m || sentences.length < 2 || HEADLINE_LABELS.test(m[1]) || isCreditLine(text)) return [];
  const colon = m[1].length;
  // a cue before the colon makes it a clause's, not a label's ("MARSH SAID:" is not printed in transcripts)
  if (found.some((f) => (f.cue ?? f.content).start <= colon)) return [];
  const content = tidy(text, m[0].length, trimEnd(text, m[0].length, text.length));
  // a heading run in capitals ("HARBOUR: FERRIES DELAYED. MORE SOON.") is no turn: speech is in mixed case
  if (inCapitals(text.slice(content.start, content.end))) return [];
  const partial = quotes.some((q) => q.start >= content.start && q.start < content.end);
  return [{ kind: partial ? 'partial' : 'indirect', source: { start: 0, end: colon }, cue: { start: colon, end: colon + 1 }, content }];
}
