/**
 * Whether the phrase before a cue can speak: a possessive cannot, and a cue word that is also a noun ("reports",
 * "shows", "fear") is a verb only when what stands around it says so. Split from sources.ts, which finds the phrase.
 */
import type { Span } from '../model';
import { NP_OPENERS, NP_PREPOSITIONS, PROGRAMME_BEFORE_SHOW, PRONOUNS, STATE_COMPLEMENT, STATE_S_FORMS, isAmbiguousForm, isPluralHead, isSingularHead, isVerbOnlyForm } from '../lexicon/cues';
import { EVIDENCE_HEADS, EVIDENCE_VERB } from '../lexicon/documents';
import type { Cue } from './cues';
import { isBlank, isNameOrPronoun } from './words';
import { startsLower } from '../text/tokens';

/**
 * A possessive ("Trump’s tweets") is never a source; a cue word that is also a noun ("reports", "estimate")
 * needs a name or a pronoun right before it.
 */
export function plausibleSource(text: string, source: Span, cue: Cue, lead: number): boolean {
  const last = text.slice(source.start, source.end).split(/\s+/).pop() ?? '';
  if (/[’']s?$/.test(last)) return false;
  // "a group called “Future 45”", "a play dubbed …": a thing named, not a person speaking
  // ("one lawmaker called Quill “the harbour prince”" names someone by a word of the speaker's: an object, then the quote)
  const naming = /^(?:called|dubbed)$/i.test(cue.word) && startsLower(last) && !PRONOUNS.has(last.toLowerCase());
  const objectThenQuote = /^\s+[^\s“”"«».,;:]+(?:\s+[^\s“”"«».,;:]+){0,5}\s+[“"«]/u.test(text.slice(cue.end, cue.end + 80));
  if (naming && source.end === lead && !objectThenQuote) return false;
  // "the reality TV show “The Apprentice”": a programme, whatever follows it
  if (/^(?:show|shows)$/i.test(cue.word) && PROGRAMME_BEFORE_SHOW.test(last)) return false;
  if (!isAmbiguousForm(cue.word)) return true;
  // "Some critics fear …": a plural head and a base form agree, so the form is the verb ("jobs report" is a noun)
  if (source.end === lead && isBlank(text, lead, cue.start) && isPluralHead(last) && /^(?!report$)\p{L}+(?<![sg])$/iu.test(cue.word)) return true;
  // "A video of the meeting shows …", "a review by the Courier found": the head before its link is the evidence
  if (evidenceShows(text, source, cue) && source.end === lead) return true;
  if (/^\s+\p{Ll}+ed\b/u.test(text.slice(cue.end, cue.end + 20))) return false; // "the report released
  // "a host on the TV show": a noun-like cue after a prepositional phrase is the phrase's noun, not a verb
  const lastPrepositional = /(?:^|\s)(?:of|in|on|for|with|about|from|by|at)\s+(?:(?:the|a|an|his|her|their|its)\s+)?\S+$/i;
  const before = text.slice(Math.max(0, source.start - 6), source.start);
  // "…, with the guild calling the toll a scandal": after "with" a participle's subject is the phrase before it
  const absolute = /\bwith\s+$/i.test(before) && /^\p{L}+ing$/u.test(cue.word);
  if (!absolute && /\b(?:of|in|on|for|with|about|from|by|at)\s+$/i.test(before)) return false;
  if (lastPrepositional.test(text.slice(source.start, source.end)) && !isVerbOnlyForm(cue.word)) return false;
  if (singularAgrees(text, source, cue, lead, last)) return true;
  // "The ad claims “…”", "the sign reads “…”", "25 percent call it “a start”": a quotation or "that" right after,
  // or an object and a quotation, makes the word a verb
  const verbal = /^\s*(?:that\b|:?\s*[“"«])/.test(text.slice(cue.end, cue.end + 8)) || objectThenQuote;
  if (source.end === lead && verbal) return true;
  // "a new poll shows", "court records show", "the study found": evidence the reader can look up
  return source.end === lead && isNameOrPronoun(last);
}

/**
 * A document or record that shows or finds: the head of the phrase (the word before its first link) names one.
 * Asked only of a form that is also a noun, so of EVIDENCE_VERB's "show(s)" and "find(s)".
 */
function evidenceShows(text: string, source: Span, cue: Cue): boolean {
  if (!EVIDENCE_VERB.test(cue.word)) return false;
  const words = text.slice(source.start, source.end).split(/\s+/);
  const link = words.findIndex((w, i) => i > 0 && NP_PREPOSITIONS.has(w.toLowerCase()));
  return EVIDENCE_HEADS.test(words[(link > 0 ? link : words.length) - 1] ?? '');
}

/**
 * "The mayor hopes to close the pier", "the guild fears the ferry will stop": a state's -s form right after a
 * singular common noun agrees with it, so it is the verb, when a verb's complement follows (an infinitive, "that",
 * or a clause or object opening with a determiner or a pronoun); "the hopes", "voter fears of a strike" stay nouns,
 * and so does "… and government plans to cut jobs", the last of a list.
 */
function singularAgrees(text: string, source: Span, cue: Cue, lead: number, last: string): boolean {
  if (!STATE_S_FORMS.test(cue.word) || source.end !== lead || !isBlank(text, lead, cue.start)) return false;
  // a described phrase of its own ("The harbour board", "A Dunmore trust"), not the tail of a list or a clause
  const words = text.slice(source.start, source.end).split(/\s+/);
  const described = NP_OPENERS.has(words[0].toLowerCase()) && !words.includes('and');
  return described && isSingularHead(last) && STATE_COMPLEMENT.test(text.slice(cue.end, cue.end + 8));
}
