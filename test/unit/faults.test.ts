import * as assert from 'assert';
import { analyze, ParagraphCache } from '../../server/src/engine/analyze';
import { describeFault, guarded } from '../../server/src/engine/faults';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../../server/src/engine/lexicon/vocabulary';
import { collectFaults } from '../support/faultGuard';

describe('stage faults', () => {
  it('a stage that throws falls back to its empty result and is reported with its stage and offset', () => {
    const { result, faults } = collectFaults(() =>
      guarded('attributions', 120, ['nothing'], () => {
        throw new Error('index out of range');
      }),
    );
    assert.deepStrictEqual(result, ['nothing']);
    assert.strictEqual(faults.length, 1);
    assert.strictEqual(faults[0].stage, 'attributions');
    assert.match(describeFault(faults[0]), /attributions stage failed on the paragraph at offset 120.*index out of range/);
  });

  it('a stage that does not throw reports nothing', () => {
    const { result, faults } = collectFaults(() => guarded('actors', 0, 0, () => 42));
    assert.strictEqual(result, 42);
    assert.deepStrictEqual(faults, []);
  });

  it('a mention stage that breaks on one paragraph leaves the rest of the article its model, and says where', () => {
    // a vocabulary whose role lookup fails: the mention stage breaks on a paragraph that names a role
    const broken: Vocabulary = Object.create(BUILT_IN_VOCABULARY, {
      isRoleWord: {
        value: () => {
          throw new Error('role lookup failed');
        },
      },
    });
    const text = 'The ferry left at noon.\n\nThe harbour master, Lena Fors, said the crossing was calm.';
    const { result: model, faults } = collectFaults(() => analyze(text, new ParagraphCache(broken)));
    assert.ok(faults.some((f) => f.stage === 'mentions' && f.offset === text.indexOf('The harbour')), faults.map(describeFault).join('\n'));
    assert.strictEqual(model.paragraphs.length, 2);
    assert.strictEqual(model.sentences.length, 2);
  });
});
