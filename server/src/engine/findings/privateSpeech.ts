/**
 * Speech the reporter did not hear: told to a private audience ("has told aides he …") or said in a private
 * setting named in its clause ("In conversations with donors, the senator voiced doubts …"). It credits nothing:
 * that it was said is itself the inside account (see `ClaimJudge`).
 */
import type { ArticleReader } from './articleReader';
import type { Attribution, Span } from '../model';
import { merged } from '../text/spanIndex';
import { PRIVATE_AUDIENCE, PRIVATE_SETTING, PRIVATE_SETTING_REACH, TELLING_CUE } from '../lexicon/claimSourcing';

/** Whether attribution `a` reports speech to a private audience or in a private setting (bounded: the cue's own clause). */
export function toldInPrivate(reader: ArticleReader, a: Attribution): boolean {
  if (a.cue === null) return false;
  const { text, sentences } = reader.model;
  if (TELLING_CUE.test(text.slice(a.cue.start, a.cue.end)) && PRIVATE_AUDIENCE.test(text.slice(a.cue.end, a.cue.end + 40))) return true;
  const sentence = sentences[reader.sentenceAt(a.cue.start)];
  if (!sentence) return false;
  const from = Math.max(sentence.start, a.cue.start - PRIVATE_SETTING_REACH.before);
  const to = Math.min(sentence.end, a.cue.end + PRIVATE_SETTING_REACH.after);
  // a setting inside what was said ("reported that she met privately with …") is the content's, not the speech's
  const words = reader.reporterText;
  return PRIVATE_SETTING.test(words.slice(from, Math.max(from, Math.min(to, a.content.start)))) || PRIVATE_SETTING.test(words.slice(Math.min(to, Math.max(from, a.content.end)), to));
}

/**
 * The article's speech the reporter did not hear (see `toldInPrivate`), read once: the claim judge asks of it for
 * every sentence.
 */
export class PrivateSpeech {
  /** The attributions of private speech. */
  readonly attributions: ReadonlySet<Attribution>;
  /** Their cues ("told aides"), merged: cues that credit nothing. */
  readonly cues: Span[];

  constructor(private readonly reader: ArticleReader) {
    this.attributions = new Set(reader.model.attributions.filter((a) => toldInPrivate(reader, a)));
    this.cues = merged([...this.attributions].flatMap((a) => (a.cue ? [a.cue] : [])));
  }

  has(a: Attribution): boolean {
    return this.attributions.has(a);
  }

  /** Whether the claim is the inside account of private speech: its words are that speech's cue. */
  isAccount(claim: Span): boolean {
    return [...this.attributions].some((a) => a.cue !== null && a.cue.start === claim.start);
  }

  /**
   * The cues and sources of the speaker's other words in the sentence of the private speech that is the claim:
   * "voiced alarm, telling a confidant that …" is one unheard account, so its first cue credits the second no
   * more than the second credits itself. Empty for any other claim.
   */
  ownWordsBeside(claim: Span & { actor?: string | null }): Span[] {
    if (!claim.actor || !this.isAccount(claim)) return [];
    const index = this.reader.sentenceAt(claim.start);
    const beside = this.reader.model.attributions.filter((a) => a.actor === claim.actor && a.cue && this.reader.sentenceAt(a.cue.start) === index);
    return merged(beside.flatMap((a) => [a.cue, a.source].filter((s): s is Span => s !== null)));
  }
}

/**
 * Whether someone other than the speaker is credited in the sentence for private speech `a` (`spoken`: the
 * sentence's crediting attributions), as one in the room would be ("…, he told aides, according to a guest"). The
 * speaker's own words beside it ("expressed alarm, telling a confidant that …") credit nothing: they are the same
 * unheard account.
 */
export function witnessed(a: Attribution, spoken: readonly Attribution[]): boolean {
  return spoken.some((s) => s.actor === null || s.actor !== a.actor);
}
