#!/usr/bin/env node
/**
 * The `sourcing-lens` command.
 *   sourcing-lens analyze [--format text|json] FILE...   report on articles
 *   sourcing-lens analyze --jsonl [--jobs N]             JSON Lines in on stdin, one report line out per input (batch.ts)
 *   sourcing-lens check [--format text|json|sarif] [--fail-on SEVERITY] [PATH...]   the pre-publication check
 *   sourcing-lens --stdio                                 start the language server on stdin/stdout
 * Exit codes: 0 success, 1 findings at or above --fail-on (check), 2 unreadable input or bad usage (with a
 * message on stderr).
 */
import { readFileSync } from 'fs';
import { availableParallelism } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { readFailure, runBatch } from './batch';
import { check, diskHouseStyles, placeOf, type CheckRun } from './check';
import { ParagraphCaches } from '../engine/analyze';
import { analyzeUnderHouseStyle } from '../houseStyle/houseStyle';
import { SEVERITIES, severityRank } from '../engine/findings/findingCodes';
import type { Severity } from '../engine/model';
import { claimLabel, LineIndex, toJson, toText } from './report';
import { toSarif, type ToolInfo } from './sarif';

const USAGE = `usage: sourcing-lens analyze [--format text|json] FILE...
       sourcing-lens analyze --jsonl [--jobs N]   JSON Lines on stdin: {"id": …, "text": "…"} or {"id": …, "path": "…"}
       sourcing-lens check [--format text|json|sarif] [--fail-on error|warning|information|hint|none] [PATH...]
       sourcing-lens --stdio      start the language server (LSP over stdin/stdout)
`;

class UsageError extends Error {}

interface Arguments {
  options: Map<string, string>;
  paths: string[];
}

/** What an option takes: one of a few words, nothing (a switch), or a whole number from 1. */
type Accepted = readonly string[] | 'switch' | 'count';

const accepts = (accepted: Accepted, value: string): boolean =>
  accepted === 'count' ? /^[1-9]\d{0,3}$/.test(value) : accepted !== 'switch' && accepted.includes(value);

/** `--name value` and `--name=value` options (a switch takes no value), each checked against what it accepts, and the paths. */
function parseArgs(args: string[], accepted: Record<string, Accepted>): Arguments {
  const options = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const values = accepted[name];
    if (!values) throw new UsageError(`unknown option ${name}`);
    if (values === 'switch') {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      options.set(name, 'on');
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || !accepts(values, value)) {
      const wanted = values === 'count' ? 'a whole number from 1' : values.join(', ');
      throw new UsageError(`${name} takes ${wanted}, not ${value ?? 'nothing'}`);
    }
    options.set(name, value);
  }
  return { options, paths };
}

interface AnalyzeOptions {
  format: 'text' | 'json';
  files: string[];
  /** Worker processes for `--jsonl`; absent without it. */
  jsonlJobs?: number;
}

function parseAnalyzeArgs(args: string[]): AnalyzeOptions {
  const { options, paths } = parseArgs(args, { '--format': ['text', 'json'], '--jsonl': 'switch', '--jobs': 'count' });
  const format = (options.get('--format') ?? 'text') as AnalyzeOptions['format'];
  if (options.has('--jsonl')) {
    if (paths.length > 0 || options.has('--format')) throw new UsageError('analyze --jsonl reads stdin and writes JSON Lines: no FILE, no --format');
    return { format, files: [], jsonlJobs: Number(options.get('--jobs') ?? availableParallelism()) };
  }
  if (options.has('--jobs')) throw new UsageError('--jobs goes with --jsonl');
  if (paths.length === 0) throw new UsageError('analyze needs at least one FILE');
  return { format, files: paths };
}

/** Reports on articles, each read under the nearest house style, as `check` and the editor read it. */
async function runAnalyze(options: AnalyzeOptions): Promise<number> {
  const styles = diskHouseStyles((problem) => process.stderr.write(`sourcing-lens: ${placeOf(problem)}: ${problem.message}\n`));
  const caches = new ParagraphCaches();
  const reports: unknown[] = [];
  let failed = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`sourcing-lens: cannot read ${file}: ${readFailure(error)}\n`);
      failed = true;
      continue;
    }
    const model = analyzeUnderHouseStyle(text, await styles.forFile(pathToFileURL(resolve(file)).href), caches);
    if (options.format === 'json') reports.push(toJson(file, model));
    else process.stdout.write(toText(file, model) + '\n');
  }
  if (options.format === 'json' && reports.length > 0) {
    const single = options.files.length === 1;
    process.stdout.write(JSON.stringify(single ? reports[0] : reports, null, 2) + '\n');
  }
  return failed ? 2 : 0;
}

/**
 * The tool's version and its page, from package.json: `homepage` when the project sets one, otherwise the
 * extension's Marketplace page (publisher.name), which shows the README that documents every finding code.
 */
function toolInfo(): ToolInfo {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
  const marketplace = `https://marketplace.visualstudio.com/items?itemName=${manifest.publisher}.${manifest.name}`;
  return { version: manifest.version, informationUri: manifest.homepage ?? marketplace };
}

/** Findings as `file:line:col: severity code: message`, then house-style problems the same way. */
export function checkText(run: CheckRun): string {
  const lines: string[] = [];
  for (const { path, model } of run.articles) {
    const index = new LineIndex(model.text);
    for (const f of model.findings) {
      const { line, column } = index.position(f.start);
      lines.push(`${path}:${line}:${column}: ${f.severity} ${f.code}${claimLabel(f)}: ${f.message}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}

/** Parses the options at once (a usage error throws before anything is read), then checks. */
function runCheck(args: string[]): Promise<number> {
  const { options, paths } = parseArgs(args, {
    '--format': ['text', 'json', 'sarif'],
    '--fail-on': [...SEVERITIES, 'none'],
  });
  const progress = (done: number) => {
    if (done % 100 === 0) process.stderr.write(`sourcing-lens: checked ${done} articles…\n`);
  };
  const run = check(paths.length > 0 ? paths : ['.'], { progress });
  return run.then((done) => reportCheck(done, options.get('--format') ?? 'text', options.get('--fail-on') ?? 'warning'));
}

/** "1 article", "3 articles". */
const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Prints a check's findings and problems; the exit code. */
function reportCheck(run: CheckRun, format: string, failOn: string): number {
  if (format === 'sarif') process.stdout.write(JSON.stringify(toSarif(run, toolInfo()), null, 2) + '\n');
  else if (format === 'json') process.stdout.write(JSON.stringify(run.articles.map((a) => toJson(a.path, a.model)), null, 2) + '\n');
  else process.stdout.write(checkText(run));

  for (const problem of run.problems) process.stderr.write(`sourcing-lens: ${placeOf(problem)}: ${problem.message}\n`);
  const findings = run.articles.flatMap((a) => a.model.findings);
  process.stderr.write(`sourcing-lens: ${counted(run.articles.length, 'article')} checked, ${counted(findings.length, 'finding')}\n`);

  if (run.problems.some((p) => p.kind === 'path')) return 2;
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn as Severity);
  const failing = findings.some((f) => severityRank(f.severity) >= threshold);
  const brokenHouseStyle = run.problems.length > 0 && threshold <= severityRank('error');
  return failing || brokenHouseStyle ? 1 : 0;
}

export function main(argv: string[]): number | Promise<number> | 'server' {
  const [command, ...rest] = argv;
  if (command === '--stdio' || rest.includes('--stdio')) return 'server';
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'check') return runCheck(rest);
  if (command !== 'analyze') throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  const options = parseAnalyzeArgs(rest);
  if (!options.jsonlJobs) return runAnalyze(options);
  return runBatch(options.jsonlJobs, process.stdin, process.stdout);
}

if (require.main === module) {
  try {
    const outcome = main(process.argv.slice(2));
    if (outcome === 'server') require('../lsp/node/main');
    else if (typeof outcome === 'number') process.exitCode = outcome;
    else void outcome.then((code) => (process.exitCode = code));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sourcing-lens: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  }
}
