/**
 * Resolution step 1b, surnames that are also English words ("Jolly", "Rice", "Cotton"): the mention pass leaves a
 * lone capitalised dictionary word alone, since it is as often a word opening a sentence; once the story has named a
 * person in full with it, the lone word where a name stands (before a comma, a possessive or a verb) is that person.
 */
import type { MentionCandidate } from '../mentions/reader';
import { lexiconTags, NAME_TAGS, stemTags } from '../lexicon/people';
import { SpanIndex } from '../text/spanIndex';
import type { Cast, Draft, Story } from './cast';

/** What may follow a lone surname: punctuation, a possessive, or a verb ("Jolly said", "Jolly, who …", "Jolly’s"). */
const AFTER_NAME = /^(?:[,;:.)]|['’]s\b|[ \u00a0]+(\p{Ll}+))/u;

/**
 * Read at a lone surname's first letter (sticky): no letter or digit before it, and no capitalised word before it
 * ("Ada Jolly" is a longer name, left to the mention pass). One pattern for every surname: a pattern per surname
 * with this look-behind first was compiled anew for each story and tried the look-behind at every character.
 */
const LONE_WORD_START = /(?<![\p{L}\p{N}]|\p{Lu}[\p{L}.'’-]{0,20}[ \u00a0])/uy;
/** Read right after a surname (sticky): a letter or digit there means the surname only begins a longer word. */
const WORD_GOES_ON = /[\p{L}\p{N}]/uy;

/** The story with a mention for each lone dictionary-word surname of a person named in full, assigned to them. */
export function withWordSurnames(story: Story, cast: Cast): Story {
  const taken = new SpanIndex(story.mentions);
  const added: MentionCandidate[] = [];
  const surnames = new Set(cast.live().map(wordSurname).filter((w): w is string => w !== undefined));
  for (const surname of surnames) {
    for (let at = story.text.indexOf(surname); at >= 0; at = story.text.indexOf(surname, at + 1)) {
      if (!isLoneWord(story.text, at, at + surname.length)) continue;
      const span = { start: at, end: at + surname.length };
      if (taken.overlaps(span) || story.offstage.contains(span) || !nameStandsHere(story.text, span.end)) continue;
      // the one of that name named nearest before ("Tom Jolly … Sue Jolly … Jolly said")
      const holder = cast.nameHolder(surname.toLowerCase(), span.start);
      if (!holder) continue;
      const mention: MentionCandidate = { ...span, kind: 'person', form: 'surname', name: surname, roles: [], inQuote: false };
      cast.assign(mention, holder, 'surname');
      added.push(mention);
    }
  }
  if (added.length === 0) return story;
  const mentions = [...story.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...story, mentions };
}

/** The surname of a person named in full when it is a dictionary word the mention pass does not read alone. */
function wordSurname(draft: Draft): string | undefined {
  if (draft.kind !== 'person') return undefined;
  const words = draft.names.find((n) => n.includes(' '))?.split(/[\s\u00a0]+/);
  const last = words?.[words.length - 1];
  if (!last || !/^\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  const tags = stemTags(last.toLowerCase());
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t)) ? last : undefined;
}

/** The text's [start, end) is a word of its own, not inside a longer name or word. */
function isLoneWord(text: string, start: number, end: number): boolean {
  LONE_WORD_START.lastIndex = start;
  WORD_GOES_ON.lastIndex = end;
  return LONE_WORD_START.test(text) && !WORD_GOES_ON.test(text);
}

/** The word ending at `end` stands where a name does: before punctuation, a possessive or a verb. */
function nameStandsHere(text: string, end: number): boolean {
  const next = AFTER_NAME.exec(text.slice(end, end + 24));
  if (!next) return false;
  return next[1] === undefined || lexiconTags(next[1]).some((t) => /Tense|Modal|Copula|Adverb/.test(t));
}
