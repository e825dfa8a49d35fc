import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { fileURLToPath } from 'url';
import Ajv from 'ajv';
import { excludes } from '../../server/src/houseStyle/ignore';
import { CLI } from '../support/fixtures';
import { Desk } from '../support/workspace';


const STORY = `Ferry service to resume after storm

HALIFAX, Nova Scotia (AP) — Ferry crossings between Halifax and Dartmouth will resume on Friday, transit director Paula Moreau said on Thursday.

“The boats are sound and the crews are ready,” Moreau said.

Commuters had waited three days for the service to return.
`;
/** A story whose quotation mark is never closed: a finding whatever else the engine decides. */
const BROKEN = `Council delays vote

City Councillor Aaron Webb said the budget vote would wait a week. “We need more time to read it, Webb said.
`;

const desks: Desk[] = [];

/** A desk folder with two stories, a draft and a README, removed after the test. */
function workspace(): string {
  const desk = new Desk('check', {
    [join('stories', 'ferry.article')]: STORY,
    [join('stories', 'council.news')]: BROKEN,
    [join('drafts', 'council-draft.article')]: BROKEN,
    'README.md': '# Desk tools\n\nRun `npm install` and then `npm test`.\n',
  });
  desks.push(desk);
  return desk.root;
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sourcing-lens check', () => {
  afterEach(() => desks.splice(0).forEach((desk) => desk.dispose()));

  it('walks folders for articles and reports findings as file:line:col: severity code: message', () => {
    const dir = workspace();
    const { code, stdout, stderr } = run(dir);
    assert.strictEqual(code, 1, stderr);
    assert.match(stdout, /^stories\/council\.news:3:\d+: warning unbalanced-quote: /m);
    assert.match(stdout, /^drafts\/council-draft\.article:3:\d+: warning unbalanced-quote: /m);
    assert.doesNotMatch(stdout, /README\.md/);
    assert.match(stderr, /3 articles checked/);
  });

  it('leaves out what the house style excludes, and honours --fail-on', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.sourcinglens.json'), JSON.stringify({ exclude: ['drafts/'], findings: { 'unbalanced-quote': 'information' } }));
    const quiet = run(dir, '--fail-on', 'warning');
    assert.strictEqual(quiet.code, 0, quiet.stdout);
    assert.doesNotMatch(quiet.stdout, /drafts/);
    assert.match(quiet.stdout, /stories\/council\.news:3:\d+: information unbalanced-quote/);
    assert.strictEqual(run(dir, '--fail-on=information').code, 1);
    assert.strictEqual(run(dir, '--fail-on', 'none').code, 0);
  });

  it('counts in words that agree with the number: one article, one finding', () => {
    const dir = workspace();
    assert.match(run(dir, join('stories', 'council.news')).stderr, /: 1 article checked, 1 finding\n/);
    assert.match(run(dir, join('stories', 'ferry.article')).stderr, /: 1 article checked, 0 findings\n/);
  });

  it('exits 2 naming a missing path, and on bad options', () => {
    const dir = workspace();
    const missing = run(dir, 'stories', 'no-such-folder');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /no-such-folder: no such file or folder/);
    assert.strictEqual(run(dir, '--fail-on', 'loud').code, 2);
    assert.strictEqual(run(dir, '--format', 'xml').code, 2);
  });

  it('reports a broken house-style file with its location and keeps checking', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.sourcinglens.json'), '{\n  "findngs": {}\n}\n');
    const { code, stderr } = run(dir, '--fail-on', 'none');
    assert.strictEqual(code, 0);
    assert.match(stderr, /\.sourcinglens\.json:2:3: unknown setting "findngs" .*\(house style ignored\)/);
    assert.match(stderr, /3 articles checked/);
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const dir = workspace();
    const { stdout } = run(dir, '--format', 'sarif', '--fail-on', 'none');
    const sarif = JSON.parse(stdout);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv({ schemaId: 'id', allErrors: true });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    const valid = ajv.validate(schema, sarif);
    assert.ok(valid, JSON.stringify(ajv.errors, null, 2));
    const results = sarif.runs[0].results;
    assert.ok(results.some((r: { ruleId: string }) => r.ruleId === 'unbalanced-quote'));
    const location = results[0].locations[0].physicalLocation;
    assert.ok(location.region.startLine >= 1 && location.artifactLocation.uri.length > 0);
  });

  it('writes SARIF locations that resolve, inside the working folder and outside it (SARIF1004 rules)', () => {
    const dir = workspace();
    const elsewhere = new Desk('elsewhere ', { 'late edition.article': BROKEN });
    desks.push(elsewhere);
    const outside = elsewhere.root;
    const { stdout } = run(dir, '--format', 'sarif', '--fail-on', 'none', 'stories', join(outside, 'late edition.article'));
    const sarif = JSON.parse(stdout).runs[0];
    const base: string = sarif.originalUriBaseIds.SRCROOT.uri;
    assert.match(base, /^file:\/\/\/.*\/$/, 'the base is an absolute URI ending in a slash');
    const where = (location: { uri: string; uriBaseId?: string }) => {
      if (!location.uriBaseId) return fileURLToPath(new URL(location.uri));
      assert.strictEqual(location.uriBaseId, 'SRCROOT');
      assert.doesNotMatch(location.uri, /^\/|^[a-z]+:|(^|\/)\.\.(\/|$)/i, 'a relative reference stays inside its base');
      return fileURLToPath(new URL(location.uri, base));
    };
    const files = sarif.artifacts.map((a: { location: { uri: string; uriBaseId?: string } }) => where(a.location));
    assert.deepStrictEqual(files.sort(), [resolve(dir, 'stories', 'council.news'), resolve(dir, 'stories', 'ferry.article'), join(outside, 'late edition.article')].sort());
    for (const result of sarif.results) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      assert.strictEqual(where(location), files[location.index]);
    }
    assert.ok(sarif.results.some((r: { locations: { physicalLocation: { artifactLocation: { uriBaseId?: string } } }[] }) => !r.locations[0]!.physicalLocation.artifactLocation.uriBaseId));
    const driver = sarif.tool.driver;
    assert.ok(new URL(driver.informationUri).protocol.startsWith('http'));
    for (const rule of driver.rules) assert.ok(new URL(rule.helpUri) && rule.shortDescription.text, rule.id);
  });
});

describe('exclude patterns', () => {
  const cases: [string[], string, boolean, boolean][] = [
    [['drafts/'], 'drafts', true, true],
    [['drafts/'], 'drafts', false, false],
    [['drafts/'], 'desk/drafts', true, true],
    [['/drafts'], 'desk/drafts', true, false],
    [['*.draft.md'], 'desk/story.draft.md', false, true],
    [['**/wires/*.txt'], 'a/b/wires/x.txt', false, true],
    [['**/wires/*.txt'], 'wires/x.txt', false, true],
    [['desk/*.txt'], 'desk/sub/x.txt', false, false],
    [['*.md', '!keep.md'], 'keep.md', false, false],
    [['*.md', '!keep.md'], 'other.md', false, true],
    [['# comment', ''], 'x.md', false, false],
  ];
  for (const [patterns, path, isDirectory, expected] of cases) {
    it(`${JSON.stringify(patterns)} ${expected ? 'excludes' : 'keeps'} ${path}${isDirectory ? '/' : ''}`, () => {
      assert.strictEqual(excludes(patterns, path, isDirectory), expected);
    });
  }
});
