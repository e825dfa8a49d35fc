/**
 * `sourcing-lens check`: the desk's pre-publication check, the same in CI as in the editor. Walks folders for
 * articles, applies the nearest `.sourcinglens.json`, and reports findings.
 */
import { promises as fs } from 'fs';
import { join, relative, resolve, sep } from 'path';
import { pathToFileURL } from 'url';
import { ParagraphCaches } from '../engine/analyze';
import { isArticlePath, isProsePath, looksLikeArticle } from '../engine/segments/articleLike';
import { analyzeUnderHouseStyle } from '../houseStyle/houseStyle';
import type { ArticleModel } from '../engine/model';
import { HouseStyleFiles, type HouseStyleFileReading } from '../houseStyle/files';
import { nodeFileSystem, pathOfFileUri } from '../houseStyle/node/fileSystem';
import { LineIndex } from './report';

export interface CheckedArticle {
  /** As the user would write it: relative to the working folder when inside it. */
  path: string;
  model: ArticleModel;
}

export interface CheckProblem {
  path: string;
  message: string;
  /** Where in a house-style file the problem is (1-based). */
  at?: { line: number; column: number };
  /** A path that is missing or unreadable, or a house-style file that could not be read. */
  kind: 'path' | 'house-style';
}

export interface CheckRun {
  articles: CheckedArticle[];
  /** Paths that are missing or unreadable, and house-style files that could not be read. */
  problems: CheckProblem[];
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.vscode-test', 'out', 'dist']);

/** Article files under a folder, in a stable order, leaving out what the house style excludes. */
async function* walk(folder: string, styles: HouseStyleFiles): AsyncGenerator<string> {
  const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (await styles.leavesOut(pathToFileURL(path).href, entry.isDirectory())) continue;
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

/** A broken house-style file as a check problem: what is wrong, and where. */
export function houseStyleProblem({ uri, text, problem, keptLastGood }: HouseStyleFileReading): CheckProblem | undefined {
  if (!problem) return undefined;
  const file = pathOfFileUri(uri) ?? uri;
  const consequence = keptLastGood ? 'last good house style kept' : 'house style ignored';
  return { path: file, kind: 'house-style', message: `${problem.message} (${consequence})`, at: new LineIndex(text).position(problem.start) };
}

/** A problem's place as people and editors read it: `path`, or `path:line:col` inside a house-style file. */
export const placeOf = (problem: CheckProblem): string => (problem.at ? `${problem.path}:${problem.at.line}:${problem.at.column}` : problem.path);

/** A house-style lookup for the CLI: files on disk, problems reported through `onProblem`. */
export function diskHouseStyles(onProblem: (problem: CheckProblem) => void): HouseStyleFiles {
  return new HouseStyleFiles(nodeFileSystem, (reading) => {
    const problem = houseStyleProblem(reading);
    if (problem) onProblem(problem);
  });
}

/** Checks files and folders. A file named explicitly is always checked; found ones only when they read as articles. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckRun> {
  const problems: CheckProblem[] = [];
  const styles = diskHouseStyles((problem) => problems.push(problem));
  const caches = new ParagraphCaches();
  const articles: CheckedArticle[] = [];

  const checkFile = async (file: string, explicit: boolean) => {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      problems.push({ path: file, kind: 'path', message: `cannot read: ${(error as Error).message}` });
      return;
    }
    if (!explicit && !isArticlePath(file) && !looksLikeArticle(text)) return;
    const shown = relative(process.cwd(), file);
    const path = shown.startsWith('..') ? file : shown.split(sep).join('/');
    articles.push({ path, model: analyzeUnderHouseStyle(text, await styles.forFile(pathToFileURL(file).href), caches) });
    options.progress?.(articles.length, path);
  };

  for (const given of paths) {
    const absolute = resolve(given);
    let isFolder: boolean;
    try {
      isFolder = (await fs.stat(absolute)).isDirectory();
    } catch {
      problems.push({ path: given, kind: 'path', message: 'no such file or folder' });
      continue;
    }
    try {
      if (isFolder) for await (const file of walk(absolute, styles)) await checkFile(file, false);
      else await checkFile(absolute, true);
    } catch (error) {
      problems.push({ path: given, kind: 'path', message: `cannot read: ${(error as Error).message}` });
    }
  }
  return { articles, problems };
}
