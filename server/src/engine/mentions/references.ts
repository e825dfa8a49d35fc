/** What refers back to an actor named elsewhere: definite descriptions ("the Emir", "the company") and pronouns. */
import type { MentionForm } from '../model';
import { ORG_ANAPHORS } from '../lexicon/organizations';
import type { SpanIndex } from '../text/spanIndex';
import { FUNCTION_WORDS, referringPronoun } from '../lexicon/grammar';
import type { MentionCandidate, Reader } from './reader';
import { nounModifierAt, withNearCue } from './phrases';
import { copyWith } from '../text/copyWith';
import { rolesAfter } from './roles';

/**
 * Definite descriptions: "the Emir", "the new Ukrainian president" (titles), "the terror group", "the company"
 * (organisations), "the Afghan government", "the US military" (named institutions).
 */
export function descriptionMentions(r: Reader, taken: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && r.joinedTo(j)) {
      const t = tokens[j];
      const head = r.roleHeadAt(j);
      const orgNoun = ORG_ANAPHORS[t.lower];
      const nextIsName = j + 1 < tokens.length && r.joinedTo(j + 1) && tokens[j + 1].cap && !t.possessive;
      const nextIsOf = j + 1 < tokens.length && tokens[j + 1].lower === 'of' && r.joinedTo(j + 1);
      if ((head || orgNoun) && !nextIsName && !nextIsOf && !nounModifierAt(r, j + 1)) {
        const span = { start: tokens[i].start, end: tokens[j].end };
        if (taken.overlaps(span)) break;
        const modifiers = tokens.slice(i + 1, j);
        const named = modifiers.length > 0 && modifiers.every((m, k) => m.cap && (r.placeAt(i + 1 + k).nation || m.lower === 'u.s.'));
        // copies with copyWith, not a spread that adds fields (V8's slow path; see copyWith.ts)
        const base = { start: span.start, end: span.end, roles: [], inQuote: tokens[i].inQuote, form: 'title' as MentionForm };
        if (orgNoun && named) {
          out.push(copyWith(base, { kind: 'organization' as const, form: 'full' as const, name: r.text.slice(tokens[i + 1].start, tokens[j].end).replace(/['’]s?$/, '') }));
        } else if (orgNoun) {
          out.push(withNearCue(r, i, j, copyWith(base, { kind: 'organization' as const, name: t.word.toLowerCase(), tentative: true, anaphor: t.lower })));
        } else if (head && !/s$/.test(t.lower.replace(/ss$/, '')) ) {
          out.push(copyWith(base, { kind: 'title' as const, name: head, titleWords: [...modifiers.map((m) => m.lower), head] }));
        }
        break;
      }
      // "the Florida senator", "the Ukrainian president": a place or a people before the head
      const placed = r.placeAt(j).nation || r.placeAt(j).place || t.lower === 'u.s.';
      if (t.cap ? !placed : !/^[\p{Ll}\d-]+$/u.test(t.word) || FUNCTION_WORDS.has(t.lower)) break;
      j++;
    }
  }
  return out;
}

export function pronounMentions(r: Reader): MentionCandidate[] {
  return r.tokens.flatMap((t, i) => {
    const pronoun = referringPronoun(t.lower);
    if (!pronoun) return [];
    const gender = pronoun.gender ? { gender: pronoun.gender } : {};
    // "she served as a state senator", "he is a veteran pollster": the post a he or she holds goes with them
    const roles = pronoun.gender && /^(?:he|she)$/.test(t.lower) && !t.inQuote ? rolesAfter(r, { from: i, to: i, words: [t.word] }, true) : [];
    return [{ start: t.start, end: t.end, kind: 'pronoun' as const, form: 'pronoun' as const, name: t.lower, roles, inQuote: t.inQuote, ...gender }];
  });
}
