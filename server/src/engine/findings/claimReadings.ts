/**
 * Which readings of a sentence name a claim an editor would send back (findings/claimJudge.ts): the claim shapes
 * and the private-state extractor read words of wishes, efforts and feelings wherever they stand, and some of
 * them name nothing to source — a public figure's position on policy, a plan to act in public, an effort made in
 * public, "feel" that is no feeling. Pure functions of a sentence's reporter words.
 */
import { matchClaim } from './claims';
import { madeToFeel, type ClaimReading } from './claimShapes';
import { ASKER_BEFORE, DOUBTS_RAISED_ABOUT_OTHERS, PROPAGANDA_AS_KIND, PROPAGANDA_MAKER_BEFORE, WRITER_AS_PARTY } from '../lexicon/claims';
import { GENERIC_HOLDER, NOT_A_BELIEF_AFTER, SHARE_AS_HOLDER } from '../lexicon/claimFamilies';
import { AMONG_MANY, CHANCE_BEFORE, CHANCE_BEFORE_JOINED, COUNTED_EFFECT, EFFECT_OTHER_SENSE, HEDGE_IN_CLAUSE, PERSON_BEFORE_CAUSE, RESULT_BEFORE, rankedCount } from '../lexicon/claimCauses';
import { FORECAST_IN_RELATIVE, TRIP_TO_A_PLACE } from '../lexicon/claimForecasts';
import { COMPARISON_BEFORE, MODAL_BEFORE_STATE, NO_HOLDER_INFINITIVE_BEFORE } from '../lexicon/stateHedges';
import type { ClaimCategory } from '../model';
import { privateStateOf } from '../attributions/privateStates';
import { STATE_TAIL } from '../lexicon/privateStates';
import { afterLastBreak } from '../text/lastBreak';
import { startsCapital, startsLower } from '../text/tokens';
import {
  CHARGE_MADE_BEFORE,
  CLAUSE_BREAK,
  OWN_CLAUSE_BREAK,
  INSIDE_OR_CROWD_HOLDER,
  LABEL_CONSIDERED,
  LABEL_CONSIDERED_BEFORE,
  BUILT_FOR,
  CAMPAIGN_AIM,
  DETERMINER_BEFORE,
  FEELS_OR_SEEMS,
  HOLDER_VOICES_AFTER,
  VOICED_BY_HOLDER,
  MADE_THING_BEFORE,
  NOT_A_FEELING,
  NOUN_BEFORE_PARTICIPLE,
  OTHER_SENSE,
  STATE_VERB_OTHER_SENSE,
  KNOWING_NO_BELIEF,
  KNOWING_NO_BELIEF_BEFORE,
  CRITICISM_BY_NAMED,
  PLAN_KIND_BEFORE,
  PAST_INTENTION,
  AUXILIARY_BEFORE,
  PAST_STATE,
  POLICY_POSITION,
  PUBLIC_ACT_PLANNED,
  PUBLIC_EVENT_PLANNED,
  PUBLIC_EFFORT,
  RESULT_ARITHMETIC,
  STATE_AS_ADJECTIVE,
  WISHING,
  RESTRICTIVE_RELATIVE,
  STATES_OF_MIND,
  STATUS_BEFORE_ILLEGALLY,
  THING_BEFORE,
} from '../lexicon/claimSourcing';

/** A verb of thinking before a word that makes it no belief (see NOT_A_BELIEF_AFTER). */
const NOT_A_BELIEF = new RegExp(`^(?:think|thinks|thinking|thought)\\s+(?:${NOT_A_BELIEF_AFTER})\\b`, 'i');

/** How far back, in characters, the words before a reading are read for its holder or a verb that causes it. */
const HOLDER_REACH = 80;

/** How far on, in characters, the words of a reading and what follows them are read: every test is bounded within it. */
const WORDING_REACH = 160;

/** How many readings in one sentence may be set aside before the search gives up: each re-reads the sentence. */
const MAX_SET_ASIDE = 3;

/**
 * Whether the reading at offset `at` of `words` names no claim: its words used in another sense (see
 * `inOtherSense`), a word of a compound ("teary-eyed"), a state after a modal of duty or chance ("should be
 * worried"), a state in a clause that picks out its holders ("voters who want …": it says nobody holds it), a plan
 * for a public event ("plan to march"), a state held toward the writer, a cause only reckoned possible, in a sense
 * that states none or given to a person's act, a forecast in a relative clause or a trip, or — unless its holder is
 * an insider or a crowd — an effort made in public, a position on policy, a plan for an act of office, a candidate's
 * aim to win a contest or a plan or wish in the past (background to what then happened).
 * `holder` is the holder's words when an attribution names them; the clause before the reading is read too.
 */
export function namesNoClaim(words: string, at: number, category: ClaimCategory, holder?: string): boolean {
  const wording = words.slice(at, at + WORDING_REACH);
  const before = words.slice(Math.max(0, at - HOLDER_REACH), at);
  // the clause the reading stands in, up to it: where its holder is, and whom else it names
  const clause = before.slice(afterLastClauseBreak(before));
  if (inOtherSense(before, wording)) return true;
  // a word of a compound ("teary-eyed", "clear-eyed") is no verb of a state
  if (STATES_OF_MIND.has(category) && (before.endsWith('-') || picksOutHolders(before, wording) || MODAL_BEFORE_STATE.test(before))) return true;
  // a state given to others as an effect ("make his backers feel heard"), "think" that is no belief ("think twice"),
  // and a state a poll counts ("the 4 percent who favoured the levy")
  if (STATES_OF_MIND.has(category) && (madeToFeel(before) || NOT_A_BELIEF.test(wording) || SHARE_AS_HOLDER.test(before))) return true;
  // a state held toward the writer, or by the writer's own people, in its own clause: the writer's first-hand account
  if (STATES_OF_MIND.has(category) && WRITER_AS_PARTY.test(`${clause} ${wording.split(CLAUSE_BREAK, 1)[0]}`)) return true;
  // a label someone gives ("called the levy reckless") is theirs, reported (see CHARGE_MADE_BEFORE)
  if (category === 'accusation' && CHARGE_MADE_BEFORE.test(before)) return true;
  // doubts a named asker raises about another are put in public, reported (see DOUBTS_RAISED_ABOUT_OTHERS)
  if (category === 'accusation' && DOUBTS_RAISED_ABOUT_OTHERS.test(wording) && ASKER_BEFORE.test(clause)) return true;
  // propaganda as a trade's output names no one's words as lies (see PROPAGANDA_AS_KIND)
  if (/^propaganda\b/i.test(wording) && (PROPAGANDA_AS_KIND.test(wording) || PROPAGANDA_MAKER_BEFORE.test(before))) return true;
  // a plan for a public event is announced, even a crowd's ("supporters plan to march …")
  if (category === 'intention' && PUBLIC_EVENT_PLANNED.test(wording)) return true;
  if (voicedByHolder(words, at, category)) return true;
  // a cause only reckoned possible ("the toll could backfire") is the reporter's hedge, not a cause stated as fact;
  // an effect verb that acts on nothing, or in another sense, states no cause (see EFFECT_OTHER_SENSE); what a
  // result does by the count alone is public record (see COUNTED_EFFECT); a person's act is no cause (PERSON_BEFORE_CAUSE)
  if (category === 'causal' && (CHANCE_BEFORE.test(before) || PERSON_BEFORE_CAUSE.test(before) || EFFECT_OTHER_SENSE.test(wording))) return true;
  // so is a cause hedged earlier in its own clause ("Maybe the late hearings helped …", "may backfire and cost her")
  if (category === 'causal' && hedgedCause(words, at)) return true;
  if (category === 'causal' && COUNTED_EFFECT.test(wording) && RESULT_BEFORE.test(before)) return true;
  // a superlative that ranks a tally or a rate ("the most votes", "her lowest ever" after a count) is its record; one
  // that places a thing among many ("one of the biggest") is background (AMONG_MANY)
  if (category === 'causal' && (rankedCount(before, wording) || AMONG_MANY.test(before))) return true;
  // a forecast in a relative clause describes its noun; the sentence asserts its main clause (FORECAST_IN_RELATIVE)
  // and a course toward a named place is a trip (TRIP_TO_A_PLACE)
  if (category === 'prediction' && (FORECAST_IN_RELATIVE.test(before) || TRIP_TO_A_PLACE.test(wording))) return true;
  // the extractor's holder may be only the last noun of it ("Aides to the mayor" → "the mayor"): the clause is read too
  if (INSIDE_OR_CROWD_HOLDER.test(`${holder ?? ''} ${clause}`)) return false;
  if (category === 'intention' && PAST_INTENTION.test(`${AUXILIARY_BEFORE.exec(before)?.[0] ?? ''}${wording}`)) return true;
  return PUBLIC_EFFORT.test(wording) || POLICY_POSITION.test(wording) || PUBLIC_ACT_PLANNED.test(wording) || CAMPAIGN_AIM.test(wording);
}

/** Whether the cause at offset `at` of `words` is hedged in its own clause (see HEDGE_IN_CLAUSE, CHANCE_BEFORE_JOINED). */
function hedgedCause(words: string, at: number): boolean {
  const before = words.slice(0, at);
  return CHANCE_BEFORE_JOINED.test(before) || HEDGE_IN_CLAUSE.test(before.slice(lastOwnClause(before)));
}

/**
 * Whether a motive, a plan or a private act at offset `at` of `words` is voiced by its holder in the same clause
 * ("chafed at the rules and said …"): their words credit it. Read on the words unblanked, since the words outside
 * the attributions (see ClaimJudge) lose the cue that voices it.
 */
export const voicedByHolder = (words: string, at: number, category: ClaimCategory): boolean =>
  VOICED_BY_HOLDER.has(category) && HOLDER_VOICES_AFTER.test(words.slice(at, at + WORDING_REACH));

/**
 * Whether the words of a claim are used in a sense that claims nothing: no feeling ("feel well"), a count the
 * results fix, a made thing's purpose, lying somewhere, a feeling given to an event ("a furious debate"), a
 * comparison ("better than expected"), a state verb in a sense that holds none ("weighed in", "sought
 * asylum", "assumed the post") or after "hard to", "know" as a skill or a hindsight ("knows when to fold", "little
 * did they know"), criticism with its critics named, a thing that feels or seems, a kind of plan ("health plans"),
 * a state as an adjective ("its preferred delegates"), an immigration status ("living illegally"), a passive label
 * ("an appointee considered a liberal").
 */
function inOtherSense(before: string, wording: string): boolean {
  if (NOT_A_FEELING.test(wording) || RESULT_ARITHMETIC.test(wording) || OTHER_SENSE.test(wording) || COMPARISON_BEFORE.test(before)) return true;
  if (STATE_VERB_OTHER_SENSE.test(wording) || NO_HOLDER_INFINITIVE_BEFORE.test(before) || CRITICISM_BY_NAMED.test(wording)) return true;
  if (/^kn(?:ow|ew)/i.test(wording) && (KNOWING_NO_BELIEF.test(wording) || KNOWING_NO_BELIEF_BEFORE.test(before))) return true;
  if ((BUILT_FOR.test(wording) && MADE_THING_BEFORE.test(before)) || (STATE_AS_ADJECTIVE.test(wording) && DETERMINER_BEFORE.test(before))) return true;
  if ((/^illegally\b/i.test(wording) && STATUS_BEFORE_ILLEGALLY.test(before)) || (LABEL_CONSIDERED.test(wording) && LABEL_CONSIDERED_BEFORE.test(before))) return true;
  return (FEELS_OR_SEEMS.test(wording) && THING_BEFORE.test(before)) || (/^plans?\b/i.test(wording) && PLAN_KIND_BEFORE.test(before));
}

/**
 * Whether a state stands in a clause that picks out its holders: a restrictive relative one (see
 * RESTRICTIVE_RELATIVE) or a wish or an effort right after the noun it describes ("people seeking to leave"); or
 * whether its holder is nobody in particular ("anyone expecting …": see GENERIC_HOLDER).
 */
function picksOutHolders(before: string, wording: string): boolean {
  if ((WISHING.test(wording) && NOUN_BEFORE_PARTICIPLE.test(before)) || GENERIC_HOLDER.test(before)) return true;
  const relative = RESTRICTIVE_RELATIVE.exec(before);
  return relative !== null && !(relative.groups?.who && PAST_STATE.test(wording));
}

/**
 * The first reading of `words` (see `matchClaim`) that names a claim: a reading that names none is blanked and
 * the words are read again, so a second claim in the sentence ("…, and privately they fear …") is still found.
 */
export function claimReadingIn(words: string): ClaimReading | null {
  let text = words;
  for (let tries = 0; tries <= MAX_SET_ASIDE; tries++) {
    const reading = matchClaim(text);
    if (!reading || !namesNoClaim(text, reading.start, reading.category)) return reading;
    text = text.slice(0, reading.start) + ' '.repeat(reading.end - reading.start) + text.slice(reading.end);
  }
  return null;
}

/** Where the clause that runs up to the end of `before` begins: after its last clause break, or at 0. */
export const afterLastClauseBreak = (before: string): number => afterLastBreak(before, CLAUSE_BREAK);


/**
 * The holder and the verb of a private state a sentence opens on ("Council members fear the levy …" → "council
 * members", "fear"), for the message; null unless the sentence starts with a short subject right before a verb
 * of private state.
 */
export function holderOf(words: string, claim: ClaimReading): { who: string; state: string } | null {
  const who = words.slice(0, claim.start).trim();
  const state = words.slice(claim.start, claim.end).trim().replace(STATE_TAIL, '');
  if (!startsCapital(who) || /[,;:()—–]/.test(who) || who.split(/\s+/).length > 5) return null;
  return privateStateOf(state) ? { who: asInSentence(who), state } : null;
}

/** A source's words as they read mid-sentence: "The union" → "the union"; names keep their capitals. */
export function asInSentence(who: string): string {
  const words = who.split(/\s+/);
  const common = words.length > 1 ? words.slice(1).some((w) => startsLower(w)) : /^(?:he|she|they|it)$/i.test(who);
  return common || /^(?:the|a|an|some|many|several|most)$/i.test(words[0]) ? who[0].toLowerCase() + who.slice(1) : who;
}

/** Where the last clause of the reporter's own in `before` begins (after its break), or 0. */
export const lastOwnClause = (before: string): number => afterLastBreak(before, OWN_CLAUSE_BREAK, (m) => opensClause(before, m));

/** A semicolon after a colon separates the items of a list ("…: a levy; a freeze; a strike"), not clauses. */
const opensClause = (text: string, m: RegExpMatchArray): boolean => m[0] !== ';' || !text.slice(0, m.index).includes(':');
