/**
 * Which neighbour sources a claim (issue 8): a sentence next door counts only when it attributes that claim. Every
 * sentence here is invented.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';

/** The flagged sentences of a story body. */
function flagged(body: string): string[] {
  const text = `Quay fees rise\n${body}`;
  return analyze(text)
    .findings.filter((f) => f.code === 'unattributed-claim')
    .map((f) => text.slice(f.start, f.end));
}

describe('claim neighbours: across a paragraph break', () => {
  const quote = '“The winter ferry will run every day,” Ivo Dorn said on Monday.';

  it('the holder’s words before do not source a claim the reporter makes about the holder in a new paragraph', () => {
    const claim = 'Dorn has worked behind the scenes for weeks to seat his friends on the harbour board.';
    assert.deepStrictEqual(flagged(`${quote}\n${claim}`), [claim]);
  });

  it('they still source the holder’s own state that the new paragraph goes on with', () => {
    assert.deepStrictEqual(flagged(`${quote}\nDorn wants the ferry to stop at Kessling twice a day.`), []);
  });
});
