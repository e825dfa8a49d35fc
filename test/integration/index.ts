/**
 * The extensionTestsPath module (the @vscode/test-electron contract, also honoured by the VS Code server's smoke
 * test driver): VS Code loads it in the extension host and awaits run(); a rejection marks the run failed.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { reportRun } from './summary';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    // The runner passes --grep through the VS Code server's environment, which the extension host inherits.
    grep: process.env.SOURCING_LENS_TEST_GREP || undefined,
  });
  for (const file of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => reportRun(runner.stats!, failures, vscode.version, resolve, reject));
  });
}
