/**
 * `npm start`: try Sourcing Lens on the sample stories without installing anything else. Opens samples/ with the
 * extension loaded from this repository: in desktop VS Code (`code --extensionDevelopmentPath`) when it is
 * installed, otherwise in the VS Code server that code-server bundles (installed once into the same cache as the
 * test runner), in the browser on 127.0.0.1. Prints what it opened; Ctrl+C stops the server.
 *
 *   node out/test/runner/start.js [--browser]      (--browser: the code-server route even when `code` exists)
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { commandPath, ensureBundles, ensureCodeServer, harnessCache, SetupError, startServer, stopServer } from './runVsCodeTests';

const repo = path.resolve(__dirname, '../../..');
const samples = path.join(repo, 'samples');

/** The workbench URL that opens a folder with an extension under development (code-server's authority is "remote"). */
export function workbenchUrl(serverUrl: string, folder: string, extensionPath: string): string {
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://remote${extensionPath.split('/').map(encodeURIComponent).join('/')}`],
    ['skipWelcome', 'true'],
  ]);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
}

/** Opens the URL in the user's browser when there is a desktop to show it on. */
function openInBrowser(url: string): boolean {
  const opener = process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? commandPath('xdg-open') : undefined;
  if (!opener) return false;
  spawn(opener, [url], { detached: true, stdio: 'ignore' }).unref();
  return true;
}

async function main(): Promise<number> {
  ensureBundles();
  const code = process.argv.includes('--browser') ? undefined : commandPath('code');
  if (code) {
    spawn(code, ['--extensionDevelopmentPath', repo, samples], { detached: true, stdio: 'ignore' }).unref();
    console.log(`Opened ${samples} in desktop VS Code (${code}) with Sourcing Lens from ${repo}.`);
    return 0;
  }
  const serverDir = ensureCodeServer(harnessCache());
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-start-'));
  const server = await startServer(serverDir, runDir, { workspace: samples, testsPath: '', timeoutSeconds: 0, keep: false, verbose: false });
  const url = workbenchUrl(server.url, samples, repo);
  const opened = openInBrowser(url);
  console.log(`Sourcing Lens: ${samples} is open in code-server's VS Code, in the browser at`);
  console.log(`\n  ${url}\n`);
  console.log(`${opened ? 'Opened in your browser. ' : 'Open that address in a browser on this machine. '}` +
    `Server log: ${path.join(runDir, 'server.log')}. Press Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve).once('SIGTERM', resolve);
  });
  await stopServer(server);
  fs.rmSync(runDir, { recursive: true, force: true });
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`[start] ${e instanceof SetupError ? e.message : ((e as Error)?.stack ?? e)}`);
      process.exit(2);
    },
  );
}
