import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { ArticleReader } from '../../server/src/engine/findings/articleReader';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';

describe('sourceless attributions credit nobody', () => {
  const text = [
    'Ferry vote splits Tarrow',
    '',
    'Councillor Osei was described as the most ambitious man on the harbour board.',
    '',
    'Mayor Quell described Osei as the most ambitious man on the harbour board.',
  ].join('\n');
  const model = analyze(text);
  const reader = new ArticleReader(model, BUILT_IN_VOCABULARY);
  const byCue = (cue: string) => model.attributions.find((a) => a.cue && text.slice(a.cue.start, a.cue.end) === cue);

  it('an agentless passive ("was described as") shows as an attribution but sources no claim', () => {
    const passive = byCue('was described');
    assert.ok(passive, 'the passive is still an attribution');
    assert.strictEqual(passive.source, null);
    assert.strictEqual(reader.sources(passive), false);
  });

  it('the same verb with a named speaker sources what it covers', () => {
    const named = byCue('described');
    assert.ok(named && named.source !== null);
    assert.strictEqual(reader.sources(named), true);
  });
});
