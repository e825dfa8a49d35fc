/**
 * Restatements: "The guild issued a statement saying the pier will close", "Brin responded by calling the plan “a
 * trap”". A content that opens with another attribution's cue (after "by" at most) and holds that attribution whole
 * says the same report twice: the inner reading (the participle's) is the report, the verb before it only relays it,
 * and PolNeAR annotates the inner one. So with a content that only names what the speaking was about and ends at
 * "by" and the participle that brings on the quotation ("explained the delay by saying: “…”"): the verb and its
 * object only frame the saying.
 */
import { lastStartingAtOrBefore } from '../text/spanIndex';
import type { Found } from './readingUnits';

/** A content that runs on after its cue: the only kind another content can open with the cue of. */
const contentAfterCue = (f: Found) => !!f.cue && f.content.start >= f.cue.end;

/** `found` (one paragraph's) without the attributions that only relay another; one binary search each. */
export function withoutRestatements(text: string, found: Found[]): Found[] {
  const inner = found.filter(contentAfterCue).sort((a, b) => a.cue!.start - b.cue!.start);
  const cues = inner.map((g) => g.cue!);
  const restated = (f: Found) => {
    if (!contentAfterCue(f)) return false;
    // the inner cue starts at the content's start, or after "by " at most
    const g = inner[lastStartingAtOrBefore(cues, f.content.start + 4)];
    if (!g || g === f || g.cue!.start < f.content.start || g.content.end < f.content.end - 2) return false;
    return /^\s*(?:by\s+)?$/.test(text.slice(f.content.start, g.cue!.start));
  };
  const framing = (f: Found) => {
    if (!contentAfterCue(f)) return false;
    const g = inner[lastStartingAtOrBefore(cues, f.content.end + 5)];
    // "attacked Ruiz by reminding voters that …" reports no saying of its own: the verb's object is its content
    const quoted = !!g && g !== f && g.kind === 'direct';
    return quoted && g.cue!.start >= f.content.end && /^\s+by\s+$/.test(text.slice(f.content.end, g.cue!.start));
  };
  return found.filter((f) => !restated(f) && !framing(f));
}
