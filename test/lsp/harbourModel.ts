/**
 * A hand-built model of test/fixtures/articles/lsp-harbour-talks.article: what a perfect engine reads there.
 * The feature views are tested on it independently of the engine's progress; spans are found by their text.
 */
import type { Actor, ArticleModel, Quote } from '../../server/src/engine/model';
import { readFixture } from '../support/fixtures';
import { attribution, quoteAt, segmentLines } from '../support/handModel';
import { spanOf as at } from '../support/spans';

/** The story the LSP suites open, and the claim in it that its reporter leaves unsourced. */
export const HARBOUR_STORY = readFixture('lsp-harbour-talks.article');
export const HARBOUR_CLAIM = 'The harbour council secretly plans to abandon its demand for a veto.';

export function harbourModel(): ArticleModel {
  const text = HARBOUR_STORY;
  const { paragraphs, sentences } = segmentLines(text);
  const q = (id: string, needle: string, kind: Quote['kind']) => quoteAt(text, id, needle, kind);
  const quotes = [
    q('q1', '“getting closer”', 'partial'),
    q('q2', '“We have narrowed the gaps on every major point,”', 'direct'),
    q('q3', '“There is still work to do.”', 'direct'),
    q('q4', '“Nobody wants another closure,”', 'direct'),
  ];
  const marchetti: Actor = {
    id: 'a1',
    name: 'Elena Marchetti',
    kind: 'person',
    roles: [{ ...at(text, 'Foreign Minister'), text: 'Foreign Minister', origin: 'title' }],
    mentions: [
      { ...at(text, 'Elena Marchetti'), actor: 'a1', form: 'full' },
      { ...at(text, 'Marchetti', 2), actor: 'a1', form: 'surname' },
      { ...at(text, 'Marchetti’s'), actor: 'a1', form: 'possessive' },
    ],
    gender: 'female',
  };
  const officials: Actor = {
    id: 'a2',
    name: 'Two officials familiar with the talks',
    kind: 'anonymous',
    roles: [],
    mentions: [{ ...at(text, 'Two officials familiar with the talks'), actor: 'a2', form: 'description' }],
  };
  const okafor: Actor = {
    id: 'a3',
    name: 'Daniel Okafor',
    kind: 'person',
    roles: [{ ...at(text, 'the harbour master'), text: 'the harbour master', origin: 'appositive' }],
    mentions: [
      { ...at(text, 'Daniel Okafor'), actor: 'a3', form: 'full' },
      { ...at(text, 'He added'), end: at(text, 'He added').start + 2, actor: 'a3', form: 'pronoun' },
      { ...at(text, 'Okafor', 2), actor: 'a3', form: 'surname' },
    ],
    gender: 'male',
  };
  const attributions = [
    attribution('t1', 'partial', at(text, 'Foreign Minister Elena Marchetti'), at(text, 'said'), at(text, 'that talks over the disputed Kessel harbour were “getting closer” to an agreement'), 'a1', 'q1'),
    attribution('t2', 'direct', at(text, 'Marchetti', 2), at(text, 'told reporters'), quotes[1], 'a1', 'q2'),
    attribution('t3', 'direct', null, null, quotes[2], 'a1', 'q3'),
    attribution('t4', 'indirect', officials.mentions[0], at(text, 'told the Wire'), at(text, 'a draft text could be ready by Friday'), 'a2'),
    attribution('t5', 'indirect', okafor.mentions[0], at(text, 'said', 2), at(text, 'the port would stay open during the talks'), 'a3'),
    attribution('t6', 'indirect', okafor.mentions[1], at(text, 'added'), at(text, 'fishing crews had been warned to expect delays'), 'a3'),
    attribution('t7', 'direct', okafor.mentions[2], at(text, 'said', 3), quotes[3], 'a3', 'q4'),
  ];
  const claim = at(text, HARBOUR_CLAIM);
  return {
    text,
    paragraphs,
    sentences,
    quotes,
    actors: [marchetti, officials, okafor],
    attributions,
    findings: [
      {
        ...claim,
        code: 'unattributed-claim',
        severity: 'warning',
        message: 'This sentence reports private deliberations, but nobody is cited for it.',
        data: { candidates: ['a2', 'a1', 'a3'], insertAt: claim.end - 1 },
      },
      {
        ...officials.mentions[0],
        code: 'anonymous-source',
        severity: 'information',
        message: 'Anonymous source.',
        data: { count: 1 },
      },
    ],
    suppressed: [],
  };
}
