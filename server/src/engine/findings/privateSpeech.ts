/**
 * Speech the reporter did not hear: told to a private audience ("has told aides he …") or said in a private
 * setting named in its clause ("In conversations with donors, the senator voiced doubts …"). It credits nothing:
 * that it was said is itself the inside account (see `ClaimJudge`).
 */
import type { ArticleReader } from './articleReader';
import type { Attribution, Span } from '../model';
import { merged } from '../text/spanIndex';
import { PARTICIPLE_LINK, PRIVATE_AUDIENCE, PRIVATE_SETTING, PRIVATE_SETTING_REACH, TELLING_CUE, TELLING_PARTICIPLE } from '../lexicon/claimSourcing';

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

  constructor(reader: ArticleReader) {
    const told = reader.model.attributions.filter((a) => toldInPrivate(reader, a));
    // the speaker's words that the private telling goes on with ("voiced alarm, telling a confidant that …") are one
    // unheard account: the first cue credits the second no more than the second credits itself
    const joined = reader.model.attributions.filter((a) => !told.includes(a) && told.some((t) => tellingOf(reader, a, t)));
    this.attributions = new Set([...told, ...joined]);
    this.cues = merged([...this.attributions].flatMap((a) => (a.cue ? [a.cue] : [])));
  }

  has(a: Attribution): boolean {
    return this.attributions.has(a);
  }

  /** Whether the claim is the inside account of private speech: its words are that speech's cue. */
  isAccount(claim: Span): boolean {
    return [...this.attributions].some((a) => a.cue !== null && a.cue.start === claim.start);
  }
}

/** How far before a telling participle, in characters, the comma that joins it to its speaker's verb is looked for. */
const TELLING_LINK_REACH = 16;

/**
 * Whether private telling `t` is a participle that says how its speaker's words `a` were put, right before it in
 * the same sentence: "X has voiced alarm about the vote, telling aides that …".
 */
function tellingOf(reader: ArticleReader, a: Attribution, t: Attribution): boolean {
  if (!a.cue || !t.cue || a.actor === null || a.actor !== t.actor || a.cue.end > t.cue.start) return false;
  const { text } = reader.model;
  const linked = TELLING_PARTICIPLE.test(text.slice(t.cue.start, t.cue.end)) && PARTICIPLE_LINK.test(text.slice(Math.max(0, t.cue.start - TELLING_LINK_REACH), t.cue.start));
  return linked && reader.sentenceAt(a.cue.start) === reader.sentenceAt(t.cue.start);
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
