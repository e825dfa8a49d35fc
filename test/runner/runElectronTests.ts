/**
 * Runs the integration suite (test/integration) in desktop VS Code downloaded by @vscode/test-electron, for
 * machines that can reach update.code.visualstudio.com. Same suite, same workspace as runVsCodeTests.ts.
 *
 *   node out/test/runner/runElectronTests.js [--grep TEXT]
 * VSCODE_TEST_VERSION picks the VS Code release (default: the oldest engines.vscode allows, so the suite checks
 * what the manifest promises); "stable" for the latest.
 */
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  const grepAt = process.argv.indexOf('--grep');
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || '1.91.0',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/test/integration/index'),
      extensionTestsEnv: { SOURCING_LENS_TEST_GREP: grepAt >= 0 ? process.argv[grepAt + 1] ?? '' : '' },
      launchArgs: [path.join(repo, 'test/fixtures/workspace'), '--disable-extensions', '--skip-welcome',
        '--skip-release-notes', '--disable-workspace-trust'],
    });
    return 0;
  } catch (e) {
    console.error(`[test:electron] ${e instanceof Error ? e.message : e}`);
    return 1;
  }
}

void main().then(code => process.exit(code));
