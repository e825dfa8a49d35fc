/**
 * withoutNestedReports leaves out a report told inside another's content; one whose content runs on past every
 * content holding its cue stands beside them (a holder cut short by its own boundary), and stays.
 */
import * as assert from 'assert';
import { withoutNestedReports } from '../../server/src/engine/attributions/privateStates';
import type { Attribution, AttributionKind } from '../../server/src/engine/model';
import { spanOf as at } from '../support/spans';

const text = 'Odile Marsh wrote that the pier, which Tomas Vey says the shipowners kept shut for a decade, will reopen in May.';

function report(id: string, kind: AttributionKind, source: string, cue: string, content: string): Attribution {
  return { id, kind, source: at(text, source), cue: at(text, cue), content: at(text, content), actor: null };
}

const holder = (content: string) => report('t1', 'indirect', 'Odile Marsh', 'wrote', content);
const ids = (all: Attribution[]) => withoutNestedReports(all).map((a) => a.id);

describe('attributions: a report that runs past the content holding its cue', () => {
  const told = report('t2', 'indirect', 'Tomas Vey', 'says', 'the shipowners kept shut for a decade');

  it('a paraphrase wholly inside the holder is part of it', () => {
    assert.deepStrictEqual(ids([holder('the pier, which Tomas Vey says the shipowners kept shut for a decade, will reopen in May'), told]), ['t1']);
  });

  it('one that ends a few characters past the holder is still inside it', () => {
    assert.deepStrictEqual(ids([holder('the pier, which Tomas Vey says the shipowners kept shut for a dec'), told]), ['t1']);
  });

  it('a paraphrase whose content runs on past the holder stays', () => {
    assert.deepStrictEqual(ids([holder('the pier, which Tomas Vey says'), told]), ['t1', 't2']);
  });

  it('a state of mind that runs on past the holder is still left out', () => {
    const feared = report('t2', 'private-state', 'Tomas Vey', 'says', 'the shipowners kept shut for a decade');
    assert.deepStrictEqual(ids([holder('the pier, which Tomas Vey says'), feared]), ['t1']);
  });
});
