/**
 * `sourcing-lens check`: the desk's pre-publication check, the same in CI as in the editor. Walks folders for
 * articles, applies the nearest `.sourcinglens.json`, and reports findings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import { analyze, ParagraphCache } from './engine/analyze';
import { isArticlePath, isProsePath, looksLikeArticle } from './engine/articleLike';
import { applyHouseStyle, EMPTY_HOUSE_STYLE, readHouseStyle, type HouseStyle } from './engine/houseStyle';
import type { ArticleModel } from './engine/model';
import { excludes } from './ignore';

export const HOUSE_STYLE_FILE = '.sourcinglens.json';

export interface CheckedArticle {
  /** As the user would write it: relative to the working folder when inside it. */
  path: string;
  model: ArticleModel;
}

export interface CheckProblem {
  path: string;
  message: string;
  /** A path that is missing or unreadable, or a house-style file that could not be read. */
  kind: 'path' | 'house-style';
}

export interface CheckRun {
  articles: CheckedArticle[];
  /** Paths that are missing or unreadable, and house-style files that could not be read. */
  problems: CheckProblem[];
}

/** The nearest house-style file at or above a folder, read once per folder. */
class HouseStyles {
  private readonly byFolder = new Map<string, { style: HouseStyle; root: string }>();

  constructor(private readonly problems: CheckProblem[]) {}

  for(folder: string): { style: HouseStyle; root: string } {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const file = join(folder, HOUSE_STYLE_FILE);
    const parent = dirname(folder);
    let found: { style: HouseStyle; root: string };
    if (existsSync(file)) {
      const reading = readHouseStyle(readFileSync(file, 'utf8'));
      if (!reading.ok) this.problems.push({ path: file, kind: 'house-style', message: `${reading.problem.message} (house style ignored)` });
      found = { style: reading.ok ? reading.style : EMPTY_HOUSE_STYLE, root: folder };
    } else {
      found = parent === folder ? { style: EMPTY_HOUSE_STYLE, root: folder } : this.for(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.vscode-test', 'out', 'dist']);

/** Article files under a folder, in a stable order, leaving out what the house style excludes. */
function* walk(folder: string, styles: HouseStyles): Generator<string> {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const { style, root } = styles.for(folder);
    const relativePath = relative(root, path).split(sep).join('/');
    if (excludes(style.exclude, relativePath, entry.isDirectory())) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* walk(path, styles);
    } else if (entry.isFile() && (isArticlePath(entry.name) || isProsePath(entry.name))) {
      yield path;
    }
  }
}

export interface CheckOptions {
  /** Called after each article, for progress on long runs. */
  progress?: (done: number, path: string) => void;
}

/** Checks files and folders. A file named explicitly is always checked; found ones only when they read as articles. */
export function check(paths: string[], options: CheckOptions = {}): CheckRun {
  const problems: CheckProblem[] = [];
  const styles = new HouseStyles(problems);
  const cache = new ParagraphCache();
  const articles: CheckedArticle[] = [];

  const checkFile = (file: string, explicit: boolean) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ path: file, kind: 'path', message: `cannot read: ${(error as Error).message}` });
      return;
    }
    if (!explicit && !isArticlePath(file) && !looksLikeArticle(text)) return;
    const shown = relative(process.cwd(), file);
    const path = shown.startsWith('..') ? file : shown.split(sep).join('/');
    articles.push({ path, model: applyHouseStyle(analyze(text, cache), styles.for(dirname(resolve(file))).style) });
    options.progress?.(articles.length, path);
  };

  for (const given of paths) {
    const absolute = resolve(given);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      problems.push({ path: given, kind: 'path', message: 'no such file or folder' });
      continue;
    }
    try {
      if (isFolder) for (const file of walk(absolute, styles)) checkFile(file, false);
      else checkFile(absolute, true);
    } catch (error) {
      problems.push({ path: given, kind: 'path', message: `cannot read: ${(error as Error).message}` });
    }
  }
  return { articles, problems };
}
