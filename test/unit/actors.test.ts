import * as assert from 'assert';
import { resolveActors } from '../../server/src/engine/actors/actors';
import { analyze } from '../../server/src/engine/analyze';
import { findMentions } from '../../server/src/engine/mentions/mentions';
import type { MentionCandidate } from '../../server/src/engine/mentions/reader';
import type { Actor, Attribution, ParagraphKind, Span } from '../../server/src/engine/model';
import { cast, mentionTexts, speakers } from '../support/cast';
import { readFixture } from '../support/fixtures';
import { segmentLines } from '../support/handModel';
import { wordSpanOf as at } from '../support/spans';

/** Paragraphs (one a line, the first a headline), sentences and mentions of an article, in article offsets. */
function readArticle(text: string, kinds: Record<number, ParagraphKind> = {}) {
  const { paragraphs, sentences } = segmentLines(text, kinds);
  const mentions = paragraphs.flatMap(({ start: offset, end, sentences: ids }): MentionCandidate[] => {
    const local = ids.map((i) => ({ start: sentences[i].start - offset, end: sentences[i].end - offset }));
    return findMentions(text.slice(offset, end), local, []).map((m) => ({
      ...m,
      start: m.start + offset,
      end: m.end + offset,
      roles: m.roles.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
    }));
  });
  return { paragraphs, sentences, mentions };
}

/** An attribution whose source is the n-th occurrence of `source` (cue and content do not matter to actors). */
const sourced = (text: string, source: string, nth = 1): Omit<Attribution, 'actor'> => {
  const span = at(text, source, nth);
  return { id: 't', kind: 'indirect', source: span, cue: null, content: { start: span.end, end: span.end + 1 } };
};

function resolve(text: string, attributions: Omit<Attribution, 'actor'>[] = [], kinds: Record<number, ParagraphKind> = {}) {
  const { paragraphs, sentences, mentions } = readArticle(text, kinds);
  return resolveActors(text, paragraphs, sentences, mentions, attributions);
}

/** The actor one of whose mentions is the n-th occurrence of `needle`. */
function actorAt(text: string, actors: Actor[], needle: string, nth = 1): Actor {
  const span = at(text, needle, nth);
  const actor = actors.find((a) => a.mentions.some((m) => m.start === span.start && m.end === span.end));
  assert.ok(actor, `no actor has the mention "${needle}" (#${nth})`);
  return actor;
}

describe('resolveActors', () => {
  const text = readFixture('actors-gulf-talks.article');
  const attributions = [
    sourced(text, 'two Western diplomats'),
    sourced(text, 'The group'),
    sourced(text, 'She'),
    sourced(text, 'The Emir'),
    sourced(text, 'Brightwell'),
    sourced(text, 'Pruitt', 2),
    // an unnamed source is an actor only as the source of something
    sourced(text, 'Officials'),
    sourced(text, 'a person familiar with the matter'),
  ];
  const { actors, attributionActors } = resolve(text, attributions);
  const byId = (id: string | null) => actors.find((a) => a.id === id);

  it('merges the variants of a Gulf honorific name under the fullest form, with its first mention as a1', () => {
    const minister = actors[0];
    assert.strictEqual(minister.id, 'a1');
    assert.strictEqual(minister.name, 'Sheikh Khalid bin Saeed bin Rashid Al-Marri');
    assert.strictEqual(minister.kind, 'person');
    assert.deepStrictEqual(mentionTexts(text, minister).slice(0, 2), ['Sheikh Khalid bin Saeed bin Rashid Al-Marri', 'Sheikh Khalid bin Saeed Al-Marri']);
    assert.deepStrictEqual(minister.roles.map((r) => [r.text, r.origin]), [['Omani Foreign Minister', 'title']]);
    assert.deepStrictEqual(minister.roles[0], { ...at(text, 'Omani Foreign Minister'), text: 'Omani Foreign Minister', origin: 'title' });
  });

  it('numbers actors in order of first mention', () => {
    assert.deepStrictEqual(actors.map((a) => a.id), actors.map((_, i) => `a${i + 1}`));
    const firsts = actors.map((a) => a.mentions[0].start);
    assert.deepStrictEqual(firsts, [...firsts].sort((a, b) => a - b));
  });

  it('resolves "the Emir" to the person titled Emir, and "the minister" to the minister', () => {
    const emir = actorAt(text, actors, 'Sheikh Faisal bin Nasser Al-Hadi');
    assert.strictEqual(actorAt(text, actors, 'the Emir'), emir);
    assert.strictEqual(actorAt(text, actors, 'The Emir'), emir);
    assert.strictEqual(actorAt(text, actors, 'the minister').id, 'a1');
    assert.strictEqual(byId(attributionActors[3])?.name, 'Sheikh Faisal bin Nasser Al-Hadi');
  });

  it('resolves a pronoun to the most recent person of its gender, not the nearest person', () => {
    const marsh = actorAt(text, actors, 'Helena Marsh');
    assert.strictEqual(actorAt(text, actors, 'She'), marsh);
    assert.strictEqual(byId(attributionActors[2]), marsh);
    assert.strictEqual(marsh.gender, 'female');
    assert.deepStrictEqual(mentionTexts(text, marsh), ['Helena Marsh', 'Marsh', 'Marsh’s', 'She']);
    assert.deepStrictEqual(
      marsh.mentions.map((m) => m.form),
      ['full', 'surname', 'possessive', 'pronoun'],
    );
    assert.strictEqual(actorAt(text, actors, 'he').name, 'Sheikh Faisal bin Nasser Al-Hadi');
  });

  it('makes a one-word militant group an organisation through "the group", and a one-word company through its cue', () => {
    const group = actorAt(text, actors, 'Tarvex');
    assert.strictEqual(group.kind, 'organization');
    assert.strictEqual(actorAt(text, actors, 'The group'), group);
    assert.strictEqual(byId(attributionActors[1]), group);
    const company = byId(attributionActors[4]);
    assert.strictEqual(company?.name, 'Brightwell');
    assert.strictEqual(company?.kind, 'organization');
  });

  it('keeps roles stated by predicates and appositives, and resolves a surname source', () => {
    const pruitt = byId(attributionActors[5]);
    assert.strictEqual(pruitt?.name, 'Margaret Pruitt');
    assert.deepStrictEqual(pruitt?.roles.map((r) => [r.text, r.origin]), [['the company’s chief executive', 'predicate']]);
    assert.deepStrictEqual(actorAt(text, actors, 'Victor Okafor').roles.map((r) => r.text), ['the head of the regional monitoring mission']);
  });

  it('tells anonymous sources from named groups', () => {
    const diplomats = byId(attributionActors[0]);
    assert.strictEqual(diplomats?.kind, 'anonymous');
    assert.strictEqual(diplomats?.name, 'two Western diplomats');
    assert.strictEqual(actorAt(text, actors, 'Omani officials').kind, 'group');
    assert.strictEqual(actorAt(text, actors, 'Officials').kind, 'anonymous');
    assert.strictEqual(actorAt(text, actors, 'a person familiar with the matter').kind, 'anonymous');
    assert.ok(!actors.some((a) => a.kind === 'person' && /Washington|March|State/.test(a.name)));
  });

  it('makes an actor of a source that has no mention, by its own words', () => {
    const newsroom = readFixture('actors-newsroom.article');
    const { actors: found, attributionActors: ids } = resolve(newsroom, [sourced(newsroom, 'The mayor’s office'), sourced(newsroom, 'he')]);
    const office = found.find((a) => a.id === ids[0]);
    assert.strictEqual(office?.kind, 'organization');
    assert.strictEqual(office?.name, 'The mayor’s office');
    assert.strictEqual(found.find((a) => a.id === ids[1])?.name, 'Okonkwo');
    const fontaine = actorAt(newsroom, found, 'De la Fontaine');
    assert.strictEqual(fontaine.name, 'Jean-Luc de la Fontaine Jr.');
  });

  it('gives a source that is a lone article to the first actor of its sentence, and words that name no one to nobody', () => {
    const opening = at(text, 'The meeting came');
    const article: Span = { start: opening.start, end: opening.start + 3 };
    const { actors: found, attributionActors: ids } = resolve(text, [
      { id: 't1', kind: 'indirect', source: article, cue: null, content: { start: article.end, end: article.end + 1 } },
      sourced(text, 'rejected two earlier proposals'),
    ]);
    assert.strictEqual(found.find((a) => a.id === ids[0])?.name, 'Sheikh Khalid bin Saeed bin Rashid Al-Marri');
    assert.strictEqual(ids[1], null);
  });

  it('leaves people named only in credit lines out of the story', () => {
    const credited = 'Harbour bridge vote delayed\nThe council met on Tuesday.\nReporting by Lena Vosberg; editing by Tomas Hale';
    const { actors: found } = resolve(credited, [], { 2: 'credit' });
    assert.deepStrictEqual(found.filter((a) => a.kind === 'person'), []);
  });

  it('a surname that is also an English word ("Rice said") is the surname of the person named before', () => {
    const story =
      'Republican vice-presidential candidate Mara Rice campaigned in Ohio.\n\n' +
      '“We will carry this state,” Rice said.';
    const model = analyze(story);
    const rice = model.actors.find((a) => a.name === 'Mara Rice');
    assert.ok(rice, JSON.stringify(model.actors.map((a) => a.name)));
    assert.deepStrictEqual(rice.roles.map((r) => r.text), ['Republican vice-presidential candidate']);
    assert.deepStrictEqual(mentionTexts(story, rice), ['Mara Rice', 'Rice']);
    const quote = model.attributions.find((a) => story.slice(a.content.start, a.content.end).startsWith('“We will'));
    assert.strictEqual(quote?.actor, rice.id);
    assert.ok(!model.actors.some((a) => a.name === 'Rice'), 'no organisation called Rice');
  });

  it('the title of a work in quotation marks names no person: an episode of “Gull Harbor”', () => {
    const story = 'Mayor Dana Whitfield said the budget was not an episode of “Gull Harbor.” The council agreed.';
    assert.deepStrictEqual(analyze(story).actors.map((a) => a.name), ['Dana Whitfield']);
  });

  it('a church, a newspaper or a company ending in an organisation word is no person', () => {
    const story =
      'Mourners filled Ardley Memorial Baptist Church on Sunday. The Harlow Observer found that Dennick Resources ' +
      'had closed the mine, Pastor Ruth Amadi said.';
    const model = analyze(story);
    assert.deepStrictEqual(model.actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Ruth Amadi']);
  });

  it('a place that opens like one is no person, and a party word is a title: St Louis, Libertarian Dana Whitfield', () => {
    const story = 'Crowds gathered in St Louis and Fort Wayne. Libertarian Dana Whitfield said the vote was lost.';
    const people = analyze(story).actors.filter((a) => a.kind === 'person');
    assert.deepStrictEqual(people.map((a) => [a.name, a.roles.map((r) => r.text)]), [['Dana Whitfield', ['Libertarian']]]);
  });

  it('makes no actor of a credit line read as a source: "Additional reporting by …"', () => {
    const credited = 'Harbour bridge vote delayed\nThe council met on Tuesday.\nAdditional reporting by Lena Vosberg';
    const { actors: found, attributionActors: ids } = resolve(credited, [sourced(credited, 'Additional')], { 2: 'credit' });
    assert.deepStrictEqual([found.map((a) => a.name), ids], [[], [null]]);
  });

  it('one outlet under its short and long names is one actor: "The Associated Press" and "AP"', () => {
    const story = 'The Associated Press reported the vote on Monday. AP said the count would end on Friday.';
    const outlets = analyze(story).actors.filter((a) => a.kind === 'organization');
    assert.deepStrictEqual(outlets.map((a) => [a.name, mentionTexts(story, a)]), [['Associated Press', ['Associated Press', 'AP']]]);
  });

  it('"the Authority" after a body named in full is its short name, not a second organisation', () => {
    const story = 'The Tarn Valley Water Authority said the pipes would be replaced. The Authority said work would start in May.';
    const bodies = analyze(story).actors.filter((a) => a.kind === 'organization');
    assert.deepStrictEqual(bodies.map((a) => [a.name, mentionTexts(story, a)]), [
      ['Tarn Valley Water Authority', ['Tarn Valley Water Authority', 'The Authority']],
    ]);
    // with no body of that name before it, the short name stays a body of its own
    assert.deepStrictEqual(analyze('The Authority said work would start in May.').actors.map((a) => a.kind), ['organization']);
  });

  it('a body described by "which" speaks as an organisation, and its "it" refers to it', () => {
    const story = 'Corvane Ostley, which runs two terminals in Porthaven, said in a statement that it remained committed to the port.';
    const model = analyze(story);
    const cole = actorAt(story, model.actors, 'Corvane Ostley');
    assert.deepStrictEqual([cole.kind, mentionTexts(story, cole)], ['organization', ['Corvane Ostley', 'it']]);
    assert.deepStrictEqual(model.actors.filter((a) => a.kind === 'person'), []);
  });

  it('a word a headline capitalises only because it opens the line is no organisation, and absorbs no "the company"', () => {
    const story = 'Quay board delays vote on ferry lease\nThe ferry company walked out of the meeting on Monday, two board members said. The company would pay no fees for two years, according to a draft.';
    assert.deepStrictEqual(
      analyze(story).actors.map((a) => [a.kind, a.name]),
      [['anonymous', 'two board members']],
    );
  });

  it('"the company" after a named organisation is not a lone word named before it', () => {
    const story =
      'The Tarnmouth dock council put off a vote on the lease, two council members said.\nGullwing Ferries, which runs boats to Tarn Island, said in a statement that it remained committed. The company would pay no fees for two years, according to a draft.';
    const model = analyze(story);
    assert.ok(!model.actors.some((a) => a.kind === 'organization' && a.name !== 'Gullwing Ferries' && mentionTexts(story, a).includes('The company')));
  });

  it('"the company" as a source is the organisation just named, not a word that modifies a thing nor a new "company"', () => {
    const story = 'The Orrin Valley Authority cut 400 jobs at its Tarnford plant on Tuesday. The company said demand had fallen.';
    assert.deepStrictEqual(cast(story), [['organization', 'Orrin Valley Authority', ['Orrin Valley Authority', 'its', 'The company']]]);
  });

  it('a pronoun after a quotation is its speaker named before, not a person named inside the quotation', () => {
    const story = 'Sen. Ruiz said the inquiry was overdue. “Heads should have rolled when Tom Banks resigned,” he said.';
    const model = analyze(story);
    const quote = model.attributions.find((a) => a.kind === 'direct');
    assert.strictEqual(model.actors.find((a) => a.id === quote?.actor)?.name, 'Ruiz');
    assert.deepStrictEqual(mentionTexts(story, actorAt(story, model.actors, 'Tom Banks')), ['Tom Banks']);
  });

  it('a pronoun after a quote sentence is the speaker of that sentence, not a person named earlier inside its quotation', () => {
    const story =
      'Ada Quell spoke on Monday.\n\n“After that day, Hilda Brack called on lawmakers to close the loophole,” Quell said.\n\n' +
      '“No one should feel what I have seen,” she continued.';
    const model = analyze(story);
    const continued = model.attributions.find((a) => story.slice(a.cue?.start ?? 0, a.cue?.end ?? 0) === 'continued');
    assert.strictEqual(model.actors.find((a) => a.id === continued?.actor)?.name, 'Ada Quell');
    assert.deepStrictEqual(mentionTexts(story, actorAt(story, model.actors, 'Hilda Brack')), ['Hilda Brack']);
    // with no one named outside the quotation, the person named inside it is still the one the pronoun can mean
    const only = '“Hilda Brack called on lawmakers to act,” the post read. She spoke for an hour.';
    assert.deepStrictEqual(mentionTexts(only, actorAt(only, analyze(only).actors, 'Hilda Brack')), ['Hilda Brack', 'She']);
  });

  it('a name the story shows to be a company is one organisation, also where only capitals speak for it', () => {
    for (const story of [
      'Tallis Brandt, which runs two mills in Orrin, cut 300 jobs.\nTallis Brandt said demand had fallen.',
      'Shares of Tallis Brandt fell 4 percent.\nTallis Brandt said demand had fallen.',
    ]) {
      assert.deepStrictEqual(
        cast(story),
        [['organization', 'Tallis Brandt', ['Tallis Brandt', 'Tallis Brandt']]],
        story,
      );
    }
  });

  it('a spokesperson for a company is an unnamed source speaking for it, not the company', () => {
    const story = 'A spokesperson for Northline Freight said the terminal would reopen.';
    const model = analyze(story);
    assert.deepStrictEqual(
      model.actors.map((a) => [a.kind, a.name]),
      [['anonymous', 'A spokesperson for Northline Freight'], ['organization', 'Northline Freight']],
    );
    assert.strictEqual(model.attributions[0]?.actor, model.actors[0].id);
  });

  it('a dateline names a place and an agency, no actor: "GLENMORE, Vt. (Reuters) —"', () => {
    const story = 'Harbour vote put off\nGLENMORE, Vt. (Reuters) — The harbour board delayed its vote on Monday, two trustees told Reuters.';
    assert.deepStrictEqual(
      analyze(story).actors.map((a) => [a.kind, a.name]),
      [['anonymous', 'two trustees'], ['organization', 'Reuters']],
    );
    assert.deepStrictEqual(analyze(story).actors.find((a) => a.name === 'Reuters')?.mentions.length, 1);
  });

  it('a lone word that opens the sentence, read as a source, is no actor: "Amid calls …", "Outside the hall …"', () => {
    const story =
      'Amid calls from traders to rebuild the old pier before the storms, Dana Quill wrote to the board, saying it “cannot wait.” ' +
      'Outside the town hall in Marlow, dock workers gathered, chanting “Save our pier.”';
    assert.deepStrictEqual(analyze(story).actors.map((a) => a.name).filter((n) => !/Quill|dock workers/.test(n)), []);
  });

  it('never throws, even on inconsistent input', () => {
    const broken = resolveActors('short', [], [], [{ start: 5, end: 900, kind: 'person', form: 'full', name: '', roles: [], inQuote: false }], [
      { id: 't1', kind: 'direct', source: { start: -4, end: 2 }, cue: null, content: { start: 0, end: 1 } },
    ]);
    assert.strictEqual(broken.attributionActors.length, 1);
  });
});

describe('actors: an unnamed source beside the name its source span stops at', () => {
  it('"Quill supporters are arguing": the supporters speak, not Quill', () => {
    const story = 'Mayor Dana Quill opened the new ferry pier on Monday. Quill supporters are arguing that the toll should be dropped.';
    assert.deepStrictEqual(speakers(story), [['anonymous', 'Quill supporters']]);
  });

  it('"Tarrow\'s spokeswoman challenged": one who speaks for Tarrow is an unnamed source of her own', () => {
    const story = 'Hollis Tarrow wants the toll dropped. (Tarrow\'s spokeswoman challenged the claim that Tarrow had ever "abandoned" the pier.)';
    assert.deepStrictEqual(speakers(story)[1], ['anonymous', "Tarrow's spokeswoman"]);
  });

  it('"Voss\'s critics have long blamed": critics of a named person are no source the name stands for', () => {
    const story = 'Lena Voss ran the harbour for a decade, under policies Voss\'s critics have long blamed for the silted channel.';
    assert.ok(!analyze(story).actors.some((a) => a.kind === 'anonymous'));
  });

  it('"officials with the Tarn Valley Harbor Commission insisted": the officials speak, not the commission', () => {
    const story = 'Lena Voss left early. However, officials with the Tarn Valley Harbor Commission insisted on Tuesday that the ferry fares would stay flat.';
    assert.deepStrictEqual(speakers(story), [['anonymous', 'officials with the Tarn Valley Harbor Commission']]);
  });

  it('"Brell, who endorsed Lodde … and said": a relative pronoun speaks for the phrase it follows, not the last name', () => {
    const story = 'Ada Brell, who endorsed Pim Lodde in May and said she would campaign with him, stayed home.';
    assert.deepStrictEqual(speakers(story), [['person', 'Ada Brell'], ['person', 'Ada Brell']]);
    // an unnamed phrase read as a source and as what the pronoun stands for is one mention of one actor
    const unnamed = 'The port director, who backed the plan in May, told reporters the talks were over.';
    assert.deepStrictEqual(analyze(unnamed).actors.map((a) => [a.name, a.mentions.length]), [['The port director', 1]]);
  });

  it('a participle, a number word or a contracted "it’s" that opens a sentence is no organisation', () => {
    for (const story of [
      'Utilizing environmental words that stress worries about growth, the party sought to win the coast.',
      'It’s been common for harbour papers to portray the levy as a tax on growers.',
      'One month after announcing the plan, the board still defends it.',
      'Heaping praise on the crews, the mayor said the pier would reopen.',
    ]) {
      assert.deepStrictEqual(analyze(story).actors.filter((a) => a.kind === 'organization' && !/\s/.test(a.name)).map((a) => a.name), [], story);
    }
  });

  it('"Republicans are now positing": party members speak as a group, not as the party', () => {
    const story = 'Republicans are now positing that the toll could win back commuters.';
    assert.deepStrictEqual(speakers(story), [['group', 'Republicans']]);
  });
});

describe('actors: a definite description for the person the story has just named', () => {
  const speakerOf = (story: string, source: string) => {
    const model = analyze(story);
    const a = model.attributions.find((x) => x.source && story.slice(x.source.start, x.source.end) === source);
    return model.actors.find((x) => x.id === a?.actor)?.name;
  };

  it('"The harbour commissioner said flatly" after a sentence about Quill is Quill, not the senator named last', () => {
    const story =
      'Dana Quill has some advice for the ferry board. Still, Quill would not say whether she backs the pier plan or Sen. Ada Brandt. ' +
      'The harbour commissioner said flatly: “It does not matter.”';
    assert.strictEqual(speakerOf(story, 'The harbour commissioner'), 'Dana Quill');
  });

  it('"said the veteran senator" after a quotation is the person the sentence before named', () => {
    const story = 'Hollis Tarrow spoke at the quay on Monday. “We will rebuild the pier by spring,” said the veteran senator.';
    assert.strictEqual(speakerOf(story, 'the veteran senator'), 'Hollis Tarrow');
  });

  it('a description brought in as "a …" or counted as "the other …" is nobody named', () => {
    const brought =
      'Ines Roa praised the crew, and a harbour commissioner who asked not to be named said the channel was silting. The commissioner said dredging would take a year.';
    assert.notStrictEqual(speakerOf(brought, 'The commissioner'), 'Ines Roa');
    const other = 'Ines Roa praised the crew on Monday. The other commissioner said dredging would take a year.';
    assert.notStrictEqual(speakerOf(other, 'The other commissioner'), 'Ines Roa');
  });

  it('an unnamed-source noun is the unnamed source, not the person named before: "The Quay Line employee said"', () => {
    const story = 'Hollis Tarrow met the ferry staff on Monday. The Quay Line employee said the meeting was short.';
    assert.notStrictEqual(speakerOf(story, 'The Quay Line employee'), 'Hollis Tarrow');
  });
});

describe('actors: a lone word the dictionary knows only as a surname', () => {
  it('names a person though the story never gives the full name: "after Kowalski left the harbour board"', () => {
    const story = 'The levy plan fell apart after Kowalski left the harbour board in June.';
    assert.deepStrictEqual(analyze(story).actors.map((a) => [a.kind, a.name]), [['person', 'Kowalski']]);
  });

  it('names no one where it opens a longer name: "the Kowalski Southern schools"', () => {
    const story = 'Teachers from the Kowalski Southern schools left early for the rally, the board said.';
    assert.ok(!analyze(story).actors.some((a) => a.kind === 'person'));
  });
});

describe('actors: a definite plural of a role the named people hold', () => {
  it('"The Harbour Party candidates argued" is a group the reader can name; "The researchers found" stays unnamed', () => {
    const kinds = (story: string) => analyze(story).actors.filter((a) => a.kind !== 'person').map((a) => [a.kind, a.name]);
    const candidates = 'Sen. Ada Brandt and Gov. Tom Kessel met in Tarnmouth. The Harbour Party candidates argued that the levy was unfair.';
    assert.deepStrictEqual(kinds(candidates), [['group', 'The Harbour Party candidates']]);
    const researchers = 'Two harbour researchers met the board. The researchers found that the levy would stay.';
    assert.deepStrictEqual(kinds(researchers), [['anonymous', 'The researchers']]);
  });
});

describe('actors: an unnamed source is the source of something', () => {
  it('"the dock workers at the meeting would not back her plan": read beside a cue, reporting nothing, no source', () => {
    const story = 'Ada Brandt told the harbour board that the dock workers at the meeting would not back her plan, so she dropped it.';
    assert.deepStrictEqual(analyze(story).actors.map((a) => [a.kind, a.name]), [['person', 'Ada Brandt']]);
  });
});
