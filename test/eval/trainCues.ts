/**
 * `npm run eval -- --train-cues ../shared/polnear/data/train [--holdout]`: trains the learned cue model
 * (server/src/engine/attributions/learnedCues.ts) on PolNeAR's brat Cue spans and writes its weights to
 * server/src/engine/lexicon/learned/cueWeights.ts. An averaged perceptron over every word of every sentence, the
 * word labelled a cue when a gold Cue span covers it. Deterministic: articles in name order, a fixed-seed shuffle
 * per epoch, weights rounded and pruned by a fixed rule, so the same corpus writes the same file byte for byte.
 *
 * With --holdout, every tenth article is left out of training (development on train without touching dev); the
 * left-out articles are listed so that `--polnear` can be pointed at them (see holdoutDir()).
 */
import * as fs from 'fs';
import * as path from 'path';
import { splitParagraphs, splitSentences } from '../../server/src/engine/segments/segments';
import { tokensIn } from '../../server/src/engine/attributions/words';
import { cueFeatures, FEATURE_SCHEMA, takenByRules } from '../../server/src/engine/attributions/learnedCues';
import { cuesIn } from '../../server/src/engine/attributions/cues';
import { readingUnits, unitQuotations } from '../../server/src/engine/attributions/readingUnits';
import { scanQuotes } from '../../server/src/engine/quotes/quotes';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import { parseBrat, polnearArticles } from './polnear';
import { random, shuffle } from './seededShuffle';

const EPOCHS = 6;
const SEED = 20181;
/** At most this many features are shipped: the strongest by absolute weight (the .vsix budget). */
const MAX_FEATURES = 20000;
/** Weights are shipped as integers in thousandths. */
const SCALE = 1000;
/**
 * The score a word needs to be read as a cue. Cross-validated on four tenths of train (folds 9 3 5 1, each model
 * trained without its fold): from 1.2 down to 0.4 the added attributions are right 42% of the time (34 of 81
 * system items match), above the 37% at which content F1 breaks even; below 0.4 they are right 37% (19 of 52),
 * no better than break-even, so 0.4 keeps the readers' precision where the gain ends (session 20, with today's rules).
 */
const THRESHOLD = 0.4;

export const WEIGHTS_FILE = path.join('server', 'src', 'engine', 'lexicon', 'learned', 'cueWeights.ts');

interface Examples {
  features: number[][];
  labels: boolean[];
  names: string[];
}

/** Whether an article is one of the held-out tenth (the tenth numbered `fold`, for cross-validation). */
export const isHeldOut = (index: number, fold = 9) => index % 10 === fold;

/** Every word of every sentence of the articles, with its features (interned) and its gold label. */
function examples(dir: string, holdout: boolean, fold: number): Examples {
  const ids = new Map<string, number>();
  const out: Examples = { features: [], labels: [], names: [] };
  const intern = (f: string) => {
    let id = ids.get(f);
    if (id === undefined) {
      id = out.names.length;
      ids.set(f, id);
      out.names.push(f);
    }
    return id;
  };
  for (const [index, article] of polnearArticles(dir).entries()) {
    if (holdout && isHeldOut(index, fold)) continue;
    const text = fs.readFileSync(article.text, 'utf8');
    const cues = parseBrat(fs.readFileSync(article.ann, 'utf8')).flatMap((g) => g.cue);
    const isCue = (start: number, end: number) => cues.some((c) => c.start < end && start < c.end);
    for (const p of splitParagraphs(text)) {
      const paragraph = text.slice(p.start, p.end);
      const sentences = splitSentences(paragraph);
      const quotes = unitQuotations(paragraph, scanQuotes(paragraph, sentences).quotes);
      for (const unit of readingUnits(paragraph, sentences, quotes, BUILT_IN_VOCABULARY)) {
        // the engine asks the model only where the lexicon found no cue: train it on the words it asks about
        const ctx = { text: paragraph, unit, quotes, vocabulary: BUILT_IN_VOCABULARY };
        const taken = takenByRules(ctx, cuesIn(ctx));
        const tokens = tokensIn(paragraph, unit.start, unit.end);
        for (const [i, t] of tokens.entries()) {
          if (taken(t.start, t.end)) continue;
          out.features.push(cueFeatures(paragraph, tokens, i, unit.start, unit.end).map(intern));
          out.labels.push(isCue(p.start + t.start, p.start + t.end));
        }
      }
    }
  }
  return out;
}

/** Averaged perceptron (the lazy-update form): the averaged weight of each feature. */
function train(data: Examples): Float64Array {
  const n = data.names.length;
  const w = new Float64Array(n);
  const total = new Float64Array(n);
  const stamp = new Float64Array(n);
  const order = data.labels.map((_, i) => i);
  const next = random(SEED);
  let clock = 0;
  const update = (f: number, delta: number) => {
    total[f] += (clock - stamp[f]) * w[f];
    stamp[f] = clock;
    w[f] += delta;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      clock++;
      const fs = data.features[i];
      let score = 0;
      for (const f of fs) score += w[f];
      const gold = data.labels[i];
      if (score > 0 === gold) continue;
      for (const f of fs) update(f, gold ? 1 : -1);
    }
  }
  for (let f = 0; f < n; f++) total[f] += (clock - stamp[f]) * w[f];
  return total.map((t) => t / clock);
}

/** A word or stem the model leans towards reading as a cue: the engine scores only words it has weighed. */
const lexical = ([name, w]: [string, number]) => (w > 0 && /^[ws]:/.test(name) ? 1 : 0);

/** The shipped table: every cue-leaning word, then the strongest other features, in thousandths, in name order. */
function pruned(names: string[], weights: Float64Array): [string, number][] {
  const ranked = names
    .map((name, f) => [name, Math.round(weights[f] * SCALE)] as [string, number])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => lexical(b) - lexical(a) || Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return ranked.slice(0, MAX_FEATURES).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function weightsFile(table: [string, number][], dir: string, holdout: boolean): string {
  const lines: string[] = [];
  for (let i = 0; i < table.length; i += 50) {
    lines.push(`  ${JSON.stringify(table.slice(i, i + 50).map(([f, w]) => `${f} ${w}`).join('\n'))},`);
  }
  const command = `npm run eval -- --train-cues ${dir.split(path.sep).join('/')}${holdout ? ' --holdout' : ''}`;
  return [
    '/**',
    ' * GENERATED — do not edit. Written by test/eval/trainCues.ts:',
    ` *   ${command}`,
    ' * The learned cue model of attributions/learnedCues.ts: averaged-perceptron weights trained on the Cue spans of',
    ' * PolNeAR train (Newell, Margolin & Ruths, LREC 2018). Feature weights only, no corpus text: each entry is',
    ' * "template:value weight", the weight in thousandths.',
    ' */',
    `export const CUE_FEATURE_SCHEMA = ${JSON.stringify(FEATURE_SCHEMA)};`,
    '',
    `export const CUE_THRESHOLD = ${THRESHOLD};`,
    '',
    'export const CUE_WEIGHTS: readonly string[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

/** Trains on `dir` and writes the weights file; returns a one-line summary. */
export function trainCues(dir: string, holdout: boolean, fold = 9): string {
  const data = examples(dir, holdout, fold);
  const table = pruned(data.names, train(data));
  fs.writeFileSync(WEIGHTS_FILE, weightsFile(table, dir, holdout));
  const positives = data.labels.filter(Boolean).length;
  return `trained on ${data.labels.length} words (${positives} cue words), ${data.names.length} features; wrote ${table.length} to ${WEIGHTS_FILE}`;
}

/** A folder of symbolic links to the held-out tenth of `dir`, for `--polnear`. */
export function holdoutDir(dir: string, into: string, fold = 9): string {
  for (const sub of ['text', 'attributions']) fs.mkdirSync(path.join(into, sub), { recursive: true });
  for (const [index, article] of polnearArticles(dir).entries()) {
    if (!isHeldOut(index, fold)) continue;
    for (const file of [article.text, article.ann]) {
      const link = path.join(into, path.basename(path.dirname(file)), path.basename(file));
      if (!fs.existsSync(link)) fs.symlinkSync(path.resolve(file), link);
    }
  }
  return into;
}
