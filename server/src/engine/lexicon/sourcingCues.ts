/**
 * The wording that shows a sentence names where its claim comes from: reporting verbs, people who speak for others,
 * documents and data, and the phrases among them that need more than a word (sourcingCuePattern, compiled once per
 * vocabulary in vocabulary.ts). Generic English only; plain alternations, linear to match.
 */
import { literalForm } from './cues';
import { SOURCE_DOCUMENT_NOUNS } from './documents';

/**
 * Verb forms that show the sentence names where its claim comes from. A backstop for attributions the extractor
 * did not link, where precision of flags matters more than recall: so a list of its own, narrower than the cue
 * lexicon (cueVerbs.ts) in the forms it takes ("add" and "ask" source nothing, "added" and "asked" do) and wider in
 * the verbs of citing and judging ("quoted", "branded", "compared"). Measured: adding every speech form of the cue
 * lexicon leaves claims train F1 at 0.54 and drops dev from 0.27 to 0.21 (recall 0.20 → 0.15). A desk's own cue
 * verbs join it (Vocabulary).
 */
export const SOURCING_VERB_FORMS = [
  'says', 'say', 'said', 'tells', 'tell', 'told', 'according to', 'added', 'adds', 'noted', 'notes', 'stated',
  'wrote', 'writes', 'tweeted', 'posted', 'announced', 'announces', 'confirmed', 'confirms', 'reported',
  'reports', 'reporting', 'explain', 'explained', 'explains', 'argued', 'argues', 'claim', 'claimed', 'claims',
  'stressed', 'emphasised', 'emphasized', 'alleged', 'alleges', 'insisted', 'insists', 'warned', 'warns',
  'acknowledged', 'admitted', 'conceded', 'denied', 'denies', 'disputed', 'testified', 'estimates', 'predicted',
  'predicts', 'suggested', 'suggests', 'indicated', 'indicates', 'recounted', 'declared', 'vowed', 'asserted',
  'asserts', 'contended', 'contends', 'reiterated', 'cited', 'citing', 'quoted', 'quoting', 'asked', 'replied',
  'responded', 'saying', 'telling', 'adding', 'noting', 'writing', 'arguing', 'warning', 'insisting', 'claiming',
  'declaring', 'calling', 'called', 'describing', 'dubbed', 'chanted', 'chanting', 'shouted', 'shouting', 'yelled',
  'put it', 'discovered', 'concluded', 'found that', 'ruled', 'determined that', 'dismissed', 'lauded', 'praised', 'characterised',
  'characterized', 'labelled', 'labeled', 'branded', 'blasted', 'criticised', 'criticized', 'slammed', 'mocked',
  'ridiculed', 'referred to', 'described', 'compared', 'urged', 'shows', 'showed', 'learned', 'polled',
  'surveyed',
];

/** People who speak for others: a sentence that names one names its source. */
export const SOURCE_PERSON_NOUNS = ['spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources'];

/** What a critic attacks in words: a plan, a record, remarks (not a convoy or a crew). */
const ATTACKED_IN_WORDS =
  'plans?|proposals?|polic(?:y|ies)|record|remarks|comments|statements?|positions?|stance|views|ideas?|decisions?|agenda|bills?|rhetoric|character|credibility|leadership|judge?ment|handling|claims?|words|tweets?';

/**
 * "Attacked" as a critic's words, which name a source: what the target is attacked as, for or over ("attacked the
 * levy as a tax", "attacked Varga for ignoring the audit", "over his remarks"), or a plan or a record ("attacked
 * Quell's plan"). Not a physical attack ("gunmen attacked the convoy", "was attacked by a dog", "attacked the barge
 * as it passed", "for hours"): that sources nothing.
 */
function verbalAttack(): string {
  const possessor = "(?:his|her|their|its|[\\w.-]+['’]s?)";
  const charge = `as\\s+(?!(?:it|he|she|they|we|i|you|well|soon|part)\\b)|(?:for|over)\\s+(?:${possessor}|\\w+ing|not)\\b`;
  const target = `(?:the|${possessor})\\s+(?:[\\w-]+\\s+)?(?:${ATTACKED_IN_WORDS})\\b`;
  return `attacked(?=\\s+(?:[^\\s.;:!?]+\\s+){0,5}?(?:${charge})|\\s+${target})`;
}

/**
 * Sourcing wording that is more than a list of words: "estimated" but not "an estimated" or "the estimated" (a
 * figure whose estimate nobody owns, not a source);
 * "per" before a determiner ("per the ministry"), not in "per cent"; "states" before "that" ("the memo states
 * that"), as political copy's "states" is nearly always the noun ("in nine states", "the United States"), which
 * credited every claim after it; "show" but not the noun ("a show of force", "the show aired"); "attacked" in
 * words, not in arms (verbalAttack).
 */
const SOURCING_PHRASES = [
  '(?<!\\b(?:an|the) )estimated',
  'per (?:the|a|an|his|her|their|its)',
  'states(?= that\\b)',
  '(?<!\\b(?:a|the) )show',
  verbalAttack(),
];

/**
 * Wording that shows the sentence names where its claim comes from (case-insensitive): the verbs above, a desk's
 * own cue forms, people who speak for others, and documents and data (SOURCE_DOCUMENT_NOUNS).
 */
export function sourcingCuePattern(houseForms: readonly string[] = []): RegExp {
  const forms = [...SOURCING_VERB_FORMS, ...SOURCE_PERSON_NOUNS, ...SOURCE_DOCUMENT_NOUNS, ...houseForms].map(literalForm);
  return new RegExp(`\\b(?:${[...forms, ...SOURCING_PHRASES].join('|')})\\b`, 'i');
}
