import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { looksLikeArticle } from '../../server/src/engine/segments/articleLike';
import { applyHouseStyle, readHouseStyle } from '../../server/src/houseStyle/houseStyle';
import type { ArticleModel, Finding } from '../../server/src/engine/model';
import { REPO } from '../support/fixtures';

function problemOf(text: string) {
  const reading = readHouseStyle(text);
  assert.ok(!reading.ok, 'expected a problem');
  return reading.problem;
}

describe('house style: reading .sourcinglens.json', () => {
  it('reads every setting', () => {
    const reading = readHouseStyle(
      JSON.stringify({
        $schema: './schema.json',
        cueVerbs: ['quip'],
        titles: ['Harbormaster'],
        people: [{ name: 'Lena Ortiz', roles: ['harbor pilot'] }],
        findings: { 'surname-first': 'off', 'anonymous-source': 'hint' },
        acceptedAttributions: ['records show'],
        exclude: ['drafts/'],
      }),
    );
    assert.ok(reading.ok);
    assert.deepStrictEqual(reading.style.people, [{ name: 'Lena Ortiz', roles: ['harbor pilot'] }]);
    assert.deepStrictEqual(reading.style.findings, { 'surname-first': 'off', 'anonymous-source': 'hint' });
  });

  it('points at a JSON syntax error', () => {
    const text = '{\n  "titles": ["Alderman",]\n}';
    const problem = problemOf(text);
    assert.match(problem.message, /^not valid JSON/);
    assert.ok(problem.start > 10 && problem.start <= text.indexOf(']'), `at ${problem.start}`);
  });

  it('points at a misspelt setting, an unknown code and a bad severity', () => {
    const typo = '{ "titels": [] }';
    assert.deepStrictEqual(problemOf(typo), {
      message: 'unknown setting "titels" (known: cueVerbs, titles, people, findings, acceptedAttributions, exclude)',
      start: 2,
      end: 10,
    });
    assert.match(problemOf('{ "findings": { "unatributed-claim": "off" } }').message, /unknown finding code "unatributed-claim"/);
    assert.match(problemOf('{ "findings": { "surname-first": "loud" } }').message, /must be one of error, warning, information, hint, off/);
    assert.match(problemOf('{ "people": [ { "roles": [] } ] }').message, /entry 1 needs a "name"/);
    assert.match(problemOf('[]').message, /one JSON object/);
  });
});

describe('house style: applied to an article', () => {
  const story =
    'Pilots slow harbor traffic\n\nPort Director Lena Ortiz said on Monday that fog would slow traffic. ' +
    '“We will move ships one at a time,” Ortiz said.\n\nAldo Brandt, who runs the tug fleet, agreed. ' +
    '“Nobody wants a collision,” Brandt said.\n';

  it('gives a known person the desk’s role when the article states none', () => {
    const reading = readHouseStyle(JSON.stringify({ people: [{ name: 'Aldo Brandt', roles: ['tug fleet owner'] }, { name: 'Lena Ortiz', roles: ['ignored'] }] }));
    assert.ok(reading.ok);
    const model = applyHouseStyle(analyze(story), reading.style);
    const brandt = model.actors.find((a) => a.name === 'Aldo Brandt');
    assert.ok(brandt, 'Aldo Brandt is an actor');
    assert.deepStrictEqual(brandt.roles.map((r) => [r.text, r.origin]), [['tug fleet owner', 'config']]);
    const ortiz = model.actors.find((a) => a.name === 'Lena Ortiz');
    assert.ok(ortiz);
    assert.ok(ortiz.roles.every((r) => r.origin !== 'config'), 'the article’s own role wins');
  });

  it('switches codes off, re-grades them and accepts house attribution phrases', () => {
    const base: ArticleModel = analyze('Records show the port lost money.\n\nThe mayor wants a new port.\n');
    const model: ArticleModel = {
      ...base,
      findings: [
        { code: 'unattributed-claim', severity: 'warning', start: 0, end: 10, message: 'a' },
        { code: 'unattributed-claim', severity: 'warning', start: 36, end: 50, message: 'b' },
        { code: 'surname-first', severity: 'information', start: 36, end: 40, message: 'c' },
        { code: 'anonymous-source', severity: 'information', start: 36, end: 40, message: 'd' },
      ],
    };
    const reading = readHouseStyle(
      JSON.stringify({ findings: { 'surname-first': 'off', 'unattributed-claim': 'error' }, acceptedAttributions: ['Records show'] }),
    );
    assert.ok(reading.ok);
    const out = applyHouseStyle(model, reading.style).findings;
    assert.deepStrictEqual(
      out.map((f) => [f.code, f.severity, f.message]),
      [
        ['unattributed-claim', 'error', 'b'],
        ['anonymous-source', 'information', 'd'],
      ],
    );
  });
});

describe('house style: claims graded by confidence', () => {
  const base = analyze('The mayor wants a new port.\n');
  const claim = (message: string, data?: Finding['data']): Finding => ({
    code: 'unattributed-claim',
    severity: data?.confidence === 'medium' ? 'information' : 'warning',
    start: 0,
    end: 27,
    message,
    ...(data ? { data } : {}),
  });
  const model: ArticleModel = { ...base, findings: [claim('high', { confidence: 'high' }), claim('medium', { confidence: 'medium' }), claim('ungraded')] };
  const graded = (findings: object) => {
    const reading = readHouseStyle(JSON.stringify({ findings }));
    assert.ok(reading.ok, JSON.stringify(reading));
    return applyHouseStyle(model, reading.style).findings.map((f) => [f.message, f.severity]);
  };

  it('grades medium-confidence claims by their own key, an ungraded claim as high', () => {
    assert.deepStrictEqual(graded({ 'unattributed-claim-medium': 'hint' }), [['high', 'warning'], ['medium', 'hint'], ['ungraded', 'warning']]);
    assert.deepStrictEqual(graded({ 'unattributed-claim': 'off', 'unattributed-claim-medium': 'warning' }), [['medium', 'warning']]);
  });

  it('moves medium claims one step below unattributed-claim when only that is set, and off with it', () => {
    assert.deepStrictEqual(graded({ 'unattributed-claim': 'error' }), [['high', 'error'], ['medium', 'warning'], ['ungraded', 'error']]);
    assert.deepStrictEqual(graded({ 'unattributed-claim': 'off' }), []);
  });

  it('refuses a bad severity for the medium key', () => {
    assert.match(problemOf('{ "findings": { "unattributed-claim-medium": "quiet" } }').message, /"unattributed-claim-medium" must be one of/);
  });
});

describe('which prose files read as articles', () => {
  const story = (extra = '') =>
    'SPRINGFIELD, Ill. (AP) — The state will close two prisons next year, the governor’s office said on Tuesday. ' +
    '“We cannot keep paying for empty cells,” Gov. Ruth Adler said at a news conference. ' +
    'Union leaders said the plan would cost hundreds of jobs, and lawmakers said they would hold hearings. ' +
    'The closures would save about $40 million a year, according to the budget office. '.repeat(2) +
    extra;

  it('a wire story is an article', () => assert.strictEqual(looksLikeArticle(story()), true));
  it('a code project README is not', () => {
    const readme =
      '# widget\n\nA small library. Install it:\n\n```\nnpm install widget\n```\n\n' +
      'Then import it and call `widget()`. The maintainers said it is stable. '.repeat(10) +
      '\n```js\nimport widget from "widget";\n```\n';
    assert.strictEqual(looksLikeArticle(readme), false);
  });
  it('short notes are not', () => assert.strictEqual(looksLikeArticle('Call Ana about the “ferry” story, she said Friday.'), false));
});

describe('the house-style JSON schema the extension contributes', () => {
  const schema = JSON.parse(
    require('fs').readFileSync(require('path').join(REPO, 'client', 'schemas', 'sourcinglens.schema.json'), 'utf8'),
  );
  it('knows every finding code (and the medium claims) and every setting the engine reads', () => {
    const { SEVERITY_KEYS } = require('../../server/src/engine/findings/severityKeys');
    assert.deepStrictEqual(Object.keys(schema.properties.findings.properties), SEVERITY_KEYS);
    const reading = readHouseStyle(JSON.stringify(Object.fromEntries(Object.keys(schema.properties).filter((k) => k !== '$schema').map((k) => [k, k === 'findings' ? {} : []]))));
    assert.ok(reading.ok, 'every schema property is a setting the engine accepts');
  });
});
