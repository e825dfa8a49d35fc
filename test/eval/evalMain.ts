/**
 * `npm run eval -- --polnear DIR` / `--gold DIR` / `--claims DIR`: scores the engine against annotated corpora
 * read by path. `--detection DIR...`: the share of prose files in each folder that read as stories. `--copies
 * DIR...`: lines of the project's own files that share a run of words with the corpora under the DIRs.
 * With --json, prints the figures as JSON for other tools; with --verbose, the cases behind each figure; with
 * --triggers (claims), flags and right flags per rule trigger; with --rules-only, unattributed claims as the rules
 * alone read them, the learned claim model off (it was trained on annotations of train-split articles, so it
 * flatters any set drawn from them: claim rules are developed and judged without it).
 */
import { evaluateClaims, formatClaimReport } from './claims';
import { findCopies, formatCopies } from './copies';
import { evaluateDetection, formatDetectionReport } from './detection';
import { evaluateGold, formatGoldReport } from './gold';
import { evaluatePolnear, formatPolnearReport } from './polnear';
import { holdoutDir, trainCues } from './trainCues';
import { optionList, optionValue } from './cliOptions';
import { RULES_ONLY, useClaimModel } from '../../server/src/engine/findings/claimModel';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const flag = (name: string) => optionValue(argv, name);
  const polnear = flag('--polnear');
  const gold = flag('--gold');
  const claims = flag('--claims');
  const detection = optionList(argv, '--detection');
  const copies = optionList(argv, '--copies');
  const trainOn = flag('--train-cues');
  if (argv.includes('--rules-only')) useClaimModel(RULES_ONLY);
  if (trainOn) {
    process.stdout.write(trainCues(trainOn, argv.includes('--holdout')) + '\n');
    return 0;
  }
  const heldOut = flag('--holdout-dir');
  if (heldOut) {
    process.stdout.write(holdoutDir(heldOut, flag('--into') ?? 'holdout') + '\n');
    return 0;
  }
  if (argv.includes('--copies')) {
    const hits = findCopies(process.cwd(), copies);
    process.stdout.write((json ? JSON.stringify(hits, null, 2) : formatCopies(hits)) + '\n');
    return 0;
  }
  if (!polnear && !gold && !claims && detection.length === 0) {
    process.stderr.write('usage: npm run eval -- (--polnear DIR | --gold DIR | --claims DIR | --detection DIR... | --copies DIR...) [--json] [--verbose] [--triggers]\n');
    return 2;
  }
  for (const dir of detection) {
    const report = evaluateDetection(dir);
    process.stdout.write((json ? JSON.stringify(report, null, 2) : formatDetectionReport(report, verbose)) + '\n');
  }
  if (polnear) {
    const report = evaluatePolnear(polnear, verbose);
    process.stdout.write((json ? JSON.stringify(report, null, 2) : formatPolnearReport(report)) + '\n');
  }
  if (gold) {
    const report = evaluateGold(gold);
    process.stdout.write((json ? JSON.stringify(report, null, 2) : formatGoldReport(report)) + '\n');
  }
  if (claims) {
    const report = evaluateClaims(claims);
    process.stdout.write((json ? JSON.stringify(report, null, 2) : formatClaimReport(report, verbose, argv.includes('--triggers'))) + '\n');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
