/**
 * The mentions already read, in reading order, with their actors: what a later title, description, pronoun or
 * attribution looks back over. Every look back is bounded to a window of earlier mentions, so resolution stays
 * linear in the length of the article.
 */
import type { MentionForm } from '../model';
import type { MentionCandidate } from '../mentions/reader';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import type { Draft } from './cast';
import { isPluralHead } from '../lexicon/cues';
import { COLLECTIVE_HEADS } from '../lexicon/people';

/** How many earlier mentions a title, description or pronoun may look back over. */
const LOOKBACK = 400;

/**
 * How many sentences back a he or she may find its person: quoted sentences count, so a long quotation stands
 * between a speaker and the "She went on to say" after it (“…,” Quill said. “… . … . … . … . … .” She went on).
 */
export const PRONOUN_REACH = 6;

/** How a mention read stands in its sentence. */
export interface Standing {
  inQuote?: boolean;
  /** It is (the head of) an attribution's source. */
  speaks?: boolean;
  /** A he or she: the subject of its clause, whoever it refers to. */
  subject?: boolean;
}

export class History {
  private readonly read: ({ start: number; draft: Draft; form: MentionForm } & Standing)[] = [];

  constructor(private readonly sentenceOf: (offset: number) => number) {}

  /** A mention read at `start` refers to `draft` (mentions are added in reading order). */
  add(start: number, draft: Draft, form: MentionForm, standing: Standing = {}): void {
    this.read.push({ start, draft, form, ...standing });
  }

  /** The nearest earlier mention (within the look-back window) whose actor `accept` takes. */
  lookBack(offset: number, accept: (d: Draft, start: number) => boolean): Draft | undefined {
    for (let i = lastStartingAtOrBefore(this.read, offset - 1), n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const h = this.read[i];
      if (accept(h.draft, h.start)) return h.draft;
    }
    return undefined;
  }

  /**
   * The first compatible person named in the pronoun's sentence (its subject, mostly), else in an earlier one. A
   * person named inside a quotation of the pronoun's own sentence is spoken about, not speaking: in "“… when Tom
   * Banks resigned,” he said" the "he" is the speaker named before. One named inside an earlier sentence's
   * quotation ("“… Hilda Brack called …,” Quell said. ¶ “…,” she continued") is the referent only when no one
   * outside a quotation fits. A he or she that opens a clause stands for whom it refers to ("This year, he
   * defended Brandt. … he said": the first "he", not Brandt). A pronoun that speaks ("“…,” she said") carries on
   * the last speaker of that sentence ("The row will take time to settle, Quell said. “…,” she said": Quell, not
   * a party to the row named first).
   */
  personFor(m: MentionCandidate, sentence: number, speaking = false): Draft | undefined {
    const fits = (d: Draft) => (d.kind === 'person' && (!d.gender || !m.gender || d.gender === m.gender)) || isOneUnnamed(d);
    let best: Draft | undefined;
    let bestSentence = -1;
    let speaker: Draft | undefined;
    let nearest: Draft | undefined;
    let quoted: Draft | undefined;
    for (let i = lastStartingAtOrBefore(this.read, m.start - 1), n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const h = this.read[i];
      const s = this.sentenceOf(h.start);
      if (best && s !== bestSentence) break;
      if (sentence - s > PRONOUN_REACH) break;
      if (!fits(h.draft)) continue;
      if (h.inQuote && !m.inQuote) {
        if (s !== sentence) quoted = quoted ?? h.draft;
        continue;
      }
      nearest = nearest ?? h.draft;
      if (h.form !== 'pronoun' || h.subject) {
        best = h.draft;
        bestSentence = s;
        if (h.speaks && speaking) speaker = speaker ?? h.draft;
      }
    }
    return speaker ?? best ?? nearest ?? quoted;
  }

  /**
   * Whom a definite description with no role-holder of its own refers back to: the nearest person named (outside
   * quotations) before it in its sentence ("… concern that the harbour chief was …"), else the first one the
   * sentence before names, its subject mostly ("Quill would not say whether … Ruiz. The harbour chief said"). Over
   * sentences that name no one outside quotations ("…,” Quill said. “… . … .” ¶ The candidate also denied …"),
   * the sentence before is the last one that does, up to three back.
   */
  personJustNamed(offset: number): Draft | undefined {
    const sentence = this.sentenceOf(offset);
    let first: Draft | undefined;
    let naming = -1;
    for (let i = lastStartingAtOrBefore(this.read, offset - 1), n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const h = this.read[i];
      const s = this.sentenceOf(h.start);
      if (sentence - s > 3 || (naming >= 0 && s !== naming)) break;
      if (h.inQuote || h.draft.kind !== 'person') continue;
      if (s === sentence) return h.draft;
      naming = s;
      first = h.draft;
    }
    return first;
  }

  /**
   * The nearest person or organisation named before `offset` in its sentence, outside quotations: one named inside
   * the quotation is spoken about ("“We are sorry Tom Banks left,” the league said" is not Banks speaking).
   */
  nameBefore(offset: number): Draft | undefined {
    const sentence = this.sentenceOf(offset);
    for (let i = lastStartingAtOrBefore(this.read, offset - 1), n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const h = this.read[i];
      if (this.sentenceOf(h.start) !== sentence) return undefined;
      if (!h.inQuote && (h.draft.kind === 'person' || h.draft.kind === 'organization')) return h.draft;
    }
    return undefined;
  }

  /** The first person or organisation named in the sentence holding `offset`. */
  sentenceSubject(offset: number): Draft | undefined {
    const sentence = this.sentenceOf(offset);
    let i = lastStartingAtOrBefore(this.read, offset - 1);
    while (i >= 0 && this.sentenceOf(this.read[i].start) === sentence) i--;
    for (let k = i + 1, n = 0; k < this.read.length && n < LOOKBACK; k++, n++) {
      const h = this.read[k];
      if (this.sentenceOf(h.start) !== sentence) break;
      if (h.form !== 'pronoun' && (h.draft.kind === 'person' || h.draft.kind === 'organization')) return h.draft;
    }
    return undefined;
  }
}

/**
 * One unnamed person ("a pilot at the ferry company", "the person familiar with the talks", "one delegate"): what a
 * he/she may refer back to ("The fix, the pilot told the board, was cheap. “…,” he said"); not a crowd.
 */
export function isOneUnnamed(d: Draft, head = d.head): boolean {
  if (d.kind !== 'anonymous' || !head || isPluralHead(head) || COLLECTIVE_HEADS.has(head)) return false;
  return /^(?:an?|one|another|the)[\s\u00a0]/i.test(d.names[0]);
}
