import * as assert from 'assert';
import { analyze, readParagraph } from '../../server/src/engine/analyze';
import { continueQuotes } from '../../server/src/engine/attributions/continuation';
import { attributeHeadlineQuotes } from '../../server/src/engine/attributions/headlineQuotes';
import type { Attribution } from '../../server/src/engine/model';
import { quotations } from '../../server/src/engine/text/marks';
import { attributionReadings as readAsProduction, attributionWords as wordsIn, sourcePhrases as phrasesOf } from '../support/attributionTriples';
import { readFixture } from '../support/fixtures';
import { spanOf as at } from '../support/spans';

const article = readFixture('attributions-harbour-strike.article');
const paragraphs = article.split('\n').filter((p) => p.trim());

/** The attributions of one paragraph, read as production reads it: its sentences, the quote pass, its mentions. */
const attributionsOf = (paragraph: string) => readParagraph(paragraph).attributions;

/** The attributions of the fixture paragraph that starts with `opening`, read on its own. */
function read(opening: string) {
  const paragraph = paragraphs.find((p) => p.startsWith(opening));
  assert.ok(paragraph, `no paragraph starts with "${opening}"`);
  return { paragraph, found: phrasesOf(paragraph) };
}

function expectOne(opening: string, kind: string, source: string | null, cue: string, content: string) {
  const { paragraph, found } = read(opening);
  assert.strictEqual(found.length, 1, JSON.stringify(found));
  const [a] = found;
  assert.strictEqual(a.kind, kind);
  assert.deepStrictEqual(a.source, source === null ? null : at(paragraph, source));
  assert.deepStrictEqual(a.cue, at(paragraph, cue));
  assert.deepStrictEqual(a.content, at(paragraph, content));
}

/** The attribution whose content is exactly `span`. */
function contentAt(attributions: Attribution[], span: { start: number; end: number }): Attribution {
  const found = attributions.find((a) => a.content.start === span.start && a.content.end === span.end);
  assert.ok(found, `no attribution of ${JSON.stringify(span)}: ${JSON.stringify(attributions.map((a) => a.content))}`);
  return found;
}

describe('attributions', () => {
  it('“…,” said X, a role: the quote with its marks, the name without the role', () => {
    expectOne(
      'KESTREL BAY',
      'direct',
      'Dana Whitfield',
      'said',
      '“We are not going to sign a deal that leaves our crews worse off,”',
    );
  });

  it('X said a clause holding a quoted fragment: a partial quote', () => {
    expectOne(
      'Port Authority',
      'partial',
      'Port Authority chairman Marcus Oyelaran',
      'said',
      'the two sides had made “real progress” but that no agreement was expected before Friday',
    );
  });

  it('X said that …: the reported clause with "that", without the full stop', () => {
    expectOne('Officials said', 'indirect', 'Officials', 'said', 'that the harbour would reopen on Monday');
  });

  it('…, two officials told the paper.: the clause before the end attribution; the outlet is part of the cue', () => {
    expectOne(
      'The shipping lines',
      'indirect',
      'two port officials',
      'told the Courier',
      'The shipping lines will be asked to cover half of the dredging bill',
    );
  });

  it('an anonymous source at the end, with "on condition of anonymity" after the cue', () => {
    expectOne(
      'The ministry',
      'indirect',
      'a senior government official',
      'said',
      'The ministry is preparing emergency legislation to end the stoppage',
    );
  });

  it('according to X, … and …, according to X', () => {
    expectOne(
      'According to',
      'according-to',
      'two people familiar with the talks',
      'According to',
      'the union has dropped its demand for a pay rise',
    );
    expectOne(
      'The harbour has lost',
      'according-to',
      'the port’s own figures',
      'according to',
      'The harbour has lost $4 million in fees since the strike began',
    );
  });

  it('X, age, a role, said: “…” (a colon after the cue)', () => {
    expectOne(
      'Whitfield, 52',
      'direct',
      'Whitfield',
      'said',
      '“Nobody walks back onto that dock without a contract.”',
    );
  });

  it('a pronoun source: he said …', () => {
    expectOne('He said', 'indirect', 'He', 'said', 'the union would meet again on Thursday');
  });

  it('auxiliaries and adverbs between source and cue: X has repeatedly warned that …', () => {
    expectOne(
      'Oyelaran has',
      'indirect',
      'Oyelaran',
      'warned',
      'that a long strike would push cargo to rival ports',
    );
  });

  it('“…,” she said, “…”: both quotes take the one cue', () => {
    const { paragraph, found } = read('“The numbers');
    assert.deepStrictEqual(
      found.map((a) => [a.kind, a.source, a.cue, a.content]),
      [
        ['direct', at(paragraph, 'she'), at(paragraph, 'said'), at(paragraph, '“The numbers do not add up,”')],
        ['direct', at(paragraph, 'she'), at(paragraph, 'said'), at(paragraph, '“and everybody in this building knows it.”')],
      ],
    );
  });

  it('a quote continued over a sentence and a paragraph with no new cue keeps the speaker', () => {
    const { paragraph, found } = read('“We have been patient');
    assert.deepStrictEqual(
      found.map((a) => [a.source, a.cue, a.content]),
      [
        [at(paragraph, 'Whitfield'), at(paragraph, 'said'), at(paragraph, '“We have been patient,”')],
        [at(paragraph, 'Whitfield'), at(paragraph, 'said'), at(paragraph, '“We have waited eleven weeks.')],
      ],
    );
    const model = analyze(article);
    const speaker = contentAt(model.attributions, at(article, '“We have waited eleven weeks.'));
    const next = at(article, '“Our members want to go back to work, but not at any price.”');
    const continued = model.attributions.filter((a) => a.content.start >= next.start && a.content.end <= next.end);
    assert.strictEqual(continued.length, 1);
    assert.deepStrictEqual(continued[0].content, next);
    assert.deepStrictEqual(continued[0].source, speaker.source);
    assert.deepStrictEqual(continued[0].cue, speaker.cue);
    assert.ok(speaker.actor);
    assert.strictEqual(continued[0].actor, speaker.actor);
    assert.strictEqual(continued[0].kind, 'direct');
  });

  it('a quote with no cue continues the attribution quoting in the sentence right before it, not the first speaker', () => {
    const p =
      '“We check every donor,” said Ada Quell, a campaign aide. Like most campaigns, “the process is to vet every gift,” ' +
      'Ina Brack said. “If one fails, we return it.”';
    const { attributions } = readParagraph(p);
    const last = attributions.find((a) => p.slice(a.content.start, a.content.end) === '“If one fails, we return it.”');
    assert.ok(last);
    assert.deepStrictEqual(wordsIn(p)(last).slice(0, 2), ['Ina Brack', 'said']);
    // a paraphrase in between does not take the quote from the speaker quoting before it
    const paraphrase = '“We check every donor,” said Ada Quell. Ina Brack said the gifts were small. “We return any that fail.”';
    const next = readParagraph(paraphrase).attributions.map(wordsIn(paraphrase)).pop();
    assert.deepStrictEqual(next, ['Ada Quell', 'said', '“We return any that fail.”']);
  });

  it('a quote after the quoting speaker’s own paraphrase continues the paraphrase, not the quote before it', () => {
    const last = (p: string) => readParagraph(p).attributions.map(wordsIn(p)).pop();
    // "adding that …" says more: the quotation after it goes on with it
    const adding = '“The crane is safe,” Ada Quell said, adding that the dock would reopen. “We tested every cable twice.”';
    assert.deepStrictEqual(last(adding), ['Ada Quell', 'adding', '“We tested every cable twice.”']);
    // a sentence of her own, named by her surname
    const own = '“The crane is safe,” said Ada Quell, a dock engineer. Quell backs the new rules. “We tested every cable.”';
    assert.deepStrictEqual(last(own), ['Quell', 'backs', '“We tested every cable.”']);
    // "referring to …" only glosses the quote before it: the next quote stays with "said"
    const gloss = '“He never came,” Ada Quell said, referring to the mayor. “We waited all day at the dock.”';
    assert.deepStrictEqual(last(gloss), ['Ada Quell', 'said', '“We waited all day at the dock.”']);
  });

  it('a content whose only quotations are titles of works quotes no one: "opened up about “Harbour Lights”"', () => {
    assert.deepStrictEqual(attributionsOf('Mara Quell opened up about the film “The Long Harbour Night” on Friday.'), []);
    // a quotation of words beside the title still makes it a quote
    const p = 'Quell said the film “The Long Harbour Night” was “a gift to the town.”';
    assert.deepStrictEqual(readParagraph(p).attributions.map(wordsIn(p)), [
      ['Quell', 'said', 'the film “The Long Harbour Night” was “a gift to the town.”'],
    ]);
  });

  it('a quotation that is the rest of a sentence opened by "But" or "And" continues the speaker before it', () => {
    const p = '“It is not do or die,” Quell said outside the hall. But “the pier is stronger with the mayor behind it.”';
    assert.deepStrictEqual(readParagraph(p).attributions.map(wordsIn(p)).pop(), [
      'Quell',
      'said',
      '“the pier is stronger with the mayor behind it.”',
    ]);
    // inside a sentence that goes on, the same words are the reporter's: "but “safe” enough" continues no one
    const mid = '“It is not do or die,” Quell said. The pier is old but “safe enough for the fair” by her account.';
    assert.strictEqual(readParagraph(mid).attributions.length, 1);
  });

  it('a paragraph ending "X added:" introduces the quote paragraph after it', () => {
    const text = 'The minister was blunt. Tavish Mbeki added:\n\n“We will not pay twice for the same crane.”\n';
    const continued = analyze(text).attributions;
    assert.strictEqual(continued.length, 1);
    assert.deepStrictEqual(continued[0].source, at(text, 'Tavish Mbeki'));
    assert.deepStrictEqual(continued[0].cue, at(text, 'added'));
    assert.deepStrictEqual(continued[0].content, at(text, '“We will not pay twice for the same crane.”'));
  });

  it('a paragraph whose own clause ends in a colon introduces the quote paragraph after it, whatever its verb', () => {
    const statement = 'Mayor Dana Quill issued the following statement:\n\n“Our thoughts are with the crew of the Marlow.”\n';
    assert.deepStrictEqual(analyze(statement).attributions.map(wordsIn(statement)), [
      ['Mayor Dana Quill', 'issued the following statement:', '“Our thoughts are with the crew of the Marlow.”'],
    ]);
    // a known cue with words after it before the colon stays the cue, and its clause's subject speaks
    const told = 'Quill told the crowd, to loud applause:\n\n“The pier will open in May, whatever the board says.”\n';
    const quoted = analyze(told).attributions.filter((a) => told[a.content.start] === '“');
    assert.deepStrictEqual(quoted.map(wordsIn(told)), [['Quill', 'told', '“The pier will open in May, whatever the board says.”']]);
    // a state is no act of speech: "The reason was simple:" introduces nobody
    const reason = 'The reason was simple:\n\n“We ran out of money for the pier.”\n';
    assert.deepStrictEqual(analyze(reason).attributions, []);
  });

  it('a quote paragraph signed with a dash and a name on the line after it is spoken by that name', () => {
    const text = 'The vote ended at noon.\n\n“A great day for the pier. The crew earned it.”\n\n―Mayor Dana Quill, on Twitter.\n';
    const model = analyze(text);
    const quoted = model.attributions.filter((a) => text[a.content.start] === '“');
    assert.deepStrictEqual(quoted.map(wordsIn(text)), [['Mayor Dana Quill', '―', '“A great day for the pier. The crew earned it.”']]);
    assert.strictEqual(model.actors.find((x) => x.id === quoted[0].actor)?.name, 'Dana Quill');
    // a dash line under a paragraph that is not one whole quotation signs nothing
    const mixed = 'Quill spoke first. “A great day,” she said.\n\n―Mayor Dana Quill, on Twitter.\n';
    assert.ok(!analyze(mixed).attributions.some((a) => mixed.slice(a.cue?.start ?? 0, a.cue?.end ?? 0) === '―'));
  });

  it('the introduction carries over to a quote paragraph printed with doubled straight marks', () => {
    const text = "The minister was blunt. Tavish Mbeki added:\n\n''We will not pay twice for the same crane.''\n";
    const continued = analyze(text).attributions;
    assert.deepStrictEqual(
      continued.map((a) => [a.source, a.content]),
      [[at(text, 'Tavish Mbeki'), at(text, "''We will not pay twice for the same crane.''")]],
    );
  });

  it('a quote after ? closes before the end attribution: “…?” she asked.', () => {
    const p = '“Who pays for the dredging?” Whitfield asked.';
    const [a] = attributionsOf(p);
    assert.deepStrictEqual([a.kind, a.source, a.cue, a.content], [
      'direct',
      at(p, 'Whitfield'),
      at(p, 'asked'),
      at(p, '“Who pays for the dredging?”'),
    ]);
  });

  it('X said in a statement that …: the channel belongs to the cue', () => {
    const p = 'The port authority said in a statement on Monday that the cranes were safe.';
    const [a] = attributionsOf(p);
    assert.deepStrictEqual([a.source, a.cue, a.content], [
      at(p, 'The port authority'),
      at(p, 'said in a statement'),
      at(p, 'that the cranes were safe'),
    ]);
  });

  it('Said X: “…” — the cue opens the sentence', () => {
    const p = 'Said Whitfield: “We will be back on Monday.”';
    const [a] = attributionsOf(p);
    assert.deepStrictEqual([a.kind, a.source, a.cue, a.content], [
      'direct',
      at(p, 'Whitfield'),
      at(p, 'Said'),
      at(p, '“We will be back on Monday.”'),
    ]);
  });

  it('a participle cue with no speaker before it takes the subject of the sentence', () => {
    const p = 'Oyelaran rejected the offer on Tuesday, saying, “It is an insult to every crew.”';
    const a = attributionsOf(p).find((x) => x.cue && p.slice(x.cue.start, x.cue.end) === 'saying')!;
    assert.deepStrictEqual([a.source, a.cue, a.content], [
      at(p, 'Oyelaran'),
      at(p, 'saying'),
      at(p, '“It is an insult to every crew.”'),
    ]);
  });

  it('an end attribution after a quote closed by nested marks: "…,\'" he said', () => {
    const p = `"It feels like, 'Not again, not this winter,'" he said.`;
    const [a] = attributionsOf(p);
    assert.deepStrictEqual([a.source, a.cue, a.content], [at(p, 'he'), at(p, 'said'), at(p, p.slice(0, p.indexOf(' he')))]);
  });

  it('vox-pop quotes signed with a dash, one per line', () => {
    const p = '“The ferry is always late.” ― Mara Quinn\n“I walk now.” ― Teo Brandt';
    const found = attributionsOf(p);
    assert.deepStrictEqual(
      found.map((a) => [a.source, a.cue, a.content]),
      [
        [at(p, 'Mara Quinn'), at(p, '―'), at(p, '“The ferry is always late.”')],
        [at(p, 'Teo Brandt'), at(p, '―', 2), at(p, '“I walk now.”')],
      ],
    );
  });

  it('a noun that looks like a cue is no cue: the report released, a share of Republican claims', () => {
    assert.deepStrictEqual(attributionsOf('The harbour board report released last year was never debated.'), []);
    assert.deepStrictEqual(attributionsOf('A third of Republican claims went unanswered.'), []);
  });

  it('snaps the source to the mention candidate inside it', () => {
    const p = 'Port Authority chairman Marcus Oyelaran said the talks would resume.';
    const reading = readParagraph(p);
    assert.ok(reading.mentions.some((m) => m.start === at(p, 'Marcus Oyelaran').start && m.end === at(p, 'Marcus Oyelaran').end));
    const [a] = reading.attributions;
    assert.deepStrictEqual(a.source, at(p, 'Marcus Oyelaran'));
  });

  /** The source's words of a one-paragraph story's first attribution, as the production pipeline reads it. */
  const sourceOf = (p: string) => readAsProduction(p)[0]?.[1];

  it('a name or a pronoun that only modifies a source’s head of people is no source: the people speak', () => {
    assert.strictEqual(sourceOf('The Tullagh growers said the ferry should stay.'), 'The Tullagh growers');
    assert.strictEqual(sourceOf('Several Harwick councillors told the paper that the budget was short.'), 'Several Harwick councillors');
    assert.strictEqual(sourceOf('Harwick supporters insisted that the count was wrong.'), 'Harwick supporters');
    assert.strictEqual(sourceOf('Last week her deputies complained that the pay was late.'), 'her deputies');
    // a name that heads the phrase, or an owner who speaks through a record, still speaks
    assert.strictEqual(sourceOf('Mayor Ana Ruiz said the pier would reopen.'), 'Ana Ruiz');
    assert.strictEqual(sourceOf('His filings show that the yard lost money.'), 'His');
  });

  it('a coordinated subject is the source whole, as PolNeAR marks it; compounds of man and hand are people', () => {
    assert.strictEqual(sourceOf('Orla Brannock and her deputies said the pier would close.'), 'Orla Brannock and her deputies');
    // a name on each side: the one nearest the cue stays the source, a speaker either way
    assert.strictEqual(sourceOf('Teodor Vance and Mira Holt said the ferry would run.'), 'Mira Holt');
    assert.strictEqual(sourceOf('On Monday, weather experts and Tarrow officials said the storm would turn.'), 'weather experts and Tarrow officials');
    // a body after the pronoun opens a clause of its own: the name before "and" ends the clause before it
    assert.strictEqual(sourceOf('The harbour chief talked about Vance and his office did not respond to a question.'), 'The harbour chief');
    assert.strictEqual(sourceOf('Harwick boatmen said the tide was late.'), 'Harwick boatmen');
    assert.strictEqual(sourceOf('Harwick deckhands said the tide was late.'), 'Harwick deckhands');
  });

  it('a speaker coordinated with the people of her pronoun is the actor of the whole source', () => {
    const text = 'Ferry vote\n\nOrla Brannock runs the Tarrow port board.\n\n“We will close the pier,” Orla Brannock and her deputies said.';
    const model = analyze(text);
    const quoted = model.attributions.find((a) => a.kind === 'direct')!;
    assert.strictEqual(text.slice(quoted.source!.start, quoted.source!.end), 'Orla Brannock and her deputies');
    assert.strictEqual(model.actors.find((a) => a.id === quoted.actor)?.name, 'Orla Brannock');
  });

  it('links an attribution to the local quote it reports', () => {
    const p = '“We are ready,” Whitfield said.';
    const reading = readParagraph(p);
    assert.deepStrictEqual(reading.quoteScan.quotes.map((q) => ({ start: q.start, end: q.end })), [at(p, '“We are ready,”')]);
    const [a] = reading.attributions;
    assert.strictEqual(a.quote, 0);
  });

  it('a name that contains a cue word is no cue: the Washington Post, Islamic State', () => {
    assert.deepStrictEqual(attributionsOf('Fighters of the Islamic State seized the town.'), []);
    const p = 'The Kestrel Post reported that the strike had ended.';
    const [a] = phrasesOf(p);
    assert.deepStrictEqual([a.source, a.cue], [at(p, 'The Kestrel Post'), at(p, 'reported')]);
  });

  /** [kind, source, cue] of each attribution: who said it and how, without what. */
  const whoSaid = (p: string) => readAsProduction(p).map((a) => a.slice(0, 3));
  /** [kind, source, cue] of the attribution the word `cue` brings on. */
  const cuedBy = (p: string, cue: string) => readAsProduction(p).find((a) => a[2] === cue)?.slice(0, 3);

  it('a source phrase runs through "familiar with", "close to" and "seen by" to the phrase after it', () => {
    assert.deepStrictEqual(readAsProduction('“The ferry sails on Friday,” said a deckhand familiar with the captain’s plans, who spoke on condition of anonymity.'), [
      ['direct', 'a deckhand familiar with the captain’s plans', 'said', '“The ferry sails on Friday,”'],
    ]);
    assert.deepStrictEqual(readAsProduction('Two aides close to the governor’s thinking said the levy would pass.'), [
      ['indirect', 'Two aides close to the governor’s thinking', 'said', 'the levy would pass'],
    ]);
    assert.deepStrictEqual(readAsProduction('According to a copy of the contract seen by the Courier, the yard would close in May.'), [
      ['according-to', 'a copy of the contract seen by the Courier', 'According to', 'the yard would close in May'],
    ]);
  });

  it('the mention a source snaps to is its head, not what it is familiar with', () => {
    const text = 'Ferry talks\n\nThe Tarnby Line runs two boats.\n\n“We will be back,” said a person familiar with the company’s plans.';
    const model = analyze(text);
    const quoted = model.attributions.find((a) => a.kind === 'direct')!;
    assert.strictEqual(text.slice(quoted.source!.start, quoted.source!.end), 'a person familiar with the company’s plans');
    const actor = model.actors.find((a) => a.id === quoted.actor)!;
    assert.strictEqual(actor.kind, 'anonymous');
  });

  it('an inch mark is no quotation: the quote pass and the attribution read the same marks in X, who is 6\'3", said "…"', () => {
    const p = `Whitfield, who is 6'3", said "we will not close the harbour this winter."`;
    const reading = readParagraph(p);
    assert.deepStrictEqual(reading.quoteScan.quotes.map((q) => p.slice(q.start, q.end)), [
      '"we will not close the harbour this winter."',
    ]);
    assert.deepStrictEqual(readAsProduction(p), [
      ['direct', 'Whitfield', 'said', '"we will not close the harbour this winter."'],
    ]);
    assert.strictEqual(reading.attributions[0].quote, 0);
  });

  it('a direction mark a CMS leaves before a misturned opening mark hides neither the quotation nor its close', () => {
    const p = '\u202a”We will stay until the levy goes,” posted Ines Farrow.';
    assert.deepStrictEqual(readAsProduction(p), [
      ['direct', 'Ines Farrow', 'posted', '”We will stay until the levy goes,”'],
    ]);
  });

  it('a quote run links the quotation it reports, not a single quotation nested in it, on every paragraph', () => {
    const text = 'Whitfield said: “The board called it ‘a fair offer’ and we said no.\n\n“We will say no again, and again after that.”';
    const model = analyze(text);
    const run = model.quotes.find((q) => q.start === text.indexOf('“The board'));
    assert.ok(run && run.paragraphs.length === 2, JSON.stringify(model.quotes));
    assert.deepStrictEqual(
      model.attributions.map((a) => [text.slice(a.content.start, a.content.end), a.quote]),
      [
        ['“The board called it ‘a fair offer’ and we said no.', run.id],
        ['“We will say no again, and again after that.”', run.id],
      ],
    );
  });

  it('a dateline is no part of the content before an end attribution', () => {
    const p = 'KESTREL BAY, Ore., Dec. 11 (UPI) — Young voters are drifting toward the ferry levy, a new poll indicates.';
    assert.deepStrictEqual(readAsProduction(p), [
      ['indirect', 'a new poll', 'indicates', 'Young voters are drifting toward the ferry levy'],
    ]);
  });

  it('pairs curly, straight and misturned quotation marks; an unclosed quote runs to the end', () => {
    assert.deepStrictEqual(quotations('“a” and "b" and ”c” and “d'), [
      { start: 0, end: 3 },
      { start: 8, end: 11 },
      { start: 16, end: 19 },
      { start: 24, end: 26 },
    ]);
  });

  it('pairs doubled straight single marks as archive copy prints quotations, and reads their speaker', () => {
    const p = "''We will not sign,'' said Dana Whitfield, the union's negotiator. ''Not this week,'' she added.";
    assert.deepStrictEqual(quotations(p), [at(p, "''We will not sign,''"), at(p, "''Not this week,''")]);
    const model = analyze(p);
    assert.deepStrictEqual(
      model.attributions.map((a) => [a.kind, a.source && p.slice(a.source.start, a.source.end), a.actor]),
      [
        ['direct', 'Dana Whitfield', model.actors[0].id],
        ['direct', 'she', model.actors[0].id],
      ],
    );
  });

  it('never throws and stays linear on hostile text', () => {
    const line = ('“He said, according to officials familiar with ' + 'the talks, '.repeat(20) + 'that ').repeat(400);
    assert.ok(line.length > 100000);
    const started = Date.now();
    const found = attributionsOf(line);
    assert.ok(Array.isArray(found));
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    for (const text of ['', '"', '“', ',,,,', 'said said said', '\u0000\uffff said:', ', according to']) {
      assert.doesNotThrow(() => attributionsOf(text));
      assert.doesNotThrow(() => continueQuotes(text, analyze(text).quotes, []));
    }
  });

  it('a name and a colon with no verb introduce a quotation; a common noun and a colon do not', () => {
    const p = 'The result did not surprise pollster Ines Farrow: “Turnout decided it.” She had one word for voters: “Vote.”';
    assert.deepStrictEqual(readAsProduction(p), [['direct', 'Ines Farrow', ':', '“Turnout decided it.”']]);
  });

  it('X, a role from a place, State, said — and an opening phrase before the name with its own comma', () => {
    assert.deepStrictEqual(whoSaid('Dana Whitfield, a delegate from Austin, Texas, said the vote was rigged.'), [
      ['indirect', 'Dana Whitfield', 'said'],
    ]);
    assert.deepStrictEqual(whoSaid('On Monday, Dana Whitfield, a delegate, said the vote was rigged.'), [
      ['indirect', 'Dana Whitfield', 'said'],
    ]);
  });

  it('an inverted source ends its clause: "…, said the minister." but not "…, said the vote was rigged"', () => {
    assert.deepStrictEqual(whoSaid('The plan works, said the minister, who chairs the board.'), [['indirect', 'the minister', 'said']]);
    assert.deepStrictEqual(whoSaid('“No,” said Whitfield (D-Ore.) on Monday.'), [['direct', 'Whitfield', 'said']]);
    assert.ok(!whoSaid('Harvey, Houston, said the vote at the convention was rigged.').some((a) => a[1] === 'the vote'));
    // the occasion after an inverted name is no part of the source: "in a tweet Friday", "in a Friday tweet"
    assert.deepStrictEqual(whoSaid('“No deal,” said Dana Whitfield in a tweet Friday.'), [['direct', 'Dana Whitfield', 'said']]);
    assert.deepStrictEqual(whoSaid('“No deal,” said Dana Whitfield in a Friday tweet.'), [['direct', 'Dana Whitfield', 'said']]);
    // an unnamed source with its place closes the sentence: the place is no source
    assert.deepStrictEqual(whoSaid('“No deal,” said an official in Harlow.'), [['direct', 'an official in Harlow', 'said']]);
  });

  it('a cue after "before", "while" or "then" speaks for the subject of the clause before and ends that clause', () => {
    assert.deepStrictEqual(readAsProduction('Dana Whitfield praised the crew before adding that “the pier will be rebuilt.”'), [
      ['indirect', 'Dana Whitfield', 'praised', 'the crew'],
      ['partial', 'Dana Whitfield', 'adding', 'that “the pier will be rebuilt.”'],
    ]);
    assert.deepStrictEqual(readAsProduction('Dana Whitfield thanked the crew while saying “the pier will be rebuilt.”')[1], [
      'direct', 'Dana Whitfield', 'saying', '“the pier will be rebuilt.”',
    ]);
  });

  it('a cue after "went on to" or "proceeded to" speaks for the subject before them', () => {
    assert.deepStrictEqual(readAsProduction('Dana Whitfield went on to call the pier “a disgrace.”'), [
      ['partial', 'Dana Whitfield', 'call', 'the pier “a disgrace.”'],
    ]);
    assert.deepStrictEqual(readAsProduction('Dana Whitfield proceeded to accuse the mayor of “lying.”').map((a) => a[1]), ['Dana Whitfield']);
  });

  it('a question the sentence opens with ("Asked whether …,") is asked by no one named, up to the comma that closes it', () => {
    assert.deepStrictEqual(readAsProduction('Asked whether the levy is “fair to everyone,” Quinn said it was.'), [
      ['partial', null, 'Asked', 'whether the levy is “fair to everyone,”'],
      ['indirect', 'Quinn', 'said', 'it was'],
    ]);
    assert.deepStrictEqual(readAsProduction('Asked about the levy, Quinn said it was fair.')[0], ['indirect', null, 'Asked about', 'the levy']);
    // asked to do something is no question put
    assert.ok(!readAsProduction('Asked to comment, Quinn said no.').some((a) => a[2] === 'Asked'));
  });

  it('a quotation split by its attribution is spoken by the source between its parts, not by the sentence before', () => {
    const p = 'Quinn opposes the levy. “We will be back on Monday,” Ana Brafman said in March, “and we will finish the pier.”';
    const model = analyze(p);
    const speakers = model.attributions
      .filter((a) => a.quote)
      .map((a) => [p.slice(a.content.start, a.content.end), model.actors.find((x) => x.id === a.actor)?.name]);
    assert.deepStrictEqual(speakers, [
      ['“We will be back on Monday,”', 'Ana Brafman'],
      ['“and we will finish the pier.”', 'Ana Brafman'],
    ]);
  });

  it('a quotation resumed after its end attribution and a participle aside is the end attribution’s; the aside keeps its clause', () => {
    const p = '“These crews know the harbour,” said Sherman, speaking of the dockers, “and they know the risks.”';
    assert.deepStrictEqual(readAsProduction(p), [
      ['direct', 'Sherman', 'said', '“These crews know the harbour,”'],
      ['indirect', 'Sherman', 'speaking', 'the dockers'], // the preposition a cue takes is not what was said
      ['direct', 'Sherman', 'said', '“and they know the risks.”'],
    ]);
    // a quotation that closed its sentence was not split: the participle's own quotation stays its content
    const closed = '“These crews know the harbour.” Sherman spoke at length, adding that “they know the risks.”';
    assert.ok(readAsProduction(closed).some((a) => a[2] === 'adding' && a[3] === 'that “they know the risks.”'));
  });

  it('a quotation that ends its sentence goes on with the speaker before it, not with the next sentence\'s cue', () => {
    const p = '“We argued against the levy,” she said. “We will keep arguing.” She noted a vote on Friday in Harlow.';
    assert.deepStrictEqual(readAsProduction(p).filter((a) => a[3]?.startsWith('“')), [
      ['direct', 'she', 'said', '“We argued against the levy,”'],
      ['direct', 'she', 'said', '“We will keep arguing.”'],
    ]);
  });

  it('a quotation that opens its paragraph is spoken by the attribution its own sentence goes on to, not the next one', () => {
    const tweeted = '“It is misleading to call the levy a tax cut,” Ivo Marsh tweeted after Quill argued that “every household gains.”';
    const first = readAsProduction(tweeted).find((a) => a[3] === '“It is misleading to call the levy a tax cut,”');
    assert.deepStrictEqual(first?.slice(0, 3), ['direct', 'Ivo Marsh', 'tweeted']);
    // the attribution of the next sentence does not reach back over the full stop
    const next = '“We lost the vote on the pier.” Later that evening Quill argued that the board had been misled.';
    assert.ok(!readAsProduction(next).some((a) => a[3] === '“We lost the vote on the pier.”'));
  });

  it('an aside between a cue and the quotation it introduces is no content: "responded pointedly, with a smile: “…”"', () => {
    assert.deepStrictEqual(readAsProduction('Quill responded pointedly, with a smile: “Ask me again in May.”'), [
      ['direct', 'Quill', 'responded', '“Ask me again in May.”'],
    ]);
    assert.deepStrictEqual(readAsProduction('Said Ada Brin, who grew up with Quill in Marlow, “We were all so proud of her.”'), [
      ['direct', 'Ada Brin', 'Said', '“We were all so proud of her.”'],
    ]);
    // a reported clause or a noun phrase before the quotation is content, and so are words that finish the clause
    assert.deepStrictEqual(readAsProduction('Quill said that the vote was close: “We lost by two.”')[0]?.[3], 'that the vote was close: “We lost by two.”');
    assert.deepStrictEqual(readAsProduction('Quill said, with a shrug, “our ferries will save us.”')[0]?.[3], 'with a shrug, “our ferries will save us.”');
  });

  it('a long opening clause is no subject: the participle cue after it speaks for the name past its comma', () => {
    const p = 'When told the ferry would not sail until the board had met twice more in Marlow, Quill shook her head, saying “We cannot wait.”';
    assert.deepStrictEqual(readAsProduction(p), [['direct', 'Quill', 'saying', '“We cannot wait.”']]);
  });

  it('a sentence that is only a source and its verb introduces the quotation after it: "Ada Brin agreed. “…”"', () => {
    assert.deepStrictEqual(readAsProduction('Marlow University’s Ada Brin agreed. “The board is running out of time.”'), [
      ['direct', 'Ada Brin', 'agreed', '“The board is running out of time.”'],
    ]);
    assert.deepStrictEqual(readAsProduction('She explained. “We had no choice.”'), [['direct', 'She', 'explained', '“We had no choice.”']]);
    // a verb that reports no speech, or a subject that names no one, introduces nothing
    assert.deepStrictEqual(readAsProduction('Prices fell. “We had no choice.”'), []);
    assert.deepStrictEqual(readAsProduction('The ferry was late again. “We had no choice.”'), []);
  });

  it('a speaker after the quotation may carry a phrase of place: “…?” a dock worker in the room wondered.', () => {
    assert.deepStrictEqual(readAsProduction('“Will he be the next harbour master?” a dock worker in the room wondered.'), [
      ['direct', 'a dock worker in the room', 'wondered', '“Will he be the next harbour master?”'],
    ]);
  });

  it('a poll or records that show something are a source; a show is not', () => {
    assert.deepStrictEqual(readAsProduction('Court records show the company owed $4 million.'), [
      ['indirect', 'Court records', 'show', 'the company owed $4 million'],
    ]);
    assert.deepStrictEqual(readAsProduction('The show starts at nine.'), []);
    // a programme named after "show" is a title, not what anyone shows
    assert.deepStrictEqual(readAsProduction('He is the host of the late-night TV show “The Long Pier.”'), []);
  });

  it('a headline names its source before a colon; a desk label before a colon is no source', () => {
    assert.deepStrictEqual(readAsProduction('Whitfield: Harbour Talks ‘Going Nowhere’'), [
      ['indirect', 'Whitfield', ':', 'Harbour Talks ‘Going Nowhere’'],
    ]);
    assert.deepStrictEqual(readAsProduction('UPDATE: Harbour reopens after strike'), []);
    assert.deepStrictEqual(readAsProduction('The list was long: cranes, tugs and barges.'), []);
  });

  it('a thing called “…” is named, not speaking; a person who called something “…” speaks', () => {
    assert.deepStrictEqual(readAsProduction('A warm-up band called “Harbour Lights” played first.'), []);
    assert.deepStrictEqual(readAsProduction('Ferry crews, called to duty by the harbour master, stood by.'), []);
    assert.deepStrictEqual(readAsProduction('Whitfield called the offer “an insult.”'), [
      ['partial', 'Whitfield', 'called', 'the offer “an insult.”'],
    ]);
  });

  it('"declined to comment but said": the subject of the sentence says it', () => {
    const p = 'Harbour officials declined to comment on the meeting but said that pressure on the union was growing.';
    assert.deepStrictEqual(readAsProduction(p).pop(), [
      'indirect',
      'Harbour officials',
      'said',
      'that pressure on the union was growing',
    ]);
  });

  it('"sent a letter … stating that": the sender of the document is the source', () => {
    const p = 'The employees sent a letter to management on Friday stating that they “will not go back without a contract.”';
    assert.deepStrictEqual(readAsProduction(p), [
      ['partial', 'The employees', 'stating', 'that they “will not go back without a contract.”'],
    ]);
  });

  it('"sent an email saying …": after a document noun the -ing form reports, it is no gerund', () => {
    assert.deepStrictEqual(readAsProduction('Minutes later, Tenby sent a memo saying, “We are done here.”'), [
      ['direct', 'Tenby', 'saying', '“We are done here.”'],
    ]);
    // a determiner and a plain noun before it still make it a noun: "a strong showing in Marlow"
    assert.deepStrictEqual(readAsProduction('Tenby hoped for a strong showing in Marlow.').filter((a) => a[2] === 'showing'), []);
  });

  it('a participle cue looks past an opening phrase and a dateline for the subject', () => {
    const p = 'Speaking at the docks, Whitfield rejected the offer, saying it “insults every crane driver.”';
    assert.deepStrictEqual(cuedBy(p, 'saying'), ['partial', 'Whitfield', 'saying']);
    const dated = 'KESTREL BAY, Ore. — Whitfield rejected the offer, saying it “insults every crane driver.”';
    assert.deepStrictEqual(cuedBy(dated, 'saying'), ['partial', 'Whitfield', 'saying']);
  });

  it('a participle cue looks past two opening adverbials, or an adverb and one, for the subject', () => {
    const two = 'On Monday, after weeks of silence, Osei endorsed Ruiz, saying, “She is the fighter this port needs.”';
    assert.deepStrictEqual(cuedBy(two, 'saying'), ['direct', 'Osei', 'saying']);
    const here = 'Here in Tarrow, Osei stepped up his attack on the board, saying, “We have got to fix the docks.”';
    assert.deepStrictEqual(cuedBy(here, 'saying'), ['direct', 'Osei', 'saying']);
  });

  it('a participle cue finds a subject after a scene set by a preposition, a counted subject, and a plural one', () => {
    const outside = 'Outside the pier in Marlow, about 200 dockers gathered in clusters, holding signs and chanting “Pay us.”';
    assert.deepStrictEqual(cuedBy(outside, 'chanting'), ['direct', 'about 200 dockers', 'chanting']);
    assert.deepStrictEqual(cuedBy('The dockers walked out, chanting “Pay us.”', 'chanting'), ['direct', 'The dockers', 'chanting']);
  });

  it('a participle cue finds the subject after an opening conjunction and adverb, whose comma is the cue’s own', () => {
    const p = 'And then Quell went fully on the attack, saying, “The mayor should resign!”';
    assert.deepStrictEqual(whoSaid(p), [['direct', 'Quell', 'saying']]);
  });

  it('an appositive may hold a quoted title, its comma inside the marks: the name before it is the source', () => {
    const author = 'Ada Penrose, the editor of “Low Water,” about the history of the estuary, said the era of “one busy port” is over.';
    assert.deepStrictEqual(whoSaid(author), [['partial', 'Ada Penrose', 'said']]);
    const show = 'Sam Osei, a contestant on the show, “The Harbour,” who went on to work for Quell, said his boss was “always kind.”';
    assert.deepStrictEqual(whoSaid(show), [['partial', 'Sam Osei', 'said']]);
  });

  it('after an inverted cue a capitalised word before another opens a name, even a modal: "said Will Doyle"', () => {
    const p = '“It is a costly model,” said Will Doyle, a professor at Marlow University. “Staff is the biggest cost.”';
    assert.deepStrictEqual(whoSaid(p), [['direct', 'Doyle', 'said'], ['direct', 'Doyle', 'said']]);
  });

  it('a source phrase before its cue may run to sixteen words: two names and their institute', () => {
    const p = '“Dredging will widen the channel,” ferry engineers Ada Penrose and Jo Kell of Marlow’s Institute for Tides and Coastal Shipping Research wrote.';
    const [a] = phrasesOf(p);
    assert.deepStrictEqual(p.slice(a.source!.start, a.source!.end), 'ferry engineers Ada Penrose and Jo Kell of Marlow’s Institute for Tides and Coastal Shipping Research');
  });

  it('a title and a name set off after an opening are the name the appositive after them describes', () => {
    assert.deepStrictEqual(cuedBy('On Monday, Sen. Ada Tenby, a delegate, said the pier was “unsafe.”', 'said'), ['partial', 'Ada Tenby', 'said']);
    const party = 'Speaking later, Sen. Ada Tenby (D-Mo.), who has endorsed Quell, said the mayor was “more aggressive” now.';
    assert.deepStrictEqual(cuedBy(party, 'said'), ['partial', 'Ada Tenby', 'said']);
    const place = 'Shortly after the ruling, Sen. Ada Tenby of Marlow, now a candidate, proposed a bill to “end the abuse.”';
    assert.deepStrictEqual(cuedBy(place, 'proposed'), ['partial', 'Ada Tenby', 'proposed']);
  });

  it('"… and said": the phrase before the verb is its subject only where a clause can start, not an object', () => {
    const object = 'Col. Ada Tenby started the row when he brought up the Marlow City fire and later said, “It was arson.”';
    assert.deepStrictEqual(cuedBy(object, 'said'), ['direct', 'Ada Tenby', 'said']);
    const verbFirst = 'He then put on a fake Southern accent and joked, “I will make it easy for them.”';
    assert.deepStrictEqual(whoSaid(verbFirst), [['direct', 'He', 'joked']]);
    assert.deepStrictEqual(cuedBy('Ada Tenby laughed and said, “We won.”', 'said'), ['direct', 'Ada Tenby', 'said']);
  });

  describe('a rally story: chants, appositive names, open quotes, quoted crossheads', () => {
    const rally = readFixture('attributions-statehouse-rally.article');
    const model = analyze(rally);
    /** [source, cue, actor name] of the attribution whose content is exactly `content`. */
    const speakerOf = (content: string) => {
      const span = at(rally, content);
      const a = model.attributions.find((x) => x.content.start === span.start && x.content.end === span.end);
      assert.ok(a, `no attribution of ${content}: ${JSON.stringify(model.attributions.map((x) => x.content))}`);
      const name = model.actors.find((x) => x.id === a.actor)?.name ?? null;
      return [a.source && rally.slice(a.source.start, a.source.end), a.cue && rally.slice(a.cue.start, a.cue.end), name];
    };

    it('a chant is speech, and a quotation coordinated with it ("…,” and “…,”) shares its source', () => {
      assert.deepStrictEqual(speakerOf('“Fund our classrooms,”'), ['teachers', 'chanted', 'teachers']);
      assert.deepStrictEqual(speakerOf('“Pay us fairly,”'), ['teachers', 'chanted', 'teachers']);
    });

    it('“…,” X, Y’s deputy, said: a possessive appositive is a role, not the source', () => {
      const quote = '“If she had doubts about the formula, that is something I would have expected to hear,”';
      assert.deepStrictEqual(speakerOf(quote), ['Farrow', 'said', 'Ines Farrow']);
    });

    it('her predecessor, X, had dubbed …: the name between commas is the source, nested in the outer report', () => {
      assert.deepStrictEqual(speakerOf('the annual budget fight “the August problem.”'), [
        'Lena Achterberg',
        'dubbed',
        'Lena Achterberg',
      ]);
      const outer = 'her predecessor, Lena Achterberg, had dubbed the annual budget fight “the August problem.”';
      assert.deepStrictEqual(speakerOf(outer), ['She', 'said', 'Ines Farrow']);
    });

    it('a partial quote left open at a paragraph end carries on into the quote paragraph after it', () => {
      assert.deepStrictEqual(speakerOf('“We see this budget as the first step, not the last.”'), [
        'Dana Whitfield',
        'said',
        'Dana Whitfield',
      ]);
    });

    it('a quoted crosshead speaks with the voice of the body quote that repeats it, the innermost one', () => {
      assert.deepStrictEqual(speakerOf('“The August problem”'), ['Lena Achterberg', 'dubbed', 'Lena Achterberg']);
      const unrepeated = at(rally, '“Nobody said a word”');
      assert.ok(!model.attributions.some((a) => a.content.start < unrepeated.end && unrepeated.start < a.content.end));
    });

    it('a crosshead that a cue already claims, or no heading at all, gets nothing more', () => {
      const before = model.attributions.filter((a) => a.kind === 'direct').length;
      const again = attributeHeadlineQuotes(rally, model.paragraphs, model.quotes, model.attributions);
      assert.deepStrictEqual(again, [], `already claimed: ${before} direct`);
      assert.deepStrictEqual(attributeHeadlineQuotes('', [], [], []), []);
    });
  });
});

describe('attribution recall: cue verbs, sources and orders the newsroom also uses', () => {
  /** Each attribution of a one-paragraph article as [source, cue, content] texts. */
  const triples = (p: string) => analyze(p).attributions.map(wordsIn(p));
  /** The same, with the sources before mention snapping. */
  const found = (p: string) => phrasesOf(p).map(wordsIn(p));

  it('speech verbs beyond "said", inflected from their base forms: fumed, clarified, interjected', () => {
    const fumed = '“Still arguing about the ferry timetable?” Mr. Osei fumed.';
    assert.deepStrictEqual(triples(fumed), [['Mr. Osei', 'fumed', '“Still arguing about the ferry timetable?”']]);
    const clarified = 'Councillor Brevik clarified that the levy would end in March.';
    assert.deepStrictEqual(triples(clarified), [['Brevik', 'clarified', 'that the levy would end in March']]);
    const interjected = 'Brevik interjected, “That is not what the survey says.”';
    assert.deepStrictEqual(triples(interjected), [['Brevik', 'interjected', '“That is not what the survey says.”']]);
    const emailed = '“Send the harbour report tonight,” Ms. Varga emailed.';
    assert.deepStrictEqual(triples(emailed), [['Ms. Varga', 'emailed', '“Send the harbour report tonight,”']]);
  });

  it('speech acts and stances the newsroom writes: outlined, conceded in writing, blasted, touted', () => {
    assert.deepStrictEqual(found('Brevik outlined plans to widen the harbour road.'), [['Brevik', 'outlined', 'plans to widen the harbour road']]);
    // conceded in writing: the verb is the cue, and the content runs to the end of the reported clause
    const [conceded] = found('Councillor Brevik conceded in writing that the audit was late.');
    assert.deepStrictEqual(conceded.slice(0, 2), ['Councillor Brevik', 'conceded']);
    assert.ok(conceded[2]?.endsWith('that the audit was late'), String(conceded[2]));
    // a participle right after the cue is the reported clause's subject, not the channel: "said writing …"
    assert.deepStrictEqual(found('Quell said writing the bill took months.'), [['Quell', 'said', 'writing the bill took months']]);
    assert.deepStrictEqual(found('Quell blasted the ferry budget as reckless.'), [['Quell', 'blasted', 'the ferry budget as reckless']]);
    assert.deepStrictEqual(found('Quell touted the new ferry timetable.'), [['Quell', 'touted', 'the new ferry timetable']]);
  });

  it('a naming frame speaks for whoever names: "Quinn referred to his rival as “the tax collector.”"', () => {
    const p = 'Mayor Quinn referred to his rival as “the tax collector.”';
    const model = analyze(p);
    assert.deepStrictEqual(model.attributions.map(wordsIn(p)), [['Quinn', 'referred to', 'his rival as “the tax collector.”']]);
    assert.deepStrictEqual(model.attributions.map((a) => model.actors.find((x) => x.id === a.actor)?.name), ['Quinn']);
  });

  it('a stance verb takes a noun phrase as its content; a stance participle after a noun only modifies it', () => {
    assert.deepStrictEqual(found('The Tarnwick Tenants Union endorsed Mara Quell.'), [
      ['The Tarnwick Tenants Union', 'endorsed', 'Mara Quell'],
    ]);
    assert.deepStrictEqual(found('A ratepayers group backing Mara Quell bought airtime.'), []);
    assert.deepStrictEqual(found('Quell defended the levy, backing the harbour board.'), [
      ['Quell', 'defended', 'the levy'],
      ['Quell', 'backing', 'the harbour board'],
    ]);
  });

  it('a stance’s noun phrase ends at a comma or at the source’s next act: "endorsed Quell and campaigned …"', () => {
    assert.deepStrictEqual(found('The dockers union endorsed Mara Quell, whose father ran the ferry.'), [
      ['The dockers union', 'endorsed', 'Mara Quell'],
    ]);
    assert.deepStrictEqual(found('The dockers union endorsed Mara Quell and campaigned for her in May.'), [
      ['The dockers union', 'endorsed', 'Mara Quell'],
    ]);
    assert.deepStrictEqual(found('The dockers union endorsed Quell and Harrow.'), [['The dockers union', 'endorsed', 'Quell and Harrow']]);
    assert.deepStrictEqual(found('The dockers union endorsed Mara Quell at a rally in Marlow.'), [
      ['The dockers union', 'endorsed', 'Mara Quell'],
    ]);
  });

  it('", telling the crowd at the pier that …": a participle telling verb’s content starts at "that"', () => {
    assert.deepStrictEqual(found('Quell toured the docks, telling the crowd at the pier that the levy would pass.'), [
      ['Quell', 'telling', 'that the levy would pass'],
    ]);
  });

  it('declined to …: an intention with an infinitive content', () => {
    assert.deepStrictEqual(found('Quell declined to discuss the audit.'), [['Quell', 'declined', 'to discuss the audit']]);
  });

  it('two names joined by "and" are one source: “…,” Harlow and Bates wrote.', () => {
    assert.deepStrictEqual(found('“The levy will not pass,” Harlow and Bates wrote.'), [
      ['Harlow and Bates', 'wrote', '“The levy will not pass,”'],
    ]);
  });

  it('two common noun phrases joined by "and" after the content’s comma speak together: "…, the port board and the guild say"', () => {
    assert.deepStrictEqual(found('Ferry fares have doubled since May, the port board and the guild say.'), [
      ['the port board and the guild', 'say', 'Ferry fares have doubled since May'],
    ]);
    assert.deepStrictEqual(found('Berth fees rose by a third, tallies by the harbour bureau and other trackers show.'), [
      ['tallies by the harbour bureau and other trackers', 'show', 'Berth fees rose by a third'],
    ]);
    // before a clause of its own, the words before "and" are no source: "shut the pier and the guild says"
    assert.deepStrictEqual(found('The mayor shut the pier and the guild says fares doubled.'), [['the guild', 'says', 'fares doubled']]);
  });

  it('a quote closed by a full stop still takes an inverted cue or "according to" after it', () => {
    assert.deepStrictEqual(triples('“I backed this club.” said Ada Novak.'), [['Ada Novak', 'said', '“I backed this club.”']]);
    assert.deepStrictEqual(found('“The clinic will close in May.” according to the Health Department.'), [
      ['the Health Department', 'according to', '“The clinic will close in May.”'],
    ]);
  });

  it('how long or to whom someone spoke is no attribution; what they spoke about is', () => {
    assert.deepStrictEqual(found('Quinn spoke for about 15 minutes.'), []);
    assert.deepStrictEqual(found('Quinn spoke to reporters outside the depot.'), []);
    assert.deepStrictEqual(found('Quinn spoke about the ferry levy.'), [['Quinn', 'spoke', 'the ferry levy']]);
  });

  it('content ends before the reporter’s ", despite …" and takes the clause before "X said, although …"', () => {
    assert.deepStrictEqual(found('Officials said it would be “fully funded,” despite the cancellations.'), [
      ['Officials', 'said', 'it would be “fully funded,”'],
    ]);
    const although = 'It is unlikely the audit ends Friday, officials said, although they said updates were possible.';
    assert.deepStrictEqual(found(although), [
      ['officials', 'said', 'It is unlikely the audit ends Friday'],
      ['they', 'said', 'updates were possible'],
    ]);
  });

  it('content ends before a closing ", which …" or ", who …" the reporter adds', () => {
    assert.deepStrictEqual(found('Brevik said the audit was “long overdue,” which surprised the harbour board.'), [
      ['Brevik', 'said', 'the audit was “long overdue,”'],
    ]);
    assert.deepStrictEqual(found('Quell said she backed Tom Harrow, who faces a recount in May.'), [
      ['Quell', 'said', 'she backed Tom Harrow'],
    ]);
  });

  it('content ends before a lone dash, ", compared with …" or a closing appositive; a pair of dashes is an aside', () => {
    assert.deepStrictEqual(found('Brevik said the levy would double — a move the dockers have long feared.'), [
      ['Brevik', 'said', 'the levy would double'],
    ]);
    assert.deepStrictEqual(found('Brevik said the levy — first raised in 1990 — would double.'), [
      ['Brevik', 'said', 'the levy — first raised in 1990 — would double'],
    ]);
    assert.deepStrictEqual(found('Forty percent said the ferry was late, compared with 12 percent in May.'), [
      ['Forty percent', 'said', 'the ferry was late'],
    ]);
    // ", including …" goes on with the speaker's list; ", adding …" is the reporter's next clause
    assert.deepStrictEqual(found('Quell said three piers would close, including the one at Marlow.'), [
      ['Quell', 'said', 'three piers would close, including the one at Marlow'],
    ]);
    assert.deepStrictEqual(found('Quell said the pier would reopen, a reversal of her stance in May.'), [
      ['Quell', 'said', 'the pier would reopen'],
    ]);
    // an appositive inside the clause is the speaker's: "the pier, the oldest in Marlow, would reopen"
    assert.deepStrictEqual(found('Quell said the pier, the oldest in Marlow, would reopen.'), [
      ['Quell', 'said', 'the pier, the oldest in Marlow, would reopen'],
    ]);
  });

  it('a clause of its own introduces a quote after a colon, whatever its verb: the subject speaks', () => {
    const statement = 'Mayor Dana Quill issued the following statement: “Our thoughts are with the crew.”';
    assert.deepStrictEqual(found(statement), [['Mayor Dana Quill', 'issued the following statement:', '“Our thoughts are with the crew.”']]);
    // a verb no cue list nor the learned cue model knows: the colon alone makes it the quote's clause
    assert.deepStrictEqual(found('At the pier, Brevik harrumphed: “We will sail on Friday!”'), [['Brevik', 'harrumphed:', '“We will sail on Friday!”']]);
    assert.deepStrictEqual(found('The reason is simple. “We will sail on Friday!”'), []);
  });

  it('a text presented "as follows:" or a document opened with "From …:" introduces the quotation after the colon', () => {
    assert.deepStrictEqual(found('The ruling is as follows: “The pier stays closed until May.”'), [
      ['The ruling', 'is as follows:', '“The pier stays closed until May.”'],
    ]);
    assert.deepStrictEqual(found('From the harbour board’s minutes: “Members voted to close the pier.”'), [
      ['the harbour board’s minutes', ':', '“Members voted to close the pier.”'],
    ]);
    // a state is still no act of speech, and a long opening phrase is no document
    assert.deepStrictEqual(found('The reason is simple: “We ran out of money.”'), []);
    assert.deepStrictEqual(found('From Monday, when the ferry stops, to the end of May: “No crossings.”'), []);
    assert.deepStrictEqual(found('From the start: “We knew the pier would close.”'), []);
    assert.deepStrictEqual(found('From Quell’s Facebook post: “We will be back.”'), [['Quell’s Facebook post', ':', '“We will be back.”']]);
  });

  it('a quotation closed by a misturned opening mark still takes its end attribution: “…,“ said X / “…?“ he asked', () => {
    const said = '“The pier is unsafe,“ said Lena Marrow, an engineer with the harbour board. “It should close.”';
    assert.deepStrictEqual(triples(said), [
      ['Lena Marrow', 'said', '“The pier is unsafe,“'],
      ['Lena Marrow', 'said', '“It should close.”'],
    ]);
    const asked = 'Quell frowned. “Do you want to be seen with them?“ he asked.';
    assert.deepStrictEqual(triples(asked), [['he', 'asked', '“Do you want to be seen with them?“']]);
  });

  it('a short clause closing the quote’s sentence makes any verb a cue: “…,” the crowd screamed back.', () => {
    assert.deepStrictEqual(found('“Who will pay?” Quill asked. “The county!” the crowd screamed back.'), [
      ['Quill', 'asked', '“Who will pay?”'],
      ['the crowd', 'screamed back', '“The county!”'],
    ]);
    assert.deepStrictEqual(found('“The harbour must stay open,” the petition reads.'), [
      ['the petition', 'reads', '“The harbour must stay open,”'],
    ]);
    assert.deepStrictEqual(found('“Is the council listening?” he wondered.'), [['he', 'wondered', '“Is the council listening?”']]);
    assert.deepStrictEqual(found('“This is fantastic!” beamed Rosa Tenby of Marlow.'), [
      ['Rosa Tenby of Marlow', 'beamed', '“This is fantastic!”'],
    ]);
    assert.deepStrictEqual(found('“Ferries Forever” airs on Sundays.'), []);
  });

  it('a verb that reports only right after a quote: “…,” Brack went on. / “…,” the ad states. / … retaliated.', () => {
    assert.deepStrictEqual(found('“You know, it happens, right?” Brack went on, as if he had not heard.'), [
      ['Brack', 'went on', '“You know, it happens, right?”'],
    ]);
    assert.deepStrictEqual(found('“Only Quell can fix the docks,” a narrator in the video states.'), [
      ['a narrator in the video', 'states', '“Only Quell can fix the docks,”'],
    ]);
    assert.deepStrictEqual(found('“Marlow will always be Marlow,” an angry Tenby retaliated.'), [
      ['an angry Tenby', 'retaliated', '“Marlow will always be Marlow,”'],
    ]);
    // a speech verb after a comma that closes the quotation: the phrase after it speaks, whatever follows it
    const brisk = '“The pier will hold,” says Tom Brisk of the non-partisan Brisk Harbour Report.';
    assert.deepStrictEqual(readParagraph(brisk).attributions.map(wordsIn(brisk)), [['Tom Brisk', 'says', '“The pier will hold,”']]);
    // a quotation trailing off in an ellipsis closes before the clause after it too
    assert.deepStrictEqual(found('“Well, maybe. We will check every hull twice…” Quell said.'), [
      ['Quell', 'said', '“Well, maybe. We will check every hull twice…”'],
    ]);
    // in running prose the same verbs report nothing
    assert.deepStrictEqual(found('The talks went on for hours, and the states retaliated with tariffs.'), []);
  });

  it('"called" names a thing right before a quote, but with an object between it reports the speaker’s word', () => {
    assert.deepStrictEqual(found('One councillor called Quill “the harbour prince.”'), [
      ['One councillor', 'called', 'Quill “the harbour prince.”'],
    ]);
    assert.deepStrictEqual(found('They joined a group called “Future Harbour.”'), []);
  });

  it('an appositive opened by a plural possessive or a party-state tag still leads to the cue', () => {
    assert.deepStrictEqual(found('"It is working," Jeff Tarrow, Sanders\' campaign manager, said. "We need no PAC."'), [
      ['Jeff Tarrow', 'said', '"It is working,"'],
      ['Jeff Tarrow', 'said', '"We need no PAC."'],
    ]);
    assert.deepStrictEqual(found('"We are clear," Senator Mia Tarrow, R-Ky., said.'), [['Senator Mia Tarrow', 'said', '"We are clear,"']]);
    // a party tag in parentheses with a comma after it: the comma sets off nothing, the name before it speaks
    assert.deepStrictEqual(found('Sen. Ola Brandt (D-N.H.), said after a hearing that she had not seen the tide charts.'), [
      ['Sen. Ola Brandt', 'said', 'that she had not seen the tide charts'],
    ]);
    assert.deepStrictEqual(found('After the primary, Gov. Ada Tenby (R-Ohio), said, “I am renting a wagon.”'), [
      ['Gov. Ada Tenby', 'said', '“I am renting a wagon.”'],
    ]);
  });

  it('a sentence adverb with no comma is not the subject a participle cue takes: "Even the mayor …, saying"', () => {
    assert.deepStrictEqual(triples('Even the mayor went on the attack, saying, “The dock is a disgrace.”'), [
      ['the mayor', 'saying', '“The dock is a disgrace.”'],
    ]);
  });

  it('"“…,” X said, according to Y": Y reports the whole, quote and speaker; X still says the quote', () => {
    assert.deepStrictEqual(found('“Pilots can pick their own moorings,” Brandt said, according to a Harlow Post account.'), [
      ['Brandt', 'said', '“Pilots can pick their own moorings,”'],
      ['a Harlow Post account', 'according to', '“Pilots can pick their own moorings,” Brandt said'],
    ]);
  });

  it('a noun-like cue right after a prepositional phrase is its noun: "a host on the TV show “…”" shows nothing', () => {
    const cues = found('Dana Tarrow, a host on the TV show “Harbour Tank,” said the ferry was late.').map((a) => a[1]);
    assert.ok(!cues.includes('show'), JSON.stringify(cues));
  });

  it('a cue that is never a noun stays a verb after a prepositional phrase: "Minutes of the session describe “…”"', () => {
    assert.deepStrictEqual(found('Minutes of the session describe a “quiet truce” between the two piers.'), [
      ['Minutes of the session', 'describe', 'a “quiet truce” between the two piers'],
    ]);
  });

  it('a quote closed by a full stop takes the short clause after it: “…missing.” Quill said.', () => {
    assert.deepStrictEqual(found('Nobody answered. “The ledgers are missing.” Quill said. Brevik left.'), [
      ['Quill', 'said', '“The ledgers are missing.”'],
    ]);
  });

  it('"…, tells reporters that": the words after a telling verb are whom it was told, not an inverted source', () => {
    assert.deepStrictEqual(found('A strategist, Jon Tarrow, tells reporters that the vote will “drive somebody out.”'), [
      // the title before the name belongs to the source's phrase (people.test: a title set before a name by commas)
      ['A strategist, Jon Tarrow', 'tells', 'that the vote will “drive somebody out.”'],
    ]);
  });

  it('an opening phrase that sets the scene is no content: "On the ferry page, she vows to “…”"', () => {
    assert.deepStrictEqual(found('On the ferry page, she vows to “defend the timetable.”'), [['she', 'vows', 'to “defend the timetable.”']]);
  });

  it('a source that interrupts its own sentence says both halves: "The levy, Quell says, is fair"', () => {
    assert.deepStrictEqual(found('The new levy, Quell says, is fair to every trawler.'), [
      ['Quell', 'says', 'The new levy'], ['Quell', 'says', 'is fair to every trawler'],
    ]);
    assert.deepStrictEqual(found('The ferry was late again - a delay, Quell said, that cost the port dearly.'), [
      ['Quell', 'said', 'a delay'], ['Quell', 'said', 'that cost the port dearly'],
    ]);
    // an opening clause is no content, and a quoted sentence after the cue is the whole of it
    assert.deepStrictEqual(found('Asked about the levy, Quell said, “It will pass.”'), [
      [null, 'Asked about', 'the levy'],
      ['Quell', 'said', '“It will pass.”'],
    ]);
  });

  it('a short opening adverbial or clause is no content either: "More recently, Quell pledged to …"', () => {
    assert.deepStrictEqual(found('More recently, Quell pledged to rebuild the pier.'), [['Quell', 'pledged', 'to rebuild the pier']]);
    assert.deepStrictEqual(found('Fares were fair, Quell said on Monday.'), [['Quell', 'said', 'Fares were fair']]);
    // an opening clause sets the scene when the cue has a complement of its own; without one it is the content
    assert.deepStrictEqual(found('Though she lost the vote, Quell vowed to rebuild the pier.'), [['Quell', 'vowed', 'to rebuild the pier']]);
    assert.deepStrictEqual(found('When the ferry runs late, everyone waits, Quell said.'), [
      ['Quell', 'said', 'When the ferry runs late, everyone waits'],
    ]);
  });

  it('a cue that is also a noun is a verb when a quotation or "that" follows: "The ad claims “…”"', () => {
    assert.deepStrictEqual(found('The ad claims “Quill is the mayor you can trust.”'), [
      ['The ad', 'claims', '“Quill is the mayor you can trust.”'],
    ]);
    assert.deepStrictEqual(found('The ad claims were false.'), []);
  });

  it('a quoted phrase closes the content before "and" and the source’s next act in the past tense', () => {
    assert.deepStrictEqual(found('Brevik called the plan “a relic” and ranked it last among the bids.'), [
      ['Brevik', 'called', 'the plan “a relic”'],
    ]);
  });

  it('a quote after a quote closed by doubled straight marks continues its speaker', () => {
    const p = "''We will win,'' he said on Monday. ''The council knows it.''";
    assert.deepStrictEqual(found(p), [
      ['he', 'said', "''We will win,''"],
      ['he', 'said', "''The council knows it.''"],
    ]);
  });

  it('"seems to", "is expected to": an attribution with no source, the sentence as its content', () => {
    assert.deepStrictEqual(found('The Tarnwick audit appears to have stalled.'), [
      [null, 'appears', 'The Tarnwick audit'], [null, 'appears', 'to have stalled'],
    ]);
    assert.deepStrictEqual(found('The ferry is expected to resume in May.'), [
      [null, 'is expected', 'The ferry'], [null, 'is expected', 'to resume in May'],
    ]);
    assert.deepStrictEqual(found('Quell said the audit appears to have stalled.'), [
      ['Quell', 'said', 'the audit appears to have stalled'],
    ]);
    assert.deepStrictEqual(found('The lighthouse appears in every postcard.'), []);
  });

  it('an impersonal cue takes its own clause: past an opening adverbial, from a relative subject, to a contrast', () => {
    assert.deepStrictEqual(found('Indeed, the ferry levy appears to be losing support, despite the new timetable.'), [
      [null, 'appears', 'the ferry levy'], [null, 'appears', 'to be losing support'],
    ]);
    assert.deepStrictEqual(found('The dockers back a new pier, which is expected to open in May.'), [
      [null, 'is expected', 'which'], [null, 'is expected', 'to open in May'],
    ]);
  });

  it('an impression of what a subject shows ("the logs appear to show …") has the subject as its source; of a deed, none', () => {
    // the impression and the verb it raises now name the same source
    assert.deepStrictEqual(found('The harbour logs appear to show two failures of the crane.'), [
      ['The harbour logs', 'appear', 'The harbour logs'],
      ['The harbour logs', 'appear', 'to show two failures of the crane'],
      ['The harbour logs', 'show', 'two failures of the crane'],
    ]);
    assert.deepStrictEqual(found('The pilots seemed to accept the new timetable.'), [
      [null, 'seemed', 'The pilots'], [null, 'seemed', 'to accept the new timetable'],
    ]);
  });

  it('an "it" that stands for the infinitive after it ("It\'s hard to know …") is no source; a real "it" subject stays', () => {
    assert.deepStrictEqual(found("It's hard to know where the ferry money will go."), [[null, 'know', 'where the ferry money will go']]);
    assert.deepStrictEqual(found('It is also not easy to say whether the pier is safe.'), [[null, 'say', 'whether the pier is safe']]);
    assert.deepStrictEqual(found('It was careful to cast the levy as a fee.'), [['It', 'cast', 'the levy as a fee']]);
  });

  it('a word that names nobody ("Despite", "However", "Whenever") is never a source', () => {
    assert.deepStrictEqual(found('Despite complaints that the ferry is slow, the board kept its timetable.'), [
      [null, 'complaints', 'that the ferry is slow'],
    ]);
    assert.deepStrictEqual(found('Whenever asked about the levy, Quell changes the subject.'), [[null, 'asked', 'the levy']]);
  });

  it('an owned noun cue: "X’s claim that …", "his calls for …"; an unowned or unlisted noun is none', () => {
    assert.deepStrictEqual(found('Brevik rejected Quell’s claim that the levy was illegal.').slice(1), [
      ['Quell', 'claim', 'that the levy was illegal'],
    ]);
    assert.deepStrictEqual(found('The board heard his calls for a recount, but refused.'), [['his', 'calls', 'a recount']]);
    assert.deepStrictEqual(found('Her decision to resign surprised the board.'), []);
  });

  it('a voiced feeling, "X expressed concern that …": the verb’s subject is the source, the verb and the noun the cue', () => {
    assert.deepStrictEqual(found('Harbormaster Lina Osei expressed concern that the ferry would run late.'), [
      ['Harbormaster Lina Osei', 'expressed concern', 'that the ferry would run late'],
    ]);
    assert.deepStrictEqual(found('The pilots, a guild of forty, voiced cautious hope that the pier would open.'), [
      ['The pilots', 'voiced cautious hope', 'that the pier would open'],
    ]);
    assert.deepStrictEqual(found('Dock crews raised concerns that the crane was unsafe.'), [['Dock crews', 'raised concerns', 'that the crane was unsafe']]);
    assert.deepStrictEqual(found('Brell shared her belief that the levy would pass.'), [['Brell', 'shared her belief', 'that the levy would pass']]);
    // a cue reading of the same words keeps its own clause end: no second reading runs on to the next report
    assert.deepStrictEqual(found('The board raised concerns that the levy was unfair and Osei voiced hope that it would pass.'), [
      ['The board', 'raised concerns', 'that the levy was unfair'],
      ['Osei', 'voiced hope', 'that it would pass'],
    ]);
  });

  it('a viewpoint set off by commas, "in X’s view": the owner holds the clause around it, both halves when it interrupts', () => {
    assert.deepStrictEqual(found('In Quell’s view, the pier is safe for another decade.'), [['Quell', 'view', 'the pier is safe for another decade']]);
    assert.deepStrictEqual(found('The only fix left, in Professor Ada Brell’s view, would be a new hull for the ferry.'), [
      ['Professor Ada Brell', 'view', 'The only fix left'],
      ['Professor Ada Brell', 'view', 'would be a new hull for the ferry'],
    ]);
    assert.deepStrictEqual(found('The deck has failed from end to end, in Osei’s view.'), [['Osei', 'view', 'The deck has failed from end to end']]);
    assert.deepStrictEqual(found('The guild, which in his view has grown too strong, met on Monday.'), []);
  });

  it('a quotation closed with no comma, or by a nested mark and a space, still ends before its cue', () => {
    assert.deepStrictEqual(found('“The caucus is a battle of niches” Okafor said. “The levy is one too.”'), [
      ['Okafor', 'said', '“The caucus is a battle of niches”'],
      ['Okafor', 'said', '“The levy is one too.”'],
    ]);
    assert.deepStrictEqual(found('"We waited in the rain" said Nick Marrow, a campaign spokesman.'), [
      ['Nick Marrow', 'said', '"We waited in the rain"'],
    ]);
    const nested = `"It cannot be 'Fine, we move to the middle,' " she said.`;
    assert.deepStrictEqual(found(nested), [['she', 'said', `"It cannot be 'Fine, we move to the middle,' "`]]);
    assert.deepStrictEqual(found('“Go back to the ferry,” Quell barked.'), [['Quell', 'barked', '“Go back to the ferry,”']]);
  });

  it('a coordinated cue after "but" starts its own clause: “…” but argues …', () => {
    const p = 'Quell says she respects Brevik’s “grit” but argues that he cannot deliver.';
    assert.deepStrictEqual(found(p), [
      ['Quell', 'says', 'she respects Brevik’s “grit”'],
      ['Quell', 'argues', 'that he cannot deliver'],
    ]);
  });

  it('a quote paragraph after a paragraph that closes with a paraphrase continues its speaker', () => {
    const p = 'Brevik said the dockers were unhappy.\n\n“They are very angry. Nobody asked them.”';
    assert.deepStrictEqual(triples(p), [
      ['Brevik', 'said', 'the dockers were unhappy'],
      ['Brevik', 'said', '“They are very angry. Nobody asked them.”'],
    ]);
    const earlier = 'Brevik said the dockers were unhappy. The vote is on Friday.\n\n“They are very angry. Nobody asked them.”';
    assert.deepStrictEqual(triples(earlier).length, 1);
    // an end attribution that closes the paragraph's last sentence passes its speaker on too
    const ending = 'The dockers are unhappy, Brevik said as she left the pier.\n\n“They are very angry. Nobody asked them.”';
    assert.deepStrictEqual(triples(ending)[1], ['Brevik', 'said', '“They are very angry. Nobody asked them.”']);
  });

  it('a Title Case headline line reads its capitalised cue as a verb; body copy still reads it as a name', () => {
    assert.deepStrictEqual(found('Mayor Quinn Says “The Bridge Will Open”'), [['Mayor Quinn', 'Says', '“The Bridge Will Open”']]);
    assert.deepStrictEqual(found('Fighters near the Tarnwick Says Gallery were seen on Friday.'), []);
  });

  it('two contents are not merged: “…,” while others call it “…” — the second quotation has its own cue', () => {
    const p = 'Forty percent say the levy is “too costly,” while 25 percent call it “a start.”';
    assert.deepStrictEqual(found(p), [
      ['Forty percent', 'say', 'the levy is “too costly,”'],
      ['25 percent', 'call', 'it “a start.”'],
    ]);
  });

  it('a quote introduced by a colon and closed by an end attribution is the content alone', () => {
    const p = 'Brevik has a long list of chores, especially fundraising: “There is a ton of busywork,” he said.';
    assert.deepStrictEqual(found(p), [['he', 'said', '“There is a ton of busywork,”']]);
  });

  it('a multi-word participle cue (", referring to …") takes the subject before it, and a thought cue before a quote does not take the quote from the speech cue', () => {
    const p = '“We need steady hands,” Quell told the harbour board, referring to her rival.';
    assert.deepStrictEqual(found(p)[1], ['Quell', 'referring to', 'her rival']);
    const worry = 'She said she felt fine, but she did worry there might be “a rough crossing.”';
    assert.deepStrictEqual(found(worry)[0], ['She', 'said', 'she felt fine, but she did worry there might be “a rough crossing.”']);
  });

  it('a paragraph introducing highlights with a colon names no speaker', () => {
    const p = 'Here are some of the highlights:\n\n“The tide has turned”';
    assert.deepStrictEqual(triples(p), []);
  });

  it('talking about, expressing and blasting are cues too, with their noun phrase or clause as content', () => {
    assert.deepStrictEqual(found('Quell talked about the ferry levy.'), [['Quell', 'talked about', 'the ferry levy']]);
    assert.deepStrictEqual(found('Brevik expressed surprise at the size of the levy.'), [
      ['Brevik', 'expressed', 'surprise at the size of the levy'],
    ]);
    assert.deepStrictEqual(found('Mayor Quell blasts the harbour board'), [['Mayor Quell', 'blasts', 'the harbour board']]);
  });

  it('"according to X" closing a clause with no comma before it takes the clause before as content', () => {
    const p = 'Quell leads Brevik by 271 votes according to a count by the harbour board.';
    assert.deepStrictEqual(found(p), [['a count', 'according to', 'Quell leads Brevik by 271 votes']]);
    assert.deepStrictEqual(found('The levy passed according to plan and the ferry sailed.'), []);
  });
});
