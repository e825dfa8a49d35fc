/**
 * Regular English verb inflection, for lexicon lists kept as base forms and for a desk's own cue verbs. Apart from
 * vocabulary.ts so that any lexicon list can be built from base forms without importing the compiled vocabulary.
 */

/** A word or phrase as the lexicons key it: trimmed, lower case, one space between words. */
export const normalise = (word: string) => word.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The third person, past and gerund of a verb in its base form ("opine" → opines, opined, opining; "quip" →
 * quipped; "deny" → denied; "weigh in" → weighed in). Regular inflection only: irregular forms ("spake") are
 * listed by the desk.
 */
export function inflections(verb: string): string[] {
  const [head = '', ...rest] = normalise(verb).split(' ');
  const tail = rest.map((w) => ` ${w}`).join('');
  return [head, ...regularForms(head)].map((form) => form + tail);
}

/**
 * Verbs of more than one syllable whose stressed last syllable ends consonant–vowel–consonant, so that the consonant
 * doubles as a one-syllable verb's does (admit → admitted, occur → occurring, prefer → preferred, control →
 * controlled, appal → appalled). Spelling cannot show stress, so these are listed: endings stressed in every common
 * verb that has them, with the unstressed words spelled the same way left out by name (limit, vomit; offer, differ,
 * suffer, proffer), then single verbs whose ending is mostly unstressed elsewhere (abet but alphabet, rebut but
 * debut, forget but budget, deter but enter).
 */
const STRESSED_ENDINGS = '(?<!li|vo)mit|cur|(?<!f)fer|pel|trol|gret|quip|quit';
const STRESSED_VERBS =
  'abet rebut forget beget deter inter aver demur abhor allot embed excel outwit befit refit extol enrol appal enthral instil distil fulfil';
const STRESSED_FINAL = new RegExp(`(?:${STRESSED_ENDINGS})$|^(?:${STRESSED_VERBS.replace(/ /g, '|')})$`);

function regularForms(v: string): string[] {
  if (/[^aeiou]y$/.test(v)) return [`${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`];
  if (/ie$/.test(v)) return [`${v}s`, `${v}d`, `${v.slice(0, -2)}ying`];
  if (/[eoy]e$/.test(v)) return [`${v}s`, `${v}d`, `${v}ing`]; // agree, hoe, eye
  if (/e$/.test(v)) return [`${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return [`${v}es`, `${v}ed`, `${v}ing`];
  // a final "-ic" keeps its hard sound before a vowel with a k: panic → panicked, mimic → mimicking
  if (/[aeiou][^aeiou]+ic$/.test(v)) return [`${v}s`, `${v}ked`, `${v}king`];
  // one syllable ending consonant–vowel–consonant doubles the consonant (quip → quipped, sob → sobbing), and so
  // does a longer verb stressed on that syllable (STRESSED_FINAL)
  if (/^(?:qu|[^aeiou])*[aeiou][b-df-hj-np-tvz]$/.test(v) || STRESSED_FINAL.test(v)) {
    const doubled = v + v.slice(-1);
    return [`${v}s`, `${doubled}ed`, `${doubled}ing`];
  }
  // an unstressed final "-al", "-el" or "-il" doubles in British spelling only: signal → signaled and signalled,
  // fuel → fueled and fuelled, imperil → imperiled and imperilled (news copy has both); the American forms first
  if (/(?:[^aeiou]|u)[aei]l$/.test(v)) return [`${v}s`, `${v}ed`, `${v}ing`, `${v}led`, `${v}ling`];
  return [`${v}s`, `${v}ed`, `${v}ing`];
}

/**
 * The past and progressive forms of verbs that are also common nouns ("signal", "court", "eye", "pressure"), given
 * as one string of base forms: their base and -s forms read as the noun far more often than as the verb ("a clear
 * signal", "the high court ruled", "international pressure helped"), and a holder or a source cannot be told from
 * an adjective before them.
 */
export const verbFormsOnly = (verbs: string): string[] =>
  verbs.split(' ').flatMap(inflections).filter((form) => /(?:ed|ing)$/.test(form));

/** The regular endings a word's stem is read without (learnedCues.ts `stem`: "fumed", "fuming" → "fum"). */
export const REGULAR_ENDINGS: readonly string[] = ['ies', 'ied', 'ying', 'ing', 'ed', 'es', 's', 'e'];
