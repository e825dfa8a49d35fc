/**
 * The words the engine reads speech and roles by: the built-in newsroom lexicons, or those with a desk's own cue
 * verbs and titles added (`.sourcinglens.json`). A value compiled once per house style and handed down the
 * pipeline, so no stage reads anything a house style could change behind its back, and a paragraph reading is
 * only ever reused under the vocabulary it was made with (see ParagraphCache).
 */
import { cuePattern, type CueClass } from './cues';
import { inflections, normalise } from './inflections';
import { SPEECH_FORMS, SPEECH_VERBS, STANCE_FORMS, STANCE_VERBS, THOUGHT_FORMS, THOUGHT_VERBS } from './cueVerbs';
import { isRoleModifier, ROLE_HEADS, roleHeadAmong } from './roles';
import { sourcingCuePattern } from './sourcingCues';
import { cueAfterSourcePattern } from './sources';
import { WordMemo } from './wordMemo';

/** What a house style adds: verbs that introduce speech, and titles that may stand before a name. */
export interface VocabularyAdditions {
  /** Base forms ("opine", "weigh in"); their regular inflections come with them. Any other form may be listed too. */
  readonly cueVerbs: readonly string[];
  /**
   * Titles and honorifics ("Harbormaster", "Port Warden", "Ald."); the last word is the head a role is known by, and
   * one written with a full stop is an abbreviation whose full stop ends no sentence.
   */
  readonly titles: readonly string[];
}

export class Vocabulary {
  /** Cue verbs as whole words, plus "according to" (global, case-insensitive): clone it before a stateful scan. */
  readonly cuePattern: RegExp;
  /** A cue right after a source noun phrase ("said", "has long argued", a house verb). */
  readonly cueAfterSource: RegExp;
  /** Wording that shows a sentence names its source, for the claim judge ("said", "a poll shows", a house verb). */
  readonly sourcingCue: RegExp;
  /**
   * The answers of cueClass and roleHead, asked of the same few hundred words over and over (every capitalised
   * word, every cue): a vocabulary never changes, so an answer holds for as long as it is kept.
   */
  private readonly cueClassOf = new WordMemo((word: string) => this.cueClasses.get(word.toLowerCase().replace(/\s+/g, ' ')));
  private readonly roleHeadOf = new WordMemo((lower: string) => roleHeadAmong(this.roleHeads, lower));

  constructor(
    /** The additions, normalised: '' for the built-in vocabulary; equal keys make equal vocabularies. */
    readonly key: string,
    /** Every cue form, lower case, with its class. */
    readonly cueClasses: ReadonlyMap<string, CueClass>,
    /** Singular head nouns of roles, lower case. */
    readonly roleHeads: ReadonlySet<string>,
    /** A house style's abbreviated titles, lower case without their full stop ("ald"). */
    readonly titleAbbreviations: ReadonlySet<string>,
    /** The forms of a house style's cue verbs, lower case; none for the built-in vocabulary. */
    readonly houseCueForms: readonly string[],
  ) {
    this.cuePattern = cuePattern(cueClasses.keys());
    this.cueAfterSource = cueAfterSourcePattern(houseCueForms);
    this.sourcingCue = sourcingCuePattern(houseCueForms);
  }

  /**
   * The cue words of `text`, in order. Every scan shares the one compiled pattern: compiling the long alternation
   * afresh for each sentence cost more than the scans themselves.
   */
  cueMatches(text: string): RegExpExecArray[] {
    const re = this.cuePattern;
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
    re.lastIndex = 0;
    return out;
  }

  cueClass(word: string): CueClass | undefined {
    return this.cueClassOf.of(word);
  }

  /** The singular head of a role word ("ministers" → "minister", "Gov." → "governor"), or undefined. */
  roleHead(lower: string): string | undefined {
    return this.roleHeadOf.of(lower);
  }

  /** A word that belongs to a title: a head or a modifier ("deputy", "foreign"). */
  isRoleWord(lower: string): boolean {
    return this.roleHead(lower) !== undefined || isRoleModifier(lower);
  }
}


const sortedSet = (words: readonly string[]) => [...new Set(words.map(normalise).filter(Boolean))].sort();

/** The additions as one string: the same lists in any order or case give the same key; none give ''. */
export function vocabularyKey({ cueVerbs, titles }: VocabularyAdditions): string {
  const verbs = sortedSet(cueVerbs);
  const written = sortedSet(titles);
  return verbs.length + written.length === 0 ? '' : JSON.stringify({ cueVerbs: verbs, titles: written });
}

/** The built-in cue forms: cueVerbs.ts's base forms inflected and its forms as written; a form keeps its first class. */
function builtInCueClasses(): Map<string, CueClass> {
  const classes = new Map<string, CueClass>();
  const lists: [readonly string[], CueClass][] = [
    [SPEECH_VERBS.flatMap(inflections), 'speech'],
    [SPEECH_FORMS, 'speech'],
    [THOUGHT_VERBS.flatMap(inflections), 'thought'],
    [THOUGHT_FORMS, 'thought'],
    [STANCE_VERBS.flatMap(inflections), 'stance'],
    [STANCE_FORMS, 'stance'],
  ];
  for (const [forms, cueClass] of lists) for (const form of forms) if (!classes.has(form)) classes.set(form, cueClass);
  return classes;
}

export const BUILT_IN_VOCABULARY = new Vocabulary('', builtInCueClasses(), ROLE_HEADS, new Set(), []);

/** The word a title is known by: its last ("Port Warden" → "warden"), without an abbreviation's full stop. */
const titleHead = (title: string) => normalise(title).split(' ').pop()!.replace(/\.$/, '');

/**
 * `base` with a house style's cue verbs and titles added; `base` itself when they add nothing. A form the
 * lexicon already knows keeps its class ("believe" stays a verb of thought); every speech form the desk lists is
 * a cue after a source and sources a claim, whether the lexicon knew it ("fumed") or not.
 */
export function extendVocabulary(base: Vocabulary, additions: VocabularyAdditions): Vocabulary {
  const key = vocabularyKey(additions);
  if (!key) return base;
  const cueClasses = new Map(base.cueClasses);
  const added = sortedSet(additions.cueVerbs).flatMap(inflections);
  for (const form of added) if (!cueClasses.has(form)) cueClasses.set(form, 'speech');
  const spoken = added.filter((form) => cueClasses.get(form) === 'speech');
  const houseForms = [...new Set([...base.houseCueForms, ...spoken])];
  const titles = sortedSet(additions.titles);
  const roleHeads = new Set([...base.roleHeads, ...titles.map(titleHead)]);
  const abbreviations = titles.filter((t) => /^[^ ]+\.$/.test(t)).map((t) => t.slice(0, -1));
  const titleAbbreviations = new Set([...base.titleAbbreviations, ...abbreviations]);
  return new Vocabulary(base.key ? `${base.key}+${key}` : key, cueClasses, roleHeads, titleAbbreviations, houseForms);
}
