/**
 * `node out/test/eval/trainClaims.js [--write] [--brief] [--learner perceptron] [--epochs N] [--rate R] [--l2 L]
 * [--min N] [--max N] [--first-weight N] [--seed N] [--without T,…] [--uniform T] [--add-at P] [--twin DIR] [DIR…]`:
 * trains the learned claim model (server/src/engine/findings/claimModel.ts) on needs-attribution gold in the format
 * of shared/claims (default: ../shared/claims/train; the shipped weights' command, with the blind-annotated sets
 * outside the repository it was also given, heads the weights file) and, with --write, writes its weights and how
 * it combines with the rules to server/src/engine/lexicon/learned/claimWeights.ts.
 *
 * Every body sentence the engine reads (`claimSentences`: the engine's own sentences, rule verdict and features)
 * is an example, labelled with the category of the gold sentence it overlaps, or "none". A multinomial logistic
 * regression over "none" and the eight categories (the mean of its epochs' weights; or an averaged perceptron); a
 * sentence's margin is the log-odds of some claim over none.
 *
 * Always cross-validates first (article-level, FOLDS folds: each fold's articles scored by a model trained on the
 * others) and prints, on the whole set and on each source directory apart, how each way of combining model and
 * rules scores as `--claims` scores (P, R, R(high), F1, flags per 1,000 words): rules alone, model alone, rules
 * plus the model's sure flags (with or without the rules' gate and sourcing tests, with or without dropping
 * medium rule flags the model scores low), and the combination `choose` picks — the one --write ships; then where
 * the model's added flags go right and wrong by category (`addedByCategory`) and how well its margin ranks the
 * sentences it could add (`rankingQuality`). `--twin DIR` also trains on a blind re-annotation of the first
 * directory's articles (see `twinCopies`), so that the gold articles are still scored against the gold alone.
 *
 * Never point it at a confirmation set (any `claims/dev` directory: shared/claims/dev, the blind set D2; silver G and J): it refuses them.
 * Deterministic: articles in name order, a fixed-seed shuffle per epoch, weights rounded and pruned by a fixed rule.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';
import type { ClaimCategory, ClaimConfidence, Span } from '../../server/src/engine/model';
import { ArticleReader, trimmed } from '../../server/src/engine/findings/articleReader';
import { claimSentences } from '../../server/src/engine/findings/claimFindings';
import { classScores, combined, readScores, type Combination } from '../../server/src/engine/findings/claimModel';
import type { RuleVerdict } from '../../server/src/engine/findings/claimJudge';
import { CLAIM_CLASSES } from '../../server/src/engine/lexicon/learned/claimWeights';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import { overlaps } from '../../server/src/engine/text/spanIndex';
import { countWords, readAnnotated } from './gold';
import { textPath, type GoldClaim, type GoldClaimFile } from './claims';
import { optionValue } from './cliOptions';
import { random, shuffle } from './seededShuffle';
import { stem } from '../../server/src/engine/attributions/learnedCues';

const DEFAULT_DIRS = ['../shared/claims/train'];
const CONFIRMATION_SETS = [/claims\/dev\b/, /silver\/[GJ]\b/];
const SEED = 20260;
const FOLDS = 5;
/** Weights are shipped as integers in thousandths. */
const SCALE = 1000;
const WEIGHTS_FILE = path.join('server', 'src', 'engine', 'lexicon', 'learned', 'claimWeights.ts');

interface Example {
  features: number[];
  /** Whether the rules let the sentence go as a whole, by category (see `ClaimSentence.letGo`). */
  covered: (category: ClaimCategory) => boolean;
  label: number;
  range: Span;
  verdict: RuleVerdict;
}

interface Article {
  name: string;
  set: string;
  words: number;
  gold: GoldClaim[];
  examples: Example[];
  /** The cross-validation fold: an article and its twin (see `twinCopies`) always share one. */
  fold: number;
  /** False for a twin copy: trained on, never scored (its article is scored against the gold). */
  scored: boolean;
}

/** Options of the learner (each settable on the command line, for cross-validation). */
interface Learning {
  learner: 'perceptron' | 'softmax';
  epochs: number;
  /** Softmax: the first epoch's learning rate, and the L2 penalty. */
  rate: number;
  l2: number;
  /** Feature templates left out ("b" for bigrams). */
  without: string[];
  /** How many times each article of the first directory is trained on (a twin copy, see `twinCopies`, once). */
  firstWeight: number;
  /** At most this many features are kept (the strongest). */
  maxFeatures: number;
  /** A word feature is used only when this many training articles have it. */
  minArticles: number;
  /**
   * The seed of the per-epoch shuffle. Rerunning with a few seeds shows how much of a difference between two
   * feature sets or options is the luck of the order (about ±0.005 of silver AP, and `choose` flips between no
   * adds and one category's adds from seed to seed).
   */
  seed: number;
}

/** The class a sentence is labelled with: the category of the claim it overlaps, or "none". */
const labelOf = (claims: readonly GoldClaim[], range: Span) => {
  const hit = claims.find((g) => overlaps(g, range));
  return hit ? CLAIM_CLASSES.indexOf(hit.category) : 0;
};

/** Every article of the directories, with its examples; feature names interned in `names`. */
function readArticles(dirs: string[], names: string[]): Article[] {
  const ids = new Map<string, number>();
  const intern = (f: string) => {
    let id = ids.get(f);
    if (id === undefined) ids.set(f, (id = names.push(f) - 1));
    return id;
  };
  const seen = new Set<string>();
  const texts: string[] = [];
  const articles = dirs.flatMap((dir) =>
    readAnnotated<GoldClaimFile>(dir, (file) => textPath(dir, file)).flatMap(({ gold, text }) => {
      if (seen.has(gold.file)) return [];
      seen.add(gold.file);
      texts.push(text);
      const reader = new ArticleReader(analyze(text), BUILT_IN_VOCABULARY);
      const examples = claimSentences(reader).map(({ index, verdict, features, letGo }): Example => {
        const range = trimmed(text, reader.model.sentences[index]);
        const answers = new Map<ClaimCategory, boolean>();
        const covered = (c: ClaimCategory) => answers.get(c) ?? answers.set(c, letGo(c)).get(c)!;
        return { features: features.map(intern), covered, label: labelOf(gold.needs_attribution, range), range, verdict };
      });
      return [{ name: gold.file, set: dir, words: countWords(text), gold: gold.needs_attribution, examples, fold: (seen.size - 1) % FOLDS, scored: true }];
    }),
  );
  learnNames(texts);
  return articles;
}

/**
 * A second labelling of the first directory's articles (a blind re-annotation of the same texts): each article
 * the twin directory also labels comes back once more with the twin's labels, in its article's fold, to be
 * trained on and never scored, so that the gold articles are still scored against the gold alone.
 */
function twinCopies(articles: Article[], twin: string): Article[] {
  const labels = new Map<string, GoldClaim[]>();
  for (const f of fs.readdirSync(twin).filter((f) => f.endsWith('.json'))) {
    const { file, needs_attribution } = JSON.parse(fs.readFileSync(path.join(twin, f), 'utf8')) as GoldClaimFile;
    labels.set(file, needs_attribution);
  }
  return articles.flatMap((a) => {
    const claims = a.set === articles[0].set ? labels.get(a.name) : undefined;
    if (!claims) return [];
    return [{ ...a, set: twin, gold: claims, scored: false, examples: a.examples.map((e) => ({ ...e, label: labelOf(claims, e.range) })) }];
  });
}

/**
 * The features seen in at least `min` of the articles (bias and the rules' features always are), less the words
 * that are names: a word written with a capital most times it occurs mid-sentence, and its stem. The model is
 * to learn how newsrooms word claims, not who they write about (nor may the shipped table carry the corpus's names).
 */
function frequentFeatures(articles: Article[], names: string[], min: number): Set<number> {
  const count = new Map<number, number>();
  for (const a of articles.filter((a) => a.scored)) for (const f of new Set(a.examples.flatMap((e) => e.features))) count.set(f, (count.get(f) ?? 0) + 1);
  return new Set([...count].filter(([f, n]) => (n >= min || !LEXICAL.test(names[f])) && !isName(names[f])).map(([f]) => f));
}

/** The templates of features that carry a word: kept only when frequent, and never a name. */
const LEXICAL = /^(?:[wbsf]|f2):/;

/** Lower-case forms of the words written with a capital most times they occur mid-sentence, and their stems. */
const properWords = new Set<string>();

/** Whether a feature is a word, stem, first word or bigram that is or holds a name (see `learnNames`). */
const isName = (feature: string) => LEXICAL.test(feature) && feature.slice(feature.indexOf(':') + 1).split('_').some((w) => properWords.has(w));

/** Reads which words are names off the texts (see `frequentFeatures`). */
function learnNames(texts: string[]): void {
  const seen = new Map<string, [number, number]>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{N},;] )[\p{L}][\p{L}'’]*/gu)) {
      const lower = m[0].toLowerCase();
      const [capital, all] = seen.get(lower) ?? [0, 0];
      seen.set(lower, [capital + (m[0][0] !== lower[0] ? 1 : 0), all + 1]);
    }
  }
  for (const [lower, [capital, all]] of seen) if (capital * 2 > all) properWords.add(lower).add(stem(lower));
}

/** The examples a model is trained on: each article's, with only the allowed features. */
function trainingData(articles: Article[], names: string[], how: Learning): Example[] {
  const allowed = frequentFeatures(articles, names, how.minArticles);
  const kept = (f: number) => allowed.has(f) && !how.without.some((t) => names[f].startsWith(`${t}:`));
  // the first directory's articles (the gold) count `firstWeight` times
  const weighted = articles.flatMap((a) => Array<Article>(a.set === articles[0].set ? how.firstWeight : 1).fill(a));
  return weighted.flatMap((a) => a.examples).map((e) => ({ ...e, features: e.features.filter(kept) }));
}

function train(articles: Article[], names: string[], how: Learning): Float64Array {
  const data = trainingData(articles, names, how);
  return how.learner === 'perceptron' ? perceptron(data, names.length, how) : softmax(data, names.length, how);
}

/** Multinomial averaged perceptron (lazy averaging): row f of the result holds feature f's weight per class. */
function perceptron(data: Example[], n: number, how: Learning): Float64Array {
  const K = CLAIM_CLASSES.length;
  const w = new Float64Array(n * K);
  const total = new Float64Array(n * K);
  const stamp = new Float64Array(n * K);
  const next = random(how.seed);
  const order = data.map((_, i) => i);
  let clock = 0;
  const update = (f: number, c: number, delta: number) => {
    const i = f * K + c;
    total[i] += (clock - stamp[i]) * w[i];
    stamp[i] = clock;
    w[i] += delta;
  };
  for (let epoch = 0; epoch < how.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      clock++;
      const { features, label } = data[i];
      const scores = new Float64Array(K);
      for (const f of features) for (let c = 0; c < K; c++) scores[c] += w[f * K + c];
      let guess = 0;
      for (let c = 1; c < K; c++) if (scores[c] > scores[guess]) guess = c;
      if (guess === label) continue;
      for (const f of features) {
        update(f, label, 1);
        update(f, guess, -1);
      }
    }
  }
  for (let i = 0; i < total.length; i++) total[i] = (total[i] + (clock - stamp[i]) * w[i]) / clock;
  return total;
}

/**
 * Multinomial logistic regression by stochastic gradient descent, with an L2 penalty applied to the features an
 * example has (a sparse approximation) and a learning rate that decays by epoch. The weights returned are the mean
 * of each epoch's: with the small rate, that ranks the sentences the model could add better in cross-validation
 * than the last epoch's weights (silver AP .253 → .278 with the same features).
 */
function softmax(data: Example[], n: number, how: Learning): Float64Array {
  const K = CLAIM_CLASSES.length;
  const w = new Float64Array(n * K);
  const mean = new Float64Array(n * K);
  const next = random(how.seed);
  const order = data.map((_, i) => i);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < how.epochs; epoch++) {
    shuffle(order, next);
    const rate = how.rate / (1 + epoch);
    for (const i of order) {
      const { features, label } = data[i];
      p.fill(0);
      for (const f of features) for (let c = 0; c < K; c++) p[c] += w[f * K + c];
      const top = Math.max(...p);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += p[c] = Math.exp(p[c] - top);
      for (let c = 0; c < K; c++) {
        const gradient = p[c] / sum - (c === label ? 1 : 0);
        for (const f of features) w[f * K + c] -= rate * (gradient + how.l2 * w[f * K + c]);
      }
    }
    for (let j = 0; j < mean.length; j++) mean[j] += w[j] / how.epochs;
  }
  return mean;
}

/**
 * The shipped table: feature name → one weight per class, rounded to thousandths, only the `max` features whose
 * largest weight is largest (the .vsix budget), and none that rounds to nothing.
 */
function pruned(weights: Float64Array, names: string[], max: number): Map<string, Float64Array> {
  const K = CLAIM_CLASSES.length;
  const ranked = names
    .map((name, f) => ({ name, row: weights.slice(f * K, f * K + K).map((x) => Math.round(x * SCALE) / SCALE) }))
    .map((e) => ({ ...e, size: Math.max(...e.row.map(Math.abs)) }))
    .filter((e) => e.size > 0)
    .sort((a, b) => b.size - a.size || (a.name < b.name ? -1 : 1));
  return new Map(ranked.slice(0, max).map((e) => [e.name, e.row]));
}

interface Scored {
  example: Example;
  margin: number;
  category: ClaimCategory;
}

/** The decision of the rules alone: the confidence of their flag, if they flag. */
const rulesOnly = (s: Scored): ClaimConfidence | null => s.example.verdict.flag?.confidence ?? null;

/** Each fold's articles scored by a model trained on the others' (see `Article.fold`). */
function crossValidate(articles: Article[], names: string[], how: Learning): Map<Article, Scored[]> {
  const out = new Map<Article, Scored[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const table = pruned(train(articles.filter((a) => a.fold !== fold), names, how), names, how.maxFeatures);
    articles.forEach((a) => {
      if (a.fold !== fold || !a.scored) return;
      out.set(
        a,
        a.examples.map((example) => ({ example, ...readScores(classScores(example.features.map((f) => names[f]), table)) })),
      );
    });
  }
  return out;
}

interface Tally {
  flags: number;
  right: number;
  gold: number;
  caught: number;
  high: number;
  caughtHigh: number;
  words: number;
  highFlags: number;
  rightHighFlags: number;
}

/** Scores the flags a decision gives, as `--claims` does: a flag is right when it overlaps a gold sentence. */
function tally(articles: Article[], scored: Map<Article, Scored[]>, decide: (s: Scored) => ClaimConfidence | null): Tally {
  const t: Tally = { flags: 0, right: 0, gold: 0, caught: 0, high: 0, caughtHigh: 0, words: 0, highFlags: 0, rightHighFlags: 0 };
  for (const a of articles) {
    const flags = (scored.get(a) ?? []).flatMap((s) => {
      const confidence = decide(s);
      return confidence ? [{ range: s.example.range, confidence }] : [];
    });
    const right = flags.filter((f) => a.gold.some((g) => overlaps(g, f.range)));
    const caught = a.gold.filter((g) => flags.some((f) => overlaps(g, f.range)));
    t.flags += flags.length;
    t.right += right.length;
    t.highFlags += flags.filter((f) => f.confidence === 'high').length;
    t.rightHighFlags += right.filter((f) => f.confidence === 'high').length;
    t.gold += a.gold.length;
    t.caught += caught.length;
    t.high += a.gold.filter((g) => g.confidence === 'high').length;
    t.caughtHigh += caught.filter((g) => g.confidence === 'high').length;
    t.words += a.words;
  }
  return t;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (t: Tally) => {
  const [p, r] = [ratio(t.right, t.flags), ratio(t.caught, t.gold)];
  return p + r ? (2 * p * r) / (p + r) : 0;
};

function formatTally(t: Tally): string {
  const fx = (x: number) => x.toFixed(2);
  return (
    `flags ${String(t.flags).padStart(4)} P ${fx(ratio(t.right, t.flags))} R ${fx(ratio(t.caught, t.gold))} ` +
    `Rh ${fx(ratio(t.caughtHigh, t.high))} F1 ${f1(t).toFixed(3)} ${((1000 * t.flags) / t.words).toFixed(1)}/1k ` +
    `high-flags ${t.highFlags} (P ${fx(ratio(t.rightHighFlags, t.highFlags))})`
  );
}

/** A source directory's short name in the reports ("shared" for ../shared/claims/train, "H" for …/silver/H/claims/train). */
const setLabel = (set: string) => path.basename(path.dirname(path.dirname(set))).slice(0, 6).padEnd(6);

/** The article's gold sentences that no rule flag overlaps: what the model's own flags can still get right. */
const missedByRules = (a: Article, scored: readonly Scored[]) => {
  const ruled = scored.filter((s) => s.example.verdict.flag).map((s) => s.example.range);
  return a.gold.filter((g) => !ruled.some((r) => overlaps(g, r)));
};

/** The decisions compared by cross-validation, by name. */
function options(brief: boolean, chosen: Combination): [string, (s: Scored) => ClaimConfidence | null][] {
  const out: [string, (s: Scored) => ClaimConfidence | null][] = [['rules alone', rulesOnly]];
  const decide = (how: Combination) => (s: Scored) => combined(s.example.verdict, s, s.example.covered, how)?.confidence ?? null;
  for (const t of brief ? [-1, 0] : [-2, -1.5, -1, -0.5, 0, 0.5, 1]) out.push([`model alone  > ${t}`, (s) => (s.margin > t ? 'medium' : null)]);
  for (const sourced of [false, true]) {
    for (const add of [-1.5, -1, -0.5, 0, 1, 2]) {
      for (const drop of brief ? [-Infinity] : [-Infinity, -3, -2]) {
        out.push([`rules + add > ${add}${sourced ? ' unsourced' : ''} drop < ${drop}`, decide({ add: uniform(add), sourced, drop, high: Infinity })]);
      }
    }
  }
  out.push([`rules + chosen adds, high > ${chosen.high}`, decide(chosen)]);
  return out;
}

function report(articles: Article[], scored: Map<Article, Scored[]>, brief: boolean, chosen: Combination): string {
  const sets = [...new Set(articles.map((a) => a.set))];
  const lines: string[] = [];
  for (const [name, decide] of options(brief, chosen)) {
    lines.push(`${name.padEnd(32)} all ${formatTally(tally(articles, scored, decide))}`);
    for (const set of sets) lines.push(`${''.padEnd(32)} ${setLabel(set)} ${formatTally(tally(articles.filter((a) => a.set === set), scored, decide))}`);
  }
  return lines.join('\n');
}

/**
 * Where the model's own flags go right and wrong: for each source directory and each category, how many flags a
 * bound adds to the rules' and how many of them hit a gold sentence the rules had not already caught.
 */
function addedByCategory(articles: Article[], scored: Map<Article, Scored[]>, bound: number): string {
  const how: Combination = { add: uniform(bound), sourced: true, drop: -Infinity, high: Infinity };
  const lines = [`flags added over the rules' at margin > ${bound} (right = a gold sentence the rules miss):`];
  for (const set of new Set(articles.map((a) => a.set))) {
    const counts = new Map<string, [number, number]>();
    for (const a of articles.filter((a) => a.set === set)) {
      const missed = missedByRules(a, scored.get(a) ?? []);
      for (const s of scored.get(a) ?? []) {
        const flag = combined(s.example.verdict, s, s.example.covered, how);
        if (flag?.fromRules !== false) continue;
        const [n, right] = counts.get(flag.category) ?? [0, 0];
        counts.set(flag.category, [n + 1, right + (missed.some((g) => overlaps(g, s.example.range)) ? 1 : 0)]);
      }
    }
    const cells = CLAIM_CLASSES.slice(1).map((c) => `${c} ${(counts.get(c) ?? [0, 0]).reverse().join('/')}`);
    lines.push(`  ${setLabel(set)} ${cells.join('  ')}`);
  }
  return lines.join('\n');
}

/**
 * How well the margin ranks the sentences the model could add (those the rules neither flag nor let go as a whole),
 * per source directory and over them all: the average precision of that ranking, a sentence being right when it
 * overlaps a gold sentence the rules miss, beside the share of right ones (what a random ranking scores). One figure
 * to compare features and learners by, whatever bound is later chosen.
 */
function rankingQuality(articles: Article[], scored: Map<Article, Scored[]>): string {
  const lines = ['ranking of the sentences the model could add (average precision; random = share right):'];
  for (const set of [...new Set(articles.map((a) => a.set)), 'all']) {
    const candidates = articles
      .filter((a) => a.set === set || set === 'all')
      .flatMap((a) => {
        const all = scored.get(a) ?? [];
        const missed = missedByRules(a, all);
        const open = all.filter((s) => !s.example.verdict.flag && !s.example.covered(s.example.verdict.claim?.category ?? s.category));
        return open.map((s) => ({ margin: s.margin, right: missed.some((g) => overlaps(g, s.example.range)) }));
      })
      .sort((a, b) => b.margin - a.margin);
    let hits = 0;
    let sum = 0;
    candidates.forEach((c, i) => {
      if (c.right) sum += ++hits / (i + 1);
    });
    lines.push(`  ${set === 'all' ? 'all   ' : setLabel(set)} AP ${ratio(sum, hits).toFixed(3)} random ${ratio(hits, candidates.length).toFixed(3)} (${hits}/${candidates.length})`);
  }
  return lines.join('\n');
}

/** The generated module: the classes, how model and rules combine, and "feature class:weight …" per line, in name order. */
function weightsFile(table: Map<string, Float64Array>, argv: string[], how: Combination): string {
  const entries = [...table]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, row]) => [name, ...[...row].flatMap((w, c) => (w ? [`${c}:${Math.round(w * SCALE)}`] : []))].join(' '));
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 40) lines.push(`  ${JSON.stringify(entries.slice(i, i + 40).join('\n'))},`);
  const number = (x: number) => (Number.isFinite(x) ? String(x) : x > 0 ? 'Infinity' : '-Infinity');
  return [
    '/**',
    ' * GENERATED — do not edit. Written by test/eval/trainClaims.ts:',
    ` *   node out/test/eval/trainClaims.js ${argv.join(' ')}`,
    ' * The learned claim model of findings/claimModel.ts: multinomial weights over "none" and the eight claim',
    ' * categories, trained on the needs-attribution gold of the directories in the command above. Feature weights only,',
    ' * no corpus text: each entry is "feature class:weight …", the weight in thousandths, zero weights left out.',
    ' */',
    `export const CLAIM_CLASSES: readonly string[] = ${JSON.stringify(CLAIM_CLASSES)};`,
    '',
    '/** How model and rules combine, chosen by cross-validation (see claimModel.ts, `Combination`). */',
    `export const CLAIM_COMBINATION = { add: ${JSON.stringify(how.add)}, sourced: ${how.sourced}, drop: ${number(how.drop)}, high: ${number(how.high)}, demote: ${number(how.demote ?? -Infinity)} };`,
    '',
    'export const CLAIM_WEIGHTS: readonly string[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

/** The same bound for every category. */
const uniform = (t: number): Record<string, number> => Object.fromEntries(CLAIM_CLASSES.slice(1).map((c) => [c, t]));

/** The margins tried as bounds, lowest first. */
const BOUNDS = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6];
/** A bound is chosen only when cross-validation gives at least this many flags to judge its precision on. */
const MIN_JUDGED = 15;

/**
 * A precision measured on `n` flags, less one standard error (the Wilson interval's lower bound at z = 1): a
 * bound is chosen where the model is as precise as the rules with some confidence, not by the luck of a fold.
 */
function surely(p: number, n: number): number {
  const z2 = 1;
  return (p + z2 / (2 * n) - Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * How the model and rules combine, chosen on the cross-validated scores: for each category, the lowest margin at
 * which the flags the model adds (those the rules do not give, on sentences the rules do not let go as a whole)
 * are surely (see `surely`) as precise as the rules' own flags (or `addAt`, when given); and the lowest margin at which the model's sure
 * flags are surely as precise as the rules' high-confidence ones.
 */
function choose(articles: Article[], scored: Map<Article, Scored[]>, addAt?: number): Combination {
  const all = articles.flatMap((a) => (scored.get(a) ?? []).map((s) => ({ s, right: a.gold.some((g) => overlaps(g, s.example.range)) })));
  const precision = (xs: typeof all) => ratio(xs.filter((x) => x.right).length, xs.length);
  const rules = all.filter(({ s }) => s.example.verdict.flag);
  const target = addAt ?? precision(rules);
  const targetHigh = precision(rules.filter(({ s }) => s.example.verdict.flag?.confidence === 'high'));
  const add: Record<string, number> = {};
  for (const category of CLAIM_CLASSES.slice(1)) {
    const bound = BOUNDS.find((t) => {
      const how = { add: { [category]: t }, sourced: true, drop: -Infinity, high: Infinity };
      const added = all.filter(({ s }) => combined(s.example.verdict, s, s.example.covered, how)?.fromRules === false);
      return added.length >= MIN_JUDGED && surely(precision(added), added.length) >= target;
    });
    if (bound !== undefined) add[category] = bound;
  }
  const sure = (t: number) => all.filter(({ s }) => s.margin > t && s.example.verdict.flag?.confidence !== 'high');
  const high = BOUNDS.find((t) => sure(t).length >= MIN_JUDGED && surely(precision(sure(t)), sure(t).length) >= targetHigh) ?? Infinity;
  const medium = precision(rules.filter(({ s }) => s.example.verdict.flag?.confidence === 'medium'));
  return { add, sourced: true, drop: -Infinity, high, demote: demotion(rules.filter(({ s }) => s.example.verdict.flag?.confidence === 'high'), medium) };
}

/** The margins tried as `Combination.demote`, lowest first. */
const DEMOTE_BOUNDS = [-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3];

/**
 * The margin below which the rules' high flags are shown as medium: the highest bound below which each band of
 * them (half a unit of margin, merged upward until it holds MIN_JUDGED flags) is surely (see `surely`, mirrored)
 * less precise than the rules' medium flags. A warning the model doubts that much is no warning.
 */
function demotion(high: { s: Scored; right: boolean }[], medium: number): number {
  let demote = -Infinity;
  let from = -Infinity;
  for (const t of DEMOTE_BOUNDS) {
    const band = high.filter(({ s }) => s.margin >= from && s.margin < t);
    if (band.length < MIN_JUDGED) continue;
    const right = ratio(band.filter((x) => x.right).length, band.length);
    if (1 - surely(1 - right, band.length) >= medium) break;
    demote = from = t;
  }
  return demote;
}

/**
 * The choice scored on articles it was not made on: chosen on the even-numbered articles' cross-validated scores
 * and scored on the odd-numbered ones, and the other way round, rules alone beside it.
 */
function heldOutChoice(articles: Article[], scored: Map<Article, Scored[]>, addAt?: number): string {
  return [0, 1]
    .flatMap((half) => {
      const on = articles.filter((_, i) => i % 2 === half);
      const off = articles.filter((_, i) => i % 2 !== half);
      const how = choose(on, scored, addAt);
      const decide = (s: Scored) => combined(s.example.verdict, s, s.example.covered, how)?.confidence ?? null;
      return [
        `chosen on ${half ? 'odd' : 'even'} articles ${JSON.stringify(how.add)} high > ${how.high} demote < ${how.demote}, scored on the others:`,
        `  rules alone       ${formatTally(tally(off, scored, rulesOnly))}`,
        `  rules + chosen    ${formatTally(tally(off, scored, decide))}`,
      ];
    })
    .join('\n');
}

/** How precise the rules' high flags are by the model's margin, in the bands `demotion` weighs: where demoting pays. */
function warningBands(articles: Article[], scored: Map<Article, Scored[]>): string {
  const high = articles.flatMap((a) =>
    (scored.get(a) ?? []).filter((s) => s.example.verdict.flag?.confidence === 'high').map((s) => ({ s, right: a.gold.some((g) => overlaps(g, s.example.range)) })),
  );
  const bounds = [-Infinity, ...DEMOTE_BOUNDS, Infinity];
  const bands = bounds.slice(1).map((t, i) => {
    const band = high.filter(({ s }) => s.margin >= bounds[i] && s.margin < t);
    return `[${bounds[i]}, ${t}) ${band.filter((x) => x.right).length}/${band.length}`;
  });
  return `the rules' high flags right by margin: ${bands.join('  ')}`;
}

function main(argv: string[]): void {
  const dirs = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.match(/^--(epochs|min|learner|rate|l2|without|max|first-weight|twin|uniform|seed|add-at)$/));
  const use = dirs.length ? dirs : DEFAULT_DIRS;
  const twin = optionValue(argv, '--twin');
  const refused = [...use, ...(twin ? [twin] : [])].filter((d) => CONFIRMATION_SETS.some((r) => r.test(path.resolve(d))));
  if (refused.length) throw new Error(`refusing to train on a confirmation set: ${refused.join(', ')}`);
  const how: Learning = {
    learner: optionValue(argv, '--learner') === 'perceptron' ? 'perceptron' : 'softmax',
    epochs: Number(optionValue(argv, '--epochs') ?? 10),
    rate: Number(optionValue(argv, '--rate') ?? 0.02),
    l2: Number(optionValue(argv, '--l2') ?? 0.001),
    without: (optionValue(argv, '--without') ?? '').split(',').filter(Boolean),
    minArticles: Number(optionValue(argv, '--min') ?? 3),
    maxFeatures: Number(optionValue(argv, '--max') ?? 2000),
    firstWeight: Number(optionValue(argv, '--first-weight') ?? 1),
    seed: Number(optionValue(argv, '--seed') ?? SEED),
  };
  const names: string[] = [];
  const read = readArticles(use, names);
  const articles = twin ? [...read, ...twinCopies(read, twin)] : read;
  const positives = articles.reduce((n, a) => n + a.examples.filter((e) => e.label > 0).length, 0);
  process.stdout.write(`${articles.length} articles, ${articles.reduce((n, a) => n + a.examples.length, 0)} sentences (${positives} labelled), ${names.length} features\n`);
  const scored = crossValidate(articles, names, how);
  // --uniform T ships one bound for every category instead of `choose`'s (more recall, less precision); --add-at P
  // asks the model's added flags to be surely P precise instead of as precise as the rules' own
  const uniformBound = optionValue(argv, '--uniform');
  const addAtOption = optionValue(argv, '--add-at');
  const addAt = addAtOption === undefined ? undefined : Number(addAtOption);
  const chosen = uniformBound === undefined ? choose(read, scored, addAt) : { ...choose(read, scored, addAt), add: uniform(Number(uniformBound)) };
  process.stdout.write(`chosen: ${JSON.stringify(chosen.add)} high > ${chosen.high} demote < ${chosen.demote}\n${report(read, scored, argv.includes('--brief'), chosen)}\n`);
  process.stdout.write(`${heldOutChoice(read, scored, addAt)}\n`);
  for (const bound of [-1, 0]) process.stdout.write(`${addedByCategory(read, scored, bound)}\n`);
  process.stdout.write(`${rankingQuality(read, scored)}\n${warningBands(read, scored)}\n`);
  if (!argv.includes('--write')) return;
  const table = pruned(train(articles, names, how), names, how.maxFeatures);
  fs.writeFileSync(WEIGHTS_FILE, weightsFile(table, argv, chosen));
  process.stdout.write(`wrote ${table.size} features to ${WEIGHTS_FILE} (${fs.statSync(WEIGHTS_FILE).size} bytes)\n`);
}

main(process.argv.slice(2));
