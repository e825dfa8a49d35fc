/**
 * House style: the rules a desk keeps in its repository (`.sourcinglens.json`). Reading and validating the file
 * happens here, as pure functions of its text, so the CLI and the language server report the same problems.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';
import { analyze, type ParagraphCaches } from '../engine/analyze';
import type { ArticleModel, Severity } from '../engine/model';
import { SEVERITIES } from '../engine/findings/findingCodes';
import { chosenSeverity, SEVERITY_KEYS, type SeverityChoices, type SeverityKey } from '../engine/findings/severityKeys';

export interface KnownPerson {
  name: string;
  roles: string[];
}

export interface HouseStyle {
  /** Extra verbs that introduce speech, in their base form ("quip"). */
  cueVerbs: string[];
  /** Extra titles and honorifics that may stand before a name ("Harbormaster"). */
  titles: string[];
  /** People the desk knows, with the roles to show when the article states none. */
  people: KnownPerson[];
  /** Finding codes switched off or re-graded (and `unattributed-claim-medium`: see severityKeys.ts). */
  findings: SeverityChoices;
  /** Phrases that count as attribution ("records show", "the paper has learned"). */
  acceptedAttributions: string[];
  /** .gitignore-style patterns of paths `sourcing-lens check` leaves out. */
  exclude: string[];
}

export const EMPTY_HOUSE_STYLE: HouseStyle = {
  cueVerbs: [],
  titles: [],
  people: [],
  findings: {},
  acceptedAttributions: [],
  exclude: [],
};

export interface HouseStyleProblem {
  message: string;
  /** Offset into the file's text. */
  start: number;
  end: number;
}

export type HouseStyleReading = { ok: true; style: HouseStyle } | { ok: false; problem: HouseStyleProblem };

const KEYS: readonly (keyof HouseStyle)[] = ['cueVerbs', 'titles', 'people', 'findings', 'acceptedAttributions', 'exclude'];

/** A problem with the JSON path of the value it is about; `key` marks the property name rather than its value. */
class Problem extends Error {
  constructor(
    message: string,
    readonly path: JSONPath,
    readonly key = false,
  ) {
    super(message);
  }
}

/** Where a problem's value (or property name) stands in the file; the top of the file when the path is empty. */
function locate(text: string, problem: Problem): { start: number; end: number } {
  const tree = parseTree(text);
  const node = tree && problem.path.length > 0 ? findNodeAtLocation(tree, problem.path) : undefined;
  const target = node && problem.key ? node.parent?.children?.[0] : node;
  return target ? { start: target.offset, end: target.offset + target.length } : { start: 0, end: Math.min(1, text.length) };
}

function stringList(value: unknown, path: JSONPath): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    throw new Problem(`"${path[path.length - 1]}" must be a list of non-empty strings`, path);
  }
  return value.map((v: string) => v.trim());
}

function people(value: unknown): KnownPerson[] {
  if (!Array.isArray(value)) throw new Problem('"people" must be a list of { "name": …, "roles": [ … ] }', ['people']);
  return value.map((entry, i) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string' || !entry.name.trim()) {
      throw new Problem(`"people" entry ${i + 1} needs a "name"`, ['people', i]);
    }
    const roles = entry.roles === undefined ? [] : stringList(entry.roles, ['people', i, 'roles']);
    return { name: entry.name.trim(), roles };
  });
}

function findings(value: unknown): HouseStyle['findings'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Problem('"findings" must map finding codes to a severity or "off"', ['findings']);
  }
  const out: HouseStyle['findings'] = {};
  for (const [code, level] of Object.entries(value)) {
    if (!SEVERITY_KEYS.includes(code as SeverityKey)) {
      const known = SEVERITY_KEYS.join(', ');
      throw new Problem(`unknown finding code "${code}" (known: ${known})`, ['findings', code], true);
    }
    if (level !== 'off' && !SEVERITIES.includes(level as Severity)) {
      throw new Problem(`"${code}" must be one of ${[...SEVERITIES, 'off'].join(', ')}, not ${JSON.stringify(level)}`, ['findings', code]);
    }
    out[code as SeverityKey] = level as Severity | 'off';
  }
  return out;
}

function validate(json: unknown): HouseStyle {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Problem('the file must hold one JSON object', []);
  const style: HouseStyle = { ...EMPTY_HOUSE_STYLE };
  for (const [key, value] of Object.entries(json)) {
    if (key === '$schema') continue;
    if (!KEYS.includes(key as keyof HouseStyle)) {
      throw new Problem(`unknown setting "${key}" (known: ${KEYS.join(', ')})`, [key], true);
    }
    if (key === 'people') style.people = people(value);
    else if (key === 'findings') style.findings = findings(value);
    else style[key as 'cueVerbs' | 'titles' | 'acceptedAttributions' | 'exclude'] = stringList(value, [key]);
  }
  return style;
}

/** Reads a `.sourcinglens.json` text: the style, or the first problem with where it is. */
export function readHouseStyle(text: string): HouseStyleReading {
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const syntax = errors[0];
  if (syntax) {
    const message = `not valid JSON: ${printParseErrorCode(syntax.error)}`;
    return { ok: false, problem: { message, start: syntax.offset, end: syntax.offset + Math.max(syntax.length, 1) } };
  }
  try {
    return { ok: true, style: validate(json) };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { ok: false, problem: { message: error.message, ...locate(text, error) } };
  }
}

const normalName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A known person matches an actor of the same full name, or of the same surname when only one is known. */
function matchesKnown(actorName: string, known: KnownPerson, sameSurname: number): boolean {
  const a = normalName(actorName);
  const k = normalName(known.name);
  if (a === k) return true;
  const surname = (name: string) => name.split(' ').pop();
  return sameSurname === 1 && !a.includes(' ') && a === surname(k);
}

/**
 * The article seen through the desk's rules: known people get their roles where the article gives none, accepted
 * attribution phrases source their paragraph, and finding codes are switched off or re-graded.
 */
export function applyHouseStyle(model: ArticleModel, style: HouseStyle): ArticleModel {
  if (style === EMPTY_HOUSE_STYLE) return model;
  const actors = model.actors.map((actor) => {
    if (actor.kind !== 'person' || actor.roles.length > 0) return actor;
    const surname = normalName(actor.name).split(' ').pop();
    const sameSurname = style.people.filter((p) => normalName(p.name).split(' ').pop() === surname).length;
    const known = style.people.find((p) => matchesKnown(actor.name, p, sameSurname));
    const first = actor.mentions[0];
    if (!known || !first) return actor;
    return { ...actor, roles: known.roles.map((text) => ({ text, origin: 'config' as const, start: first.start, end: first.end })) };
  });

  const phrases = style.acceptedAttributions.map((p) => p.toLowerCase());
  const sourcedParagraphs = model.paragraphs.filter((p) => {
    const text = model.text.slice(p.start, p.end).toLowerCase();
    return phrases.some((phrase) => text.includes(phrase));
  });
  const findings = model.findings.flatMap((finding) => {
    const level = chosenSeverity(finding, style.findings);
    if (level === 'off') return [];
    const sourced =
      finding.code === 'unattributed-claim' && sourcedParagraphs.some((p) => p.start <= finding.start && finding.end <= p.end);
    return sourced ? [] : [level ? { ...finding, severity: level } : finding];
  });
  return { ...model, actors, findings };
}

/**
 * An article read under a house style: with its cue verbs and titles (through the paragraph cache of that
 * vocabulary), then through its rules. The editor and both commands read stories this way.
 */
export function analyzeUnderHouseStyle(text: string, style: HouseStyle, caches: ParagraphCaches): ArticleModel {
  return applyHouseStyle(analyze(text, caches.for(style)), style);
}
