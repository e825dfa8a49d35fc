/**
 * The sourcing summary as it travels to the client (the report view and the status bar): plain types, shared by
 * the server that computes it (lsp/features/sourcingSummary.ts) and the client that shows it.
 */
import type { Range } from 'vscode-languageserver';
import type { ActorKind, Span } from '../engine/model';

/** What an actor said, as the report lists it: the reported words, flattened and cut for one line. */
export interface Passage extends Span {
  text: string;
}

export interface ActorSourcing {
  id: string;
  name: string;
  kind: ActorKind;
  roles: string[];
  /** Direct and partial quotations attributed to the actor, in reading order. */
  quotes: Passage[];
  /** Indirect speech and "according to" attributions, in reading order. */
  paraphrases: Passage[];
  firstMention: Span;
}

/** A private state the reporter states ("several trustees want …"): listed as a claim about its holder, not a source. */
export interface PrivateStatePassage extends Passage {
  /** "what several trustees want — nobody is credited for it" (or "— credited to two aides"). */
  label: string;
}

/** How many attributions each kind of source carries; `unresolved` when the engine found no actor behind one. */
export type SourceKindCounts = Record<ActorKind | 'unresolved', number>;

export interface SourcingSummary {
  /** In order of first mention. */
  actors: ActorSourcing[];
  attributionsBySourceKind: SourceKindCounts;
  /** In reading order; they count nowhere as sourcing. */
  privateStates: PrivateStatePassage[];
  /** The status bar's figures. */
  counts: {
    /** Named actors (people, organisations, groups) the article quotes or paraphrases. */
    named: number;
    /** Anonymous sources the article uses. */
    anonymous: number;
    /** Claims nobody is cited for that an editor would certainly send back (high confidence, or not graded). */
    unsourced: number;
    /** Claims nobody is cited for that an editor may well query (medium confidence). */
    unsourcedMedium: number;
  };
}

/** On the wire, each actor also carries its first mention as an LSP range, for clients that reveal it. */
export interface ArticleSummary extends Omit<SourcingSummary, 'actors'> {
  uri: string;
  version: number;
  actors: (ActorSourcing & { firstMentionRange: Range })[];
}

export interface WorkspaceSummary {
  /** One per article the server reads, by URI. */
  articles: ArticleSummary[];
  /** Sums over the articles; `named` and `anonymous` count an actor once per article that uses it. */
  counts: SourcingSummary['counts'];
  attributionsBySourceKind: SourceKindCounts;
}
