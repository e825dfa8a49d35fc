/**
 * Settings, read per resource (`workspace/configuration`, section `sourcingLens`), with defaults for clients that
 * send none. Which files are read:
 * - `sourcingLens.languages`: language id → "always" | "whenArticle" | "never". News articles always; plain text
 *   and Markdown only when the text looks like an article (engine/articleLike.ts: mostly sentences about people
 *   and institutions, not addressed to the reader, next to no code, markup or legal clauses), so a story opens
 *   annotated while a project's README.md or CHANGELOG.md stays quiet. Plain text goes by other ids in other editors (Neovim's `text`, `txt`),
 *   and an id the setting does not name is judged by the file's extension.
 * - `sourcingLens.include`: .gitignore-style patterns ("stories/", "*.draft.md"), relative to the workspace
 *   folder, of files always read whatever their language.
 * - `sourcingLens.analyzeFile` (a command) turns the server on for one file whatever these say.
 * `sourcingLens.trace.server` belongs to the client: vscode-languageclient (client id `sourcingLens`) logs the
 * traffic and sends `$/setTrace`, which also turns on the server's own trace lines (analysis timings).
 */
import { isArticlePath, isProsePath, looksLikeArticle } from '../../engine/segments/articleLike';
import { SEVERITIES as FINDING_SEVERITIES } from '../../engine/findings/findingCodes';
import type { Severity } from '../../engine/model';
import type { SeverityChoices, SeverityKey } from '../../engine/findings/severityKeys';
import { excludes as matchesPatterns } from '../../houseStyle/ignore';

export type LanguageMode = 'always' | 'whenArticle' | 'never';
export type SeveritySetting = Severity | 'off';

export interface Settings {
  languages: Record<string, LanguageMode>;
  include: string[];
  /** By finding code, and `unattributed-claim-medium` for medium-confidence claims (engine/severityKeys.ts). */
  severity: SeverityChoices;
  /** In bytes (UTF-8); larger files get one notice instead of analysis. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: { 'news-article': 'always', plaintext: 'whenArticle', text: 'whenArticle', txt: 'whenArticle', markdown: 'whenArticle' },
  include: [],
  severity: {},
  maxFileSize: 1024 * 1024,
};

const LANGUAGE_MODES: readonly string[] = ['always', 'whenArticle', 'never'];
const SEVERITIES: readonly string[] = [...FINDING_SEVERITIES, 'off'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The section as the client sent it, checked field by field: anything malformed falls back to the default. */
export function readSettings(raw: unknown): Settings {
  const section = isObject(raw) ? raw : {};
  const languages = { ...DEFAULT_SETTINGS.languages };
  if (Array.isArray(section.languages)) {
    // A plain list of language ids reads as "always" for each.
    for (const id of section.languages) if (typeof id === 'string') languages[id] = 'always';
  } else if (isObject(section.languages)) {
    for (const [id, mode] of Object.entries(section.languages)) {
      if (typeof mode === 'string' && LANGUAGE_MODES.includes(mode)) languages[id] = mode as LanguageMode;
    }
  }
  const severity: Settings['severity'] = {};
  if (isObject(section.severity)) {
    for (const [code, level] of Object.entries(section.severity)) {
      if (typeof level === 'string' && SEVERITIES.includes(level)) severity[code as SeverityKey] = level as SeveritySetting;
    }
  }
  const include = Array.isArray(section.include) ? section.include.filter((g): g is string => typeof g === 'string') : [];
  const size = section.maxFileSize;
  const maxFileSize = typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSize;
  return { languages, include, severity, maxFileSize };
}

export interface ArticleFile {
  /** Relative to the workspace folder when the file lies in one, forward slashes. */
  path: string;
  languageId: string;
  text: string;
}

/** A file is included when a pattern matches it or one of its folders ("drafts/" includes drafts/notes.txt). */
function isIncluded(patterns: string[], path: string): boolean {
  if (!patterns.length) return false;
  const parts = path.split('/');
  return parts.some((_, i) => matchesPatterns(patterns, parts.slice(0, i + 1).join('/'), i < parts.length - 1));
}

/** The language id a file's extension stands for, undefined for an extension that is no article's or prose's. */
export function languageOfExtension(path: string): string | undefined {
  if (isArticlePath(path)) return 'news-article';
  if (/\.(?:md|markdown)$/iu.test(path)) return 'markdown';
  return isProsePath(path) ? 'plaintext' : undefined;
}

/** The mode for the file's language id; for an id the setting does not name, the mode of its extension's language. */
function modeFor(settings: Settings, file: ArticleFile): LanguageMode {
  const modeOf = (id: string | undefined) => (id !== undefined && Object.hasOwn(settings.languages, id) ? settings.languages[id] : undefined);
  return modeOf(file.languageId) ?? modeOf(languageOfExtension(file.path)) ?? 'never';
}

/** Whether the settings ask for this file to be read (the size limit and the analyze command aside). */
export function isEnabledFor(settings: Settings, file: ArticleFile): boolean {
  if (isIncluded(settings.include, file.path)) return true;
  const mode = modeFor(settings, file);
  return mode === 'always' || (mode === 'whenArticle' && looksLikeArticle(file.text));
}

/**
 * The size that puts a text over `limit` bytes (UTF-8), or undefined when it is within it. UTF-8 takes at least
 * one byte per UTF-16 unit, so a text with more units than the limit is over it without counting (and the figure is
 * its length in units). Counted here rather than by `Buffer`, which a browser worker does not have.
 */
export function sizeOver(text: string, limit: number): number | undefined {
  if (text.length > limit) return text.length;
  const bytes = utf8Length(text);
  return bytes > limit ? bytes : undefined;
}

/** The UTF-8 length of a text; a lone surrogate counts as the 3-byte replacement character, as encoders write it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
