/** The phrase around a mention: where a noun phrase ends, whether it goes on as a noun, whether a cue of speech is next to it. */
import { lexiconTags } from '../lexicon/people';
import { ANONYMITY_CLAUSE, SOURCE_CUE_BEFORE } from '../lexicon/sources';
import { ARTICLES, FUNCTION_WORDS, POSSESSIVE_DETERMINERS } from '../lexicon/grammar';
import type { MentionCandidate, Reader } from './reader';
import { PHRASE_BREAK_WORD } from '../lexicon/sources';

/** The noun phrase from token `from` to before the next comma, full stop, relative pronoun or verb-like word. */
export function phraseEnd(r: Reader, from: number, limit = 14): number {
  const { tokens } = r;
  let to = from;
  for (let i = from + 1; i < tokens.length && i - from < limit; i++) {
    if (/[,;.!?“”"()—–:]|--/.test(tokens[i].gap)) break;
    if (PHRASE_BREAK_WORD.test(tokens[i].lower)) break;
    // "a group called Harbour Watch": a name given to what the phrase heads belongs to it
    if (/^(?:called|named)$/.test(tokens[i].lower) && tokens[i + 1]?.cap && /^[ \u00a0]$/.test(tokens[i + 1].gap)) {
      to = i;
      continue;
    }
    // "a professor in his first campaign": a possessive determiner goes on after a preposition
    const owned = POSSESSIVE_DETERMINERS.has(tokens[i].lower) && PHRASE_LINKS.test(tokens[i - 1].lower);
    // "the only candidate", "the most senior aide", "the next mayor": a word that ranks what the article opens
    const ranked = RANKING_WORD.test(tokens[i].lower) && ARTICLES.has(tokens[i - 1].lower);
    if (FUNCTION_WORDS.has(tokens[i].lower) && !PHRASE_LINKS.test(tokens[i].lower) && !owned && !ranked) break;
    // a verb ends the phrase, unless it follows a determiner or modifies the next noun ("the regional monitoring mission")
    const next = tokens[i + 1];
    const modifier =
      next !== undefined &&
      /^[ \u00a0]$/.test(next.gap) &&
      !next.cap &&
      !FUNCTION_WORDS.has(next.lower) &&
      lexiconTags(next.lower).every((x) => !/Tense|Gerund|Infinitive|Modal|Copula|Adverb/.test(x));
    const tags = tokens[i].cap || ARTICLES.has(tokens[i - 1].lower) || modifier ? [] : lexiconTags(tokens[i].lower);
    if (tags.some((x) => x === 'Gerund' || x === 'PastTense' || x === 'PresentTense' || x === 'Modal' || x === 'Copula')) break;
    to = i;
  }
  // "harbour master in May": a phrase does not end on the link the break cut off from its object
  while (to > from && PHRASE_LINKS.test(tokens[to].lower)) to--;
  return to;
}

/** Function words that rank the noun after an article ("the only …", "the most …", "the other …"). */
const RANKING_WORD = /^(?:only|most|next|last|other)$/;

/** Words that join the parts of one noun phrase ("head of the board", "adviser to the mayor"). */
const PHRASE_LINKS = /^(?:of|the|a|an|and|to|for|at|in|on|with|from|by)$/;

/** Token i continues a noun phrase as a noun ("the military takeover"), not as a verb or a function word. */
export function nounModifierAt(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (!t || !r.joinedTo(i) || t.cap || FUNCTION_WORDS.has(t.lower) || !/^[\p{Ll}-]+$/u.test(t.word)) return false;
  const tags = lexiconTags(t.lower);
  if (tags.length === 0) return !/(?:ed|ly)$/.test(t.lower);
  return tags.some((x) => /Singular|Plural|Noun|Uncountable|Actor/.test(x)) && !tags.some((x) => /Tense|Gerund|Modal|Copula|Infinitive|Verb/.test(x));
}

/** A cue of speech right after the phrase ending at token `to`, or right before the one starting at `from`. */
export function nearCue(r: Reader, from: number, to: number): boolean {
  const after = r.text.slice(r.tokens[to].end, r.tokens[to].end + 80);
  const rest = /^,\s+(?:who|which|whose|including)\b[^,]{0,120},\s*/.exec(after);
  const tail = rest ? after.slice(rest[0].length) + r.text.slice(r.tokens[to].end + 80, r.tokens[to].end + 200) : after;
  const space = rest ? [''] : /^[\s\u00a0]+/.exec(tail);
  if (space && r.vocabulary.cueAfterSource.test(tail.slice(space[0].length))) return true;
  // "Harlow and Bates wrote": the first of two coordinated names is as near the cue as the second
  const pair = /^[\s\u00a0]+and[\s\u00a0]+\p{Lu}[\p{L}'’-]*[\s\u00a0]+/u.exec(after);
  if (pair && r.vocabulary.cueAfterSource.test(after.slice(pair[0].length))) return true;
  if (cueAfterAnonymity(r, after)) return true;
  // "…, said two officials." / "according to people briefed on the talks": an inverted cue before the source
  const before = r.text.slice(Math.max(0, r.tokens[from].start - 20), r.tokens[from].start);
  if (/according to\s+$/i.test(before)) return true;
  return SOURCE_CUE_BEFORE.test(before) && /^(?:[,.;:!?]|\s*$)/.test(after);
}

/**
 * The mention marked `nearCue` when a cue of speech stands by it, the field added last. It is set on the record, not
 * spread into a copy (`...(near ? { nearCue: true } : {})`), which under Node 20's V8 costs microseconds a mention.
 */
export function withNearCue(r: Reader, from: number, to: number, mention: MentionCandidate): MentionCandidate {
  if (nearCue(r, from, to)) mention.nearCue = true;
  return mention;
}

/**
 * "An aide who requested anonymity to discuss the talks said": a clause on why the source goes unnamed stands
 * between it and its cue, a few words at most.
 */
function cueAfterAnonymity(r: Reader, after: string): boolean {
  const trimmed = after.replace(/^[\s\u00a0]+/, '');
  const clause = ANONYMITY_CLAUSE.exec(trimmed);
  if (!clause) return false;
  const words = /^[^,;.!?“”"]*/.exec(trimmed.slice(clause[0].length))![0];
  for (const space of words.matchAll(/[\s\u00a0]+/g)) {
    if (space.index > 60) break;
    if (r.vocabulary.cueAfterSource.test(words.slice(space.index + space[0].length))) return true;
  }
  return false;
}
