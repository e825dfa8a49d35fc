/**
 * How a quotation is introduced when the words between its cue and its marks say only when or where it was said,
 * and "written" as a verb of writing that introduces one. Invented sentences only.
 */
import * as assert from 'assert';
import { attributionReadings as readings } from '../support/attributionTriples';

describe('a quotation after a cue and an occasion, in a clause that ends at the comma', () => {
  it('"As Brell said in Oslo, “…”": the as-clause ends at the comma, and the quotation after it is what was said', () => {
    const p = 'As Dana Brell said in Oslo, “The harbour is the centre of the new trade.”';
    assert.deepStrictEqual(readings(p), [['direct', 'Dana Brell', 'said', '“The harbour is the centre of the new trade.”']]);
  });

  it('"who declared in the press room, “…”": a relative clause does the same', () => {
    const p = 'On Friday, Mora won the backing of Ben Tall, who declared in the press room, “I am sending the signal that it is time.”';
    assert.deepStrictEqual(readings(p), [['direct', 'who', 'declared', '“I am sending the signal that it is time.”']]);
  });

  it('"tweeted in response: “…”": the occasion is read by its own words, not by whether the quotation has a verb', () => {
    const p = 'Ada Brell, the harbour board nominee, tweeted in response: “Important distinction: the pier stays open.”';
    assert.deepStrictEqual(readings(p), [['direct', 'Ada Brell', 'tweeted', '“Important distinction: the pier stays open.”']]);
  });

  it('with no quotation after the comma, the occasion still reports nothing', () => {
    const p = 'As Dana Brell said in Oslo, the harbour is the centre of the new trade.';
    assert.ok(readings(p).every(([, , , content]) => content !== 'in Oslo'));
  });
});

describe('a span of time between a cue and its quotation', () => {
  it('"said several days before, “…”": the time is the reporter\'s, the quotation is the content', () => {
    const p = 'Ada Vance said several days before, “We could not run the harbour without him.”';
    assert.deepStrictEqual(readings(p), [['direct', 'Ada Vance', 'said', '“We could not run the harbour without him.”']]);
  });
});

describe('"written" after a form of "have" reports writing', () => {
  it('"As the columnist Vance had written several years before, “…”": the columnist speaks the quotation', () => {
    const p = 'As the columnist Ada Vance had written several years before, “We could not have a harbour without him.”';
    assert.deepStrictEqual(readings(p), [['direct', 'Ada Vance', 'written', '“We could not have a harbour without him.”']]);
  });

  it('"has written that …" reports a clause', () => {
    assert.deepStrictEqual(readings('Ada Vance has written that the harbour is doomed.'), [
      ['indirect', 'Ada Vance', 'written', 'that the harbour is doomed'],
    ]);
  });

  it('"a written statement", "written by", "had been written" report nothing by the word', () => {
    for (const p of [
      'In a written statement, Ada Vance said the harbour is doomed.',
      'The letter, written by Ada Vance, said the harbour is doomed.',
      'The letter had been written by Ada Vance in May, before the harbour closed.',
    ]) {
      assert.ok(readings(p).every(([, , cue]) => cue !== 'written'), p);
    }
  });
});

describe('a few quoted words in a sentence that reports no one: its subject speaks them', () => {
  it('"Quell has pinned her campaign on plans to “…”": the subject speaks, its verb phrase is the cue', () => {
    const p = 'Mrs. Quell has instead pinned her campaign on plans to “keep every pier open” in the spring.';
    assert.deepStrictEqual(readings(p), [['partial', 'Mrs. Quell', 'has instead pinned her campaign on plans to', '“keep every pier open”']]);
  });

  it('"Brack, who styles himself the “…,” has …": a relative clause on the subject does the same', () => {
    const p = 'Ben Brack, who styles himself the “friend of every harbour,” has taken a hard line on the ferry.';
    assert.deepStrictEqual(readings(p).map(([kind, source]) => [kind, source]), [['partial', 'Ben Brack']]);
  });

  it('a title, a lone word, an owner and a subject that names no one quote no one', () => {
    for (const p of [
      'Mrs. Quell will appear on “The Morning Dock” on Friday.',
      'Mrs. Quell took a “hard” line on the ferry.',
      'Mrs. Quell’s plan would be paid for by “closing the loopholes of the rich.”',
      'The old ferry is slow and “far too small for the trade.”',
    ]) {
      assert.deepStrictEqual(readings(p), [], p);
    }
  });

  it('a sentence that reports someone already leaves its other quotations to that report', () => {
    const p = 'Mrs. Quell said the pier was safe, though the board had called it “a danger to every sailor.”';
    assert.ok(readings(p).every(([, , cue]) => cue === 'said' || cue === 'called'), JSON.stringify(readings(p)));
  });
});

describe('a newsletter item that closes with the credit of the story it quotes', () => {
  it('"… “…” [Harbour Gazette]": the credited outlet speaks the quotation no one else speaks; the bracket is the cue', () => {
    const p = 'PIER TO CLOSE “The harbour board voted on Monday to shut the old pier in May.” [Harbour Gazette]';
    assert.deepStrictEqual(readings(p), [['direct', 'Harbour Gazette', '[', '“The harbour board voted on Monday to shut the old pier in May.”']]);
  });

  it('a writer before the outlet, or a note after it, leaves the outlet as the credit', () => {
    const byWriter = 'PIER TO CLOSE “The harbour board voted on Monday to shut the old pier in May.” [Ada Brell, Harbour Gazette]';
    assert.deepStrictEqual(readings(byWriter)[0]?.slice(1, 3), ['Harbour Gazette', '[']);
    const paywall = 'PIER TO CLOSE “The harbour board voted on Monday to shut the old pier in May.” [Tarn Post | Paywall]';
    assert.deepStrictEqual(readings(paywall)[0]?.slice(1, 3), ['Tarn Post', '[']);
  });

  it('a title, or a quotation its own sentence gives a speaker, is not the credit\'s', () => {
    assert.deepStrictEqual(readings('FERRY FILM AHEAD We finally have a trailer for the new film “Dockside.” [Tarn Post]'), []);
    const cited = 'PIER SHUT The crew cited “rusted rails and broken lights all along the pier.” [Tarn Post]';
    assert.ok(readings(cited).every(([, source]) => source !== 'Tarn Post'), JSON.stringify(readings(cited)));
  });
});

describe('"played down", the phrasal twin of "downplayed", reports a stance', () => {
  it('"he played down Brack’s remarks as “…”": the quotation is in what he said of them', () => {
    const p = 'Last year, Osei played down Brack’s remarks as “just part of the primary season” before the vote.';
    assert.deepStrictEqual(readings(p)[0]?.slice(0, 3), ['partial', 'Osei', 'played down']);
  });
});
