/**
 * `npm run eval -- --detection DIR...`: how many plain-text and Markdown files under each folder read as news
 * stories (engine/articleLike.ts), the test that decides whether an unasked-for .txt or .md is analysed. Run it on
 * a folder of stories (the share recognised should be near 1) and on folders of other prose, such as a project's
 * node_modules READMEs, changelogs and notes (the share should be near 0). Every prose file is read, in sorted
 * order, so the sample is the same on every run.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { isProsePath, looksLikeArticle } from '../../server/src/engine/segments/articleLike';

export interface DetectionReport {
  dir: string;
  files: number;
  recognised: string[];
  unrecognised: string[];
}

/** Prose files under a folder, sorted, not following symbolic links (node_modules/.bin, linked packages). */
function* proseFiles(folder: string): Generator<string> {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* proseFiles(path);
    else if (entry.isFile() && isProsePath(entry.name)) yield path;
  }
}

export function evaluateDetection(dir: string): DetectionReport {
  const report: DetectionReport = { dir, files: 0, recognised: [], unrecognised: [] };
  for (const file of proseFiles(dir)) {
    report.files++;
    (looksLikeArticle(readFileSync(file, 'utf8')) ? report.recognised : report.unrecognised).push(file);
  }
  return report;
}

/** One line per folder; with `verbose`, the files on the smaller side (the misses of a story folder, the false takes of another). */
export function formatDetectionReport(report: DetectionReport, verbose: boolean): string {
  const share = report.files ? report.recognised.length / report.files : 0;
  const lines = [`${report.dir}: ${report.recognised.length} of ${report.files} prose files read as stories (${(100 * share).toFixed(1)}%)`];
  if (verbose) {
    const [label, files] = share >= 0.5 ? ['not recognised', report.unrecognised] : ['taken for stories', report.recognised];
    for (const file of files) lines.push(`  ${label}: ${file}`);
  }
  return lines.join('\n');
}
