import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'out', 'server', 'src', 'cli.js');
const fixture = join(root, 'test', 'fixtures', 'articles', 'cli-harbor-strike.article');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sourcing-lens CLI', () => {
  it('prints the JSON contract for one file', () => {
    const { code, stdout } = run('analyze', '--format', 'json', fixture);
    assert.strictEqual(code, 0);
    const report = JSON.parse(stdout);
    assert.strictEqual(report.file, fixture);
    for (const key of ['actors', 'attributions', 'diagnostics']) assert.ok(Array.isArray(report[key]), key);
    const ellison = report.actors.find((a: { name: string }) => a.name === 'Margaret Ellison');
    assert.ok(ellison, 'Margaret Ellison is an actor');
    assert.strictEqual(ellison.kind, 'person');
    assert.deepStrictEqual(
      ellison.roles.map((r: { text: string }) => r.text),
      ['Harbor Authority Chairwoman'],
    );
    for (const a of report.attributions) {
      assert.ok(['direct', 'partial', 'indirect', 'according-to', 'private-state'].includes(a.kind));
      assert.ok(a.actor === null || report.actors.some((x: { id: string }) => x.id === a.actor));
    }
  });

  it('prints a JSON array for several files', () => {
    const { code, stdout } = run('analyze', '--format=json', fixture, fixture);
    assert.strictEqual(code, 0);
    assert.strictEqual(JSON.parse(stdout).length, 2);
  });

  it('prints a readable report with actors, quotes and file:line:col findings', () => {
    const { code, stdout } = run('analyze', fixture);
    assert.strictEqual(code, 0);
    assert.match(stdout, /Margaret Ellison \[person\] — Harbor Authority Chairwoman \(line 5\)/);
    assert.match(stdout, /line 5: “We put a fair offer on the table, and we are still at the table,” — Margaret Ellison \(direct\)/);
    assert.match(stdout, /line 7: “Nobody on the docks believes that,” — Tomas Reyes \(direct\)/);
  });

  it('exits 2 with a clear message on unreadable input, and still reports the readable files', () => {
    const missing = run('analyze', join(root, 'no-such-story.article'), fixture);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*no-such-story\.article: no such file/);
    assert.match(missing.stdout, /Margaret Ellison/);
    const folder = run('analyze', root);
    assert.strictEqual(folder.code, 2);
    assert.match(folder.stderr, /is a folder, not a file/);
  });

  it('exits 2 on bad usage', () => {
    assert.strictEqual(run().code, 2);
    assert.strictEqual(run('analyze').code, 2);
    assert.match(run('analyze', '--format', 'xml', fixture).stderr, /--format takes text, json, not xml/);
  });
});
