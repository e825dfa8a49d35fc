/**
 * PolNeAR evaluation: scores the engine's attributions against the corpus's brat gold, read by path.
 *
 * Convention (../shared/polnear/README.md): a system attribution matches a gold one when the character-level
 * Jaccard overlap of their Content spans is at least 0.5, one-to-one, best overlap first. On a matched pair the
 * source is right when the system's source span, or any mention of the actor it resolved to, overlaps the gold
 * Source (when the gold has no Source, the system must give none); the cue is right when the spans overlap;
 * end-to-end needs content, source and cue all right. System attributions sharing a cue are one relation.
 * The direct subset: gold Content holding a double quotation mark (" “ ” « »); its precision is counted over
 * the system attributions whose content holds such a mark, its recall over the direct gold.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';
import type { ArticleModel, Span } from '../../server/src/engine/model';

/** A possibly discontinuous span: the pieces of a brat text-bound annotation. */
type Pieces = Span[];

export interface GoldAttribution {
  content: Pieces;
  cue: Pieces;
  source: Pieces | null;
}

interface SystemAttribution {
  content: Pieces;
  cue: Pieces;
  /** The source span and the mentions of the actor it resolved to. */
  source: Pieces | null;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Correct system attributions, system attributions, correct gold attributions, gold attributions. */
  systemCorrect: number;
  system: number;
  goldCorrect: number;
  gold: number;
}

const MEASURES = ['content', 'content+source', 'content+cue', 'end-to-end'] as const;
export type Measure = (typeof MEASURES)[number];

export interface PolnearReport {
  dir: string;
  articles: number;
  goldAttributions: number;
  systemAttributions: number;
  goldDirect: number;
  systemDirect: number;
  all: Record<Measure, Score>;
  direct: Record<Measure, Score>;
  /** With `verbose`: gold attributions no system attribution matched, and system ones that matched no gold. */
  misses?: PolnearMiss[];
}

/**
 * One unmatched attribution, for reading the errors: its article, and the texts of its spans. A direct gold
 * attribution that fails end-to-end is listed once more by the first part that fails: no system content touches
 * it (direct-missed), one does but below the Jaccard bar (direct-boundary), or the matched one has the wrong
 * source or cue; `system` then gives the system's reading.
 */
export interface PolnearMiss {
  kind:
    | 'missed-gold'
    | 'false-system'
    | 'direct-missed'
    | 'direct-boundary'
    | 'direct-source'
    | 'direct-cue'
    | ContentFailure;
  stem: string;
  cue: string;
  source: string;
  content: string;
  /** Where the content starts, to find it in the article. */
  at: number;
  system?: string;
}

/**
 * Why a system content failed a gold attribution whose cue it found (the cues overlap, the contents fall below the
 * Jaccard bar): it holds the gold content and runs on (too long), lies inside it (too short), shares none of it
 * (the wrong side of the cue, or another clause), or overlaps it in part (shifted).
 */
type ContentFailure = 'content-long' | 'content-short' | 'content-elsewhere' | 'content-shifted';

function contentFailure(s: SystemAttribution, g: GoldAttribution): ContentFailure {
  const shared = intersection(s.content, g.content);
  if (shared === 0) return 'content-elsewhere';
  if (shared >= 0.9 * length(g.content) && length(s.content) > length(g.content)) return 'content-long';
  if (shared >= 0.9 * length(s.content) && length(g.content) > length(s.content)) return 'content-short';
  return 'content-shifted';
}

const DIRECT_MARK = /["“”«»]/;
const isDirect = (text: string, pieces: Pieces) => pieces.some((p) => DIRECT_MARK.test(text.slice(p.start, p.end)));

/** Parses brat standoff: text-bound annotations, then the Attribution relations that tie them together. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Pieces>();
  const relations: string[] = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    if (/^T\d+$/.test(fields[0]) && fields.length >= 2) {
      const [, ...ranges] = /^\S+ (.*)$/.exec(fields[1]) ?? [];
      const pieces = (ranges[0] ?? '')
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([start, end]) => ({ start, end }));
      spans.set(fields[0], pieces);
    } else if (/^E\d+$/.test(fields[0]) && /^Attribution(-no-source)?:/.test(fields[1] ?? '')) {
      relations.push(fields[1]);
    }
  }
  const out: GoldAttribution[] = [];
  for (const relation of relations) {
    const roles = new Map<string, Pieces>();
    for (const arg of relation.split(/\s+/)) {
      const [role, id] = arg.split(':');
      const pieces = spans.get(id);
      if (!pieces) continue;
      const key = role.replace(/\d+$/, '');
      roles.set(key, [...(roles.get(key) ?? []), ...pieces]);
    }
    const content = roles.get('Content');
    if (!content?.length) continue;
    out.push({ content, cue: roles.get('Cue') ?? [], source: roles.get('Source') ?? null });
  }
  return out;
}

const length = (pieces: Pieces) => pieces.reduce((n, p) => n + Math.max(0, p.end - p.start), 0);

function intersection(a: Pieces, b: Pieces): number {
  let n = 0;
  for (const p of a) for (const q of b) n += Math.max(0, Math.min(p.end, q.end) - Math.max(p.start, q.start));
  return n;
}

/** Character-level Jaccard overlap; pieces of one span do not overlap each other. */
export function jaccard(a: Pieces, b: Pieces): number {
  const shared = intersection(a, b);
  const union = length(a) + length(b) - shared;
  return union > 0 ? shared / union : 0;
}

const overlaps = (a: Pieces, b: Pieces) => intersection(a, b) > 0;

/**
 * The system's attribution relations. Attributions that share one cue span (a quote run continued over several
 * sentences or paragraphs) are one relation with a discontinuous content, as PolNeAR annotates them.
 */
export function systemAttributions(model: ArticleModel): SystemAttribution[] {
  const mentionsOf = new Map(model.actors.map((a) => [a.id, a.mentions.map((m) => ({ start: m.start, end: m.end }))]));
  const byCue = new Map<string, SystemAttribution>();
  const out: SystemAttribution[] = [];
  for (const a of model.attributions) {
    const key = a.cue ? `${a.cue.start}:${a.cue.end}` : undefined;
    const relation = key !== undefined ? byCue.get(key) : undefined;
    if (relation) {
      relation.content.push(a.content);
      continue;
    }
    const source = [...(a.source ? [a.source] : []), ...((a.actor && mentionsOf.get(a.actor)) || [])];
    const made = { content: [a.content], cue: a.cue ? [a.cue] : [], source: source.length ? source : null };
    if (key !== undefined) byCue.set(key, made);
    out.push(made);
  }
  return out;
}

/** One-to-one matching on content, best overlap first: pairs [system index, gold index]. */
export function matchContents(system: { content: Pieces }[], gold: { content: Pieces }[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  for (const [i, s] of system.entries()) {
    for (const [j, g] of gold.entries()) {
      const score = jaccard(s.content, g.content);
      if (score >= 0.5) pairs.push([score, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedSystem = new Set<number>();
  const usedGold = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedSystem.has(i) || usedGold.has(j)) continue;
    usedSystem.add(i);
    usedGold.add(j);
    out.push([i, j]);
  }
  return out;
}

function judge(s: SystemAttribution, g: GoldAttribution): Record<Measure, boolean> {
  const source = g.source ? !!s.source && overlaps(s.source, g.source) : !s.source;
  const cue = overlaps(s.cue, g.cue);
  return { content: true, 'content+source': source, 'content+cue': cue, 'end-to-end': source && cue };
}

type Tally = Record<Measure, { systemCorrect: number; goldCorrect: number }>;
const emptyTally = (): Tally =>
  Object.fromEntries(MEASURES.map((m) => [m, { systemCorrect: 0, goldCorrect: 0 }])) as Tally;

function score(tally: Tally, system: number, gold: number): Record<Measure, Score> {
  return Object.fromEntries(
    MEASURES.map((m) => {
      const { systemCorrect, goldCorrect } = tally[m];
      const precision = system ? systemCorrect / system : 0;
      const recall = gold ? goldCorrect / gold : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [m, { precision, recall, f1, systemCorrect, system, goldCorrect, gold }];
    }),
  ) as Record<Measure, Score>;
}

/** The articles of a split: each text with the first annotator's file in alphabetical order. */
export function polnearArticles(dir: string): { text: string; ann: string; stem: string }[] {
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  const annFiles = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  return fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const stem = f.slice(0, -4);
      const ann = annFiles.find((a) => a.startsWith(stem + '_') && /^[^_]+\.ann$/.test(a.slice(stem.length + 1)));
      if (!ann) return [];
      return [{ stem, text: path.join(textDir, f), ann: path.join(annDir, ann) }];
    });
}

const piecesText = (text: string, pieces: Pieces | null) =>
  (pieces ?? []).map((p) => text.slice(p.start, p.end)).join(' … ');

/** The unmatched gold and system attributions of one article. */
function missesOf(
  stem: string,
  text: string,
  system: SystemAttribution[],
  gold: GoldAttribution[],
  matched: [number, number][],
): PolnearMiss[] {
  const usedSystem = new Set(matched.map(([i]) => i));
  const usedGold = new Set(matched.map(([, j]) => j));
  const miss = (kind: PolnearMiss['kind'], a: SystemAttribution | GoldAttribution): PolnearMiss => ({
    kind,
    stem,
    cue: piecesText(text, a.cue),
    source: piecesText(text, a.source?.slice(0, 1) ?? null),
    content: piecesText(text, a.content),
    at: a.content[0]?.start ?? 0,
  });
  const systemOf = new Map(matched.map(([i, j]) => [gold[j], system[i]]));
  const reading = (s: SystemAttribution) =>
    `cue: ${piecesText(text, s.cue)} | source: ${piecesText(text, s.source?.slice(0, 1) ?? null)} | content: ${piecesText(text, s.content)}`;
  const directFailure = (g: GoldAttribution): PolnearMiss[] => {
    const s = systemOf.get(g) ?? system.find((c) => overlaps(c.content, g.content));
    const verdict = s && systemOf.has(g) ? judge(s, g) : undefined;
    if (verdict?.['end-to-end']) return [];
    const kind = !s ? 'direct-missed' : !verdict ? 'direct-boundary' : !verdict['content+source'] ? 'direct-source' : 'direct-cue';
    return [{ ...miss(kind, g), ...(s ? { system: reading(s) } : {}) }];
  };
  // an unmatched system attribution whose cue is an unmatched gold one's: the content's boundaries failed
  const contentFailures = system.flatMap((s, i) => {
    const g = usedSystem.has(i) ? undefined : gold.find((c, j) => !usedGold.has(j) && overlaps(c.cue, s.cue));
    return g ? [{ ...miss(contentFailure(s, g), g), system: reading(s) }] : [];
  });
  return [
    ...contentFailures,
    ...gold.flatMap((g, j) => (usedGold.has(j) ? [] : [miss('missed-gold', g)])),
    ...system.flatMap((s, i) => (usedSystem.has(i) ? [] : [miss('false-system', s)])),
    ...gold.filter((g) => isDirect(text, g.content)).flatMap(directFailure),
  ];
}

export function evaluatePolnear(dir: string, verbose = false): PolnearReport {
  const misses: PolnearMiss[] = [];
  const all = emptyTally();
  const direct = emptyTally();
  let goldAttributions = 0;
  let systemCount = 0;
  let goldDirect = 0;
  let systemDirect = 0;
  const articles = polnearArticles(dir);
  for (const article of articles) {
    const text = fs.readFileSync(article.text, 'utf8');
    const gold = parseBrat(fs.readFileSync(article.ann, 'utf8'));
    const model = analyze(text);
    const system = systemAttributions(model);
    goldAttributions += gold.length;
    systemCount += system.length;
    goldDirect += gold.filter((g) => isDirect(text, g.content)).length;
    systemDirect += system.filter((s) => isDirect(text, s.content)).length;
    const matched = matchContents(system, gold);
    if (verbose) misses.push(...missesOf(article.stem, text, system, gold, matched));
    for (const [i, j] of matched) {
      const verdict = judge(system[i], gold[j]);
      for (const m of MEASURES) {
        if (!verdict[m]) continue;
        all[m].systemCorrect++;
        all[m].goldCorrect++;
        if (isDirect(text, system[i].content)) direct[m].systemCorrect++;
        if (isDirect(text, gold[j].content)) direct[m].goldCorrect++;
      }
    }
  }
  return {
    dir,
    articles: articles.length,
    goldAttributions,
    systemAttributions: systemCount,
    goldDirect,
    systemDirect,
    all: score(all, systemCount, goldAttributions),
    direct: score(direct, systemDirect, goldDirect),
    ...(verbose ? { misses } : {}),
  };
}

const figure = (x: number) => x.toFixed(3);

/** How many misses of each kind: the content-boundary classes say which boundary rule to fix first. */
function failureCounts(misses: PolnearMiss[]): string[] {
  const counts = new Map<string, number>();
  for (const m of misses) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `  ${kind.padEnd(18)} ${n}`);
}

export function formatPolnearReport(report: PolnearReport): string {
  const rows = (name: string, scores: Record<Measure, Score>) =>
    MEASURES.map((m) => {
      const s = scores[m];
      return `  ${name.padEnd(7)} ${m.padEnd(15)} P ${figure(s.precision)}  R ${figure(s.recall)}  F1 ${figure(s.f1)}` +
        `   (${s.systemCorrect}/${s.system} system, ${s.goldCorrect}/${s.gold} gold)`;
    });
  return [
    `PolNeAR ${report.dir}: ${report.articles} articles`,
    `  gold attributions ${report.goldAttributions} (direct ${report.goldDirect}), ` +
      `system attributions ${report.systemAttributions} (direct ${report.systemDirect}; attributions sharing a cue ` +
      'count as one relation, as PolNeAR annotates a quote run)',
    '  content match: Jaccard >= 0.5, one-to-one, best overlap first; direct = content holds " “ ” « »;',
    '  direct precision over system attributions whose content holds such a mark',
    ...rows('all', report.all),
    ...rows('direct', report.direct),
    ...failureCounts(report.misses ?? []),
    ...(report.misses ?? []).map((m) => {
      const line = (s: string) => s.replace(/\s+/g, ' ');
      const system = m.system ? `\tsystem: ${line(m.system)}` : '';
      return `${m.kind}\t${m.stem}@${m.at}\tcue: ${line(m.cue)}\tsource: ${line(m.source)}\tcontent: ${line(m.content)}${system}`;
    }),
  ].join('\n');
}
