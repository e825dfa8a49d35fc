/**
 * `npm run eval -- --claims DIR [--verbose] [--triggers]`: scores `unattributed-claim` findings against the needs-attribution
 * gold of ../shared/claims (one JSON per article; texts in ../polnear/data/<split>/text/<stem>.txt), with the
 * convention of its README:
 * - a flag is right when it overlaps a gold sentence of either confidence; precision = right flags / flags;
 * - recall = gold sentences overlapped by some flag; recall(high) over the `high` ones; F1 from P and R;
 * - flags per 1,000 words (words counted as the corpus gold eval counts them);
 * - the same per category: recall over the gold of that category, precision over the flags the engine gave it.
 * The split is also scored in two halves (articles in file order), so a rule that helps one half only shows.
 * `--triggers` counts flags and right flags per trigger (the rules' claim words, lower-cased, with the category;
 * or the learned model), so the triggers that are wrong most of the time show.
 */
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';
import type { ArticleModel, ClaimCategory, ClaimConfidence, Finding, Span } from '../../server/src/engine/model';
import { countWords, readAnnotated } from './gold';
import { ArticleReader } from '../../server/src/engine/findings/articleReader';
import { ClaimJudge } from '../../server/src/engine/findings/claimJudge';
import { mayClaim } from '../../server/src/engine/findings/claims';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import { overlaps } from '../../server/src/engine/text/spanIndex';

/** A sentence an annotator says needs a source (see shared/claims/GUIDELINES.md), as the claim files give it. */
export interface GoldClaim extends Span {
  text: string;
  confidence: ClaimConfidence;
  category: ClaimCategory;
  why: string;
}

/** One article's claim annotations: the gold, silver and re-annotated sets all share this file format. */
export interface GoldClaimFile {
  file: string;
  genre: string;
  needs_attribution: GoldClaim[];
}

/** Counts behind one row of the report. */
export interface ClaimTally {
  flags: number;
  rightFlags: number;
  gold: number;
  caught: number;
  goldHigh: number;
  caughtHigh: number;
  /** High-confidence flags (shown as warnings) and how many of them are right: what an editor sees first. */
  warnings: number;
  rightWarnings: number;
  words: number;
}

export interface ClaimArticleReport extends ClaimTally {
  file: string;
  /** Gold sentences no flag overlaps, and flags that overlap no gold sentence. */
  /** `why`: what the engine made of the sentence (not body copy, no claim read, or the test that let it go). */
  misses: { text: string; category: string; confidence: string; why: string }[];
  /** `why`: which reading raised the flag (the rules' claim words, or the learned model). */
  falseFlags: { text: string; category: string; confidence: string; why: string }[];
  byCategory: Record<string, ClaimTally>;
  /** Every flag's trigger (see `triggerOf`) and whether the flag is right. */
  triggers: { trigger: string; right: boolean }[];
}

/** Flags a trigger gave over a split and how many were right. */
export interface TriggerTally {
  trigger: string;
  flags: number;
  right: number;
}

export interface ClaimReport {
  dir: string;
  articles: ClaimArticleReport[];
  overall: ClaimTally;
  halves: [ClaimTally, ClaimTally];
  byCategory: Record<string, ClaimTally>;
}

const CATEGORIES: readonly ClaimCategory[] = [
  'intention',
  'deliberation',
  'motive',
  'belief',
  'accusation',
  'figure',
  'prediction',
  'causal',
];

const emptyTally = (): ClaimTally => ({ flags: 0, rightFlags: 0, gold: 0, caught: 0, goldHigh: 0, caughtHigh: 0, warnings: 0, rightWarnings: 0, words: 0 });

function add(into: ClaimTally, from: ClaimTally): void {
  for (const key of Object.keys(into) as (keyof ClaimTally)[]) into[key] += from[key];
}

/** Scores one article's flags against its gold sentences. */
export function scoreClaimArticle(
  gold: GoldClaimFile,
  text: string,
  findings: Finding[],
  why: (span: Span) => string = () => '',
  raisedBy: (span: Span) => string = () => '',
): ClaimArticleReport {
  const flags = findings.filter((f) => f.code === 'unattributed-claim');
  const isRight = (f: Finding) => gold.needs_attribution.some((n) => overlaps(f, n));
  const isCaught = (n: GoldClaim) => flags.some((f) => overlaps(f, n));
  const isWarning = (f: Finding) => f.data?.confidence === 'high';
  const tally = (fs: Finding[], ns: GoldClaim[], words: number): ClaimTally => ({
    flags: fs.length,
    rightFlags: fs.filter(isRight).length,
    gold: ns.length,
    caught: ns.filter(isCaught).length,
    goldHigh: ns.filter((n) => n.confidence === 'high').length,
    caughtHigh: ns.filter((n) => n.confidence === 'high' && isCaught(n)).length,
    warnings: fs.filter(isWarning).length,
    rightWarnings: fs.filter((f) => isWarning(f) && isRight(f)).length,
    words,
  });
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      tally(
        flags.filter((f) => f.data?.category === c),
        gold.needs_attribution.filter((n) => n.category === c),
        0,
      ),
    ]),
  );
  const describe = (f: Finding) => ({
    text: text.slice(f.start, f.end),
    category: f.data?.category ?? '?',
    confidence: f.data?.confidence ?? '?',
    why: raisedBy(f),
  });
  return {
    file: gold.file,
    ...tally(flags, gold.needs_attribution, countWords(text)),
    misses: gold.needs_attribution
      .filter((n) => !isCaught(n))
      .map((n) => ({ text: n.text, category: n.category, confidence: n.confidence, why: why(n) })),
    falseFlags: flags.filter((f) => !isRight(f)).map(describe),
    byCategory,
    triggers: flags.map((f) => ({ trigger: triggerOf(raisedBy(f), f.data?.category ?? '?'), right: isRight(f) })),
  };
}

/**
 * Why the engine let a gold sentence go: it is not body copy, the detector reads no claim in it (the gate closes,
 * an attribution or sourcing cue stands in the sentence, or neither), or the claim it reads is judged sourced (by
 * an attribution's content, a cue in the sentence, or a neighbour). Tells the detector's misses from the
 * sourcing test's.
 */
function missExplainer(model: ArticleModel, reader: ArticleReader, judge: ClaimJudge): (span: Span) => string {
  const body = new Set(reader.bodySentences().map((b) => b.index));
  return (span) => {
    const reasons = model.sentences.flatMap((sentence, index) => {
      if (!overlaps(sentence, span)) return [];
      if (!body.has(index)) return ['not body copy'];
      const claim = judge.claimIn(index);
      if (claim) return [`read as ${claim.category}, sourced by ${judge.sourcedBy(index, claim) ?? 'nothing'}`];
      // where a better detector could help: only where the gate is open and nothing in the sentence sources it
      const words = reader.reporterWords(sentence);
      return [!mayClaim(words) ? 'no claim read, gate closed' : reader.attributed.has(index) ? 'no claim read, attribution in sentence' : 'no claim read'];
    });
    return [...new Set(reasons)].join('; ');
  };
}

/**
 * What raised a flag: the rules' claim (its words, and whether they came from a private state the extractor found),
 * or the learned model where the rules flag nothing. Groups false flags by the reading behind them.
 */
function flagExplainer(model: ArticleModel, judge: ClaimJudge): (span: Span) => string {
  return (span) => {
    const index = model.sentences.findIndex((s) => overlaps(s, span));
    const flag = index >= 0 ? judge.verdict(index).flag : null;
    if (!flag) return 'model';
    const words = model.text.slice(flag.start, flag.end).replace(/\s+/g, ' ');
    return `rules${flag.holder || flag.actor !== undefined ? ' state' : ''} «${words.length > 40 ? words.slice(0, 40) + '…' : words}»`;
  };
}

/** A flag's trigger: the rules' claim words (as `flagExplainer` quotes them), lower-cased, or the learned model. */
export function triggerOf(raisedBy: string, category: string): string {
  const words = /«(.*)»/.exec(raisedBy);
  return `${category} ${words ? `«${words[1].toLowerCase()}»` : 'model'}`;
}

/** Flags and right flags per trigger over the articles, most flags first. */
export function tallyTriggers(articles: readonly ClaimArticleReport[]): TriggerTally[] {
  const byTrigger = new Map<string, TriggerTally>();
  for (const { trigger, right } of articles.flatMap((a) => a.triggers)) {
    const tally = byTrigger.get(trigger) ?? { trigger, flags: 0, right: 0 };
    tally.flags++;
    if (right) tally.right++;
    byTrigger.set(trigger, tally);
  }
  return [...byTrigger.values()].sort((a, b) => b.flags - a.flags || a.trigger.localeCompare(b.trigger));
}

/** The texts of `shared/claims/<split>` live in `shared/polnear/data/<split>/text`. */
export function textPath(dir: string, file: string): string {
  return path.join(dir, '..', '..', 'polnear', 'data', path.basename(path.resolve(dir)), 'text', file);
}

export function evaluateClaims(dir: string): ClaimReport {
  const articles = readAnnotated<GoldClaimFile>(dir, (file) => textPath(dir, file)).map(({ gold, text }) => {
    const model = analyze(text);
    // one reader and one judge serve both explanations: building each reads the whole article
    const reader = new ArticleReader(model, BUILT_IN_VOCABULARY);
    const judge = new ClaimJudge(reader);
    return scoreClaimArticle(gold, text, model.findings, missExplainer(model, reader, judge), flagExplainer(model, judge));
  });
  const sum = (reports: ClaimTally[]) => reports.reduce((t, r) => (add(t, r), t), emptyTally());
  const half = Math.ceil(articles.length / 2);
  return {
    dir,
    articles,
    overall: sum(articles),
    halves: [sum(articles.slice(0, half)), sum(articles.slice(half))],
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, sum(articles.map((a) => a.byCategory[c]))])),
  };
}

const share = (hit: number, total: number) => (total ? hit / total : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fixed = (x: number) => x.toFixed(2);

function formatTally(t: ClaimTally, words: number): string {
  const p = share(t.rightFlags, t.flags);
  const r = share(t.caught, t.gold);
  return (
    `flags ${t.flags}  P ${fixed(p)} (${t.rightFlags}/${t.flags})  R ${fixed(r)} (${t.caught}/${t.gold})  ` +
    `R(high) ${fixed(share(t.caughtHigh, t.goldHigh))} (${t.caughtHigh}/${t.goldHigh})  F1 ${fixed(f1(p, r))}  ` +
    `flags/1000 words ${words ? ((t.flags * 1000) / words).toFixed(1) : '-'}  ` +
    `warnings ${t.warnings} P ${fixed(share(t.rightWarnings, t.warnings))} (${t.rightWarnings}/${t.warnings})`
  );
}

export function formatClaimReport(report: ClaimReport, verbose: boolean, triggers = false): string {
  const { overall, halves } = report;
  const lines = [
    `Claims ${report.dir}: ${report.articles.length} articles, ${overall.words} words`,
    `  all        ${formatTally(overall, overall.words)}`,
    `  1st half   ${formatTally(halves[0], halves[0].words)}`,
    `  2nd half   ${formatTally(halves[1], halves[1].words)}`,
    '  per category (precision over the flags given that category; any gold sentence counts as right):',
    ...CATEGORIES.map((c) => `  ${c.padEnd(12)} ${formatTally(report.byCategory[c], 0)}`),
  ];
  if (verbose) {
    for (const a of report.articles) {
      if (a.misses.length === 0 && a.falseFlags.length === 0) continue;
      lines.push(a.file);
      for (const m of a.misses) lines.push(`    - missed (${m.confidence} ${m.category}; ${m.why}): ${m.text}`);
      for (const f of a.falseFlags) lines.push(`    + false flag (${f.confidence} ${f.category}; ${f.why}): ${f.text}`);
    }
  }
  if (triggers) {
    lines.push('  triggers (flags, right, precision):');
    for (const t of tallyTriggers(report.articles)) {
      lines.push(`  ${String(t.flags).padStart(5)} ${String(t.right).padStart(5)}  ${fixed(share(t.right, t.flags))}  ${t.trigger}`);
    }
  }
  return lines.join('\n');
}
