/**
 * `npm run eval -- --polnear DIR` / `--gold DIR`: scores the engine against annotated corpora read by path.
 * With --json, prints the figures as JSON for other tools.
 */
import { evaluateGold, formatGoldReport } from './gold';
import { evaluatePolnear, formatPolnearReport } from './polnear';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const polnear = flag('--polnear');
  const gold = flag('--gold');
  if (!polnear && !gold) {
    process.stderr.write('usage: npm run eval -- (--polnear DIR | --gold DIR) [--json] [--verbose: list unmatched gold and system attributions]\n');
    return 2;
  }
  if (polnear) {
    const report = evaluatePolnear(polnear, verbose);
    process.stdout.write((json ? JSON.stringify(report, null, 2) : formatPolnearReport(report)) + '\n');
  }
  if (gold) {
    const report = evaluateGold(gold);
    process.stdout.write((json ? JSON.stringify(report, null, 2) : formatGoldReport(report)) + '\n');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
