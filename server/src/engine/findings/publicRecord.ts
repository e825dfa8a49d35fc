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
import {
  FILED_RANK,
  FILINGS_NAMED,
  FUNDS_STATED,
  MEASURED_MOVE,
  POLL_AGGREGATOR,
  POLL_MARGIN,
  POLL_NAMED,
  POLL_SHARE,
  POLL_STANDING,
  POLLS_AS_VOTING,
  POLLED_HOLDERS,
  POLLS_MENTIONED,
  POPULATION_SHARE,
  STANDING_MOVED,
  VOTER_STANDING,
} from '../lexicon/claimFigures';

/** The states a poll measures in the people it asks: what they feel and think (see `pollFinding`). */
const POLLED_STATES: ReadonlySet<ClaimCategory> = new Set(['motive', 'belief']);

/** The reporter's words without the polls where votes are cast ("going to the polls"): what may name a survey. */
const surveyWords = (words: string): string => words.replace(POLLS_AS_VOTING, '');

/**
 * Whether the reporter has named a source of figures (a poll, filings) by a sentence, in it or before it: the
 * sentences are read once, up to the furthest asked about, so the whole article is scanned at most once.
 */
class FirstNamed {
  /** The first sentence that names the source, once found, and how far the search for it has read. */
  private first = -1;
  private scanned = 0;

  constructor(
    private readonly reader: ArticleReader,
    private readonly names: (words: string) => boolean,
  ) {}

  by(index: number): boolean {
    const { sentences } = this.reader.model;
    for (; this.scanned <= index && this.first < 0; this.scanned++) {
      if (this.names(this.reader.reporterWords(sentences[this.scanned]))) this.first = this.scanned;
    }
    return this.first >= 0 && this.first <= index;
  }
}

export class PublicRecord {
  private readonly poll: FirstNamed;
  private readonly filings: FirstNamed;

  constructor(private readonly reader: ArticleReader) {
    this.poll = new FirstNamed(reader, (words) => POLL_NAMED.test(surveyWords(words)));
    this.filings = new FirstNamed(reader, (words) => FILINGS_NAMED.test(words));
  }

  /**
   * Whether the claim of sentence `index` (`words`: its reporter's words) is public record: a share of voters, a
   * margin, support moved by so many points or a state of the people polled, once a poll is named; a sum spent or
   * a rank among spenders, once filings or an ad tracker are named; a figure of votes, results, a poll's own
   * sample, filings or rules; a decision announced by its nature ("decided not to run", "seeking the nomination"); a
   * question put ("the moderator, who wanted to know …"); an appearance on a public calendar ("is not expected to
   * attend"); an institution's calendar ("The House is expected to pass …"); what a measure is for ("The ballot
   * question seeks …", "The levy was intended to …" with no actor named before it: `noHolder`, asked last); or a
   * standing with voters beside a poll (see `pollBeside`).
   */
  covers(index: number, claim: Span & { category: ClaimCategory }, words: string, noHolder: () => boolean): boolean {
    const at = claim.start - this.reader.model.sentences[index].start;
    const before = words.slice(0, at);
    const wording = words.slice(at);
    // the claim's clause up to the claim: who holds it, or what it is said of
    const lead = before.slice(afterLastClauseBreak(before));
    if (this.poll.by(index) && (this.pollFigure(claim, words) || this.pollFinding(claim, lead))) return true;
    if (VOTER_STANDING.test(wording) && this.pollBeside(index)) return true;
    if (claim.category === 'figure') return RECORDED_FIGURE.test(words) || this.filedSum(index, claim);
    if (PUBLIC_DECISION.test(wording) || QUESTION_PUT.test(words)) return true;
    const clause = lead + wording;
    if (INSTITUTION_CALENDAR.test(clause) || SCHEDULED_APPEARANCE.test(clause)) return true;
    if (PURPOSE_WORDING.test(wording) && MEASURE_SUBJECT.test(lead)) return true;
    return STATED_PURPOSE.test(wording) && PURPOSE_COPULA.test(before) && noHolder();
  }

  /**
   * Whether the claim gives a poll's figures: a share of voters, how far apart its respondents stand (POLL_MARGIN),
   * or support moved by so many points. Asked only once a poll is named, which many stories never do: these
   * patterns read the whole sentence (not screened by their literals: reading a clause's letters for the screen
   * cost more than the patterns it would skip).
   */
  private pollFigure(claim: Span, words: string): boolean {
    const moved = STANDING_MOVED.test(this.reader.model.text.slice(claim.start, claim.end)) && MEASURED_MOVE.test(words);
    return POLL_SHARE.test(words) || POPULATION_SHARE.test(words) || POLL_STANDING.test(words) || POLL_MARGIN.test(words) || moved;
  }

  /**
   * Whether the claim is a state of the people a poll asks, named in its clause before it (`lead`: the reporter's
   * words of the clause up to the claim): "Older voters see the levy as …" is the named poll's finding (see
   * POLLED_HOLDERS).
   */
  private pollFinding(claim: { category: ClaimCategory }, lead: string): boolean {
    return POLLED_STATES.has(claim.category) && POLLED_HOLDERS.test(lead);
  }

  /**
   * Whether a poll stands beside sentence `index`: named in its reporter's words ("sits in single digits in the
   * polls", not "going to the polls"), or named in the next sentence of its paragraph, which gives the poll's
   * figures for the standing this one states ("… is popular among retirees. Some 70 percent approve of him, a new
   * poll shows."). Read on the whole of the reporter's words, not the words `covers` is given: for a claim outside
   * the sentence's attributions those have the credits' sources blanked, and a poll named as one ("…, where polls
   * show her trailing") is still named in the sentence.
   */
  private pollBeside(index: number): boolean {
    const words = this.reader.reporterWords(this.reader.model.sentences[index]);
    if (POLLS_MENTIONED.test(surveyWords(words))) return true;
    const next = this.reader.nextInParagraph(index);
    if (!next) return false;
    const after = this.reader.reporterWords(next);
    return POLLS_MENTIONED.test(surveyWords(after)) || POLL_AGGREGATOR.test(after);
  }

  /**
   * Whether the claim is a sum spent (FUNDS_STATED) or a rank among givers and spenders (FILED_RANK) in a story that
   * has named records of money by sentence `index`.
   */
  private filedSum(index: number, claim: Span): boolean {
    const wording = this.reader.model.text.slice(claim.start, claim.end);
    return (FUNDS_STATED.test(wording) || FILED_RANK.test(wording)) && this.filings.by(index);
  }
}
