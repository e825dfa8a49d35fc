/**
 * Runs the integration suite (test/integration) inside a real VS Code, headless, on machines where desktop
 * VS Code cannot be downloaded: the VS Code server that code-server bundles (code-server 4.99.4 = VS Code 1.99.3)
 * plus its web workbench in Debian's Chromium, driven by playwright-core. The extension and the suite run in the
 * server's Node extension host, so the `vscode` API is the real one. Same contract as @vscode/test-electron:
 * extensionDevelopmentPath = the repository, extensionTestsPath = out/test/integration/index (exports run()).
 *
 *   node out/test/runner/runVsCodeTests.js [--web] [--workspace DIR] [--grep TEXT] [--vsix FILE]
 *                                          [--extension-dev-path DIR --tests-path FILE] [--timeout SECONDS]
 *                                          [--keep] [--verbose]
 * --web runs the extension's `browser` entry and the suite in the workbench's web-worker extension host instead,
 * as VS Code for the Web would (`npm run test:web`; webSuite.ts has what differs).
 * --vsix installs that package into a fresh extensions folder and tests the installed copy instead of the
 * repository, which proves the .vsix carries everything it needs.
 * --extension-dev-path tests another extension folder with a suite of its own (--tests-path, without .js; for --web
 * a browser bundle inside that folder) that reports its totals through test/integration/summary.ts: a throwaway
 * to check the runner itself.
 *
 * Exit code: the suite's (0 all passed, 1 failures), 124 timeout, 2 setup error.
 * Environment: VSCODE_WEB_HARNESS_CACHE (where code-server is installed once; default ~/.cache/vscode-web-harness,
 * shared with ../shared/real-vscode/run-vscode-tests.sh), VSCODE_SERVER_DIR (an existing .../lib/vscode to use
 * instead), CHROMIUM (browser binary).
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import { setTimeout as sleep } from 'timers/promises';
import { Browser, chromium } from 'playwright-core';
import { SUMMARY_MARKER, SuiteSummary } from '../integration/summary';
import { SetupError } from './setupError';
import { bundleWebSuite, forceIntoWebWorker, nodeHostActivations, webExtensionId } from './webSuite';

export { SetupError };

const CODE_SERVER_VERSION = '4.99.4'; // bundles VS Code 1.99.3 and needs Node 20
const RIPGREP_PKG_VERSION = '1.15.11'; // the @vscode/ripgrep that code-server release depends on
const RIPGREP_VERSION = 'v13.0.0-10';
/** Debian packages the code-server install (native modules) and the browser need. */
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config', 'g++', 'make', 'python3'];

const repo = path.resolve(__dirname, '../../..');

export interface Options {
  /** Run in the web-worker extension host (the `browser` entry) instead of the server's Node host. */
  web?: boolean;
  workspace: string;
  /** Without .js. In the web mode the runner bundles the suite itself, so this is set only when the user gives it. */
  testsPath?: string;
  grep?: string;
  vsix?: string;
  extensionDevPath?: string;
  timeoutSeconds: number;
  keep: boolean;
  verbose: boolean;
}

/** How the runner signs its lines: test:vscode, or test:web in the web mode. */
let mode = 'test:vscode';

function log(message: string): void {
  console.error(`[${mode}] ${message}`);
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    web: false,
    workspace: path.join(repo, 'test/fixtures/workspace'),
    timeoutSeconds: 300,
    keep: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new SetupError(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case '--web': options.web = true; break;
      case '--workspace': options.workspace = path.resolve(value()); break;
      case '--tests-path': options.testsPath = path.resolve(value()).replace(/\.js$/, ''); break;
      case '--grep': options.grep = value(); break;
      case '--vsix': options.vsix = path.resolve(value()); break;
      case '--extension-dev-path': options.extensionDevPath = path.resolve(value()); break;
      case '--timeout': options.timeoutSeconds = Number(value()); break;
      case '--keep': options.keep = true; break;
      case '--verbose': options.verbose = true; break;
      default: throw new SetupError(`unknown argument ${argv[i]}`);
    }
  }
  if (!fs.existsSync(options.workspace)) throw new SetupError(`workspace ${options.workspace} not found`);
  if (options.extensionDevPath && (!options.testsPath || options.vsix)) {
    throw new SetupError('--extension-dev-path needs --tests-path (its own suite) and no --vsix');
  }
  if (!options.web) options.testsPath ??= path.join(repo, 'out/test/integration/index');
  if (options.testsPath && !fs.existsSync(options.testsPath + '.js')) {
    throw new SetupError(`${options.testsPath}.js not found: run \`npm run build\` first`);
  }
  if (options.vsix && !fs.existsSync(options.vsix)) throw new SetupError(`${options.vsix} not found: run \`npm run package\``);
  if (!(options.timeoutSeconds > 0)) throw new SetupError('--timeout must be a positive number of seconds');
  return options;
}

// ------------------------------------------------------------------------------------------------- preparation

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The bundles a run exercises: package.json's `main` (dist/client.js) and the server it starts (dist/server.js),
 *  or for the web its `browser` entry and the worker beside it (every .js in that folder). */
function bundlesUnderTest(web: boolean): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  if (!web) return [manifest.main, 'dist/server.js'].map(b => path.join(repo, b));
  if (!manifest.browser) throw new SetupError('package.json has no "browser" entry: there is nothing to run in the web worker');
  const entry = path.join(repo, manifest.browser);
  const dir = path.dirname(entry);
  const beside = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.js')).map(f => path.join(dir, f)) : [];
  return [entry, ...beside];
}

/** Rebuilds the bundles under test (`npm run bundle`) when they are missing or older than the sources, so a test
 *  run never exercises an old bundle. */
export function ensureBundles(web = false): void {
  const bundles = bundlesUnderTest(web);
  const built = Math.min(...bundles.map(b => (fs.existsSync(b) ? fs.statSync(b).mtimeMs : 0)));
  const sources = Math.max(newestMtime(path.join(repo, 'client/src')), newestMtime(path.join(repo, 'server/src')));
  if (built >= sources) return;
  log('bundling dist/ (sources changed since the last bundle)');
  const r = spawnSync('npm', ['run', '--silent', 'bundle'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new SetupError('`npm run bundle` failed');
}

export function commandPath(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function isInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('ok installed');
}

/** Installs the missing Debian packages when we may (root); otherwise says which command would. */
export function ensureAptPackages(packages: string[]): void {
  const missing = packages.filter(p => !isInstalled(p));
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !commandPath('apt-get')) {
    throw new SetupError(`missing packages: run \`sudo apt-get update && sudo ${command}\` (or .ci/run)`);
  }
  log(command);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status;
  const install = ['install', '-y', '--no-install-recommends', ...missing];
  if (apt(install) !== 0 && (apt(['update']) !== 0 || apt(install) !== 0)) throw new SetupError(`${command} failed`);
}

/** One installer at a time across processes: a lock directory holding the owner's pid. */
function withLock<T>(lockDir: string, body: () => T): T {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      if (owner && !processAlive(owner)) fs.rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new SetupError(`${lockDir} is still held by pid ${owner}`);
      else spawnSync('sleep', ['1']);
    }
  }
  try {
    return body();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here: put Debian's rg in the
 *  cache it looks in first. */
function seedRipgrepCache(): void {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch as string];
  if (!target) throw new SetupError(`no ripgrep build for ${process.arch}`);
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const archive = path.join(cacheDir, `ripgrep-${RIPGREP_VERSION}-${target}.tar.gz`);
  if (fs.existsSync(archive) && fs.statSync(archive).size > 0) return;
  const rg = commandPath('rg');
  if (!rg) throw new SetupError('ripgrep (rg) not found: apt-get install ripgrep');
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  fs.mkdirSync(cacheDir, { recursive: true });
  const r = spawnSync('tar', ['czf', archive, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
  if (r.status !== 0) throw new SetupError(`could not write ${archive}`);
}

/** The environment for a nested `npm install`: without the variables of the `npm test` that runs us, which
 *  would point it at this project. */
function nestedNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_(package_|lifecycle_|command$|execpath$|config_local_prefix$)/.test(k)) env[k] = v;
  }
  return { ...env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' };
}

/** Installs code-server once into the cache (a minute or so); returns its VS Code server folder. */
export function ensureCodeServer(cache: string): string {
  if (process.env.VSCODE_SERVER_DIR) return process.env.VSCODE_SERVER_DIR;
  const home = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const serverDir = path.join(home, 'node_modules/code-server/lib/vscode');
  if (fs.existsSync(path.join(home, '.complete'))) return serverDir;
  if (process.versions.node.split('.')[0] !== '20') {
    throw new SetupError(`code-server ${CODE_SERVER_VERSION} needs Node 20 (this is ${process.version})`);
  }
  fs.mkdirSync(cache, { recursive: true });
  return withLock(path.join(cache, '.install-lock.d'), () => {
    if (fs.existsSync(path.join(home, '.complete'))) return serverDir; // another run installed it meanwhile
    ensureAptPackages(APT_PACKAGES);
    seedRipgrepCache();
    const staging = `${home}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, 'package.json'), '{"name":"vscode-web-harness-server","private":true}\n');
    const logFile = path.join(cache, 'install-code-server.log');
    log(`installing code-server ${CODE_SERVER_VERSION} into ${home} (once; log: ${logFile})`);
    const out = fs.openSync(logFile, 'w');
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`],
      { cwd: staging, env: nestedNpmEnv(), stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const staged = path.join(staging, 'node_modules/code-server/lib/vscode');
    const complete = ['out/server-main.js', 'node_modules/node-pty/build/Release/pty.node']
      .every(f => fs.existsSync(path.join(staged, f)));
    if (r.status !== 0 || !complete) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new SetupError(`npm install code-server@${CODE_SERVER_VERSION} failed (log: ${logFile}):\n${tail}`);
    }
    fs.rmSync(home, { recursive: true, force: true });
    fs.renameSync(staging, home);
    fs.writeFileSync(path.join(home, '.complete'), new Date().toISOString() + '\n');
    return serverDir;
  });
}

// ------------------------------------------------------------------------------------------------- the run

/** Installs the .vsix the way a user would (the server's --install-extension) and returns the installed folder. */
export function installVsix(serverDir: string, vsix: string, runDir: string): string {
  const extensionsDir = path.join(runDir, 'extensions');
  const r = spawnSync(process.execPath, [path.join(serverDir, 'out/server-main.js'), '--accept-server-license-terms',
    '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8' });
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const installed = fs.existsSync(extensionsDir)
    ? fs.readdirSync(extensionsDir).find(d => d.startsWith(`${publisher}.${name}-`))
    : undefined;
  if (r.status !== 0 || !installed) throw new SetupError(`could not install ${vsix}:\n${r.stdout}${r.stderr}`);
  log(`testing the installed ${installed}`);
  return path.join(extensionsDir, installed);
}

export interface VsCodeServer {
  url: string;
  process: ChildProcess;
}

/** Where the server of a run keeps its data (user settings, logs, extensions). */
const serverDataDir = (runDir: string) => path.join(runDir, 'server-data');

/** Starts the VS Code server directly (the code-server wrapper rejects --enable-smoke-test-driver), in its own
 *  process group so that stopping it also stops its file watchers, pty host and extension hosts. */
export async function startServer(serverDir: string, runDir: string, options: Options): Promise<VsCodeServer> {
  const args = [path.join(serverDir, 'out/server-main.js'), '--host', '127.0.0.1', '--port', '0',
    '--without-connection-token', '--enable-smoke-test-driver', '--accept-server-license-terms',
    '--disable-workspace-trust', '--disable-telemetry', '--server-data-dir', serverDataDir(runDir)];
  // EXTENSIONS_GALLERY='{}' (a code-server patch) turns the marketplace off; the extension host inherits this
  // environment, which is how the suite gets its --grep.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', SOURCING_LENS_TEST_GREP: options.grep ?? '' };
  const serverLog = fs.openSync(path.join(runDir, 'server.log'), 'w');
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', serverLog] });
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SetupError(`VS Code server did not start in 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      fs.writeSync(serverLog, chunk);
      const m = /Extension host agent listening on (\d+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', code => { clearTimeout(timer); reject(new SetupError(`VS Code server exited (${code}):\n${output}`)); });
  });
  child.removeAllListeners('exit');
  child.stdout!.removeAllListeners('data');
  child.stdout!.on('data', (chunk: Buffer) => fs.writeSync(serverLog, chunk));
  return { url: `http://127.0.0.1:${port}`, process: child };
}

export async function stopServer(server: VsCodeServer): Promise<void> {
  const group = -server.process.pid!;
  // Signal 0 only asks whether any process of the group is left.
  const signal = (s: NodeJS.Signals | 0) => { try { process.kill(group, s); return true; } catch { return false; } };
  if (!signal('SIGTERM')) return;
  for (let i = 0; i < 20 && signal(0); i++) await sleep(250);
  signal('SIGKILL');
}

/** Workbench chatter that reaches the automation log in every run; shown with --verbose only. */
const NOISE = new RegExp(['^(Resolving connection token|Resolved connection token|Creating a socket|ChatSessionStore:',
  'Updating additional builtin extensions cache|Ignoring fetching additional builtin extensions from gallery',
  '\\[Service Worker\\]|DialogService: refused to show dialog in tests)|ENOTFOUND|open-vsx\\.org|vscode/gallery'].join('|'));

interface RunResult {
  exitCode: number;
  summary?: SuiteSummary;
}

/** Opens the workbench with the extensionDevelopmentPath/extensionTestsPath payload (honoured only with
 *  --enable-smoke-test-driver) and waits for window.codeAutomationExit, relaying the suite's output. */
async function runInBrowser(server: VsCodeServer, options: Options, extensionPath: string, testsPath: string,
  browserPath: string): Promise<RunResult> {
  // code-server's workbench takes the remote authority from the Host header (its configuration says "remote").
  // The web worker runs the tests only if their URI names the authority its extensions have.
  const authority = new URL(server.url).host;
  const remote = (p: string) => `vscode-remote://${authority}${p.split('/').map(encodeURIComponent).join('/')}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ]);
  const url = `${server.url}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(payload)}`;

  const browser: Browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      // loopback only: every other host name fails to resolve inside the browser
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  try {
    return await new Promise<RunResult>((resolve, reject) => {
      let summary: SuiteSummary | undefined;
      const timer = setTimeout(() => resolve({ exitCode: 124, summary }), options.timeoutSeconds * 1000);
      const done = (result: RunResult) => { clearTimeout(timer); resolve(result); };
      void (async () => {
        const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
        page.on('pageerror', e => console.error(`[browser pageerror] ${e}`));
        page.on('crash', () => done({ exitCode: 1, summary }));
        if (options.verbose) page.on('console', msg => console.error(`[browser ${msg.type()}] ${msg.text()}`));
        // The workbench's automation logger carries the extension host's console (mocha's reporter) here,
        // printf-style: info/log to stdout, warn/error to stderr.
        await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
          const line = util.format(...(Array.isArray(args) ? args : [args]));
          if (line.startsWith(SUMMARY_MARKER)) { summary = JSON.parse(line.slice(SUMMARY_MARKER.length)); return; }
          if (!options.verbose && NOISE.test(line)) return;
          (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(line + '\n');
        });
        await page.exposeFunction('codeAutomationExit', (code: number) => done({ exitCode: code, summary }));
        await page.goto(url);
      })().catch(reject);
    });
  } finally {
    await browser.close().catch(() => undefined);
  }
}

function describeResult(result: RunResult, seconds: number): string {
  const time = `${seconds.toFixed(1)} s`;
  if (result.exitCode === 124) return `timed out after ${time} (--timeout)`;
  const s = result.summary;
  if (!s) return `the suite reported no results (exit code ${result.exitCode}, ${time})`;
  return `${s.passed} passed, ${s.failed} failed${s.pending ? `, ${s.pending} pending` : ''} ` +
    `in VS Code ${s.vscodeVersion} (${time})`;
}

/** Where code-server is installed once, shared with ../shared/real-vscode/run-vscode-tests.sh. */
export function harnessCache(): string {
  return process.env.VSCODE_WEB_HARNESS_CACHE ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vscode-web-harness');
}

/** A web run in which the server's Node host activated the extension tested the wrong bundle: it fails. */
function failOnNodeHost(result: RunResult, activations: string[]): RunResult {
  if (activations.length === 0) return result;
  log(`the server's Node extension host activated the extension, not only the web worker:\n${activations.join('\n')}`);
  return { ...result, exitCode: result.exitCode === 0 ? 1 : result.exitCode };
}

async function main(): Promise<number> {
  const started = Date.now();
  const options = parseOptions(process.argv.slice(2));
  if (options.web) mode = 'test:web';
  const cache = harnessCache();
  if (!options.vsix && !options.extensionDevPath) ensureBundles(options.web);
  const serverDir = ensureCodeServer(cache);
  if (!fs.existsSync(path.join(serverDir, 'out/server-main.js'))) throw new SetupError(`no VS Code server in ${serverDir}`);
  if (!process.env.CHROMIUM && !commandPath('chromium')) ensureAptPackages(['chromium']);
  const browserPath = process.env.CHROMIUM || commandPath('chromium')!;

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-vscode-'));
  let server: VsCodeServer | undefined;
  let result: RunResult = { exitCode: 2 };
  const interrupted = () => { if (server) void stopServer(server).then(() => process.exit(130)); else process.exit(130); };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const extensionPath = options.vsix ? installVsix(serverDir, options.vsix, runDir) : options.extensionDevPath ?? repo;
    const webId = options.web ? webExtensionId(extensionPath) : undefined;
    if (webId) forceIntoWebWorker(serverDataDir(runDir), webId);
    const testsPath = options.testsPath ?? bundleWebSuite(extensionPath, options.grep);
    server = await startServer(serverDir, runDir, options);
    if (options.verbose) log(`VS Code server (pid ${server.process.pid}) on ${server.url}, logs in ${runDir}`);
    result = await runInBrowser(server, options, extensionPath, testsPath, browserPath);
    if (webId) result = failOnNodeHost(result, nodeHostActivations(serverDataDir(runDir), webId));
  } finally {
    if (server) await stopServer(server);
    if (options.keep || (result.exitCode !== 0 && result.exitCode !== 1)) log(`kept ${runDir} (server.log)`);
    else fs.rmSync(runDir, { recursive: true, force: true });
  }
  console.log(`[${mode}] ${describeResult(result, (Date.now() - started) / 1000)}`);
  // A run that ends without results is a failure even if the workbench said 0.
  return result.exitCode === 0 && !result.summary ? 1 : result.exitCode;
}

// Run as a program; imported (npm start, the UI suite), it lends its code-server set-up.
if (require.main === module) main().then(
  code => process.exit(code),
  (e: unknown) => {
    console.error(`[${mode}] ${e instanceof SetupError ? e.message : (e as Error)?.stack ?? e}`);
    process.exit(2);
  },
);
