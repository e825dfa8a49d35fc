/**
 * The web mode of the real-VS-Code runner (`runVsCodeTests.js --web`, `npm run test:web`): the extension and the
 * integration suite run in the web-worker extension host of code-server's workbench, the host of VS Code for the
 * Web, on the extension's `browser` entry. Three things differ from the Node mode, and they are here:
 * - the suite is bundled for the browser, with every test/integration suite in it (the worker cannot list files);
 * - a user setting forces the extension into the web worker (code-server would otherwise run an extension with
 *   both `main` and `browser` in its Node host);
 * - afterwards the server's logs must show that its Node extension host never activated the extension.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { SetupError } from './setupError';

const repo = path.resolve(__dirname, '../../..');
const suiteDir = path.join(repo, 'test/integration');

/** publisher.name, from the extension's manifest, which must have a `browser` entry. */
export function webExtensionId(extensionPath: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new SetupError(`${extensionPath}/package.json has no "browser" entry: nothing runs in the web worker`);
  return `${manifest.publisher}.${manifest.name}`;
}

/**
 * Bundles test/integration for the web worker into the extension folder and returns the module's path without
 * `.js` (the extensionTestsPath). It goes into the extension folder because VS Code picks the host that runs
 * the tests by where the module lies. The web-only suites (web/*.test.ts) come first.
 */
export function bundleWebSuite(extensionPath: string, grep: string | undefined): string {
  const testsIn = (dir: string) => fs.readdirSync(path.join(suiteDir, dir)).filter(f => f.endsWith('.test.ts')).sort()
    .map(f => `./${path.posix.join(dir, f)}`);
  const suites = [...testsIn('web'), ...testsIn('.')];
  const entry = [
    "import { runInWebWorker } from './web/index';",
    // Required inside the callback: mocha's globals (describe, it …) exist only once it is set up.
    `export const run = () => runInWebWorker(() => { ${suites.map(s => `require(${JSON.stringify(s)});`).join(' ')} });`,
  ].join('\n');
  const outfile = path.join(extensionPath, 'out/test/web-suite/index.js');
  try {
    buildSync({
      stdin: { contents: entry, resolveDir: suiteDir, sourcefile: 'web-suite-entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      alias: { assert: path.join(repo, 'test/support/browserAssert.ts') },
      define: { SOURCING_LENS_TEST_GREP: JSON.stringify(grep ?? '') },
      outfile,
      logLevel: 'error',
    });
  } catch (e) {
    // esbuild has printed the errors (logLevel error), e.g. a suite that imports a Node module
    throw new SetupError(`bundling the integration suite for the web worker failed: ${(e as Error).message.split('\n')[0]}`);
  }
  return outfile.replace(/\.js$/, '');
}

/** Where the VS Code server keeps the workbench's user data under --server-data-dir: code-server stores user
 *  settings on the server, so they can be written before it starts. */
const userDataDir = (serverDataDir: string) => path.join(serverDataDir, 'data');

/** `"remote.extensionKind": {id: ["web"]}` is what puts an extension that has both `main` and `browser` into the web
 *  worker, whether it is installed or under development (see ../shared/real-vscode/WEB.md for the settings that don't). */
export function forceIntoWebWorker(serverDataDir: string, extensionId: string): void {
  const settings = {
    'remote.extensionKind': { [extensionId]: ['web'] },
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
  };
  const dir = path.join(userDataDir(serverDataDir), 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** The Node extension host's log lines showing that it activated the extension. If there are any, the web run
 *  didn't test the browser entry, or didn't test only it. */
export function nodeHostActivations(serverDataDir: string, extensionId: string): string[] {
  const logs = path.join(userDataDir(serverDataDir), 'logs');
  if (!fs.existsSync(logs)) return [];
  const files = fs.readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter(f => path.basename(f) === 'remoteexthost.log');
  return files.flatMap(f => fs.readFileSync(path.join(logs, f), 'utf8').split('\n'))
    .filter(line => line.includes(`_doActivateExtension ${extensionId},`));
}
