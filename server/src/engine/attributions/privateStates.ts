/**
 * Private-state attributions: a post-pass over the extracted attributions that tells a report of a state of mind
 * ("the union wants …", "council members fear …", "behind closed doors, the trustees agreed …") from a
 * communicative one ("said", "according to"). The attribution stays in the model (PolNeAR annotates beliefs too);
 * its kind says that its holder is not a source.
 */
import { HOPE_AS_SUBJECT, IN_PRIVATE, PLAN_AS_SUBJECT, PRIVATE_STATE_CUES, STATE_AUXILIARIES } from '../lexicon/privateStates';
import type { Attribution, ClaimCategory, Sentence } from '../model';
import { lastStartingAtOrBefore } from '../text/spanIndex';

/** The kind of private state a cue names, or null when the cue reports speech or writing. */
export function privateStateOf(cue: string): ClaimCategory | null {
  const words = cue.toLowerCase().split(/\s+/).filter((w) => w && !STATE_AUXILIARIES.test(w));
  const head = words.slice(0, 2).join(' ');
  for (const candidate of [head, words[0] ?? '']) {
    const found = PRIVATE_STATE_CUES.find((c) => c.pattern.test(candidate));
    if (found) return found.category;
  }
  return null;
}

/** How far back in its sentence "privately" or "behind closed doors" still qualifies a cue. */
const PRIVATE_REACH = 80;

/**
 * The attributions with `kind: 'private-state'` where the cue names a state of mind, or reports speech done in
 * private. Quotations keep their kind: a quote is somebody's words whatever verb introduces it.
 */
export function markPrivateStates<A extends Attribution>(text: string, sentences: readonly Sentence[], attributions: A[]): A[] {
  return attributions.map((a) => (a.kind === 'indirect' && isPrivateState(text, sentences, a) ? { ...a, kind: 'private-state' as const } : a));
}

/** The nouns of a state that may head a sentence's subject, each with what follows it then (see PLAN_AS_SUBJECT). */
const NOUNS_AS_SUBJECTS: readonly { noun: RegExp; after: RegExp }[] = [
  { noun: /^plans?$/i, after: new RegExp(`^${PLAN_AS_SUBJECT}`, 'i') },
  { noun: /^hopes?$/i, after: new RegExp(`^${HOPE_AS_SUBJECT}`, 'i') },
];

/** How far after the noun its phrase and the sentence's own verb are looked for. */
const SUBJECT_REACH = 160;

/**
 * The attributions less those whose cue is a noun of a state heading the sentence's subject ("U.S. plans to widen
 * the base fell through", "Voter hopes for a deal were dashed"): nobody plans or hopes anything in it, so it reports
 * no one's state.
 */
export function withoutStatesAsSubjects<A extends Attribution>(text: string, attributions: A[]): A[] {
  return attributions.filter(({ cue }) => {
    if (!cue) return true;
    const word = text.slice(cue.start, cue.end);
    const noun = NOUNS_AS_SUBJECTS.find((n) => n.noun.test(word));
    return !noun || !noun.after.test(text.slice(cue.end, cue.end + SUBJECT_REACH));
  });
}

/**
 * The attributions less those told inside what another reports ("Ruiz said the trustees fear …", "Ruiz said the
 * pier closed because the contractors claimed …", "… won by promising revenge"): each is part of that report. A
 * state of mind, or a paraphrase with a source, whose cue lies in another's content is left out (so kinds must be
 * marked first). PolNeAR train annotates about one in seven of the first and one in four of the second. One with
 * no source (an impersonal "seems") stays.
 */
export function withoutNestedReports<A extends Attribution>(attributions: A[]): A[] {
  const inside = reportedInside(attributions);
  return attributions.filter((a) => !inside(a));
}

/** How far a nested content may end past its holder's end and still be read as inside it (a closing mark, a dot). */
const CROSSING_SLACK = 3;

/**
 * Whether an attribution is reported inside another's content (see `withoutNestedReports`). The contents sorted by start, with
 * the two furthest ends so far, answer each attribution in a binary search: O(n log n) over an article.
 */
function reportedInside(all: readonly Attribution[]): (a: Attribution) => boolean {
  const byStart = [...all].sort((a, b) => a.content.start - b.content.start);
  const furthest: { end: number; by: Attribution | null; next: number }[] = [];
  let best = { end: -1, by: null as Attribution | null, next: -1 };
  for (const b of byStart) {
    const end = b.content.end;
    best = end > best.end ? { end, by: b, next: best.end } : { ...best, next: Math.max(best.next, end) };
    furthest.push(best);
  }
  return (a) => {
    if (!a.cue || (a.kind !== 'private-state' && (a.kind !== 'indirect' || !a.source))) return false;
    const { start: from, end: to } = a.cue;
    let lo = 0;
    let hi = byStart.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].content.start <= from) lo = mid + 1;
      else hi = mid - 1;
    }
    const reach = furthest[hi];
    // a paraphrase whose content runs on past every content that holds its cue is not told inside them: the holder
    // was cut short around it ("Marsh wrote that the pier, which Vey says …"); PolNeAR train annotates about half
    const last = a.kind === 'indirect' ? Math.max(to, a.content.end - CROSSING_SLACK) : to;
    return !!reach && (reach.by === a ? reach.next : reach.end) >= last;
  };
}

function isPrivateState(text: string, sentences: readonly Sentence[], { cue, content }: Attribution): boolean {
  if (!cue) return false;
  if (privateStateOf(text.slice(cue.start, cue.end))) return true;
  const sentence = sentences[lastStartingAtOrBefore(sentences, cue.start)];
  const from = Math.max(sentence?.start ?? 0, cue.start - PRIVATE_REACH);
  if (content.end > cue.start) return IN_PRIVATE.test(text.slice(from, cue.start));
  // The content comes first ("They privately want it, she said"): a "privately" inside the reported clause
  // qualifies the claim, not the speech; only one between content and cue, or a bare setting read as the content
  // ("Behind closed doors, the trustees agreed"), says the speech itself was private.
  return IN_PRIVATE.test(text.slice(Math.max(from, content.end), cue.start)) || ONLY_IN_PRIVATE.test(text.slice(content.start, content.end));
}

/** Nothing but a private setting: "Behind closed doors". */
const ONLY_IN_PRIVATE = new RegExp(`^\\s*${IN_PRIVATE.source}[\\s,]*$`, IN_PRIVATE.flags);
