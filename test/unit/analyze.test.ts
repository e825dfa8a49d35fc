import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';

describe('analyze', () => {
  it('returns an empty model for empty text', () => {
    const model = analyze('');
    assert.deepStrictEqual(model.paragraphs, []);
    assert.deepStrictEqual(model.findings, []);
  });
});
