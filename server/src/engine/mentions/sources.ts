/** Unnamed sources next to a cue of speech. */
import { isCommunityWord, KIN_GROUPS, lexiconTags } from '../lexicon/people';
import { ORG_ANAPHORS } from '../lexicon/organizations';
import { GROUP_HEADS, isCountedSet, NAMED_GROUPS, PROPORTION_BEFORE, SOURCE_HEADS, SOURCE_POSTMODIFIER, SOURCE_QUANTIFIERS } from '../lexicon/sources';
import type { SpanIndex } from '../text/spanIndex';
import { FUNCTION_WORDS, POSSESSIVE_DETERMINERS } from '../lexicon/grammar';
import type { MentionCandidate, Reader } from './reader';
import { nearCue, phraseEnd } from './phrases';

/** Unnamed sources next to a cue: "two US officials told CNN", "according to sources familiar with the matter". */
export function sourceMentions(r: Reader, taken: SpanIndex<MentionCandidate>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    // "Evangelical Iowans said": a people or a faith in the plural speaks as a group
    const community = head.cap && /s$/.test(head.lower) && isCommunityWord(head.lower);
    if (!SOURCE_HEADS.has(head.lower) && !NAMED_GROUPS.has(head.lower) && !community) continue;
    if (head.inQuote || head.possessive) continue;
    // "Tarn Valley Anglers Group said": a head inside a name read before is that name's word, no unnamed source's
    if (taken.overlapping(head).some((m) => (m.kind === 'organization' || m.kind === 'person') && !m.tentative)) continue;
    // left: determiners, quantifiers, modifiers ("a senior administration", "two US", "Morrison's")
    let from = h;
    let quantified = false;
    let determined = false;
    let namedModifier = false;
    let namedOwner = false;
    let countedSet = false;
    for (let i = h - 1; i >= 0 && h - i <= 5 && r.spaced(i + 1); i--) {
      const t = tokens[i];
      if (SOURCE_QUANTIFIERS.has(t.lower) && t.lower !== 'the') {
        from = i;
        quantified = true;
        // "the two councillors", "all three bidders": a set counted with "the" is the people the story named
        countedSet = isCountedSet(r.text, t.start, t.lower, head.lower);
        break;
      }
      if (t.lower === 'the' || POSSESSIVE_DETERMINERS.has(t.lower) || (t.possessive && t.cap)) {
        from = i;
        determined = true;
        namedOwner = t.possessive && t.cap;
        if (t.possessive) while (from > 0 && r.spaced(from) && tokens[from - 1].cap && classes[from - 1] !== 'function') from--;
        break;
      }
      if (t.cap && classes[i] !== 'function') {
        from = i;
        namedModifier = true;
        continue;
      }
      const tags = lexiconTags(t.lower);
      const verbLike = tags.some((x) => /Tense|Gerund|Modal|Copula|Adverb|Infinitive/.test(x)) || (/ed$/.test(t.lower) && !tags.includes('Adjective'));
      if (!t.cap && !FUNCTION_WORDS.has(t.lower) && /^[\p{Ll}-]+$/u.test(t.word) && !verbLike) {
        from = i;
        continue;
      }
      break;
    }
    // right: "familiar with the matter", "briefed on the talks", "close to the negotiations"
    let to = h;
    const rest = r.text.slice(head.end, head.end + 60).replace(/^[ \u00a0]+/, '');
    if (/^[ \u00a0]/.test(r.text.slice(head.end, head.end + 1)) && SOURCE_POSTMODIFIER.test(rest)) {
      to = phraseEnd(r, h + 1, 8);
    }
    if (!nearCue(r, from, to)) continue;
    const share = PROPORTION_BEFORE.exec(r.text.slice(Math.max(0, tokens[from].start - 40), tokens[from].start));
    const span = { start: share ? tokens[from].start - share[0].length + share[0].indexOf(share[1]) : tokens[from].start, end: tokens[to].end };
    if (taken.overlapping(span).some((s) => !(s.start >= span.start && s.end <= span.end))) continue;
    if (tokens[from].lower === 'both') continue;
    // "the group", "the union": a definite organisation, resolved as one ("The unions" stay unnamed sources)
    if (from === h - 1 && tokens[from].lower === 'the' && ORG_ANAPHORS[head.lower]) continue;
    // "41 percent of Tories said": a share of a party or a people is some of its members, unnamed
    const group =
      countedSet ||
      (!share && (NAMED_GROUPS.has(head.lower) || community)) ||
      (!quantified && !determined && namedModifier && GROUP_HEADS.has(head.lower) && to === h) ||
      (namedOwner && KIN_GROUPS.has(head.lower) && to === h);
    out.push({
      ...span,
      kind: group ? 'group' : 'anonymous',
      form: 'description',
      name: r.text.slice(span.start, span.end),
      roles: [],
      inQuote: false,
      nearCue: true,
    });
  }
  return out;
}
