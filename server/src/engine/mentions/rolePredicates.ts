/**
 * The verbs a role follows after a name: a linking verb ("is", "has been", "continues to be"), a verb of holding,
 * taking or leaving a post before "as", a relative clause that states one, and an "if" that only supposes it.
 */
import { AUXILIARY_VERBS, RELATIVE_ADVERBS } from '../lexicon/grammar';
import { PASSIVE_BE, POST_GIVEN, POST_TAKEN } from '../lexicon/roles';
import type { Reader } from './reader';

/**
 * Where what a linking verb at token `at` says of its subject starts: "is", "was", "became", "remains", "has been",
 * "continues to be"; -1 when token `at` opens no such verb. ("if she becomes the nominee" supposes a post, so no
 * "becomes".)
 */
export function linkingVerbEnd(r: Reader, at: number): number {
  const lower = (k: number) => r.tokens[k]?.lower ?? '';
  if (/^(?:is|was|became|remains|remained|as)$/.test(lower(at))) return at + 1;
  if (/^(?:has|had)$/.test(lower(at)) && lower(at + 1) === 'been' && r.spaced(at + 1)) return at + 2;
  const continuing = /^(?:continues|continued)$/.test(lower(at)) && lower(at + 1) === 'to' && lower(at + 2) === 'be';
  return continuing && r.spaced(at + 1) && r.spaced(at + 2) ? at + 3 : -1;
}

/** Verbs of holding a post, before "as": "serves as", "worked as", "acting as". */
export const SERVING = /^(?:serv|work|act)(?:es|s|ed|ing)?$/;

/**
 * Where the post starts that a person takes or leaves "as", from token `at` right after the name: "will take over
 * as interim chair", "was dismissed on Monday as campaign manager", "to resign as mayor"; -1 when there is none.
 * A verb of appointing makes the name the holder only in the passive.
 */
export function postTakenAs(r: Reader, at: number): number {
  const lower = (k: number) => r.tokens[k]?.lower ?? '';
  let k = at;
  let passive = false;
  for (; k - at < 2 && (AUXILIARY_VERBS.has(lower(k)) || lower(k) === 'to'); k++) passive ||= PASSIVE_BE.has(lower(k));
  // "whom Harbour fired as manager": the name before an active verb of appointing is who gave the post
  if (!POST_TAKEN.test(lower(k)) && !(passive && POST_GIVEN.test(lower(k)))) return -1;
  k++;
  if (/^(?:over|down|in)$/.test(lower(k))) k++;
  if (lower(k) === 'on' && r.classes[k + 1] === 'calendar') k += 2;
  return lower(k) === 'as' && k - at < 7 ? k + 1 : -1;
}

/**
 * Where the role of a relative clause at token `at` starts: ", who is the …", ", who was then serving as harbour
 * master", ", who now works as …"; -1 when the clause states no role.
 */
export function relativeRoleStart(r: Reader, at: number): number {
  const lower = (k: number) => r.tokens[k]?.lower ?? '';
  if (!/^(?:who|which)$/.test(lower(at))) return -1;
  let k = at + 1;
  let linked = false;
  if (/^(?:is|was)$/.test(lower(k))) {
    k++;
    linked = true;
  } else if (/^(?:has|had)$/.test(lower(k)) && lower(k + 1) === 'been') {
    k += 2;
    linked = true;
  }
  while (RELATIVE_ADVERBS.has(lower(k)) && k - at < 6) k++;
  if (SERVING.test(lower(k)) && lower(k + 1) === 'as') return k + 2;
  // "who took over as head of …": the post the person stepped into
  if (/^(?:took|takes|taking|taken)$/.test(lower(k)) && lower(k + 1) === 'over' && lower(k + 2) === 'as') return k + 3;
  return linked ? k : -1;
}

/**
 * "if Tom Banks is mayor", "whether fellow candidate Ines Roa was chair": a post only supposed of the name at token
 * `name`, the "if" before it or before its title.
 */
export function supposed(r: Reader, name: number): boolean {
  for (let k = name - 1; k >= 0 && name - k <= 4 && r.spaced(k + 1); k--) {
    if (/^(?:if|unless|whether)$/.test(r.tokens[k].lower)) return true;
    if (!r.tokens[k].cap && !r.isRoleWordAt(k)) return false;
  }
  return false;
}
