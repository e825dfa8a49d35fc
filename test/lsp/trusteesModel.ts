/**
 * A hand-built model of test/fixtures/articles/lsp-library-trustees.article, as the claim judge of issue 8 reads
 * it: two private states (the trustees' wish, flagged with high confidence; the treasurer's hope, credited to the
 * chairwoman who reports it), and an evaluation flagged with medium confidence. The editor views are tested on it
 * whatever the engine's progress.
 */
import type { Actor, ArticleModel, Finding } from '../../server/src/engine/model';
import { readFixture } from '../support/fixtures';
import { attribution, segmentLines } from '../support/handModel';
import { spanOf as at } from '../support/spans';

export function trusteesModel(): ArticleModel {
  const text = readFixture('lsp-library-trustees.article');
  const { paragraphs, sentences } = segmentLines(text);
  const lindqvist: Actor = {
    id: 'a1',
    name: 'Priya Lindqvist',
    kind: 'person',
    roles: [{ ...at(text, 'its chairwoman'), text: 'chairwoman', origin: 'appositive' }],
    mentions: [
      { ...at(text, 'Priya Lindqvist'), actor: 'a1', form: 'full' },
      { ...at(text, 'Lindqvist', 2), actor: 'a1', form: 'surname' },
    ],
  };
  const trustees: Actor = {
    id: 'a2',
    name: 'Several trustees',
    kind: 'group',
    roles: [],
    mentions: [{ ...at(text, 'Several trustees'), actor: 'a2', form: 'description' }],
  };
  const adeyemi: Actor = {
    id: 'a3',
    name: 'Tomas Adeyemi',
    kind: 'person',
    roles: [{ ...at(text, 'the treasurer'), text: 'treasurer', origin: 'appositive' }],
    mentions: [{ ...at(text, 'Tomas Adeyemi'), actor: 'a3', form: 'full' }],
  };
  const attributions = [
    attribution('t1', 'indirect', lindqvist.mentions[0], at(text, 'told the Gazette'),
      at(text, 'The library board met for four hours on Tuesday without settling the future of the Millbrook branch'), 'a1'),
    attribution('t2', 'private-state', trustees.mentions[0], at(text, 'privately want'), at(text, 'to sell the building to a hotel developer'), 'a2'),
    attribution('t3', 'indirect', lindqvist.mentions[1], at(text, 'said'), at(text, 'the treasurer, Tomas Adeyemi, hopes to close the deal by spring'), 'a1'),
    attribution('t4', 'private-state', adeyemi.mentions[0], at(text, 'hopes'), at(text, 'to close the deal by spring'), 'a3'),
  ];
  const wish = at(text, 'Several trustees privately want to sell the building to a hotel developer.');
  const evaluation = at(text, 'The move would be the biggest change to the town\'s libraries in decades.');
  const findings: Finding[] = [
    {
      ...wish,
      code: 'unattributed-claim',
      severity: 'warning',
      message: 'States what several trustees want; nobody is credited for it — who told you?',
      data: { candidates: ['a1'], insertAt: wish.end - 1, category: 'intention', confidence: 'high' },
    },
    {
      ...evaluation,
      code: 'unattributed-claim',
      severity: 'information',
      message: 'A superlative stated as fact; nobody is credited for it.',
      // No candidates: the quick fixes rank the speakers before it themselves.
      data: { insertAt: evaluation.end - 1, category: 'causal', confidence: 'medium' },
    },
  ];
  return { text, paragraphs, sentences, quotes: [], actors: [lindqvist, trustees, adeyemi], attributions, findings, suppressed: [] };
}
