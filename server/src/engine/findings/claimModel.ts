/**
 * The learned claim model: a linear model over a body sentence that says whether an editor would send it back,
 * and for which kind of claim, where the hand rules (claimJudge.ts) have no words for its wording. It weighs the
 * reporter's own words (quotes blanked) with what the rules made of the sentence — the claim they read, what let
 * it go, whether they flag it — and where attributions stand around it. Trained by test/eval/trainClaims.ts on
 * the needs-attribution gold and shipped in lexicon/learned/claimWeights.ts; the features below are the one
 * definition both read, so the trainer and the engine cannot drift apart.
 *
 * Linear time: one tokenising pass per sentence and a map look-up per feature.
 */
import type { ArticleReader } from './articleReader';
import type { RuleVerdict } from './claimJudge';
import { stem } from '../attributions/learnedCues';
import { WordMemo } from '../lexicon/wordMemo';
import type { ClaimCategory, ClaimConfidence } from '../model';
import { CLAIM_CLASSES, CLAIM_WEIGHTS, CLAIM_COMBINATION } from '../lexicon/learned/claimWeights';
import { FEELING_ADJECTIVES, VERB_FAMILIES, familyForms } from '../lexicon/claimFamilies';
import { DETERMINERS } from '../lexicon/grammar';
import { PRONOUNS } from '../lexicon/cues';
import { FIRST_PERSON, SOURCING_VERB_FORMS } from '../lexicon/claims';

/** What the model needs of one body sentence besides its words. */
export interface SentenceFacts {
  /** The rules' reading (see `ClaimJudge.verdict`). */
  verdict: RuleVerdict;
  /** Whether the sentence may make a claim at all by the rules' gate (see `mayClaim`). */
  mayClaim: boolean;
  /** The sentence's place among the article's body sentences, from 0. */
  ordinal: number;
  /** The rules' verdicts on the sentences right before and after it, when the check reads them. */
  around?: (RuleVerdict | null)[];
  /** The features of the whole article (see `articleFeatures`), the same for each of its sentences. */
  article?: readonly string[];
}

/** Where attributions and quotation paragraphs stand, per sentence: read once per article. */
export class AttributionSites {
  /** Sentences holding the cue of a communicative attribution that sources. */
  private readonly spoken = new Set<number>();
  /** Sentences holding the cue of a private-state attribution. */
  private readonly states = new Set<number>();
  /** Sentences the content of a communicative attribution that sources reaches into. */
  private readonly covered = new Set<number>();
  /** How many actor mentions each sentence holds. */
  private readonly mentions = new Map<number, number>();
  /** The tenths of each paragraph read so far that are quoted, bucketed. */
  private readonly quotedParagraphs = new Map<number, string>();

  constructor(private readonly reader: ArticleReader) {
    for (const a of reader.model.attributions) {
      const at = reader.sentenceAt((a.cue ?? a.content).start);
      if (a.kind === 'private-state') {
        this.states.add(at);
        continue;
      }
      if (!reader.sources(a) || !reader.reportsSpeech(a)) continue;
      this.spoken.add(at);
      const last = reader.sentenceAt(a.content.end - 1);
      for (let i = Math.max(0, reader.sentenceAt(a.content.start)); i <= last; i++) this.covered.add(i);
    }
    for (const actor of reader.model.actors) {
      for (const m of actor.mentions) this.mentions.set(reader.sentenceAt(m.start), (this.mentions.get(reader.sentenceAt(m.start)) ?? 0) + 1);
    }
  }

  /** The feature names of sentence `index`'s surroundings. */
  features(index: number): string[] {
    const out: string[] = [];
    if (this.spoken.has(index)) out.push('a:spoken');
    if (this.covered.has(index)) out.push('a:covered');
    if (this.states.has(index)) out.push(this.spoken.has(index) ? 'a:state+spoken' : 'a:state-only');
    if (this.spoken.has(index - 1)) out.push('a:prev-spoken');
    if (this.spoken.has(index + 1)) out.push('a:next-spoken');
    if (this.reader.attributed.has(index - 1)) out.push('a:prev-attributed');
    if (this.reader.attributed.has(index + 1)) out.push('a:next-attributed');
    if (this.reader.attributed.has(index)) out.push('a:attributed');
    if (this.reader.sourced.has(index)) out.push('a:in-scope');
    out.push(`m:${bucket(this.mentions.get(index) ?? 0, [0, 1, 2])}`, `pq:${this.quotedParagraph(this.reader.model.sentences[index].paragraph)}`);
    return out;
  }

  /** How much of a paragraph is quoted, in tenths (bucketed): a sentence in a quotation paragraph is a speaker's context. */
  private quotedParagraph(p: number): string {
    let kept = this.quotedParagraphs.get(p);
    if (kept === undefined) {
      const { start, end } = this.reader.model.paragraphs[p];
      const share = countBlanked(this.reader.reporterWords({ start, end }), this.reader.model.text.slice(start, end)) / Math.max(1, end - start);
      this.quotedParagraphs.set(p, (kept = bucket(Math.round(10 * share), [0, 3, 7])));
    }
    return kept;
  }
}

/** ASCII runs first, for speed (see text/tokens.ts). */
const WORD = /(?:[a-zA-Z0-9]+|[\p{L}\p{N}])+(?:['’](?:[a-zA-Z]+|\p{L})+)*/gu;

/** A bucket of a count: the label of the first bound it does not exceed. */
const bucket = (n: number, bounds: readonly number[]): string => {
  const i = bounds.findIndex((b) => n <= b);
  return i < 0 ? `>${bounds[bounds.length - 1]}` : String(bounds[i]);
};

/**
 * The features of one body sentence, by name: its words (quotes blanked) as lower-case words and stems (bigrams
 * did not help in cross-validation, nor did the neighbouring sentences' words or the rules' reading joined to each
 * stem), the claim lists' families its words belong to, what opens it (a pronoun, a determiner, a name; its first
 * two words), a few shapes (numbers, shares, money, how much of it is quoted, length), its place in the article and
 * paragraph, the article's own features (see `articleFeatures`), the rules' reading and what sourced it, and the
 * attributions and quotes around it (see `AttributionSites`).
 */
export function claimFeatures(reader: ArticleReader, sites: AttributionSites, index: number, facts: SentenceFacts): string[] {
  const sentence = reader.model.sentences[index];
  const words = reader.reporterWords(sentence);
  const tokens = reporterTokens(words);
  const out = ['bias'];
  for (const t of tokens) out.push(...wordFeatures.of(t));
  for (const t of new Set(tokens)) for (const family of WORD_FAMILIES.get(t) ?? []) out.push(`lex:${family}`);
  out.push(...(facts.article ?? []));
  out.push(`subj:${subjectClass(words, tokens)}`);
  if (tokens.length > 1) out.push(`f2:${tokens[0]}_${tokens[1]}`);
  const quoted = countBlanked(words, reader.model.text.slice(sentence.start, sentence.end));
  out.push(`q:${bucket(Math.round((10 * quoted) / Math.max(1, sentence.end - sentence.start)), [0, 3, 7, 10])}`);
  if (/%|\bper ?cent\b/i.test(words)) out.push('shape:share');
  if (/[$£€]\s?\d/.test(words)) out.push('shape:money');
  out.push(`len:${bucket(tokens.length, [6, 12, 20, 30, 45])}`, `pos:${bucket(facts.ordinal, [0, 1, 2, 5, 10, 20])}`);
  const paragraph = reader.model.paragraphs[sentence.paragraph];
  out.push(`ppos:${bucket(index - paragraph.sentences[0], [0, 1])}`, `plen:${bucket(paragraph.sentences.length, [1, 2])}`);
  out.push(`f:${tokens[0] ?? '</s>'}`);
  (facts.around ?? []).forEach((v, k) => out.push(`n${k}:${v?.flag ? 'flag' : v?.claim ? 'claim' : v ? 'none' : 'out'}`));
  out.push(...verdictFeatures(facts), ...sites.features(index));
  return out;
}

/**
 * A word's features (the word, and its stem when it is longer than four letters), kept: most words of a story are
 * read once, and a kept name is hashed once, so the weight look-ups (see `classScores`) do not hash it afresh.
 */
const wordFeatures = new WordMemo((word: string): readonly string[] => (word.length > 4 ? [`w:${word}`, `s:${stem(word)}`] : [`w:${word}`]));

/** A sentence's reporter words as the model reads them: lower case, each number as "<num>". */
function reporterTokens(words: string): string[] {
  return (words.toLowerCase().match(WORD) ?? []).map((w) => (/\d/.test(w) ? '<num>' : w));
}

/** What opens the sentence: a pronoun, a determiner, a name (two capitals), or something else. */
function subjectClass(words: string, tokens: readonly string[]): string {
  const first = tokens[0];
  if (first === undefined) return 'empty';
  if (PRONOUNS.has(first)) return 'pron';
  if (DETERMINERS.has(first)) return 'det';
  return /^\s*\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(words) ? 'name' : 'other';
}

const FIRST_PERSON_ALL = new RegExp(FIRST_PERSON.source, 'g');

/** The article's features: how much of it is quoted, how much the reporter says "I" or "we", how much the rules flag. */
export function articleFeatures(reader: ArticleReader, verdicts: readonly RuleVerdict[]): string[] {
  const { text } = reader.model;
  const quoted = countBlanked(reader.reporterText, text);
  const firstPerson = (reader.reporterText.match(FIRST_PERSON_ALL) ?? []).length;
  const flagged = verdicts.filter((v) => v.flag).length;
  return [
    `art:q:${bucket(Math.round((10 * quoted) / Math.max(1, text.length)), [0, 1, 2, 4])}`,
    `art:fp:${bucket(firstPerson, [0, 2, 6])}`,
    `art:rf:${bucket(Math.round((20 * flagged) / Math.max(1, verdicts.length)), [0, 1, 2, 4])}`,
  ];
}

/**
 * The claim lists' single words by what they name: a verb of a category's family, a feeling, a speech verb. A word
 * the model never saw in training still speaks through its family.
 */
const WORD_FAMILIES: ReadonlyMap<string, readonly string[]> = (() => {
  const families = new Map<string, Set<string>>();
  const file = (word: string, family: string) => {
    if (/^[\p{L}'’]+$/u.test(word)) (families.get(word) ?? families.set(word, new Set()).get(word)!).add(family);
  };
  for (const family of VERB_FAMILIES) for (const form of familyForms(family)) file(form, family.category);
  for (const [category, words] of Object.entries(FEELING_ADJECTIVES)) for (const w of words) file(w, `feeling-${category}`);
  for (const form of SOURCING_VERB_FORMS) file(form, 'speech');
  return new Map([...families].map(([w, set]) => [w, [...set]]));
})();

/** How many characters of `words` are blanks where `text` has none: the quoted words the reporter's text hides. */
function countBlanked(words: string, text: string): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (words[i] === ' ' && text[i] !== ' ') n++;
  return n;
}

/** The rules' reading as features: the claim read (or none), what let it go, and whether they flag the sentence. */
function verdictFeatures({ verdict, mayClaim }: SentenceFacts): string[] {
  const { claim, sourcing, flag } = verdict;
  const read = claim ? `${claim.category}` : 'none';
  const out = [`r:${read}`, `rs:${sourcing ?? (claim ? 'unsourced' : 'none')}`, `rrs:${read}|${sourcing ?? 'unsourced'}`];
  if (claim) out.push(`rc:${claim.confidence}`);
  if (!mayClaim) out.push('gate:closed');
  out.push(flag ? `rf:${flag.confidence}` : 'rf:none');
  if (flag) out.push(`rfc:${flag.category}`);
  return out;
}

/** The model's reading of a sentence: the category it leans to and by how much over "no claim". */
export interface ModelReading {
  category: ClaimCategory;
  /** The log-odds of some claim over "no claim" (see `readScores`): positive when the model would rather flag. */
  margin: number;
}

let weights: Map<string, Float64Array> | undefined;

/** The shipped weights, parsed once: "feature class:weight …", one entry per line, weights in thousandths. */
function table(): Map<string, Float64Array> {
  if (weights) return weights;
  weights = new Map();
  for (const chunk of CLAIM_WEIGHTS) {
    for (const entry of chunk.split('\n')) {
      const [feature, ...pairs] = entry.split(' ');
      const row = new Float64Array(CLAIM_CLASSES.length);
      for (const pair of pairs) {
        const colon = pair.indexOf(':');
        row[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1)) / 1000;
      }
      if (feature) weights.set(feature, row);
    }
  }
  return weights;
}

/** The score of each class (CLAIM_CLASSES' order: "none" first) for a sentence's features. */
export function classScores(features: readonly string[], rows: ReadonlyMap<string, Float64Array> = table()): Float64Array {
  const scores = new Float64Array(CLAIM_CLASSES.length);
  for (const f of features) {
    const row = rows.get(f);
    if (row) for (let c = 0; c < scores.length; c++) scores[c] += row[c];
  }
  return scores;
}

/**
 * The best category, and the log-odds of "some claim" against "no claim" (class 0) when the scores are read as a
 * softmax's: positive when the model would rather flag.
 */
export function readScores(scores: Float64Array): ModelReading {
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  let some = 0;
  for (let c = 1; c < scores.length; c++) some += Math.exp(scores[c] - scores[best]);
  return { category: CLAIM_CLASSES[best] as ClaimCategory, margin: scores[best] + Math.log(some) - scores[0] };
}

/** A learned model: its weights by feature and how it combines with the rules (the shipped one by default). */
export interface ClaimModel {
  rows: ReadonlyMap<string, Float64Array>;
  how: Combination;
}

/** The shipped model: the weights of lexicon/learned/claimWeights.ts and the combination chosen with them. */
export const shippedModel = (): ClaimModel => ({ rows: table(), how: CLAIM_COMBINATION });

/** The model the claim check reads with when none is given: the shipped one unless the test suites set another. */
let inUse: ClaimModel | undefined;

/** The model the claim check reads with when none is given (see `useClaimModel`). */
export const claimModelInUse = (): ClaimModel => inUse ?? shippedModel();

/**
 * For the test suites, once, before any test file loads (test/support/rulesOnlyClaims.ts): read every claim with
 * `model` where none is given, so that the tests of the rules and of the views assert what the rules read, not
 * what the shipped weights happen to add or grade. A test of the shipped model passes it (`claimFindings`).
 */
export function useClaimModel(model: ClaimModel): void {
  inUse = model;
}

/** No model at all: the rules' flags with the rules' confidence. */
export const RULES_ONLY: ClaimModel = { rows: new Map(), how: { add: {}, sourced: true, drop: -Infinity, high: Infinity } };

/** How the model and the rules combine (chosen by cross-validation: see trainClaims.ts). */
export interface Combination {
  /**
   * The model flags a sentence the rules let go when its margin exceeds the bound of the category it reads (a
   * category with no bound is never added)…
   */
  add: Readonly<Partial<Record<string, number>>>;
  /** …and, when this is set, the rules do not let the sentence go as a whole (their gate, their sourcing tests). */
  sourced: boolean;
  /** A medium rule flag is dropped when the model's margin is below this. */
  drop: number;
  /** A flag is high-confidence when the rules say high or the model's margin exceeds this. */
  high: number;
  /**
   * A high rule flag whose margin is below this is shown as medium: kept, since the rules found a claim nothing
   * covers, but not a warning, as the model doubts it (absent: the rules' confidence stands).
   */
  demote?: number;
}

/**
 * A flag's category and confidence, or null: the rules' flag unless the model drops it (high when the rules say so
 * and the model does not doubt it: see `Combination.demote`), else the model's when it is sure and (see
 * `Combination.sourced`) the rules do not let the sentence go as a whole (`letGo`) — asked last, since it costs
 * the rules' sourcing tests.
 */
export function combined(
  verdict: RuleVerdict,
  reading: ModelReading,
  letGo: (category: ClaimCategory) => boolean,
  how: Combination = CLAIM_COMBINATION,
): { category: ClaimCategory; confidence: ClaimConfidence; fromRules: boolean } | null {
  const { flag } = verdict;
  const confident = (ruled: boolean): ClaimConfidence => (ruled || reading.margin > how.high ? 'high' : 'medium');
  const ruledHigh = flag?.confidence === 'high';
  if (flag && (ruledHigh || reading.margin >= how.drop)) return { category: flag.category, confidence: confident(ruledHigh && reading.margin >= (how.demote ?? -Infinity)), fromRules: true };
  const category = verdict.claim?.category ?? reading.category;
  if (flag || !(reading.margin > (how.add[category] ?? Infinity))) return null;
  return how.sourced && letGo(category) ? null : { category, confidence: confident(false), fromRules: false };
}
