/**
 * Speech the reporter did not hear: told to a private audience ("has told aides he …") or said in a private
 * setting named in its clause ("In conversations with donors, the senator voiced doubts …"). It credits nothing:
 * that it was said is itself the inside account (see `ClaimJudge`).
 */
import type { ArticleReader } from './articleReader';
import type { Attribution } from '../model';
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
