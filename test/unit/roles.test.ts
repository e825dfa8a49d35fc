/**
 * Roles as newsrooms write them on copy no rule was tuned on (session 25): the heads a story titles people by, the
 * words that may stand inside a title, and the places a title may stand. Every sentence is invented.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';

/** Each person as [name, its roles' words]. */
const rolesOf = (text: string) =>
  analyze(text)
    .actors.filter((a) => a.kind === 'person')
    .map((a) => [a.name, a.roles.map((r) => r.text)]);

/** The roles of the person called `name` in `text`. */
const rolesOfName = (text: string, name: string) => rolesOf(text).find(([n]) => n === name)?.[1];

describe('roles: heads the lists lacked (session 25)', () => {
  it('trades, standings and sciences title a name: a mogul, a rider, a publisher, a sociologist', () => {
    for (const [story, name, role] of [
      ['Shipping mogul Ada Novak bought the pier.', 'Ada Novak', 'Shipping mogul'],
      ['Harbour Cup rider Lena Faraday won again.', 'Lena Faraday', 'Harbour Cup rider'],
      ['Forum moderator Tom Banks asked the first question.', 'Tom Banks', 'Forum moderator'],
      ['Tomas Vell, publisher of the Tideford Courier, left early.', 'Tomas Vell', 'publisher of the Tideford Courier'],
      ['A study by a noted Tideford criminologist, Rosa Alvarez, found the same.', 'Rosa Alvarez', 'a noted Tideford criminologist'],
      ['Ines Roa, a Marlow psychiatrist, left early.', 'Ines Roa', 'a Marlow psychiatrist'],
      ['The death of Marlow teenager Tomas Vell shook the town.', 'Tomas Vell', 'Marlow teenager'],
      ['The court heard that Harbour Mall shooter Tom Banks bought the gun in May.', 'Tom Banks', 'Harbour Mall shooter'],
      ['It reported to the board’s London-based overseer, Ada Novak, each week.', 'Ada Novak', 'the board’s London-based overseer'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a title "in chief" and a post held "then" are titles: "Courier Editor-in-Chief", "then-mayor"', () => {
    assert.deepStrictEqual(rolesOfName('The talk was hosted by Courier Editor-in-Chief Ada Novak.', 'Ada Novak'), ['Courier Editor-in-Chief']);
    assert.deepStrictEqual(rolesOfName('The pier was opened by then-mayor Tom Banks in 1998.', 'Tom Banks'), ['then-mayor']);
  });
});

describe('roles: what follows a name and its comma (session 25)', () => {
  it('a post "of" a body whose name holds an unknown word stays the role: the word is no listed person', () => {
    assert.deepStrictEqual(rolesOfName('Ada Novak, president of the Open Tidewell League, spoke first.', 'Ada Novak'), [
      'president of the Open Tidewell League',
    ]);
  });
});

describe('roles: a predicate after he or she (session 25)', () => {
  it('the post a he or she is said to hold goes to the person the pronoun refers to, not from inside a quotation', () => {
    assert.deepStrictEqual(rolesOf('Ines Roa spoke first. She served as a Marlow senator for eight years.'), [['Ines Roa', ['a Marlow senator for eight years']]]);
    assert.deepStrictEqual(rolesOf('Tom Banks left early. He is a veteran pollster.'), [['Tom Banks', ['a veteran pollster']]]);
    assert.deepStrictEqual(rolesOf('Tom Banks left early. “He is a fraud and a coward,” a neighbour said.'), [['Tom Banks', []]]);
  });
});

describe('roles: a post taken or left "as" (session 25)', () => {
  it('"will take over as", "resigned as", "was dismissed on Monday as" state the post; an active "fired as" is its giver', () => {
    for (const [story, name, role] of [
      ['Ada Novak will take over as interim chair.', 'Ada Novak', 'interim chair'],
      ['Tom Banks was dismissed on Monday as the port’s campaign manager.', 'Tom Banks', 'the port’s campaign manager'],
      ['They urged Ines Roa to resign as Marlow’s mayor.', 'Ines Roa', 'Marlow’s mayor'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
    assert.deepStrictEqual(rolesOfName('Tom Banks, whom Ada Novak fired as manager, left.', 'Ada Novak'), []);
  });
});

describe('roles: an appositive after a party or a home place (session 25)', () => {
  it('", R-N.M., a …" and " of Marlow, a …" set off a second description after the name', () => {
    assert.deepStrictEqual(rolesOf('Sen. Ada Novak, R-N.M., a long-shot candidate, said no.'), [['Ada Novak', ['Sen.', 'R-N.M.', 'a long-shot candidate']]]);
    assert.deepStrictEqual(rolesOf('Senator Tom Banks of New Jersey, the panel’s chairman, spoke.'), [['Tom Banks', ['Senator', 'the panel’s chairman']]]);
  });
});

describe('roles: a post held at another time (session 25)', () => {
  it('", then a …," and ", now a …," set off the post the person held or holds', () => {
    assert.deepStrictEqual(rolesOf('Tarrow, then a harbour watch volunteer, saw the boat.'), [['Tarrow', ['a harbour watch volunteer']]]);
    assert.deepStrictEqual(rolesOf('Tom Banks, now a federal judge, declined.'), [['Tom Banks', ['a federal judge']]]);
  });
});

describe('roles: an appositive that opens with capitals (session 25)', () => {
  it('a place or body before a singular title, or an owner, opens the role; a plural title or a listed name does not', () => {
    for (const [story, name, role] of [
      ['Ines Roa, Marlow Secretary of State, voiced her doubts.', 'Ines Roa', 'Marlow Secretary of State'],
      ['“No,” said Tomas Vell, Europe coordinator at the Tideford Institute.', 'Tomas Vell', 'Europe coordinator at the Tideford Institute'],
      ['Lena Roa, Tom Banks’s daughter, attacked the plan.', 'Lena Roa', 'Tom Banks’s daughter'],
      ['Ada Novak, Mrs. Banks’s chief of staff, said no.', 'Ada Novak', 'Mrs. Banks’s chief of staff'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
    assert.deepStrictEqual(rolesOfName('Like Ada Novak, Republican candidates are not far apart.', 'Ada Novak'), []);
    assert.deepStrictEqual(rolesOfName('The crew: Ada Novak, Kevin Bishop, Lena Roa.', 'Ada Novak'), []);
  });
});

describe('roles: an owner before a name (session 25)', () => {
  it('the network, the paper or the country a name is owned by describes the person; a person who owns it does not', () => {
    for (const [story, name, role] of [
      ['Later, KXN News’ Ada Novak asked the mayor about the pier.', 'Ada Novak', 'KXN News’'],
      ['The Tideford Courier’s Tom Banks broke the story.', 'Tom Banks', 'Tideford Courier’s'],
      ['Neither Norway’s Lena Faraday nor Chile’s Tomas Vell came.', 'Lena Faraday', 'Norway’s'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
    assert.deepStrictEqual(rolesOfName('In the film, Mr. Hale’s Tomas Vell hides the letters.', 'Tomas Vell'), []);
  });
});

describe('roles: a predicate after the name (session 25)', () => {
  it('an adverb of time may stand between "is" and the post, and a ranking word after "the" keeps the phrase', () => {
    assert.deepStrictEqual(rolesOf('Ada Novak is now a serious contender for the seat.'), [['Ada Novak', ['a serious contender for the seat']]]);
    assert.deepStrictEqual(rolesOf('Tom Banks was also the first candidate to speak.'), [['Tom Banks', ['the first candidate to speak']]]);
    assert.deepStrictEqual(rolesOf('Novak is the only candidate who has sailed.'), [['Novak', ['the only candidate']]]);
    assert.deepStrictEqual(rolesOf('Ines Roa is the most senior aide to the mayor.'), [['Ines Roa', ['the most senior aide to the mayor']]]);
  });
});

describe('roles: the standing of a holder (session 25)', () => {
  it('"presumptive", "fellow", "retired" stay in the title before a name', () => {
    for (const [story, name, role] of [
      ['She attacked presumptive Harbour Party nominee Tom Banks.', 'Tom Banks', 'presumptive Harbour Party nominee'],
      ['He ran against fellow candidate Ada Novak.', 'Ada Novak', 'fellow candidate'],
      ['The board hired retired judge Ines Roa.', 'Ines Roa', 'retired judge'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });
});

describe('roles: the trade a title names (session 25)', () => {
  it('a trade before the head stays in the title, before a name or before its comma: "oil tycoon", "hedge fund investor"', () => {
    for (const [story, name, role] of [
      ['The board freed the jailed oil tycoon Ada Novak.', 'Ada Novak', 'oil tycoon'],
      ['It backed real estate mogul Tomas Vell.', 'Tomas Vell', 'real estate mogul'],
      ['The pier owes its roof to a hedge fund investor, Lena Faraday, who paid for it.', 'Lena Faraday', 'a hedge fund investor'],
      ['The memo came from senior policy adviser Ines Roa.', 'Ines Roa', 'senior policy adviser'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });
});

describe('roles: a description shared or named inside (session 25)', () => {
  it('a plural title before names joined by "or" goes to each of them', () => {
    assert.deepStrictEqual(rolesOf('Donors could not back front-runners Tom Banks or Ada Novak.').slice(-2), [
      ['Tom Banks', ['front-runners']],
      ['Ada Novak', ['front-runners']],
    ]);
  });

  it('a counted plural title before a comma goes to each name listed after it', () => {
    assert.deepStrictEqual(rolesOf('Two senior inspectors from Marlow, Ada Roa and Tom Banks, refused.'), [
      ['Ada Roa', ['Two senior inspectors from Marlow']],
      ['Tom Banks', ['Two senior inspectors from Marlow']],
    ]);
  });

  it('a description a possessive opens goes to a titled name after its comma; one an article opens may be a list item', () => {
    assert.deepStrictEqual(rolesOfName('Both her husband, former Mayor Tom Banks, and her daughter came.', 'Tom Banks'), ['former Mayor', 'her husband']);
    assert.deepStrictEqual(rolesOfName('The panel heard the harbour master, Senator Ada Roa and Tom Banks.', 'Ada Roa'), ['Senator']);
  });

  it('an "of" between capitals is inside the name a complement ends on: "the attorney for the District of Marlow, X"', () => {
    assert.deepStrictEqual(rolesOf('The letter went to the attorney for the District of Marlow, Tomas D. Vell, on Monday.'), [
      ['Tomas D. Vell', ['the attorney for the District of Marlow']],
    ]);
  });
});

describe('roles: a given name the dictionary reads as a word (session 25)', () => {
  it('a capitalised common word or place between a singular title and a name is the given name', () => {
    assert.deepStrictEqual(rolesOf('In a statement, Harbourline chief strategist Guy Tallis said no.'), [['Guy Tallis', ['Harbourline chief strategist']]]);
    assert.deepStrictEqual(rolesOf('It met Marlow President Park Dae Sun on Monday.'), [['Park Dae Sun', ['Marlow President']]]);
    // a party is no given name
    assert.deepStrictEqual(rolesOf('He praised fellow Democrat Alan Tarrow.'), [['Alan Tarrow', ['fellow Democrat']]]);
  });
});

describe('roles: a description a verb of speech follows is a subject, no appositive (session 26)', () => {
  it('"Appearing on Meet the Voters, the front-runner said": no person "Voters", the front-runner speaks', () => {
    const story = 'Appearing on Meet the Voters, the front-runner said the harbour toll was a mistake.';
    assert.deepStrictEqual(rolesOfName(story, 'Voters'), undefined);
  });

  it('"… drafted by Tom Banks, the mayor said": the mayor is not Banks\'s role', () => {
    const story = 'The ferry levy was drafted by Tom Banks, the mayor said on Monday.';
    assert.deepStrictEqual(rolesOfName(story, 'Tom Banks'), []);
  });

  it('"Tom Banks, the mayor, said": a description the comma closes stays an appositive', () => {
    assert.deepStrictEqual(rolesOfName('Tom Banks, the mayor, said the levy was fair.', 'Tom Banks'), ['the mayor']);
  });
});

describe('roles: a description a restrictive relative clause follows (session 27)', () => {
  it('", a Harbour Democrat who …": the description before "who" is the role, whether or not it has a listed head', () => {
    for (const [story, name, role] of [
      ['The levy is unfair, said Ada Novak, a Marlow Democrat who voted against it.', 'Ada Novak', 'a Marlow Democrat'],
      ['Tom Banks, a retired ferry pilot who lives by the quay, signed the letter.', 'Tom Banks', 'a retired ferry pilot'],
      ['The toll was fought by Ines Roa, the oldest tenant whose shop faces the quay.', 'Ines Roa', 'the oldest tenant'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a single surname still needs a listed head before "who": "Novak, the one who …" says no post', () => {
    assert.deepStrictEqual(rolesOfName('Ada Novak spoke. Later Novak, the one who spoke first, left.', 'Ada Novak'), []);
  });
});

describe('roles: an appositive with no article (session 27)', () => {
  it('a field run into a title head opens the role: ", research director for …", ", ferry safety adviser to …"', () => {
    for (const [story, name, role] of [
      ['The tide is late, said Ada Novak, research director for Marlow Tidewatch, on Monday.', 'Ada Novak', 'research director for Marlow Tidewatch'],
      ['Tom Banks, ferry safety adviser to the Harbour Board, said the pier was sound.', 'Tom Banks', 'ferry safety adviser to the Harbour Board'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a clause after the comma is no role, and a field title a name follows is that name\'s', () => {
    assert.deepStrictEqual(rolesOfName('Ada Novak, recently named chair, spoke first.', 'Ada Novak'), []);
    const list = 'The panel heard Ada Novak, ferry inspector Tom Banks and the mayor.';
    assert.deepStrictEqual(rolesOfName(list, 'Ada Novak'), [], list);
  });

  it('"one of" a named owner\'s group is a role: ", one of Mayor Tom Banks\'s former aides"', () => {
    const story = 'The files came from Ada Novak, one of Mayor Tom Banks\'s former aides.';
    assert.deepStrictEqual(rolesOfName(story, 'Ada Novak'), ["one of Mayor Tom Banks's former aides"], story);
  });
});

describe('roles: a body named with a trade in it (session 27)', () => {
  it('"president of the Dock Workers International Union": the workers\' title inside the name titles no next person', () => {
    const story = 'Ines Roa, president of the Dock Workers International Union, said the pay was low.';
    assert.deepStrictEqual(rolesOfName(story, 'Ines Roa'), ['president of the Dock Workers International Union'], story);
  });
});

describe('roles: the predicate of a linking verb (session 27)', () => {
  it('"remains", "has been", "continues to be" state a post as "is" does', () => {
    for (const [story, name, role] of [
      ['Ines Roa remains the chair of the harbour board.', 'Ines Roa', 'the chair of the harbour board'],
      ['Tom Banks has been a donor to the ferry fund.', 'Tom Banks', 'a donor to the ferry fund'],
      ['Ada Novak continues to be the favourite of the dockers.', 'Ada Novak', 'the favourite of the dockers'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a bare post after the verb is a role: "was harbour master", "is president of the rowing club"', () => {
    for (const [story, name, role] of [
      ['The pier was rebuilt when Ines Roa was harbour master of Marlow.', 'Ines Roa', 'harbour master of Marlow'],
      ['Tom Banks is president of the Marlow Rowing Club.', 'Tom Banks', 'president of the Marlow Rowing Club'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a bare post only supposed, or a head that is no post, is no role', () => {
    assert.deepStrictEqual(rolesOfName('If fellow candidate Tom Banks is mayor, the levy goes.', 'Tom Banks'), ['fellow candidate']);
    assert.deepStrictEqual(rolesOfName('Ines Roa is head and shoulders above the rest.', 'Ines Roa'), []);
    assert.deepStrictEqual(rolesOfName('Tom Banks was becoming chairman of the club when the pier fell.', 'Tom Banks'), []);
  });
});

describe('roles: a description set off by a dash (session 27)', () => {
  it('the typewriter dash of wire copy sets off an appositive as a comma does, a hedging "perhaps" before it', () => {
    for (const [story, name, role] of [
      ['The count was run by Tom Banks -- author of two books on ferries -- and it held.', 'Tom Banks', 'author of two books on ferries'],
      ['Ada Novak -- perhaps the likeliest winner in the field -- stayed home.', 'Ada Novak', 'the likeliest winner in the field'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a description before the dash goes to the name after it, unless a bare head ends a clause a list follows', () => {
    const story = 'A former deputy mayor -- Ines Roa, who retired in May -- said the pier was sound.';
    assert.deepStrictEqual(rolesOfName(story, 'Ines Roa'), ['A former deputy mayor'], story);
    const list = 'The two pilots running for mayor -- Ada Novak and Tom Banks -- met on Monday.';
    assert.deepStrictEqual(rolesOfName(list, 'Ada Novak'), [], list);
  });
});

describe('roles: heads and title words the lists lacked (session 27)', () => {
  it('"retired astronaut", "councilmember", "entertainer", a "top rainmaker", "chief of staff" in lower case title a name', () => {
    for (const [story, name, role] of [
      ['The rally heard retired astronaut Tom Banks.', 'Tom Banks', 'retired astronaut'],
      ['It was unanimous, councilmember Ada Novak said.', 'Ada Novak', 'councilmember'],
      ['The gala booked entertainer Ines Roa.', 'Ines Roa', 'entertainer'],
      ["Harbourline's top rainmaker, Tom Banks, left the firm.", 'Tom Banks', "Harbourline's top rainmaker"],
      ['The talks were led by deputy chief of staff Ada Novak.', 'Ada Novak', 'deputy chief of staff'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a firm a trade titles stays no person: "defense contractor Harbourline"', () => {
    assert.deepStrictEqual(rolesOfName('The navy paid defense contractor Harbourline in May.', 'Harbourline'), undefined);
  });
});

describe('roles: words that rank or describe a head before its comma (session 27)', () => {
  it('the description before the comma keeps its determiner across "next closest", "younger prime-time"', () => {
    for (const [story, name, role] of [
      ['The mayor leads her next closest rival, Tom Banks, by ten points.', 'Tom Banks', 'her next closest rival'],
      ['The station sees its younger late-night host, Ada Novak, as its future.', 'Ada Novak', 'its younger late-night host'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });
});

describe('roles: a plural description shared by a pair of names (session 27)', () => {
  it('"its owners, A and B," and "A and B, the firm\'s co-founders," give the description to both', () => {
    const before = 'The club will close in May, its owners, Tom Banks and Ada Novak, said on Monday.';
    assert.deepStrictEqual(rolesOf(before), [['Tom Banks', ['its owners']], ['Ada Novak', ['its owners']]], before);
    const after = 'Tom Banks and Ada Novak, the yard\'s co-founders, met the buyers.';
    assert.deepStrictEqual(rolesOf(after), [['Tom Banks', ["the yard's co-founders"]], ['Ada Novak', ["the yard's co-founders"]]], after);
  });

  it('a pair that goes on as the subject of a clause takes no plural before it', () => {
    const story = 'Compared to the rival candidates, Tom Banks and Ada Novak agree on ferries.';
    assert.deepStrictEqual(rolesOf(story), [['Tom Banks', []], ['Ada Novak', []]], story);
  });
});

describe('roles: a predicate inside reported speech (session 27)', () => {
  it('"“Tom Banks is a fraud,” she said": a predicate nominal inside a quotation is a role (GUIDELINES 3(c))', () => {
    const story = '“Tom Banks is a fraud,” Ada Novak said on Monday.';
    assert.deepStrictEqual(rolesOfName(story, 'Tom Banks'), ['a fraud'], story);
  });

  it('an appositive inside a quotation is as often a spoken list, and stays out', () => {
    const story = '“We asked Tom Banks, the mayor and the harbour board,” Ada Novak said.';
    assert.deepStrictEqual(rolesOfName(story, 'Tom Banks'), [], story);
  });
});

describe('roles: the quoted work a title is of (session 27)', () => {
  it('"“Harbour Nights” star Ada Novak": the show before the head opens the title, its opening mark kept', () => {
    for (const [story, name, role] of [
      ['“Harbour Nights” star Ada Novak wrote a letter.', 'Ada Novak', '“Harbour Nights” star'],
      ['"Morning Tide" co-host Tom Banks laughed.', 'Tom Banks', '"Morning Tide" co-host'],
    ]) {
      assert.deepStrictEqual(rolesOfName(story, name), [role], story);
    }
  });

  it('a title that only opens a quotation keeps no mark: "“Senator Ada Novak left,” he said"', () => {
    const story = '“Senator Ada Novak left early,” Tom Banks said.';
    assert.deepStrictEqual(rolesOfName(story, 'Ada Novak'), ['Senator'], story);
  });
});
