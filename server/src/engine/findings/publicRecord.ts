/**
 * Which claims are public record, so need no source (GUIDELINES: results, votes, filings, rules, public schedules,
 * decisions announced by their nature, what a measure is for): read for the claim judge, with the one fact it keeps
 * across sentences, where the reporter first names a poll.
 */
import type { ArticleReader } from './articleReader';
import { afterLastClauseBreak } from './claimReadings';
import type { ClaimCategory, Span } from '../model';
import {
  INSTITUTION_CALENDAR,
  MEASURE_SUBJECT,
  PUBLIC_DECISION,
  PURPOSE_COPULA,
  PURPOSE_WORDING,
  QUESTION_PUT,
  RECORDED_FIGURE,
  SCHEDULED_APPEARANCE,
  STATED_PURPOSE,
} from '../lexicon/claimSourcing';
import { MEASURED_MOVE, POLL_AGGREGATOR, POLL_NAMED, POLLS_AS_VOTING, POLL_SHARE, POLL_STANDING, POPULATION_SHARE, STANDING_MOVED, VOTER_STANDING } from '../lexicon/claimFigures';

/** Whether words name a poll as a survey, not as the place votes are cast ("voters going to the polls said …"). */
const namesSurvey = (words: string): boolean => POLL_NAMED.test(words.replace(POLLS_AS_VOTING, ''));

export class PublicRecord {
  /** The first sentence that names a poll, once found, and how far the search for it has read. */
  private firstPoll = -1;
  private pollScanned = 0;

  constructor(private readonly reader: ArticleReader) {}

  /**
   * Whether the claim of sentence `index` (`words`: its reporter's words) is public record: a share of voters, or
   * support moved by so many points, once a poll is named; a figure of votes, results, a poll's own sample, filings
   * or rules; a decision announced by its nature ("decided not to run", "seeking the nomination"); a question put
   * ("the moderator, who wanted to know …"); an appearance on a public calendar ("is not expected to attend"); an
   * institution's calendar ("The House is expected to pass …"); or what a measure is for ("The ballot question
   * seeks …", "The levy was intended to …" with no actor named before it: `noHolder`, asked last); or a standing
   * with voters beside a poll (see `pollBeside`).
   */
  covers(index: number, claim: Span & { category: ClaimCategory }, words: string, noHolder: () => boolean): boolean {
    if (this.pollNamedBy(index) && this.pollFigure(claim, words)) return true;
    const at = claim.start - this.reader.model.sentences[index].start;
    const wording = words.slice(at);
    if (VOTER_STANDING.test(wording) && this.pollBeside(index, words)) return true;
    if (claim.category === 'figure') return RECORDED_FIGURE.test(words);
    const clause = words.slice(afterLastClauseBreak(words.slice(0, at)));
    if (PUBLIC_DECISION.test(wording) || QUESTION_PUT.test(words)) return true;
    if (INSTITUTION_CALENDAR.test(clause) || SCHEDULED_APPEARANCE.test(clause)) return true;
    if (PURPOSE_WORDING.test(wording) && MEASURE_SUBJECT.test(clause.slice(0, clause.length - wording.length))) return true;
    return STATED_PURPOSE.test(wording) && PURPOSE_COPULA.test(words.slice(0, at)) && noHolder();
  }

  /**
   * Whether the claim gives a poll's figures: a share of voters, or support moved by so many points. Asked only
   * once a poll is named, which many stories never do: these patterns read the whole sentence (not screened by
   * their literals: reading a clause's letters for the screen cost more than the patterns it would skip).
   */
  private pollFigure(claim: Span, words: string): boolean {
    const moved = STANDING_MOVED.test(this.reader.model.text.slice(claim.start, claim.end)) && MEASURED_MOVE.test(words);
    return POLL_SHARE.test(words) || POPULATION_SHARE.test(words) || POLL_STANDING.test(words) || moved;
  }

  /**
   * Whether a poll stands beside sentence `index` (`words`: its reporter's words): named in it ("sits in single
   * digits in the polls", not "going to the polls"), or named in the next sentence of its paragraph, which gives
   * the poll's figures for the standing this one states ("… is popular among retirees. Some 70 percent approve of
   * him, a new poll shows.").
   */
  private pollBeside(index: number, words: string): boolean {
    if (namesSurvey(words)) return true;
    const [sentence, next] = [this.reader.model.sentences[index], this.reader.model.sentences[index + 1]];
    if (!next || next.paragraph !== sentence.paragraph) return false;
    const after = this.reader.reporterWords(next);
    return namesSurvey(after) || POLL_AGGREGATOR.test(after);
  }

  /**
   * Whether the reporter has named a poll or survey by sentence `index` (in it or before it): read once, up to
   * the furthest sentence asked about, so the whole article is scanned at most once.
   */
  private pollNamedBy(index: number): boolean {
    const { sentences } = this.reader.model;
    for (; this.pollScanned <= index && this.firstPoll < 0; this.pollScanned++) {
      if (POLL_NAMED.test(this.reader.reporterWords(sentences[this.pollScanned]))) this.firstPoll = this.pollScanned;
    }
    return this.firstPoll >= 0 && this.firstPoll <= index;
  }
}
