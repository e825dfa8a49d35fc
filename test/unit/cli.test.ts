import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { CLI, fixturePath, REPO } from '../support/fixtures';

const fixture = fixturePath('cli-harbor-strike.article');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runWithInput(input: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 30 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TOWNS = ['Brennock', 'Alder Falls', 'Wendling', 'Carrow Bay', 'Kestrel'];
const SURNAMES = ['Varga', 'Osei', 'Petrie', 'Whitfield', 'Tenby', 'Quill', 'Okafor'];

/** An invented story, different for each n, so no paragraph cache hides the work. */
function story(n: number): string {
  const town = TOWNS[n % TOWNS.length]!;
  const name = `${['Ilse', 'Mira', 'Joan', 'Dana', 'Ross'][n % 5]} ${SURNAMES[n % SURNAMES.length]}`;
  return (
    `${town} council delays vote on ferry fares\n\n` +
    `The ${town} council put off a vote on raising ferry fares by ${n % 9 + 2} percent on Tuesday, after ${n + 3} residents asked to speak.\n\n` +
    `“We owe them a hearing,” Councillor ${name} said. The vote is now set for story ${n}'s next meeting.`
  );
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
    const missing = run('analyze', join(REPO, 'no-such-story.article'), fixture);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*no-such-story\.article: no such file/);
    assert.match(missing.stdout, /Margaret Ellison/);
    const folder = run('analyze', REPO);
    assert.strictEqual(folder.code, 2);
    assert.match(folder.stderr, /is a folder, not a file/);
  });

  it('analyze --jsonl: 1,000 stories in, 1,000 lines out in input order, a malformed line answered with one error', function () {
    this.timeout(180_000);
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `story-${i}`, text: story(i) }));
    lines[500] = '{"id": "story-500", "text": "unterminated';
    const { code, stdout, stderr } = runWithInput(lines.join('\n') + '\n', 'analyze', '--jsonl', '--jobs', '2');
    assert.strictEqual(code, 0, stderr);
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(out.length, 1000);
    const errors = out.filter((o) => 'error' in o);
    assert.deepStrictEqual(errors, [{ id: null, error: errors[0]?.error }]);
    assert.match(errors[0].error, /^invalid JSON/);
    assert.strictEqual(out.indexOf(errors[0]), 500);
    out.forEach((o, i) => {
      if (i === 500) return;
      assert.strictEqual(o.id, `story-${i}`);
      assert.ok(o.actors.some((a: { name: string }) => a.name.endsWith(SURNAMES[i % SURNAMES.length]!)), `story-${i} names its councillor`);
    });
  });

  it('analyze --jsonl: reads paths, and answers an unreadable path or a line with no text with an error line', () => {
    const input = [
      JSON.stringify({ id: 7, path: fixture }),
      JSON.stringify({ id: 8, path: join(REPO, 'no-such-story.txt') }),
      JSON.stringify({ id: 9, title: 'no text' }),
      '',
      JSON.stringify({ id: 10, text: story(1) }),
    ].join('\r\n');
    const { code, stdout } = runWithInput(input, 'analyze', '--jsonl', '--jobs=1');
    assert.strictEqual(code, 0);
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(out.map((o) => o.id), [7, 8, 9, 10]);
    assert.strictEqual(out[0].file, fixture);
    assert.ok(out[0].actors.some((a: { name: string }) => a.name === 'Margaret Ellison'));
    assert.match(out[1].error, /cannot read .*no-such-story\.txt: no such file/);
    assert.match(out[2].error, /no "text" or "path"/);
    assert.strictEqual(out[3].file, null);
    assert.deepStrictEqual(Object.keys(out[3]), ['id', 'file', 'actors', 'attributions', 'quotes', 'diagnostics']);
  });

  it('exits 2 on bad usage', () => {
    assert.strictEqual(run().code, 2);
    assert.strictEqual(run('analyze').code, 2);
    assert.match(run('analyze', '--format', 'xml', fixture).stderr, /--format takes text, json, not xml/);
    assert.match(run('analyze', '--jsonl', '--jobs', '0').stderr, /--jobs takes a whole number from 1, not 0/);
    assert.match(run('analyze', '--jsonl', fixture).stderr, /no FILE/);
    assert.match(run('analyze', '--jobs', '2', fixture).stderr, /--jobs goes with --jsonl/);
  });
});
