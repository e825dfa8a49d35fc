/**
 * Quote runs inside a paragraph: what the speaker of a direct quotation goes on saying in the sentences after its
 * end attribution (continuation.ts). Invented sentences only.
 */
import * as assert from 'assert';
import { attributionReadings as readings } from '../support/attributionTriples';

describe('quote runs: a sentence that quotes the last speaker in part', () => {
  it('the sentence after an end attribution, quoting in part with no cue of its own, goes on reporting the speaker', () => {
    const p = '“The ferry keeps its old crews,” Ines Marrow has said while touring the docks. That makes the line “as safe as any in the bay.”';
    assert.deepStrictEqual(readings(p), [
      ['direct', 'Ines Marrow', 'said', '“The ferry keeps its old crews,”'],
      ['partial', 'Ines Marrow', 'said', 'That makes the line “as safe as any in the bay.”'],
    ]);
    const short = '"It is a toll on the poor," she says. It is "a tax with a ribbon on it."';
    assert.deepStrictEqual(readings(short)[1], ['partial', 'she', 'says', 'It is "a tax with a ribbon on it."']);
  });

  it('a sentence with its own attribution, a long lead before the quotation, or no end attribution before it is not carried', () => {
    const own = '“The ferry keeps its old crews,” Marrow said. Pell said the line was “as safe as any.”';
    assert.deepStrictEqual(readings(own)[1], ['partial', 'Pell', 'said', 'the line was “as safe as any.”']);
    const long =
      '“The ferry keeps its old crews,” Marrow said. Marrow is running for the harbour board when it meets next spring to “fix the timetable.”';
    assert.strictEqual(readings(long).length, 1);
    const opening = 'Marrow said the crews would stay. That makes the line “as safe as any in the bay.”';
    assert.deepStrictEqual(
      readings(opening).map((r) => r[3]),
      ['the crews would stay'],
    );
  });
});

describe('quote runs: a quotation after someone else acts', () => {
  it('a sentence naming someone else between the end attribution and the next quotation hands the floor on', () => {
    const p = '“The ferry is late again,” Mira Tolk said, pointing at the pier. Jonas Tolk shook his head. “It is never on time.”';
    assert.deepStrictEqual(readings(p).map((r) => r[3]), ['“The ferry is late again,”']);
  });

  it('the speaker’s own name, a pronoun or a conjunction opening that sentence keeps the floor', () => {
    for (const between of ['Tolk paused.', 'She sighed.', 'And then she sighed.']) {
      const p = `“The ferry is late again,” Mira Tolk said. ${between} “It is never on time.”`;
      assert.deepStrictEqual(readings(p)[1], ['direct', 'Mira Tolk', 'said', '“It is never on time.”'], between);
    }
    const title = '“The ferry is late again,” said Mira Tolk, a clerk who met Mr. Ness in Harlow in May. “It is never on time.”';
    assert.strictEqual(readings(title).length, 2);
  });
});

describe('a quotation that ends its utterance before the reporter goes on', () => {
  it('the reporter’s words after a complete quotation (a stop inside the marks) are no part of what was said', () => {
    const p = 'During the vote, a docker yelled “Shame on the board!” at the chair before leaving the hall.';
    assert.deepStrictEqual(readings(p), [['direct', 'a docker', 'yelled', '“Shame on the board!”']]);
  });

  it('a quotation with no stop of its own, or one that opens in lower case, leaves the content as it was', () => {
    const open = 'The crowd chanted “no levy, no vote” after the board had left.';
    assert.deepStrictEqual(readings(open)[0][3], '“no levy, no vote” after the board had left');
    const lower = 'Ines Marrow said “the levy is dead.” on the radio.';
    assert.deepStrictEqual(readings(lower)[0][3], '“the levy is dead.” on the radio');
  });
});

describe('a state of mind told inside a speaker’s report', () => {
  it('a thought or stance that quotes, inside what a speaker said, is part of that report', () => {
    const p = 'Ines Marrow said the board expects a “solid share” of the harbour vote.';
    assert.deepStrictEqual(readings(p), [['partial', 'Ines Marrow', 'said', 'the board expects a “solid share” of the harbour vote']]);
  });

  it('a thought that quotes on its own stays', () => {
    const own = 'The board expects a “solid share” of the harbour vote.';
    assert.deepStrictEqual(readings(own)[0].slice(1, 3), ['The board', 'expects']);
  });
});

describe('a quotation of speech told inside a speaker’s report', () => {
  const cues = (paragraph: string) => readings(paragraph).map(([, , cue]) => cue);

  it('a quotation whose speaker goes unnamed (he, his uncle), told inside what a speaker said, is part of that report', () => {
    assert.deepStrictEqual(cues('Pell said the board, whose chair he called “a club of one,” met in secret.'), ['said']);
    assert.deepStrictEqual(cues('Ruiz said he still remembers what his uncle told him: “Never sell the boat.”'), ['said']);
  });

  it('a named speaker keeps the quotation told inside the report, and on its own the quotation stays', () => {
    const named = 'Ruiz said he still remembers what Ada Brevik told him: “Never sell the boat.”';
    assert.deepStrictEqual(readings(named)[1], ['direct', 'Ada Brevik', 'told', '“Never sell the boat.”']);
    assert.deepStrictEqual(readings('His mother told him: “Never sell the boat.”'), [['direct', 'His mother', 'told', '“Never sell the boat.”']]);
    assert.deepStrictEqual(cues('The board, whose chair he called “a club of one,” met in secret.'), ['called']);
  });
});

describe('a quoting content that opens with another quoting cue', () => {
  it('"issued a statement saying …": the participle’s reading is the report, the wider one is no second report', () => {
    const p = 'Mayor Quell issued a statement saying the pier “will reopen by spring.”';
    assert.deepStrictEqual(readings(p), [['partial', 'Quell', 'saying', 'the pier “will reopen by spring.”']]);
  });

  it('a content that opens with its own noun phrase before the participle stays', () => {
    const p = 'Ada Brin posted a video calling the fare rise “a tax on nurses.”';
    assert.deepStrictEqual(readings(p)[0].slice(1, 3), ['Ada Brin', 'posted']);
  });
});

describe('quote runs: an outlet that relays a speaker', () => {
  it('"“…,” Quint said, according to NBC. “…”": the next quotation goes on with Quint, not the outlet that reports her', () => {
    const p = '“I will not back down on this,” Marla Quint said, according to NBC. “It is vital that you tell this to your members.”';
    assert.deepStrictEqual(readings(p)[2], ['direct', 'Marla Quint', 'said', '“It is vital that you tell this to your members.”']);
    const minutes = '“We lost the vote,” Dana Orr told the board, according to minutes of the meeting. “We will try again in the spring.”';
    assert.deepStrictEqual(readings(minutes)[2].slice(1, 3), ['Dana Orr', 'told']);
  });

  it('"Quint said: “…,” the Times reported": the colon quotation is Quint’s whole, its closing comma and mark too', () => {
    const p = 'Asked about the plan, Marla Quint said: "There will be no delay," the Times reported.';
    assert.deepStrictEqual(
      readings(p).filter((r) => r[1] === 'Marla Quint'),
      [['direct', 'Marla Quint', 'said', '"There will be no delay,"']],
    );
  });
});
