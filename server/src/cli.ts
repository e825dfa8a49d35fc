#!/usr/bin/env node
/**
 * The `sourcing-lens` command.
 *   sourcing-lens analyze [--format text|json] FILE...   report on articles
 *   sourcing-lens --stdio                                 start the language server on stdin/stdout
 * Exit codes: 0 success, 2 unreadable input or bad usage (with a message on stderr).
 */
import { readFileSync } from 'fs';
import { analyze, ParagraphCache } from './engine/analyze';
import { toJson, toText } from './report';

const USAGE = `usage: sourcing-lens analyze [--format text|json] FILE...
       sourcing-lens --stdio      start the language server (LSP over stdin/stdout)
`;

class UsageError extends Error {}

interface AnalyzeOptions {
  format: 'text' | 'json';
  files: string[];
}

function parseAnalyzeArgs(args: string[]): AnalyzeOptions {
  const options: AnalyzeOptions = { format: 'text', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--format=(.*)$/.exec(arg);
    if (arg === '--format' || inline) {
      const value = inline ? inline[1] : args[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format takes text or json, not ${value ?? 'nothing'}`);
      options.format = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('analyze needs at least one FILE');
  return options;
}

function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message ?? error);
  return `sourcing-lens: cannot read ${file}: ${reason}`;
}

function runAnalyze(options: AnalyzeOptions): number {
  const cache = new ParagraphCache();
  const reports: unknown[] = [];
  let failed = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(describeReadError(file, error) + '\n');
      failed = true;
      continue;
    }
    const model = analyze(text, cache);
    if (options.format === 'json') reports.push(toJson(file, model));
    else process.stdout.write(toText(file, model) + '\n');
  }
  if (options.format === 'json' && reports.length > 0) {
    const single = options.files.length === 1;
    process.stdout.write(JSON.stringify(single ? reports[0] : reports, null, 2) + '\n');
  }
  return failed ? 2 : 0;
}

export function main(argv: string[]): number | 'server' {
  const [command, ...rest] = argv;
  if (command === '--stdio' || rest.includes('--stdio')) return 'server';
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'analyze') throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  return runAnalyze(parseAnalyzeArgs(rest));
}

if (require.main === module) {
  try {
    const outcome = main(process.argv.slice(2));
    if (outcome === 'server') require('./main');
    else process.exitCode = outcome;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sourcing-lens: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  }
}
