/**
 * The article model: what the engine knows about a news article.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), 0-based, end exclusive, into the text as given
 * (CRLF kept). Every editor feature is a view of this model; nothing here knows about LSP or VS Code.
 */

export interface Span {
  start: number;
  end: number;
}

/** What a paragraph is, in the page's layout. Only `body` paragraphs carry reporting. */
export type ParagraphKind = 'headline' | 'caption' | 'dateline' | 'credit' | 'body';

export interface Sentence extends Span {
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** Indices into ArticleModel.sentences. */
  sentences: number[];
  /**
   * A BCP 47 tag ("es", "und-Cyrl") when the paragraph is not in English: the engine, which reads English, reads
   * nothing in it (no quotes, mentions, attributions or claims) and says so in an `other-language` finding.
   */
  language?: string;
}

/**
 * `direct`: a full quotation that stands as speech. `partial`: a few quoted words inside paraphrase.
 * `scare`: quotation marks around a term the reporter distances from. `title`: a work's title.
 */
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** The words between the marks (for a multi-paragraph quote: from the first opening to the last closing). */
  inner: Span;
  /** Indices of the paragraphs the quote spans (more than one for a multi-paragraph quote). */
  paragraphs: number[];
}

export type ActorKind = 'person' | 'organization' | 'group' | 'anonymous';

/** How a mention names its actor. */
export type MentionForm =
  | 'full' // "Antony Blinken", "Sheikh Tamim bin Hamad Al-Thani", "Hamas"
  | 'surname' // "Blinken"
  | 'possessive' // "Blinken’s"
  | 'title' // "the Emir", "the secretary"
  | 'pronoun' // "he", "she", "they"
  | 'description'; // "two US officials", "sources familiar with the matter"

export interface Mention extends Span {
  actor: string;
  form: MentionForm;
}

/** Where the article states a role: a title before the name, an appositive, a predicate, or house config. */
export type RoleOrigin = 'title' | 'appositive' | 'predicate' | 'config';

export interface Role extends Span {
  text: string;
  origin: RoleOrigin;
}

export interface Actor {
  id: string; // "a1", "a2", … in order of first mention
  /** The fullest form the article uses. */
  name: string;
  kind: ActorKind;
  roles: Role[];
  /** In reading order; the first is the actor's first mention. */
  mentions: Mention[];
  gender?: 'male' | 'female';
}

/**
 * `private-state`: what someone wants, fears, believes, plans or agreed in private ("the trustees agreed to
 * delay the vote"). Its holder is not a source: the reporter's account of another's private state is itself a
 * claim, sourced only by a communicative attribution (the other kinds).
 */
export type AttributionKind = 'direct' | 'partial' | 'indirect' | 'according-to' | 'private-state';

/** Whether a quote or an attribution gives someone's own words: a direct or partial quotation (not a scare quote, a title or a paraphrase). */
export const isQuotation = (kind: QuoteKind | AttributionKind): kind is 'direct' | 'partial' => kind === 'direct' || kind === 'partial';

/** A source–cue–content triple (PARC/PolNeAR). */
export interface Attribution {
  id: string;
  kind: AttributionKind;
  /** The source's local mention ("he", "two US officials"), or null when the cue has none in reach. */
  source: Span | null;
  /** "said", "told CNN", "according to", … */
  cue: Span | null;
  content: Span;
  /** The actor the source resolves to. */
  actor: string | null;
  /** The quote this attribution reports, when it reports one. */
  quote?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode =
  | 'unattributed-claim'
  | 'vague-attribution'
  | 'anonymous-source'
  | 'unattributed-quote'
  | 'unbalanced-quote'
  | 'surname-first'
  | 'other-language';

export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  /** Written for a journalist. */
  message: string;
  /** What a quick fix needs. */
  data?: FindingData;
}

/** The kinds of claim that need a source, as the claims guidelines name them. */
export type ClaimCategory =
  | 'intention' // private plans, positions, wishes, resistance
  | 'deliberation' // private talks, what happened behind closed doors
  | 'motive' // feelings, fears, frustrations, hopes of others
  | 'belief' // what others believe or think, stated as fact
  | 'accusation' // evaluations or accusations stated as fact
  | 'figure' // numbers that are not public record
  | 'prediction' // confident predictions stated as fact
  | 'causal'; // causal or evaluative analysis stated as fact

/** `high`: an editor would certainly ask for a source; `medium`: a plausible request. */
export type ClaimConfidence = 'high' | 'medium';

export interface FindingData {
  /** Actor ids to offer as sources, most relevant first (nearest preceding speaker, then reading order). */
  candidates?: string[];
  /** Where an attribution would be inserted (before the sentence's final punctuation). */
  insertAt?: number;
  /** For `surname-first`: the actor and the mention that introduces it fully later. */
  actor?: string;
  /** For `anonymous-source`: how many anonymous sources the article cites. */
  count?: number;
  /** For `unattributed-claim`: what kind of claim it is. */
  category?: ClaimCategory;
  /** For `unattributed-claim`: how sure the engine is that an editor would ask. */
  confidence?: ClaimConfidence;
}

export interface ArticleModel {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  actors: Actor[];
  attributions: Attribution[];
  findings: Finding[];
  /** Spans the writer asked the engine to leave alone (inline suppression markers). */
  suppressed: Span[];
}
