import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import type { ArticleModel, Finding } from '../../server/src/engine/model';
import { checkText } from '../../server/src/cli/cli';
import type { CheckRun } from '../../server/src/cli/check';
import { toJson } from '../../server/src/cli/report';
import { artifactLocation, toSarif } from '../../server/src/cli/sarif';

const STORY = `Port board weighs new lease

The harbour board wants to extend the lease by ten years. Board members fear the levy will sink the budget.

“We will decide in May,” chairwoman Lina Okafor said on Monday.
`;

/** The story with two claim findings as the claim judge grades them: one medium, one that states no confidence. */
function gradedModel(): ArticleModel {
  const model = analyze(STORY);
  const claim = (sentence: string, data: Finding['data']): Finding => {
    const start = STORY.indexOf(sentence);
    return { code: 'unattributed-claim', severity: 'warning', message: 'Who told you?', start, end: start + sentence.length, data };
  };
  const findings = [
    claim('The harbour board wants to extend the lease by ten years.', { category: 'intention', confidence: 'medium' }),
    claim('Board members fear the levy will sink the budget.', { category: 'motive' }),
  ];
  return { ...model, findings };
}

const TOOL = { version: '9.9.9', informationUri: 'https://example.com/sourcing-lens' };

interface SarifResult {
  ruleId: string;
  properties?: { category: string; confidence: string };
}

describe('claim category and confidence on the command line', () => {
  it('the JSON contract carries both, high when the engine states no confidence', () => {
    const diagnostics = toJson('story.txt', gradedModel()).diagnostics as { category?: string; confidence?: string }[];
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.category, d.confidence]),
      [
        ['intention', 'medium'],
        ['motive', 'high'],
      ],
    );
  });

  it('SARIF gives them as result properties', () => {
    const run: CheckRun = { articles: [{ path: 'story.txt', model: gradedModel() }], problems: [] };
    const sarif = toSarif(run, TOOL, '/desk') as { runs: { results: SarifResult[] }[] };
    assert.deepStrictEqual(
      sarif.runs[0]!.results.map((r) => r.properties),
      [
        { category: 'intention', confidence: 'medium' },
        { category: 'motive', confidence: 'high' },
      ],
    );
  });

  it("check's text output names them after the code", () => {
    const run: CheckRun = { articles: [{ path: 'story.txt', model: gradedModel() }], problems: [] };
    const lines = checkText(run).trimEnd().split('\n');
    assert.deepStrictEqual(lines, [
      'story.txt:3:1: warning unattributed-claim [intention, medium confidence]: Who told you?',
      'story.txt:3:59: warning unattributed-claim [motive, high confidence]: Who told you?',
    ]);
  });

  it('findings without a category stay as they were', () => {
    const model = analyze('Council delays vote\n\nCouncillor Aaron Webb said the vote would wait. “We need more time, Webb said.\n');
    const diagnostics = toJson('x.txt', model).diagnostics as object[];
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) assert.ok(!('category' in d) && !('confidence' in d));
  });
});

describe('analyze --format json', () => {
  it('lists private-state attributions as the engine gives them', () => {
    const model = analyze(STORY);
    const start = STORY.indexOf('The harbour board');
    const privateState = { id: 'private-1', kind: 'private-state' as const, source: { start, end: start + 17 }, cue: { start: start + 18, end: start + 23 }, content: { start: start + 24, end: start + 56 }, actor: null };
    const attributions = toJson('story.txt', { ...model, attributions: [privateState, ...model.attributions] }).attributions as { kind: string }[];
    assert.strictEqual(attributions[0]!.kind, 'private-state');
    assert.strictEqual(attributions.length, model.attributions.length + 1);
  });
});

describe('SARIF artifact locations', () => {
  it('a file inside the working folder is a percent-encoded reference relative to SRCROOT', () => {
    assert.deepStrictEqual(artifactLocation('desk/a story é.txt', '/work/news'), { uri: 'desk/a%20story%20%C3%A9.txt', uriBaseId: 'SRCROOT' });
    assert.deepStrictEqual(artifactLocation('/work/news/desk/b.txt', '/work/news/'), { uri: 'desk/b.txt', uriBaseId: 'SRCROOT' });
  });

  it('a file outside it is an absolute file:// URI with no base id', () => {
    assert.deepStrictEqual(artifactLocation('/archive/2024/b.txt', '/work/news'), { uri: 'file:///archive/2024/b.txt' });
    assert.deepStrictEqual(artifactLocation('../other/c.txt', '/work/news'), { uri: 'file:///work/other/c.txt' });
    // A sibling folder whose name merely starts like the base is outside it.
    assert.deepStrictEqual(artifactLocation('/work/newsroom/d.txt', '/work/news'), { uri: 'file:///work/newsroom/d.txt' });
  });
});
