import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';

/** The name of the actor who speaks the attribution whose source is the n-th `source` of the story. */
function speakerOf(story: string, source: string, nth = 1): string | undefined {
  const model = analyze(story);
  const found = model.attributions.filter((x) => x.source && story.slice(x.source.start, x.source.end) === source);
  const a = found[nth - 1];
  assert.ok(a, `no attribution has the source "${source}" (#${nth})`);
  return model.actors.find((x) => x.id === a.actor)?.name;
}

describe('speakers: a pronoun that speaks carries on the last speaker', () => {
  it('"…, Marsh said. “…,” she said": the speaker of the sentence before, not the first woman it names', () => {
    const story =
      'The feud between Ada Quell and Rosa Brandt will take months to cool, Hilda Marsh said on Monday. ' +
      '“Her temper is short,” she said.';
    assert.strictEqual(speakerOf(story, 'she'), 'Hilda Marsh');
  });

  it('"Asked by Brandt about the levy, Quell said …. “…,” he continued": the one who answered, not the asker', () => {
    const story =
      'Asked by Tom Brandt about the harbour levy, Pavel Quell said, “The levy is fair.” ' + '“Let me put it plainly,” he continued.';
    assert.strictEqual(speakerOf(story, 'he'), 'Pavel Quell');
  });

  it('one who asks yields the floor: "a voter asked if she would run. “…,” she replied" is the one asked', () => {
    const story =
      'Mayor Lena Ortiz caused a stir when a Tarnford voter asked if she would run again.\n\n' + '“What a fine idea. I love that,” she replied.';
    assert.strictEqual(speakerOf(story, 'she'), 'Lena Ortiz');
  });
});

describe('speakers: a he or she after a long quotation', () => {
  it('"She went on to say" after five quoted sentences is the one who spoke them', () => {
    const story =
      '“We will win the vote,” Dana Quill said. “The levy is fair. The pier will open. The ferry will run. The toll will go. ' +
      'The town will grow.” She went on to say that the board agreed.';
    assert.strictEqual(speakerOf(story, 'She'), 'Dana Quill');
  });
});

describe('speakers: a he or she that opens a sentence carries its referent on', () => {
  it('"This year, he rose to the defence of Tom Brandt. “…,” he said": the one the first "he" is, not Brandt', () => {
    const story =
      'Pavel Quell held his yearly news conference on Friday.\n\n' +
      'This year, he rose to the defence of Tom Brandt, the ferry chief, saying Brandt deserved a medal.\n\n' +
      '“He is a fine and honest man,” he said.';
    assert.strictEqual(speakerOf(story, 'he', 2), 'Pavel Quell');
  });
});

describe('speakers: a definite epithet of the person just named', () => {
  it('"the candidate said" after a quote of Quill is Quill, not a new unnamed source', () => {
    const story = '“We will fix the pier,” Dana Quill told the Harbour Courier. “Nobody wants a toll,” the candidate said.';
    assert.strictEqual(speakerOf(story, 'the candidate'), 'Dana Quill');
  });

  it('"the Serbian leader said": a nation before an unnamed-source noun is a post\'s modifier, the person just named', () => {
    const story =
      'President Ivo Dantic held his yearly news conference on Friday.\n\n' +
      'And he spoke warmly of Lena Marsh after it ended.\n\n' +
      '“She is a very bright woman,” the Serbian leader said.';
    assert.strictEqual(speakerOf(story, 'the Serbian leader'), 'Ivo Dantic');
  });

  it('"The candidate also denied" after a quotation of sentences naming no one is the person who spoke them', () => {
    const story =
      '“We will fix the pier,” Dana Quill said. “It will take a year. Nobody wants a toll.”\n\n' +
      'The candidate also denied that she had met the ferry owners.';
    assert.strictEqual(speakerOf(story, 'The candidate'), 'Dana Quill');
  });

  it('a bare office is still whoever holds it: "The governor said" after Quill is no epithet of Quill', () => {
    const story = 'Dana Quill met the ferry board on Monday. The governor said the pier would close.';
    assert.notStrictEqual(speakerOf(story, 'The governor'), 'Dana Quill');
  });
});

describe('speakers: a source that names no one', () => {
  it('is not a person named inside the quotation it speaks: "“… Tom Banks …,” a voice on the tape said"', () => {
    const story = 'The board met late on Monday.\n\n“Nobody told Tom Banks about the vote,” a voice on the tape said.';
    assert.notStrictEqual(speakerOf(story, 'a voice on the tape'), 'Tom Banks');
  });

  it('"the HPU said" is the body its initials name, not the person its quotation names', () => {
    const story = 'Pilots met in Tarnford on Monday.\n\n“We are very sorry Ted Arlow has pulled out,” the HPU said in a statement.';
    assert.strictEqual(speakerOf(story, 'the HPU'), 'HPU');
    assert.strictEqual(analyze(story).actors.find((a) => a.name === 'HPU')?.kind, 'organization');
    // the body named in full before
    const named = story.replace('Pilots met', 'The Harbour Pilots Union met');
    assert.strictEqual(speakerOf(named, 'the HPU'), 'Harbour Pilots Union');
  });

  it('"The Post responded" is the paper by its short name, not a document speaking for the last speaker', () => {
    const story = 'The Tarnford Post ran a sharp editorial on Monday. Dana Quill said it was unfair. The Post responded with a second piece.';
    assert.strictEqual(speakerOf(story, 'The Post'), 'Tarnford Post');
  });

  it('"the Texan said", "said the Republican": one of a nation\'s or party\'s people is the person just named', () => {
    const texan = 'Ted Arlow, a former governor, spoke in Tarnford on Monday. “We will win the state,” the Texan said.';
    assert.strictEqual(speakerOf(texan, 'the Texan'), 'Ted Arlow');
    const republican = 'Ted Arlow spoke in Tarnford on Monday. “We must cut the rules,” said the Republican.';
    assert.strictEqual(speakerOf(republican, 'the Republican'), 'Ted Arlow');
  });
});

describe('speakers: a named person who ends a source after the cue', () => {
  it('"said Harbour Board ranking member Dana Whitfield": the person speaks, not the board before her title', () => {
    const story = '“The toll is a mistake,” said Harbour Board ranking member Dana Whitfield (D-Tarrow). “We will fight it.”';
    assert.strictEqual(speakerOf(story, 'Dana Whitfield'), 'Dana Whitfield');
  });

  it('"said Quayside Ferries spokesman Tom Banks": the firm before the title only modifies it', () => {
    const story = '“No sailing is cancelled,” said Quayside Ferries spokesman Tom Banks.';
    assert.strictEqual(speakerOf(story, 'Tom Banks'), 'Tom Banks');
  });

  it('"said economists Ada Marsh and Tom Banks": two named sources, the one nearest the cue stays the source', () => {
    const story = '“Wages will rise,” said harbour economists Ada Marsh and Tom Banks.';
    const a = analyze(story).attributions.find((x) => x.source);
    assert.strictEqual(a && story.slice(a.source!.start, a.source!.end), 'Ada Marsh');
  });
});

describe('speakers: a subject whose title runs in lower case between capitalised words (session 26)', () => {
  it('"Harbour Board chair Dana Whitfield issued the following statement: “…”": Whitfield, not the board', () => {
    const story = 'Harbour Board chair Dana Whitfield issued the following statement: “Our thoughts are with the town.”';
    const a = analyze(story).attributions.find((x) => x.kind === 'direct');
    assert.strictEqual(a?.source && story.slice(a.source.start, a.source.end), 'Dana Whitfield');
  });

  it('"Republican presidential nominee Ada Brell sat down, saying …": the nominee speaks, not "Republican"', () => {
    const story = 'Republican presidential nominee Ada Brell sat down with the crews on Monday, saying the toll would go.';
    const a = analyze(story).attributions.find((x) => x.cue && story.slice(x.cue.start, x.cue.end) === 'saying');
    assert.strictEqual(a?.source && story.slice(a.source.start, a.source.end), 'Ada Brell');
  });
});

describe('speakers: quote paragraphs after an introduction that ends its paragraph (session 26)', () => {
  it('"Mayor Lena Ortiz issued the following statement: ¶ “…”": the quote paragraph is Ortiz\'s', () => {
    const story = 'After the storm, Mayor Lena Ortiz issued the following statement:\n\n“Our thoughts are with every family on the quay.”';
    const model = analyze(story);
    const a = model.attributions.find((x) => x.kind === 'direct');
    assert.strictEqual(model.actors.find((x) => x.id === a?.actor)?.name, 'Lena Ortiz');
  });
});

describe('speakers: a short quotation that is a sentence of its own (session 26)', () => {
  it('“…,” Quill said. “Very good.” — the short echo after the full stop is Quill\'s too', () => {
    const story = '“I feel very good about the vote,” Dana Quill said. “Very good.”';
    const model = analyze(story);
    const a = model.attributions.find((x) => story.slice(x.content.start, x.content.end) === '“Very good.”');
    assert.strictEqual(model.actors.find((x) => x.id === a?.actor)?.name, 'Dana Quill');
  });

  it('a short scare quote inside the reporter\'s sentence stays unattributed: the “pier people” left', () => {
    const story = '“I feel very good about the vote,” Dana Quill said. The “pier people” left early.';
    assert.ok(!analyze(story).attributions.some((x) => story.slice(x.content.start, x.content.end) === '“pier people”'));
  });
});

describe('speakers: a quote paragraph after a report cut short at a clause of its own (session 26)', () => {
  it('"Quill said that critics had long predicted a U.S. toll, but it would not come. ¶ “…”": Quill goes on', () => {
    const story =
      'Dana Quill said that for years some critics had been predicting a U.S. toll on the pier, but this would not happen.\n\n' +
      '“That is because this pier, which is home to half the fleet, remains the busiest in the county.”';
    const model = analyze(story);
    const a = model.attributions.find((x) => x.kind === 'direct');
    assert.strictEqual(model.actors.find((x) => x.id === a?.actor)?.name, 'Dana Quill');
  });
});

describe('speakers: a paper named after its city\'s possessive, after the cue (session 26)', () => {
  it('"opined Tarrow\'s Harbour Courier": the paper speaks, not the city that owns its name', () => {
    const story = '“Leave the rifles at home,” opined Tarrow’s Harbour Courier.';
    const a = analyze(story).attributions.find((x) => x.source);
    assert.strictEqual(a?.source && story.slice(a.source.start, a.source.end), 'Harbour Courier');
  });

  it('"said Tarrow\'s harbour master": a title after the owner is left to the owner, as before', () => {
    const story = '“Leave the rifles at home,” said Tarrow’s harbour master.';
    const a = analyze(story).attributions.find((x) => x.source);
    assert.ok(a?.source && story.slice(a.source.start, a.source.end).startsWith('Tarrow'));
  });
});

describe('speakers: a person described by age alone (session 26)', () => {
  it('"Ada Brell, 46, took the stage. “…,” said the 46-year-old": Brell speaks', () => {
    const story = 'Ada Brell, 46, a ferry pilot from Tarrow, took the stage on Monday.\n\n“The pier is ours,” said the 46-year-old.';
    assert.strictEqual(speakerOf(story, 'the 46-year-old'), 'Ada Brell');
  });
});

describe('speakers: "the woman", "the man" quoted after one brought in without a name', () => {
  it('"One man at the back … “…,” the man shouted": the unnamed one, not no one', () => {
    const story =
      'Dana Quill took questions at the Tarnford ferry hall on Tuesday.\n\n' +
      'One man at the back of the hall, angry about the toll, stood up as she spoke:\n\n' +
      '“You sold the pier to your friends,” the man shouted.';
    const model = analyze(story);
    const a = model.attributions.find((x) => x.source && story.slice(x.source.start, x.source.end) === 'the man');
    const actor = model.actors.find((x) => x.id === a?.actor);
    assert.strictEqual(actor?.kind, 'anonymous');
  });

  it('"a woman asked … “…,” the woman said": the same unnamed woman who asked', () => {
    const story =
      'At a town meeting in Harlow, a woman in a red coat asked Pavel Quell about the levy.\n\n' +
      '“You promised us a lower toll,” the woman said.';
    assert.strictEqual(speakerOf(story, 'the woman'), 'a woman in a red coat');
  });

  it('"said the woman, who asked not to be named. … “…,” she said": the pronoun carries her on', () => {
    const story =
      'Tom Brack, the ferry board chair, said he would keep the toll.\n\n' +
      '“We cannot pay it any longer,” said the woman, who asked not to be named because she feared losing her stall. ' +
      'She has sold fish on the pier for years.\n\n' +
      '“The board never listens,” she said.';
    assert.strictEqual(speakerOf(story, 'she', 2), 'the woman');
  });

  it('a she who fits no named person after "a woman … told": that woman, unless a named person spoke since', () => {
    const story = 'At the pier on Monday, a woman in a red coat told the Harbour Courier that the toll was too high.\n\n';
    const quote = '“We cannot pay it any longer,” she said.';
    assert.strictEqual(speakerOf(story + quote, 'she'), 'a woman in a red coat');
    assert.strictEqual(speakerOf(story + 'Tom Brack said the board would meet.\n\n' + quote, 'she'), undefined);
  });
});

describe('speakers: a count of two that the story has just named as a pair', () => {
  const letter =
    'On Monday, Ada Brell and Harbour Board Chairman Tom Kessel (R-Tarn) sent a letter to the ferry commissioner.\n\n' +
    'The commissioner said the fares were fair. ';

  it('"The two lawmakers, however, argue", "the two write": the pair, credited to the one named first, no unnamed source', () => {
    const story = letter + 'The two lawmakers, however, argue that “the fares are a tax.”\n\n“You broke your word,” the two write.';
    assert.strictEqual(speakerOf(story, 'two lawmakers'), 'Ada Brell');
    assert.strictEqual(speakerOf(story, 'the two'), 'Ada Brell');
  });

  it('"both unions", "The two firms" count no pair of people, and a pair of firms is none', () => {
    const unions = letter + 'Both unions criticized the letter, saying it came too late.';
    assert.notStrictEqual(speakerOf(unions, 'Both unions'), 'Ada Brell');
    const firms = 'Ada Brell and Tom Kessel met on Monday. The ferry giants Tarn Lines and Quay Marine might bid. Both have said they would.';
    assert.notStrictEqual(speakerOf(firms, 'Both'), 'Ada Brell');
  });
});

describe('speakers: the one asked answers', () => {
  it('"Brack then asked Quill which piers would close. “…,” she said": Quill, not the asker', () => {
    const story =
      'Ada Brack interviewed Dana Quill on the Harbour Hour on Wednesday.\n\n' +
      'Brack then asked Quill which piers would close first.\n\n' +
      '“We will keep every one of them open,” she said.';
    assert.strictEqual(speakerOf(story, 'she'), 'Dana Quill');
  });

  it('"Brack asked Quill to resign. “…,” he said": no question, the asker may go on', () => {
    const story = 'Tom Brack asked Dana Quill to resign on Wednesday.\n\n“The board has lost its trust,” he said.';
    assert.strictEqual(speakerOf(story, 'he'), 'Tom Brack');
  });
});

describe('speakers: a document speaks for the one the story said sent it out', () => {
  it('"her campaign put out a short email … read the email": the campaign, not the candidate who spoke last', () => {
    const story =
      'Ada Quill will stand for the harbour seat, she told the Courier.\n\n' +
      'On Monday, her campaign put out a short email about the toll fight. “Every dollar keeps the pier open,” read the email.';
    assert.strictEqual(speakerOf(story, 'the email'), 'her campaign');
  });

  it('"The cable indicated": a diplomat\'s cable speaks for the one who reported in it', () => {
    const story =
      'In a June cable, Ambassador Ines Roa reported, “The harbour is calm but the guards are few.” ' +
      'The cable indicated that twelve guards would be the “minimum” for the port.';
    assert.strictEqual(speakerOf(story, 'The cable'), 'Ines Roa');
  });

  it('with no sentence that sent it out, the statement still speaks for whoever spoke last', () => {
    const story = '“We will appeal,” the Tarn Ferry Company said on Monday. “The ruling is wrong,” the statement added.';
    assert.strictEqual(speakerOf(story, 'the statement'), 'Tarn Ferry Company');
  });
});

describe('speakers: a they that no body in the sentence before fits', () => {
  it('"Pilots at the harbour say …. The board voted …. They want …": the unnamed crowd that spoke last', () => {
    const story =
      'Pilots at the harbour say the new toll is unfair. The board voted for it in May. ' +
      'They want the board to “think again before the winter.”';
    assert.strictEqual(speakerOf(story, 'They'), 'Pilots at the harbour');
  });
});
