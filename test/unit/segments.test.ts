import * as assert from 'assert';
import type { Span } from '../../server/src/engine/model';
import { datelineEnd, splitParagraphs, splitSentences, type ParagraphSpan } from '../../server/src/engine/segments/segments';
import { readFixture } from '../support/fixtures';
import { spanOf, textsOf } from '../support/spans';
import { fastest } from '../support/timing';


/** The texts of the spans, so a failure shows words rather than offsets. */

/** Sentences of every paragraph, in article offsets. */
function articleSentences(text: string, paragraphs: ParagraphSpan[]): Span[] {
  return paragraphs.flatMap((p) =>
    splitSentences(text.slice(p.start, p.end)).map((s) => ({ start: s.start + p.start, end: s.end + p.start })),
  );
}

describe('segments: paragraphs', () => {
  it('reads a wire story: headline, byline, body with a dateline, credits, and a soft-wrapped line', () => {
    const text = readFixture('segments-wire.article');
    const paragraphs = splitParagraphs(text);
    assert.deepStrictEqual(
      paragraphs.map((p) => p.kind),
      ['headline', 'credit', 'body', 'body', 'body', 'body', 'body', 'body', 'credit', 'credit'],
    );
    assert.deepStrictEqual(paragraphs[0], { ...spanOf(text, 'Harbor Pilots Walk Out as Talks Stall'), kind: 'headline' });
    assert.deepStrictEqual(paragraphs[1], {
      ...spanOf(text, 'By Marta Quillon and Devin Oyelaran, Tidewater Wire'),
      kind: 'credit',
    });
    // The tab that indents a paragraph is not part of it.
    assert.strictEqual(text.slice(paragraphs[5].start, paragraphs[5].start + 11), 'The dispute');
    assert.strictEqual(text[paragraphs[5].start - 1], '\t');
    // "…has regularly⏎declined…" goes on in lower case: one paragraph across the line break.
    const wrapped = spanOf(text, 'Editor’s note: the port authority has regularly\ndeclined requests for its budget documents.');
    assert.deepStrictEqual({ start: paragraphs[7].start, end: paragraphs[7].end }, wrapped);
    assert.strictEqual(text.slice(paragraphs[8].start, paragraphs[8].end), 'Additional reporting by Priya Anand in Boston.');
    assert.strictEqual(text.slice(paragraphs[9].start, paragraphs[9].end), 'Contributing: Tom Feld');
  });

  it('keeps CRLF offsets, and tells a caption above a stand-alone dateline', () => {
    const text = readFixture('segments-crlf.article');
    assert.ok(text.includes('\r\n'), 'the fixture must keep its CRLF line ends');
    const paragraphs = splitParagraphs(text);
    assert.deepStrictEqual(
      paragraphs.map((p) => p.kind),
      ['caption', 'dateline', 'body', 'body'],
    );
    assert.deepStrictEqual(textsOf(text, paragraphs), [
      'Mayor Odalys Brennan tours the flooded Riverside district in Dayton, Ohio, on Monday. (Photo: Kestrel Vance/Tidewater Wire)',
      'CNN\u00A0 —',
      'The Dayton City Council approved an emergency budget of $12.5\u00A0million on Monday night. Council President Harold Finch Jr. called the vote “a first step.”',
      '🎉“We have not forgotten anyone. Help is coming,” Brennan told reporters.',
    ]);
    for (const p of paragraphs) assert.ok(!/[\r\n\u00A0 ]/.test(text[p.end - 1]) && !/[\r\n\u00A0 ]/.test(text[p.start]));
    // The dateline paragraph has no sentence.
    assert.deepStrictEqual(splitSentences(text.slice(paragraphs[1].start, paragraphs[1].end)), []);
    const sentences = articleSentences(text, paragraphs);
    assert.deepStrictEqual(sentences[2], spanOf(text, 'The Dayton City Council approved an emergency budget of $12.5\u00A0million on Monday night.'));
    // The emoji is two UTF-16 code units, before the quotation mark.
    const last = sentences[sentences.length - 1];
    assert.deepStrictEqual(last, spanOf(text, '🎉“We have not forgotten anyone. Help is coming,” Brennan told reporters.'));
    assert.strictEqual(text.slice(last.start + 2, last.start + 3), '“');
  });

  it('joins the lines of a hard-wrapped story and splits on blank lines', () => {
    const text = readFixture('segments-wrapped.article');
    const paragraphs = splitParagraphs(text);
    assert.deepStrictEqual(paragraphs.map((p) => p.kind), ['headline', 'body', 'body']);
    assert.strictEqual(paragraphs[1].start, text.indexOf('The regional ferry'));
    assert.strictEqual(paragraphs[1].end, text.indexOf('vessels.') + 'vessels.'.length);
    assert.deepStrictEqual(textsOf(text, articleSentences(text, paragraphs)).slice(1), [
      'The regional ferry authority voted on Thursday to raise fares by\neight percent starting in April, the first increase since 2019.',
      "The\nboard's chair, Wendell Okafor, said the money would pay for two new\nvessels.",
      'Riders who spoke at the meeting were unhappy.',
      '"We already pay more\nthan anyone in the state," said Lena Brightwater, who commutes from\nPeaks Island.',
    ]);
  });

  it('keeps a headline apart from hard-wrapped text right under it', () => {
    const text =
      'Ferry Fares to Rise\nThe regional ferry authority voted on Thursday to raise fares by\n' +
      'eight percent in April. The board said the money would pay for two\nnew vessels.\n\n' +
      'Riders who spoke at the meeting were unhappy with the decision and\nsaid so.\n';
    assert.deepStrictEqual(textsOf(text, splitParagraphs(text)), [
      'Ferry Fares to Rise',
      'The regional ferry authority voted on Thursday to raise fares by\neight percent in April. The board said the money would pay for two\nnew vessels.',
      'Riders who spoke at the meeting were unhappy with the decision and\nsaid so.',
    ]);
  });

  it('keeps one paragraph per line when lines end sentences, blank lines or not', () => {
    const text = 'First paragraph ends here.\nSecond one starts with a capital.\n\nThird after a blank line.';
    assert.deepStrictEqual(textsOf(text, splitParagraphs(text)), [
      'First paragraph ends here.',
      'Second one starts with a capital.',
      'Third after a blank line.',
    ]);
  });

  it('tells subheads, labels and photo captions', () => {
    const text =
      'Council Backs New Budget\n\nThe council voted 7-2 on Monday to pass the budget after a long debate.\n\nWhat comes next\n\n' +
      'ABSTRACT.\n\nResidents line up outside City Hall on Monday. Getty Images\n\nHere are the highlights:';
    assert.deepStrictEqual(
      splitParagraphs(text).map((p) => p.kind),
      ['headline', 'body', 'headline', 'headline', 'caption', 'body'],
    );
  });

  it('reads a title-style top line as the headline despite a slip of case or a final period, and its second line too', () => {
    const body = '\n\nThe harbour board met in Ostend on Monday to hear the dredging bids.';
    // one word left in lower case, a period, more words than a lede's opening line would take for a headline
    const slip = 'Ferry Chief Quell Just Made A Bold Call About The Pier – It’s The Last Thing Skippers Will Want To hear.';
    assert.deepStrictEqual(splitParagraphs(slip + body).map((p) => p.kind), ['headline', 'body']);
    // a headline split over two lines, the second closed by a period, with or without a blank line between
    for (const split of ['Harbour Master Varga Thinks The Ferry Board Would Be\nA Poor Steward Of The Pier.', 'Mayor Varga Says\n\nThe Board Wants To Sell.']) {
      assert.deepStrictEqual(splitParagraphs(split + body).map((p) => p.kind), ['headline', 'headline', 'body']);
    }
  });

  it('reads an archive headline closed by a semicolon, and the deck it runs on into, as headline', () => {
    const body = '\n\nThe Kessel harbour board voted on Monday to raise ferry fares by a tenth from June.\n\nSkippers said the rise was steep.';
    // sentence case, the semicolon running on into a deck with a period, a one-word rubric, or a Title Case line
    for (const top of ['Ferry fares to rise in Kessel;\nBoard blames the cost of fuel and a long winter.', 'Ferry fares to rise;\nHarbour Notes.', 'Kessel Board Backs Fare Rise; Vote Set for June;\nSkippers plan a protest at the pier.']) {
      assert.deepStrictEqual(splitParagraphs(top + body).map((p) => p.kind), ['headline', 'headline', 'body', 'body'], top);
    }
    // a deck that runs on again, then the story
    const chain = 'Ferry fares to rise;\nBoard blames fuel;\nSkippers plan a protest.' + body;
    assert.deepStrictEqual(splitParagraphs(chain).map((p) => p.kind), ['headline', 'headline', 'headline', 'body', 'body']);
    // the lede a dateline opens is not a deck, and a semicolon further down ends no headline
    const lede = 'Ferry fares to rise;\nKESSEL (AP) — The harbour board voted on Monday.\n\nThe rise is steep;\nSkippers will pay more.';
    assert.deepStrictEqual(splitParagraphs(lede).map((p) => p.kind), ['headline', 'body', 'body', 'body']);
  });

  it('keeps a sentence full of names, and a list of names, under a headline as body: names capitalise no function word', () => {
    const names = 'Mayor Ann Lee of Ostvik met Governor Bob Roe in Kessel on Monday.';
    const list = 'Ann Lee, Bob Roe, Carl Poe and Dana Tull.';
    for (const line of [names, list]) {
      assert.deepStrictEqual(splitParagraphs(`Ferry Fares to Rise\n\n${line}\n\nThe board met.`).map((p) => p.kind), ['headline', 'body', 'body']);
    }
    // a sentence-case second line stays body, and so does a title-style line further down
    const later = 'Ferry Fares to Rise\n\nSkippers fear the toll will double.\n\nThe Board Wants To Sell The Pier Before Summer.';
    assert.deepStrictEqual(splitParagraphs(later).map((p) => p.kind), ['headline', 'body', 'body']);
  });

  it('reads a Markdown heading as a headline whatever its case, length or final period', () => {
    const text =
      '# Ferry board wants to sell the pier before summer, as skippers fear the toll will double.\n\n' +
      'The harbour board met in Ostend on Monday.\n\n## Skippers fear the toll will double before the summer season.\n\nThe board met again.';
    assert.deepStrictEqual(splitParagraphs(text).map((p) => p.kind), ['headline', 'body', 'headline', 'body']);
    // a hashtag opening a sentence is no heading mark
    assert.deepStrictEqual(splitParagraphs('Harbour vote\n\n#SaveThePier trended all week as skippers fear the toll will double.').map((p) => p.kind), ['headline', 'body']);
  });

  it('tells wire credit lines at the end of a story', () => {
    const text =
      'The port reopened on Friday.\nAssociated Press writer Lena Ortiz in Boston contributed to this report.\n' +
      '(Reporting by Sam Hale; Editing by Ruth Kim)\nFollow Dana Price on Twitter @dprice.';
    assert.deepStrictEqual(splitParagraphs(text).map((p) => p.kind), ['body', 'credit', 'credit', 'credit']);
    const markdown = '# Talks resume\n\n*By Ana Ruiz, Tidewater Wire*\n\nThe talks resumed.\n\n_Additional reporting by Sam Hale._';
    assert.deepStrictEqual(splitParagraphs(markdown).map((p) => p.kind), ['headline', 'credit', 'body', 'credit']);
    // the longest ending a credit line is told by, whole at the line's end (it is looked for there only)
    const longest = 'The ferry ran late.\n(Mara Oyelaran contributed reporting to this article.)';
    assert.deepStrictEqual(splitParagraphs(longest).map((p) => p.kind), ['body', 'credit']);
  });

  it('tells a comment or share widget stuck to the story, glued or on lines of its own, but keeps sentences about likes', () => {
    const text =
      'The Ostvik ferry board raised fares on Monday.\nMara QuillFlagShareLikeReplyTobin Sarr 4ptsFeaturedMay 2, 09:14Board Votes Again\n' +
      'Reply · Share · Flag · Like\n38 Comments\nComments (7)\nSign in to comment\n' +
      'The post drew 4,000 likes and 900 shares within an hour.\nShare your views with the board, like Sarr did.\n17 likes';
    assert.deepStrictEqual(splitParagraphs(text).map((p) => p.kind), ['body', 'credit', 'credit', 'credit', 'credit', 'credit', 'body', 'body', 'credit']);
    // a word that only begins with a button, or a single button word, is prose or a subhead
    const prose = 'Skippers ShareLikes fares.\n\nReport\n\nThe board met.';
    assert.deepStrictEqual(splitParagraphs(prose).map((p) => p.kind), ['body', 'headline', 'body']);
  });

  it('does not take a sentence starting "By" for a byline', () => {
    const text = 'Opening line of the story goes here.\n\nBy Tuesday, the harbor had reopened to all traffic.';
    assert.deepStrictEqual(splitParagraphs(text).map((p) => p.kind), ['body', 'body']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepStrictEqual(splitParagraphs(''), []);
    assert.deepStrictEqual(splitParagraphs(' \r\n\t\u00A0\n\n'), []);
    assert.deepStrictEqual(splitSentences(''), []);
    assert.deepStrictEqual(splitSentences(' \u00A0\u00AD '), []);
  });
});

describe('segments: datelines', () => {
  const bodyStart = (paragraph: string) => paragraph.slice(datelineEnd(paragraph));
  it('finds where the body starts after wire datelines', () => {
    assert.strictEqual(bodyStart('WASHINGTON (AP) — The Senate voted.'), 'The Senate voted.');
    assert.strictEqual(bodyStart('FLINT, Mich., Oct. 4 (UPI) — Former governor spoke.'), 'Former governor spoke.');
    assert.strictEqual(bodyStart('FAIRVIEW, W.Va. - The coal was piled high.'), 'The coal was piled high.');
    assert.strictEqual(bodyStart('LONDON, March 5 (Reuters) - Shares fell.'), 'Shares fell.');
    assert.strictEqual(bodyStart('Indianapolis – Several thousand teachers rallied.'), 'Several thousand teachers rallied.');
    assert.strictEqual(bodyStart('(CNN)Two hostages were freed.'), 'Two hostages were freed.');
    assert.strictEqual(datelineEnd('CNN\u00A0 —'), 'CNN\u00A0 —'.length);
  });

  it('leaves ordinary openings alone', () => {
    assert.strictEqual(datelineEnd('The Senate voted — narrowly — on Tuesday.'), 0);
    assert.strictEqual(datelineEnd('Hamas — the group that runs Gaza — said no.'), 0);
    assert.strictEqual(datelineEnd('US Secretary of State Ana Ruiz spoke.'), 0);
    assert.strictEqual(datelineEnd('New York Mayor Tom Reyes — a Democrat — said so.'), 0);
  });

  it('starts the first sentence after a dateline', () => {
    const paragraph = 'PORTLAND, Maine (TW) — Harbor pilots walked out. The port closed.';
    assert.deepStrictEqual(textsOf(paragraph, splitSentences(paragraph)), ['Harbor pilots walked out.', 'The port closed.']);
  });
});

describe('segments: sentences', () => {
  const sentences = (paragraph: string) => textsOf(paragraph, splitSentences(paragraph));

  it('splits the wire fixture exactly', () => {
    const text = readFixture('segments-wire.article');
    const all = articleSentences(text, splitParagraphs(text));
    const expected = [
      'Harbor Pilots Walk Out as Talks Stall',
      'By Marta Quillon and Devin Oyelaran, Tidewater Wire',
      'Harbor pilots walked off the job at 6 a.m. Tuesday, stranding three con\u00ADtainer ships in Casco Bay.',
      'The pilots’ union said the strike would last “as long as it takes.”',
      'Sen. Rowan T. Hadley, a Democrat, met union leaders at the U.S. Customs House on Commercial St.',
      'The meeting ended after two hours.',
      '“We will not be pushed around. We are ready to stay out all winter,” said Lt. Gov. Alma Verhoeven, who joined the picket line.',
      'The dispute began in Jan. when the port authority – citing a $4.2\u00A0million shortfall – cut pilot fees by 12%.',
      'Dr. Ines Marchetti, an economist at Bayview College, said the cut was “not sustainable.”',
      'Port director Calum Reyes Jr. declined to comment.',
      'He said: “The port is open.”',
      'Then he left the hearing.',
      'Editor’s note: the port authority has regularly\ndeclined requests for its budget documents.',
      'Additional reporting by Priya Anand in Boston.',
      'Contributing: Tom Feld',
    ];
    assert.deepStrictEqual(textsOf(text, all), expected);
    assert.deepStrictEqual(all.map((s) => text.slice(s.start, s.end)), expected);
    assert.deepStrictEqual(all[6], spanOf(text, expected[6]));
  });

  it('keeps a quotation and its cue together', () => {
    assert.deepStrictEqual(sentences('“We will win,” she said. Then she left.'), ['“We will win,” she said.', 'Then she left.']);
    assert.deepStrictEqual(sentences('“We will win. We are ready,” she said.'), ['“We will win. We are ready,” she said.']);
    assert.deepStrictEqual(sentences('“Why now? Why us?” Kim asked. Nobody answered.'), [
      '“Why now? Why us?” Kim asked.',
      'Nobody answered.',
    ]);
    assert.deepStrictEqual(sentences("'We will win. We are ready,' she said."), ["'We will win. We are ready,' she said."]);
  });

  it('splits after a closing mark that ends the sentence', () => {
    assert.deepStrictEqual(sentences('He said: “We are ready.” Then he left.'), ['He said: “We are ready.”', 'Then he left.']);
    assert.deepStrictEqual(sentences('He said: "We are ready." Then he left.'), ['He said: "We are ready."', 'Then he left.']);
    assert.deepStrictEqual(sentences('“Is it over?” Officials declined to say.'), ['“Is it over?”', 'Officials declined to say.']);
  });

  it('knows abbreviations and initials', () => {
    assert.deepStrictEqual(sentences('John F. Kennedy spoke. Mr. Ruiz and Gen. Okafor met Gov. Lane at 9 a.m. on Feb. 3.'), [
      'John F. Kennedy spoke.',
      'Mr. Ruiz and Gen. Okafor met Gov. Lane at 9 a.m. on Feb. 3.',
    ]);
    assert.deepStrictEqual(sentences('They met in the U.S. The talks failed.'), ['They met in the U.S.', 'The talks failed.']);
    assert.deepStrictEqual(sentences('They left at 5 p.m. Officials said nothing.'), ['They left at 5 p.m.', 'Officials said nothing.']);
    assert.deepStrictEqual(sentences('Ferguson and Brown v. Board of Education are cited. It matters.'), [
      'Ferguson and Brown v. Board of Education are cited.',
      'It matters.',
    ]);
    assert.deepStrictEqual(sentences('It was his No. 2 priority. He said so.'), ['It was his No. 2 priority.', 'He said so.']);
  });

  it('treats no-break spaces, tabs and soft hyphens as text, never as sentence edges', () => {
    const paragraph = '\u00A0\tThe deal is worth $3\u00A0billion.\u00A0The vote is on\u00ADline.\u00AD\u00A0';
    assert.deepStrictEqual(sentences(paragraph), ['The deal is worth $3\u00A0billion.', 'The vote is on\u00ADline.']);
  });

  it('leaves Markdown heading and list marks out of the sentence', () => {
    assert.deepStrictEqual(sentences('# Council backs bike lanes'), ['Council backs bike lanes']);
    assert.deepStrictEqual(sentences('- The vote was 5-4. It was close.'), ['The vote was 5-4.', 'It was close.']);
    assert.deepStrictEqual(sentences('> SALEM, Ore. — The council voted.'), ['The council voted.']);
  });

  it('handles ellipses, CRLF inside a paragraph and a missing final period', () => {
    assert.deepStrictEqual(sentences('We waited... Nothing came.\r\nThen rain'), ['We waited...', 'Nothing came.', 'Then rain']);
  });

  it('never throws on hostile text, and its spans stay inside and trimmed', () => {
    const garbage = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    for (const text of [garbage, '“', '”', '"', '.', '...', '\u00AD', '🎉', 'U.S.'.repeat(5000)]) {
      const paragraphs = splitParagraphs(text);
      for (const p of paragraphs) {
        const paragraph = text.slice(p.start, p.end);
        for (const s of splitSentences(paragraph)) {
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= paragraph.length);
          assert.ok(paragraph[s.start].trim() !== '' && paragraph[s.end - 1].trim() !== '');
        }
      }
    }
  });

  it('stays linear on long lines', () => {
    for (const line of ['He said “a. B.” and '.repeat(5000), '. A'.repeat(40000), 'Mr. U.S. '.repeat(12000)]) {
      const ms = fastest(() => {
        const text = `${line} ${Math.random()}`; // a new string each run, so no memo helps
        splitParagraphs(text);
        splitSentences(text);
      });
      // Under 1 s; on a machine too busy for that, within 25 times a trivial pass that builds an object per character.
      const trivial = fastest(() => Array.from(line, (ch, i) => ({ ch, i })).filter((cell) => cell.ch === '.'));
      assert.ok(ms < Math.max(1000, 25 * trivial), `took ${ms.toFixed(0)} ms (a trivial pass: ${trivial.toFixed(0)} ms)`);
    }
  });
});
