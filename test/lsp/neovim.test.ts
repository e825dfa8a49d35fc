/**
 * Another editor, for real: a headless Neovim with the README's own configuration (its "Neovim" Lua block, as a
 * reader would paste it into init.lua) opens a .txt story, so the server sees Neovim's language id `text`, and
 * test/lsp/neovim/drive.lua goes through diagnostics, `K` hover and a quick fix picked from Neovim's code action
 * command, which sends the line's diagnostics back with byte columns after the ’ on that line.
 * Skipped, saying why, only where nvim is not installed; .ci/run installs it and asks for it to run.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import { chmodSync, readFileSync } from 'fs';
import { join } from 'path';
import { CLI, REPO } from '../support/fixtures';
import { Desk } from '../support/workspace';

const DRIVER = join(REPO, 'test', 'lsp', 'neovim', 'drive.lua');
const STEP_TIMEOUT_MS = 8_000;

const STORY = [
  'LAKEPORT — Mayor Ines Varga said on Monday that the ferry pier would stay open through the winter, despite a drop in passengers.',
  '',
  '“We will keep the lights on at the pier,” Varga told reporters at the town hall.',
  '',
  'The ferry’s owners met on Tuesday. They privately want to sell the pier to a developer.',
  '',
  'Tomas Reyes, a spokesman for the owners, said the company had not received an offer.',
  '',
].join('\n');

interface Drive {
  filetype?: string;
  diagnostics?: { code: string; source: string; line: number }[];
  hover?: string[];
  sent_back?: { code: string; range: { start: { character: number } } }[];
  offered?: string[];
  fixed_line?: string;
  diagnostics_after?: { code: string }[];
  article_filetype?: string;
  article_diagnostics?: { code: string }[];
  clients?: number;
  error?: string;
}

/** The README's Neovim configuration: the first Lua block after the "Neovim" heading of "Other editors". */
function readmeNeovimConfig(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = /\*\*Neovim\*\*[\s\S]*?```lua\n([\s\S]*?)```/u.exec(readme.slice(readme.indexOf('## Other editors')));
  assert.ok(block, 'the README has a Neovim configuration under "Other editors"');
  return block[1];
}

const nvimVersion = (): string | undefined => {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return probe.error ? undefined : probe.stdout.split('\n')[0];
};

describe('Neovim (headless) with the README configuration', function () {
  this.timeout(45_000);
  let desk: Desk | undefined;
  let result: Drive;

  before(async function () {
    const version = nvimVersion();
    if (!version) {
      assert.ok(!process.env.SOURCING_LENS_REQUIRE_NEOVIM, 'nvim must be installed where SOURCING_LENS_REQUIRE_NEOVIM is set (.ci/run)');
      console.warn('      skipped: nvim is not installed (Debian: apt-get install neovim)');
      this.skip();
    }
    desk = new Desk('nvim');
    result = await drive(desk);
  });

  after(() => {
    desk?.dispose();
  });

  async function drive(desk: Desk): Promise<Drive> {
    const home = desk.root;
    // `sourcing-lens` on the PATH, as after `npm link`: the built CLI run by this Node.
    const bin = join(home, 'bin');
    desk.write({
      [join('bin', 'sourcing-lens')]: `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`,
      'init.lua': readmeNeovimConfig(),
      'ferry.txt': STORY,
      'ferry.article': STORY,
    });
    chmodSync(join(bin, 'sourcing-lens'), 0o755);
    const resultFile = join(home, 'result.json');
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      // Neovim's own state (its LSP log included) stays in the temporary folder.
      ...Object.fromEntries(['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME'].map((v) => [v, home])),
      SL_TIMEOUT_MS: String(STEP_TIMEOUT_MS),
      SL_HOVER_ON: 'Varga told',
      SL_FIX_ON: 'privately',
      SL_ARTICLE: 'ferry.article',
      SL_RESULT: resultFile,
    };
    const nvim = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'init.lua', '-c', `luafile ${DRIVER}`, 'ferry.txt'], { cwd: home, env });
    let output = '';
    nvim.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    nvim.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const killer = setTimeout(() => nvim.kill(), 40_000);
    const code = await new Promise<number | null>((resolve) => nvim.once('exit', resolve));
    clearTimeout(killer);
    assert.strictEqual(code, 0, `nvim exited with ${code}: ${output}`);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as Drive;
    assert.strictEqual(result.error, undefined, `the drive failed: ${result.error}`);
    return result;
  }

  it('shows diagnostics on a .txt story, hovers a surname with its role, and applies a quick fix on a line with ’', () => {
    assert.strictEqual(result.filetype, 'text', 'Neovim opens .txt as text (the language id the server must accept)');

    const claim = result.diagnostics?.find((d) => d.code === 'unattributed-claim');
    assert.ok(claim, `an unattributed claim among ${JSON.stringify(result.diagnostics)}`);
    assert.strictEqual(claim.source, 'sourcing-lens');
    assert.strictEqual(claim.line, 4);

    const hover = (result.hover ?? []).join('\n');
    assert.match(hover, /\*\*Ines Varga\*\* · person/);
    assert.match(hover, /Mayor — line 1/);

    // The columns Neovim sends back are bytes: the claim starts 2 columns late, after the 3-byte ’.
    const sentBack = result.sent_back?.find((d) => d.code === 'unattributed-claim');
    assert.strictEqual(sentBack?.range.start.character, STORY.split('\n')[4].indexOf('They') + 2);
    assert.deepStrictEqual(result.offered?.slice(0, 2), ['Attribute to Ines Varga', 'Attribute to Tomas Reyes']);
    assert.strictEqual(result.fixed_line, 'The ferry’s owners met on Tuesday. They privately want to sell the pier to a developer, Varga said.');
    assert.ok(!result.diagnostics_after?.some((d) => d.code === 'unattributed-claim'), JSON.stringify(result.diagnostics_after));
  });

  it('gives .article files their own filetype and serves them from the same server', () => {
    assert.strictEqual(result.article_filetype, 'news-article');
    assert.ok(result.article_diagnostics?.some((d) => d.code === 'unattributed-claim'), JSON.stringify(result.article_diagnostics));
    assert.strictEqual(result.clients, 1);
  });
});
