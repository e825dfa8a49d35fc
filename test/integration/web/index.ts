/**
 * The extensionTestsPath of the web run (`npm run test:web`), for VS Code's web-worker extension host. The worker
 * has no Node, so there is no fs to list the suites and no process.env to carry --grep. The runner
 * (test/runner/webSuite.ts) bundles this file for the browser with every suite, passes them in as `loadSuites`, and
 * defines SOURCING_LENS_TEST_GREP.
 */
import * as vscode from 'vscode';
import { reportRun } from '../summary';

declare const SOURCING_LENS_TEST_GREP: string;

export function runInWebWorker(loadSuites: () => void): Promise<void> {
  // mocha's browser build is a UMD script. Required when the bundle loads, it would take the bundle's exports
  // (run() included) for its own. Required here, it only sets the global `mocha`.
  require('mocha/mocha.js');
  // The spec reporter writes to the console, which the workbench forwards to the runner. The default HTML
  // reporter would need a DOM.
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, grep: SOURCING_LENS_TEST_GREP || undefined });
  loadSuites();
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => reportRun(runner.stats!, failures, vscode.version, resolve, reject));
  });
}
