/**
 * End-to-end through VS Code's own interface, as a reporter would use it: the packaged .vsix installed into
 * code-server's VS Code (the way a user installs it), the workbench in headless Chromium driven by playwright-core.
 * Hover a surname → the role; Problems lists the unattributed claim; Ctrl+. → "Attribute to …" rewrites the
 * sentence and the problem goes; the Outline lists actors with roles; the sourcing report opens, and clicking an
 * actor there jumps to its first mention. Each step saves a screenshot to images/screenshots/ (the README's).
 *
 *   npm run test:ui       (packages the .vsix first; SOURCING_LENS_VSIX=path to test another one)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { commandPath, ensureCodeServer, harnessCache, installVsix, startServer, stopServer, type VsCodeServer } from '../runner/runVsCodeTests';

const repo = path.resolve(__dirname, '../../..');
const SCREENSHOTS = path.join(repo, 'images/screenshots');
const STORY = 'harbour-lease.article';

/** 1-based line and column of the nth occurrence of `needle` in `text` (what Ctrl+G takes). */
function lineColumn(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `the sample lacks “${needle}” #${nth}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('Sourcing Lens in the VS Code workbench (UI)', function () {
  this.timeout(180_000);
  let server: VsCodeServer;
  let browser: Browser;
  let page: Page;
  let runDir: string;
  let story: string;

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

  /** Runs a command from the palette by its title, as a user would type it. */
  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
  }

  async function goTo(position: { line: number; column: number }): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input.input').fill(`:${position.line}:${position.column}`);
    await page.keyboard.press('Enter');
  }

  /** The editor's cursor as the status bar shows it ("Ln 5, Col 12"). */
  const cursor = () => page.locator('#status\\.editor\\.selection').innerText();

  before(async () => {
    const vsix = process.env.SOURCING_LENS_VSIX || path.join(repo, 'sourcing-lens.vsix');
    assert.ok(fs.existsSync(vsix), `${vsix} not found: run \`npm run package\` first (npm run test:ui does)`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-ui-'));
    // A copy of the samples: the quick fix edits the story.
    const workspace = path.join(runDir, 'newsroom');
    fs.cpSync(path.join(repo, 'samples'), workspace, { recursive: true });
    story = fs.readFileSync(path.join(workspace, STORY), 'utf8');

    const serverDir = ensureCodeServer(harnessCache());
    // Installed by the server's own --install-extension, then loaded from where it was unpacked (as the runner's
    // --vsix mode does): exactly the files the .vsix ships.
    const installed = installVsix(serverDir, vsix, runDir);
    server = await startServer(serverDir, runDir, { workspace, testsPath: '', timeoutSeconds: 0, keep: false, verbose: false });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || commandPath('chromium') || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
    });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://remote${installed}`],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input.input').fill(STORY);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: STORY }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Port Commissioner Rosa Delgado' }).waitFor();
  });

  // A failed step leaves a picture of the workbench in test-results/ (not in the README's folder).
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    const file = path.join(repo, 'test-results', `ui-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file }).catch(() => undefined);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server);
    if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('shows the story’s sourcing in the status bar', async () => {
    const item = page.locator('.statusbar-item', { hasText: /\d+ named · \d+ anonymous · \d+ unsourced/ });
    await item.waitFor({ timeout: 60_000 });
    assert.match(await item.innerText(), /\d+ named · \d+ anonymous · 1 unsourced/);
    await shot('status-bar');
  });

  it('hovering a surname shows the role the story gives', async () => {
    // The second “Delgado”: the surname on its own, not the full name.
    await goTo(lineColumn(story, 'Delgado said', 2));
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content:visible');
    await hover.first().waitFor();
    const text = await hover.first().innerText();
    assert.ok(text.includes('Rosa Delgado') && text.includes('Port Commissioner'), text);
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  it('lists the unattributed claim in Problems', async () => {
    await page.keyboard.press('Control+Shift+M');
    const claim = page.locator('.markers-panel .monaco-list-row', { hasText: 'nobody is credited for it' });
    await claim.first().waitFor();
    assert.strictEqual(await claim.count(), 1);
    await shot('problems');
  });

  it('Ctrl+. on the claim offers “Attribute to …”, which rewrites the sentence and clears the problem', async () => {
    const claim = lineColumn(story, 'The mayor privately wants');
    await goTo({ line: claim.line, column: claim.column + 4 });
    await page.keyboard.press('Control+.');
    const attribute = page.locator('.action-widget .monaco-list-row', { hasText: 'Attribute to' });
    await attribute.first().waitFor();
    await shot('quick-fix');
    // Choose the story's named official with the keyboard, as the widget expects (it blocks stray clicks).
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 12 && (await focused.getAttribute('aria-label')) !== 'Attribute to Rosa Delgado'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.strictEqual(await focused.getAttribute('aria-label'), 'Attribute to Rosa Delgado');
    await page.keyboard.press('Enter');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'nobody is credited for it' }).waitFor({ state: 'detached' });
    const line = page.locator('.monaco-editor .view-line', { hasText: 'The mayor privately wants' });
    // The editor draws spaces as no-break spaces.
    assert.match((await line.innerText()).replace(/\s+/g, ' '), /before the election, Delgado said\./);
  });

  it('the Outline lists the actors with their roles', async () => {
    await runCommand('Focus on Outline View');
    const delgado = page.locator('.outline-pane .monaco-list-row, .monaco-tree .monaco-list-row', { hasText: 'Rosa Delgado' });
    await delgado.first().waitFor();
    assert.ok((await delgado.first().innerText()).includes('Port Commissioner'));
    await shot('outline');
  });

  it('the sourcing report charts who the story quotes, and clicking an actor jumps to the first mention', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand('Sourcing Lens: Show Sourcing Report');
    const report = await waitForFrame(page, (frame) => frame.locator('#report h2', { hasText: 'Who the story quotes' }).count());
    const actor = report.locator('.chart button.actor', { hasText: 'Rosa Delgado' });
    await actor.waitFor();
    await shot('report');
    await actor.click();
    const first = lineColumn(story, 'Rosa Delgado');
    // The name is selected: the status bar shows the cursor at its end and the length selected.
    const name = 'Rosa Delgado';
    const expected = `Ln ${first.line}, Col ${first.column + name.length} (${name.length} selected)`;
    await page.locator('#status\\.editor\\.selection', { hasText: expected }).waitFor();
    assert.strictEqual((await cursor()).trim(), expected);
  });

  it('the report and the status bar follow the story as it is edited', async () => {
    const report = await waitForFrame(page, (frame) => frame.locator('#report .counts').count());
    assert.match(await report.locator('#report .counts').innerText(), / 0 unsourced/);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nThe council secretly plans to sell the pier.');
    await report.locator('#report .counts', { hasText: '1 unsourced' }).waitFor();
    await page.locator('.statusbar-item', { hasText: '· 1 unsourced' }).waitFor();
  });

  it('Check All Articles lists every story in Problems, and the workspace report adds them up', async () => {
    const fileRows = page.locator('.markers-panel .monaco-list-row .monaco-icon-label.file-icon');
    await page.keyboard.press('Control+Shift+M');
    const before = await fileRows.count();
    await runCommand('Sourcing Lens: Check All Articles');
    // Problems groups by file: the stories nobody opened get rows of their own.
    for (let i = 0; i < 100 && (await fileRows.count()) <= before; i++) await page.waitForTimeout(200);
    assert.ok((await fileRows.count()) > before, `Problems still lists ${before} file(s)`);
    await shot('check-all');
    await runCommand('Sourcing Lens: Show Workspace Sourcing Report');
    const report = await waitForFrame(page, (frame) => frame.locator('#report h1', { hasText: 'Sourcing across the workspace' }).count());
    await report.locator('#report button.file', { hasText: STORY }).waitFor();
    assert.ok((await report.locator('#report button.file').count()) > 1, 'the checked stories are in the workspace report');
    await shot('workspace-report');
  });
});

/** The webview's content frame (VS Code nests it two iframes deep) once `probe` finds something in it. */
async function waitForFrame(page: Page, probe: (frame: Frame) => Promise<number>): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const frame of page.frames()) {
      if (await probe(frame).catch(() => 0)) return frame;
    }
    assert.ok(Date.now() < deadline, 'the report never showed');
    await page.waitForTimeout(250);
  }
}
