import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { speakers } from '../support/cast';


describe('unnamed sources: crowds and bodies that speak', () => {
  it('"Cubans now say": an adverb of time between a people and its cue', () => {
    assert.deepStrictEqual(speakers('Cubans now say the ferry fares are too high.')[0], ['group', 'Cubans']);
  });

  it('"Most respondents said", "Forum users wrote": those who answer a poll or post online', () => {
    assert.deepStrictEqual(speakers('Most respondents said the ferry fares were too high.'), [['anonymous', 'Most respondents']]);
    assert.deepStrictEqual(speakers('Forum users wrote that the toll was a scandal.'), [['anonymous', 'Forum users']]);
  });

  it('"wrote one commenter", "Commenters said": those who answer under a post speak unnamed', () => {
    assert.deepStrictEqual(speakers('“The toll is theft,” wrote one commenter.'), [['anonymous', 'one commenter']]);
    assert.deepStrictEqual(speakers('Commenters said the ferry was late again.'), [['anonymous', 'Commenters']]);
  });

  it('"Dozens of aid organizations warned": bodies named only by their kind', () => {
    assert.deepStrictEqual(speakers('Dozens of aid organizations warned that the port would close.'), [['anonymous', 'aid organizations']]);
  });

  it('"Three regional newspapers, including the Tarnmouth Courier, urged": the papers speak past the examples set off', () => {
    const story = 'Three regional newspapers, including the Tarnmouth Courier, urged the mayor to resign.';
    assert.deepStrictEqual(speakers(story), [['anonymous', 'Three regional newspapers']]);
  });
});

describe('unnamed sources: indefinite pronouns', () => {
  it('"Someone described the levy …" is one unnamed source, not an organisation', () => {
    assert.deepStrictEqual(speakers('Someone described the levy as theft, and the mayor agreed.')[0], ['anonymous', 'Someone']);
  });

  it('"For someone who once admitted …, Ada Brandt …": someone described, the person the sentence names, no source', () => {
    const model = analyze('For someone who once admitted on the radio that she is "no born campaigner," Ada Brandt had a strong evening on Tuesday.');
    assert.ok(!model.actors.some((a) => a.kind === 'anonymous'));
  });

  it('"Everyone said", "Nobody told" name no one', () => {
    const model = analyze('Everyone said the pier was safe. Nobody told the mayor that it was not.');
    assert.deepStrictEqual(model.actors, []);
  });
});

describe('unnamed sources: a population that holds a view', () => {
  it('"Many harbour residents believe …" is a public the reporter describes; "Port analysts believe that …" a source', () => {
    assert.deepStrictEqual(speakers('Many harbour residents believe the new levy will close the market.'), [['group', 'Many harbour residents']]);
    assert.deepStrictEqual(speakers('Port analysts believe that the levy will close the market.'), [['anonymous', 'Port analysts']]);
  });

  it('a population that also speaks stays an unnamed source', () => {
    const story = 'Harbour residents said the toll was too high. The residents believe the ferry will stop.';
    assert.deepStrictEqual(speakers(story), [['anonymous', 'Harbour residents'], ['anonymous', 'Harbour residents']]);
  });
});

describe('unnamed sources: a cue the lexicon does not hold', () => {
  it('"harbour donors were upset about …" reports no word: a group, no unnamed source', () => {
    const story = 'After the vote, harbour donors were upset about the Green slate.';
    assert.deepStrictEqual(speakers(story), [['group', 'harbour donors']]);
  });

  it('"harbour voters rejected the ferry levy": a crowd that backs or votes says nothing, a group', () => {
    assert.deepStrictEqual(speakers('In March, harbour voters rejected the ferry levy by a wide margin.'), [['group', 'harbour voters']]);
  });

  it('"A district judge ruled", "Port analysts had forecast": a finding or a forecast is the source\'s word', () => {
    const story = 'A district judge ruled on Monday that the pier lease was void. Port analysts had already forecast that the port would lose money.';
    assert.deepStrictEqual(speakers(story), [['anonymous', 'A district judge'], ['anonymous', 'Port analysts']]);
  });
});

describe('unnamed sources: a counted set', () => {
  it('"The two councillors, however, argue", "All three candidates now argue": the people the story named, a group', () => {
    // not a pair just joined by "and": that pair speaks through its first name (speakers.test)
    const pair = 'Ada Roa met Tom Brack at the port on Monday. The two councillors, however, argue that the lease is void.';
    assert.deepStrictEqual(speakers(pair).pop(), ['group', 'two councillors']);
    const three = 'Ada Roa, Tom Brack and Ines Bell met in Tarnmouth. All three candidates now argue the toll must fall.';
    assert.deepStrictEqual(speakers(three), [['group', 'three candidates']]);
  });

  it('"Two harbour officials said … The two officials said": the unnamed sources again', () => {
    const story = 'Two harbour officials said the lease was void. The two officials, who spoke on condition of anonymity, said the board knew.';
    assert.deepStrictEqual(speakers(story), [['anonymous', 'Two harbour officials'], ['anonymous', 'two officials']]);
  });
});

describe('unnamed sources: a share of those a poll asked', () => {
  it('"Thirty percent said", "About four in 10 said", "almost half said": each share speaks, unnamed', () => {
    const story =
      'The Tarn Gazette asked 900 ferry users about the toll. Thirty percent said the fare was too high. ' +
      'About four in 10 said they would stop sailing, and almost half said the pier was unsafe.';
    assert.deepStrictEqual(speakers(story).slice(1), [
      ['anonymous', 'Thirty percent'],
      ['anonymous', 'About four in 10'],
      ['anonymous', 'almost half'],
    ]);
  });

  it('"41 percent of Tories said": a share of a party speaks as some of its members, unnamed', () => {
    assert.deepStrictEqual(speakers('Asked about the new levy, 41 percent of Tories said the toll was fair.').pop(), ['anonymous', '41 percent of Tories']);
  });

  it('"Sixty-six percent of islanders said", "Seventy percent of Liberal voters say": a share in words is a share, never a name', () => {
    assert.deepStrictEqual(speakers('Sixty-six percent of islanders said the levy made no difference.'), [['anonymous', 'Sixty-six percent of islanders']]);
    assert.deepStrictEqual(speakers('Thirty-two percent said the levy was fair.'), [['anonymous', 'Thirty-two percent']]);
    const voters = 'The Tarn Gazette polled 800 voters in May. Seventy percent of Liberal registered voters say they have a favourable view of Pell.';
    assert.deepStrictEqual(speakers(voters).pop(), ['anonymous', 'Seventy percent of Liberal registered voters']);
  });

  it('"Majorities of Kessel dockworkers say", "The majority of Ostend tenants told": the larger part of a group speaks as a share', () => {
    assert.deepStrictEqual(speakers('Majorities of Kessel dockworkers say the berth fee has hurt their trade.'), [['anonymous', 'Majorities of Kessel dockworkers']]);
    assert.deepStrictEqual(speakers('Large majorities of Tarn farmers said the levy was unfair.'), [['anonymous', 'Large majorities of Tarn farmers']]);
    const tenants = 'The Tarn Gazette polled 800 tenants. The majority of Ostend tenants told the Gazette that rents had doubled.';
    assert.deepStrictEqual(speakers(tenants).pop(), ['anonymous', 'The majority of Ostend tenants']);
  });

  it('"Some 70 percent of dockworkers believe that …": a share holding a view is a public, a group', () => {
    const story = 'The Tarn Gazette asked 900 harbour hands about the toll. Some 70 percent of dockworkers believe that the pier is safe.';
    assert.deepStrictEqual(speakers(story).slice(1), [['group', 'Some 70 percent of dockworkers']]);
  });
});

describe('unnamed sources: a clause that tells which people', () => {
  it('"dockworkers who once served under Ada Roa say": the dockworkers speak, not the name inside their clause', () => {
    assert.deepStrictEqual(speakers('At the pier, dockworkers who once served under Ada Roa say she keeps her views to herself.'), [
      ['anonymous', 'dockworkers who once served under Ada Roa'],
    ]);
  });

  it('"Ada Roa, who has worked with Tom Brack, said": a clause set off after a name leaves the name the source', () => {
    assert.deepStrictEqual(speakers('Ada Roa, who has worked with Tom Brack, said the pier was safe.'), [['person', 'Ada Roa']]);
  });
});

describe('unnamed sources: a head inside a name', () => {
  it('"Tarn Valley Anglers Group said": the group is the organisation named, not an unnamed source', () => {
    const model = analyze('Tarn Valley Anglers Group said in a letter on Friday that it would close the club.');
    assert.deepStrictEqual(model.actors.map((a) => [a.kind, a.name]), [['organization', 'Tarn Valley Anglers Group']]);
  });
});

describe('unnamed sources: a description a dash reveals', () => {
  it('"A former harbour master -- Tom Kessel, who …, -- said": the name set off by the dash speaks', () => {
    const story = 'A former harbour master -- Tom Kessel, who ran the port for a decade -- said the toll was wrong.';
    assert.deepStrictEqual(speakers(story), [['person', 'Tom Kessel']]);
  });

  it('"Three harbour economists -- Ada Roa, Tom Brack and Ines Bell -- said": a set the names identify, no unnamed source', () => {
    const story = 'Three harbour economists -- Ada Roa, Tom Brack and Ines Bell -- said the levy would fail.';
    assert.deepStrictEqual(speakers(story), [['group', 'Three harbour economists']]);
  });
});

describe('unnamed sources: one person by party or sex, and those a poll asked', () => {
  it('"a Tarn County Republican said", "another Republican added", "a woman asked", "those surveyed said"', () => {
    const story =
      'The levy split the county. A Tarn County Republican said it was fair, and another Republican added that it came late. ' +
      'At the pier, a woman asked whether the ferry would run. Most of those surveyed said the toll was too high.';
    assert.deepStrictEqual(speakers(story), [
      ['anonymous', 'A Tarn County Republican'],
      ['anonymous', 'another Republican'],
      ['anonymous', 'a woman'],
      ['anonymous', 'those surveyed'],
    ]);
  });

  it('"Tom Brack, a former harbour master who said …": a description set off after a name is that person', () => {
    const story = 'Ada Brandt spoke first. Tom Brack, a former harbour master who said the levy was late, left early.';
    assert.deepStrictEqual(speakers(story), [['person', 'Tom Brack']]);
    const placed = '“The count is about beating hopes,” said Gov. Ines Roa of Tarnmouth, a Republican who backs no one in the race so far.';
    assert.ok(!analyze(placed).actors.some((a) => a.kind === 'anonymous'));
  });
});

describe('unnamed sources: a description a comma sets before a name', () => {
  it('"The chairman of the harbour board, Adm. Tom Brack, told": the name, its title between, is who tells', () => {
    const story = 'The chairman of the harbour board, Adm. Tom Brack, told the council on Monday that the pier would close.';
    assert.deepStrictEqual(speakers(story), [['person', 'Tom Brack']]);
  });

  it('"said another senior harbour lawyer, Ines Roa of the Tarn Bar": one person the name identifies', () => {
    const story = '“We will win this,” said another senior harbour lawyer, Ines Roa of the Tarn Bar.';
    assert.deepStrictEqual(speakers(story), [['person', 'Ines Roa']]);
  });

  it('"according to the memo, Ada Brandt had met …": a document before a name is no description of her', () => {
    const story = 'The Harbour Trust confirmed the meeting. According to the memo, Ada Brandt had met the mayor on Monday.';
    assert.ok(!speakers(story).some((s) => s?.[1] === 'Ada Brandt'));
  });
});
