/**
 * `npm run eval -- --copies DIR...`: every line of the project's own files (sources, tests, samples, README) that
 * shares a run of RUN words with a text under the DIRs (the annotated corpora, read by path). The corpora are
 * publishers' copyright: fixtures, lexicons and comments are written in the project's own words, and this lists
 * what would break that rule. A stock newsroom phrase (an anonymity clause, a source who "declined to comment")
 * may share a run with any paper; a reader judges each line.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Words in a run: long enough that chance overlaps are stock phrases, short enough to catch a lightly edited copy. */
const RUN = 7;

/** The project's own folders and files the scan reads; generated weight tables hold feature names, not prose. */
const OWN = ['server/src', 'client/src', 'test', 'samples', 'syntaxes', 'README.md', 'CHANGELOG.md'];
const GENERATED = /lexicon[\\/]learned[\\/]/;
const READ = /\.(?:ts|js|json|md|txt)$/;

export interface CopyHit {
  file: string;
  line: number;
  words: string;
  corpusFile: string;
}

/** Lower-case words with curly apostrophes straightened, so a retyped copy still matches. */
const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

function filesUnder(where: string, out: string[] = []): string[] {
  if (!fs.existsSync(where)) return out;
  if (!fs.statSync(where).isDirectory()) {
    if (READ.test(where)) out.push(where);
    return out;
  }
  for (const name of fs.readdirSync(where)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    filesUnder(path.join(where, name), out);
  }
  return out;
}

/** Every run of RUN words in the corpora's texts, with the file it comes from. */
function corpusRuns(dirs: string[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const file of dirs.flatMap((d) => filesUnder(d)).filter((f) => f.endsWith('.txt'))) {
    const words = wordsOf(fs.readFileSync(file, 'utf8'));
    for (let i = 0; i + RUN <= words.length; i++) runs.set(words.slice(i, i + RUN).join(' '), path.basename(file));
  }
  return runs;
}

/** The first shared run of each line of the project's own files under `root`. */
export function findCopies(root: string, corpusDirs: string[]): CopyHit[] {
  if (corpusDirs.length === 0) throw new Error('--copies needs at least one corpus folder');
  const runs = corpusRuns(corpusDirs);
  const hits: CopyHit[] = [];
  for (const file of OWN.flatMap((p) => filesUnder(path.join(root, p))).filter((f) => !GENERATED.test(f))) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const words = wordsOf(text);
        for (let k = 0; k + RUN <= words.length; k++) {
          const run = words.slice(k, k + RUN).join(' ');
          const corpusFile = runs.get(run);
          if (corpusFile === undefined) continue;
          hits.push({ file: path.relative(root, file), line: i + 1, words: run, corpusFile });
          return;
        }
      });
  }
  return hits;
}

export function formatCopies(hits: CopyHit[]): string {
  const lines = hits.map((h) => `${h.file}:${h.line}  [${h.words}]  ← ${h.corpusFile}`);
  return [...lines, `${hits.length} lines share a run of ${RUN} words with the corpora`].join('\n');
}
