/**
 * Abbreviations a full stop follows without ending a sentence: titles before a name always, others ("Inc.",
 * "Jan.", "Calif.") unless a typical sentence opener follows.
 */
/**
 * Abbreviations whose full stop stays inside the word for the attribution stage's tokenizer (attributions/words.ts):
 * a source phrase walks past "Sen." and "Jan.". Not the segmenter's lists below: reading source phrases with those
 * instead makes state abbreviations ("Miss.", "Md.") into sources, so the two stay apart.
 */
export const TOKEN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'prof', 'rev',
  'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'pres', 'dept', 'capt', 'maj', 'adm', 'cmdr', 'supt', 'atty', 'ft',
  'mt', 'ave', 'blvd', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'messrs', 'hon', 'fig',
]);

/** Titles before a name: a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'maj',
  'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'brig',
  'sec', 'asst', 'lieut', 'cmdt', 'gens', 'mme', 'mlle',
]);

/** Abbreviations that may also end a sentence ("in the U.S. The…"): they end one only before a typical opener. */
export const AMBIGUOUS_ABBREVIATIONS = new Set([
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'bros', 'llc', 'plc', 'st', 'ave', 'blvd', 'rd', 'mt', 'ft', 'no', 'nos', 'vs', 'etc',
  'al', 'approx', 'est', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ala', 'ariz', 'ark', 'calif',
  'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss',
  'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'fig', 'vol',
  'ch', 'pp', 'op', 'cf', 'ed', 'eds', 'v',
]);
