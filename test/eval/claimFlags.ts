/**
 * `node out/test/eval/claimFlags.js TEXT_DIR [--skip GOLD_DIR_OR_LIST]… [--every N] [--from K] [--limit M]`: lists the
 * unattributed-claim flags the engine gives on plain texts, with category, confidence, the words read as the
 * claim and the sentences either side, for a reader to judge against shared/claims/GUIDELINES.md. Meant for
 * articles no gold covers (each `--skip` leaves out every stem that has a gold file in that directory, or is a line
 of that list file: a silver set's article list, so its held-back copy is never read here): unseen copy shows the
 * false flags a set the rules were tuned on hides. `--every N --from K` takes every Nth remaining file from the
 * Kth, so disjoint samples can be drawn for finding faults and for measuring a fix.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';
import { ArticleReader } from '../../server/src/engine/findings/articleReader';
import { ClaimJudge } from '../../server/src/engine/findings/claimJudge';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import { optionValue, optionValues } from './cliOptions';

/** The article stems a `--skip` names: the files of a gold directory, or the lines of a list file. */
function skipped(where: string): string[] {
  if (fs.statSync(where).isDirectory()) return fs.readdirSync(where).map((f) => path.parse(f).name);
  return fs.readFileSync(where, 'utf8').split('\n').map((line) => path.parse(line.trim()).name).filter(Boolean);
}

/** One sentence on one line, at most `max` characters. */
const oneLine = (text: string, max = 400): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max) + '…' : flat;
};

function main(args: string[]): void {
  const dir = args[0];
  const every = Number(optionValue(args, '--every') ?? 1);
  const from = Number(optionValue(args, '--from') ?? 0);
  const limit = Number(optionValue(args, '--limit') ?? Infinity);
  const gold = new Set(optionValues(args, '--skip').flatMap(skipped));
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !gold.has(path.parse(f).name))
    .sort()
    .filter((_, i) => i % every === from % every)
    .slice(0, limit);
  let total = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const model = analyze(text);
    const judge = new ClaimJudge(new ArticleReader(model, BUILT_IN_VOCABULARY));
    const flags = model.findings.filter((f) => f.code === 'unattributed-claim');
    if (flags.length === 0) continue;
    process.stdout.write(`## ${file}\n`);
    for (const f of flags) {
      const index = model.sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
      const claim = judge.unsourcedClaimIn(index);
      const words = claim ? text.slice(claim.start, claim.end) : '?';
      const around = (i: number) => (model.sentences[i] ? oneLine(text.slice(model.sentences[i].start, model.sentences[i].end), 200) : '');
      total++;
      process.stdout.write(
        `[${total}] ${f.data?.confidence} ${f.data?.category} «${oneLine(words, 60)}»\n` +
          `   < ${around(index - 1)}\n   * ${oneLine(text.slice(f.start, f.end))}\n   > ${around(index + 1)}\n`,
      );
    }
  }
  process.stdout.write(`${total} flags in ${files.length} files\n`);
}

main(process.argv.slice(2));
