/**
 * Evaluation against the JSON gold of ../shared/corpus (texts read by path, never copied), with the convention of
 * its README:
 * - Names compare as lower-cased tokens without diacritics, punctuation, possessive 's and honorifics; a system
 *   person matches a gold person when they share two such tokens (one, when either name has only one).
 * - Person recall: gold people (no `credit`) matched one-to-one by system persons; person precision: system persons
 *   whose name matches any gold person or organisation name/alias.
 * - Role accuracy: gold people with roles whose matched system person has a role sharing at least half of the
 *   content words of one of the gold roles (articles, prepositions and possessives left out).
 * - Anonymous sources: a gold span is found when a system source span resolved to an anonymous/group actor, or a
 *   mention of an anonymous actor, overlaps it; precision over the system's anonymous spans.
 * - Quote→speaker: gold quotes with a speaker whose overlapping system attribution resolves to an actor with a
 *   matching name (unnamed speakers: an anonymous/group actor sharing a content word). The overlapping attribution
 *   is the one covering most of the quote, the innermost among equals.
 * - Unattributed claims: precision of `unattributed-claim` findings against any needs_attribution sentence,
 *   recall over the `high` ones, flags per 1,000 words.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';
import type { Actor, ArticleModel, Span } from '../../server/src/engine/model';
import { overlaps } from '../../server/src/engine/text/spanIndex';

interface GoldSpan extends Span {
  text: string;
}

interface GoldEntity {
  name: string;
  aliases: string[];
}

interface GoldPerson extends GoldEntity {
  roles: string[];
  quoted: boolean;
  credit?: boolean;
}

interface GoldFile {
  file: string;
  people: GoldPerson[];
  organizations: GoldEntity[];
  anonymous_sources: GoldSpan[];
  quotes: (GoldSpan & { kind: string; speaker: string | null })[];
  needs_attribution: (GoldSpan & { confidence: 'high' | 'medium' })[];
}

/** Hits over a total, summed over articles. */
export interface Ratio {
  hit: number;
  total: number;
}

export interface GoldScores {
  personRecall: Ratio;
  personPrecision: Ratio;
  roleAccuracy: Ratio;
  anonymousRecall: Ratio;
  anonymousPrecision: Ratio;
  quoteSpeaker: Ratio;
  claimPrecision: Ratio;
  claimRecallHigh: Ratio;
  /** Flags and words, for flags per 1,000 words. */
  claimFlags: number;
  words: number;
}

export interface GoldArticleReport extends GoldScores {
  file: string;
  /** What went wrong, for reading the report: missed people, wrong speakers, … */
  misses: string[];
}

export interface GoldReport {
  articles: GoldArticleReport[];
  overall: GoldScores;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'sheikh', 'gen', 'sen', 'rep', 'gov', 'president', 'prof', 'jr', 'sr']);
const NON_CONTENT = new Set(
  ('a an the of to in at for on with from by as into about over under between after before during against ' +
    'his her its their our my your whose').split(' '),
);

/** The text lower-cased, without diacritics, cut at white space: the raw words the matchers below clean. */
const foldedWords = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\u00a0]+/);

/** Lower-cased words without diacritics, punctuation and possessive 's. */
function words(text: string): string[] {
  return foldedWords(text)
    .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0);
}

export function nameTokens(name: string): Set<string> {
  return new Set(words(name).filter((w) => !HONORIFICS.has(w)));
}

export function namesMatch(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.size === 0 || tb.size === 0) return false;
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared >= (ta.size === 1 || tb.size === 1 ? 1 : 2);
}

const entityMatches = (name: string, entity: GoldEntity) => [entity.name, ...entity.aliases].some((n) => namesMatch(name, n));

/**
 * Content words of a role: articles, prepositions and possessives left out ("the campaign's manager" is a
 * manager), unless `possessives` keeps the owner's word without its "'s".
 */
function contentWords(text: string, possessives = false): Set<string> {
  return new Set(
    foldedWords(text)
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ''))
      .filter((w) => possessives || !/\p{L}['’]s?$/u.test(w))
      .map((w) => w.replace(/['’]s?$/u, '').replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((w) => w.length > 0 && !NON_CONTENT.has(w)),
  );
}

export function roleMatches(system: string, gold: string): boolean {
  // A role that is only an owner ("CNN's", the outlet a correspondent works for) is matched by that owner.
  const possessives = contentWords(gold).size === 0;
  const g = contentWords(gold, possessives);
  if (g.size === 0) return false;
  const s = contentWords(system, possessives);
  return [...g].filter((w) => s.has(w)).length * 2 >= g.size;
}

const ratio = (hit = 0, total = 0): Ratio => ({ hit, total });

/** Gold people matched one-to-one to system persons, most shared tokens first. */
function matchPeople(gold: GoldPerson[], persons: Actor[]): Map<GoldPerson, Actor> {
  const pairs: { g: GoldPerson; a: Actor; score: number }[] = [];
  for (const g of gold) {
    for (const a of persons) {
      if (!entityMatches(a.name, g)) continue;
      const ta = nameTokens(a.name);
      const score = Math.max(...[g.name, ...g.aliases].map((n) => [...nameTokens(n)].filter((t) => ta.has(t)).length));
      pairs.push({ g, a, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const matched = new Map<GoldPerson, Actor>();
  const used = new Set<Actor>();
  for (const { g, a } of pairs) {
    if (matched.has(g) || used.has(a)) continue;
    matched.set(g, a);
    used.add(a);
  }
  return matched;
}

function scorePeople(gold: GoldFile, model: ArticleModel, misses: string[]) {
  const storyPeople = gold.people.filter((p) => !p.credit);
  const persons = model.actors.filter((a) => a.kind === 'person');
  const matched = matchPeople(storyPeople, persons);
  for (const p of storyPeople) if (!matched.has(p)) misses.push(`person missed: ${p.name}`);
  const entities: GoldEntity[] = [...gold.people, ...gold.organizations];
  const precise = persons.filter((a) => entities.some((e) => entityMatches(a.name, e)));
  for (const a of persons) if (!precise.includes(a)) misses.push(`false person: ${a.name}`);
  const withRoles = storyPeople.filter((p) => p.roles.length > 0);
  let rolesRight = 0;
  for (const p of withRoles) {
    const actor = matched.get(p);
    const right = actor?.roles.some((r) => p.roles.some((g) => roleMatches(r.text, g))) ?? false;
    if (right) rolesRight++;
    else misses.push(`role missed: ${p.name} [${p.roles.join(' | ')}] got [${actor?.roles.map((r) => r.text).join(' | ') ?? 'no actor'}]`);
  }
  return {
    personRecall: ratio(matched.size, storyPeople.length),
    personPrecision: ratio(precise.length, persons.length),
    roleAccuracy: ratio(rolesRight, withRoles.length),
  };
}

function scoreAnonymous(gold: GoldFile, model: ArticleModel, misses: string[]) {
  const kindOf = new Map(model.actors.map((a) => [a.id, a.kind]));
  const sourceSpans = model.attributions
    .filter((a) => a.source && a.actor && ['anonymous', 'group'].includes(kindOf.get(a.actor) ?? ''))
    .map((a) => a.source as Span);
  const anonymousMentions = model.actors.filter((a) => a.kind === 'anonymous').flatMap((a) => a.mentions);
  const found = gold.anonymous_sources.filter((g) => [...sourceSpans, ...anonymousMentions].some((s) => overlaps(s, g)));
  for (const g of gold.anonymous_sources) if (!found.includes(g)) misses.push(`anonymous source missed: ${g.text}`);
  const systemSpans = [...anonymousMentions, ...sourceSpans.filter((s) => anonymousMentions.some((m) => overlaps(m, s)))];
  const distinct = systemSpans.filter((s, i) => systemSpans.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  const right = distinct.filter((s) => gold.anonymous_sources.some((g) => overlaps(s, g)));
  for (const s of distinct) if (!right.includes(s)) misses.push(`false anonymous source: ${model.text.slice(s.start, s.end)}`);
  return { anonymousRecall: ratio(found.length, gold.anonymous_sources.length), anonymousPrecision: ratio(right.length, distinct.length) };
}

function speakerMatches(speaker: string, actor: Actor | undefined, gold: GoldFile): boolean {
  if (!actor) return false;
  const named: GoldEntity | undefined = [...gold.people, ...gold.organizations].find((e) => e.name === speaker);
  if (named) return actor.kind !== 'anonymous' && entityMatches(actor.name, named);
  if (actor.kind !== 'anonymous' && actor.kind !== 'group') return false;
  const want = contentWords(speaker);
  return [...contentWords(actor.name)].some((w) => want.has(w));
}

function scoreQuotes(gold: GoldFile, model: ArticleModel, misses: string[]) {
  const actors = new Map(model.actors.map((a) => [a.id, a]));
  const spoken = gold.quotes.filter((q) => q.speaker !== null);
  let right = 0;
  for (const q of spoken) {
    const overlap = (s: Span) => Math.min(s.end, q.end) - Math.max(s.start, q.start);
    const candidates = model.attributions.filter((a) => overlap(a.content) > 0);
    // the attribution covering most of the quote; among equals the innermost (a nested "X had dubbed …" inside "He said …")
    const size = (s: Span) => s.end - s.start;
    candidates.sort((a, b) => overlap(b.content) - overlap(a.content) || size(a.content) - size(b.content));
    const actor = candidates[0]?.actor ? actors.get(candidates[0].actor) : undefined;
    if (speakerMatches(q.speaker as string, actor, gold)) right++;
    else misses.push(`speaker wrong: ${q.text.slice(0, 40)}… gold ${q.speaker}, got ${actor ? `${actor.name} (${actor.kind})` : candidates.length ? 'no actor' : 'no attribution'}`);
  }
  return { quoteSpeaker: ratio(right, spoken.length) };
}

function scoreClaims(gold: GoldFile, model: ArticleModel, misses: string[]) {
  const flags = model.findings.filter((f) => f.code === 'unattributed-claim');
  const right = flags.filter((f) => gold.needs_attribution.some((n) => overlaps(f, n)));
  for (const f of flags) if (!right.includes(f)) misses.push(`claim flag not in gold: ${model.text.slice(f.start, Math.min(f.end, f.start + 60))}…`);
  const high = gold.needs_attribution.filter((n) => n.confidence === 'high');
  const caught = high.filter((n) => flags.some((f) => overlaps(f, n)));
  for (const n of high) if (!caught.includes(n)) misses.push(`claim missed (high): ${n.text.slice(0, 60)}…`);
  return {
    claimPrecision: ratio(right.length, flags.length),
    claimRecallHigh: ratio(caught.length, high.length),
    claimFlags: flags.length,
    words: countWords(model.text),
  };
}

/** Words as the evaluations count them: letters and digits, joined by an apostrophe or a hyphen. */
export const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []).length;

export function scoreArticle(gold: GoldFile, model: ArticleModel): GoldArticleReport {
  const misses: string[] = [];
  return {
    file: gold.file,
    ...scorePeople(gold, model, misses),
    ...scoreAnonymous(gold, model, misses),
    ...scoreQuotes(gold, model, misses),
    ...scoreClaims(gold, model, misses),
    misses,
  };
}

const RATIOS = [
  'personRecall',
  'personPrecision',
  'roleAccuracy',
  'anonymousRecall',
  'anonymousPrecision',
  'quoteSpeaker',
  'claimPrecision',
  'claimRecallHigh',
] as const;

function sum(reports: GoldScores[]): GoldScores {
  const total = (key: (typeof RATIOS)[number]) =>
    ratio(
      reports.reduce((n, r) => n + r[key].hit, 0),
      reports.reduce((n, r) => n + r[key].total, 0),
    );
  return {
    ...(Object.fromEntries(RATIOS.map((k) => [k, total(k)])) as Record<(typeof RATIOS)[number], Ratio>),
    claimFlags: reports.reduce((n, r) => n + r.claimFlags, 0),
    words: reports.reduce((n, r) => n + r.words, 0),
  };
}

/** Each annotation (`*.json` in `goldDir`, in name order) with the text of the article its `file` names. */
export function readAnnotated<G extends { file: string }>(goldDir: string, textPath: (file: string) => string): { gold: G; text: string }[] {
  return fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as G;
      return { gold, text: fs.readFileSync(textPath(gold.file), 'utf8') };
    });
}

/** Scores every `<stem>.txt` in `dir` that has a `gold/<stem>.json`. */
export function evaluateGold(dir: string): GoldReport {
  const articles = readAnnotated<GoldFile>(path.join(dir, 'gold'), (file) => path.join(dir, file)).map(({ gold, text }) => scoreArticle(gold, analyze(text)));
  return { articles, overall: sum(articles) };
}

const show = (r: Ratio) => (r.total === 0 ? '   -  ' : `${(r.hit / r.total).toFixed(2)} (${r.hit}/${r.total})`);

function formatScores(s: GoldScores): string[] {
  return [
    `  person recall      ${show(s.personRecall)}    person precision    ${show(s.personPrecision)}`,
    `  role accuracy      ${show(s.roleAccuracy)}`,
    `  anonymous recall   ${show(s.anonymousRecall)}    anonymous precision ${show(s.anonymousPrecision)}`,
    `  quote→speaker      ${show(s.quoteSpeaker)}`,
    `  unattributed-claim precision ${show(s.claimPrecision)}  recall(high) ${show(s.claimRecallHigh)}  ` +
      `flags/1000 words ${s.words ? ((s.claimFlags * 1000) / s.words).toFixed(1) : '0.0'}`,
  ];
}

export function formatGoldReport(report: GoldReport): string {
  const lines: string[] = [];
  for (const a of report.articles) {
    lines.push(a.file, ...formatScores(a), ...a.misses.map((m) => `    - ${m}`));
  }
  lines.push(`OVERALL (${report.articles.length} articles)`, ...formatScores(report.overall));
  return lines.join('\n');
}
