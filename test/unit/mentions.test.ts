import * as assert from 'assert';
import { findMentions } from '../../server/src/engine/mentions/mentions';
import type { MentionCandidate } from '../../server/src/engine/mentions/reader';
import type { LocalQuote } from '../../server/src/engine/quotes/quotes';
import { readFixture } from '../support/fixtures';
import { sentencesOf, textsOf, wordSpanOf as at } from '../support/spans';

const fixture = (name: string) =>
  readFixture(name)
    .split('\n')
    .filter((p) => p.trim());
const gulf = fixture('actors-gulf-talks.article');
const newsroom = fixture('actors-newsroom.article');

/** The span of `needle` in `text` (n-th occurrence), checked to exist. */
function read(paragraphs: string[], opening: string, quotes: LocalQuote[] = []) {
  const paragraph = paragraphs.find((p) => p.startsWith(opening));
  assert.ok(paragraph, `no paragraph starts with "${opening}"`);
  return { paragraph, mentions: findMentions(paragraph, sentencesOf(paragraph), quotes) };
}

/** The mention whose text is exactly `text`. */
function mention(paragraph: string, mentions: MentionCandidate[], text: string, nth = 1): MentionCandidate {
  const span = at(paragraph, text, nth);
  const found = mentions.find((m) => m.start === span.start && m.end === span.end);
  assert.ok(found, `no mention "${text}" in ${JSON.stringify(mentions.map((m) => paragraph.slice(m.start, m.end)))}`);
  return found;
}

const texts = (paragraph: string, mentions: MentionCandidate[], kind?: string) =>
  textsOf(paragraph, mentions.filter((m) => !kind || m.kind === kind));

describe('findMentions', () => {
  it('reads a Gulf honorific name with particles and its coordinated pre-name title', () => {
    const { paragraph, mentions } = read(gulf, 'MUSCAT');
    const name = 'Sheikh Khalid bin Saeed bin Rashid Al-Marri';
    const m = mention(paragraph, mentions, name);
    assert.strictEqual(m.kind, 'person');
    assert.strictEqual(m.form, 'full');
    assert.strictEqual(m.name, name);
    assert.strictEqual(m.gender, 'male');
    assert.deepStrictEqual(m.roles, [{ ...at(paragraph, 'Omani Foreign Minister'), text: 'Omani Foreign Minister', origin: 'title' }]);
    assert.deepStrictEqual(texts(paragraph, mentions, 'person'), [name]);
  });

  it('takes a possessive country before a title into the role ("Oman’s Emir")', () => {
    const { paragraph, mentions } = read(gulf, 'The meeting came');
    const emir = mention(paragraph, mentions, 'Sheikh Faisal bin Nasser Al-Hadi');
    assert.deepStrictEqual(emir.roles, [{ ...at(paragraph, 'Oman’s Emir'), text: 'Oman’s Emir', origin: 'title' }]);
    assert.strictEqual(mention(paragraph, mentions, 'Sheikh Khalid bin Saeed Al-Marri').kind, 'person');
    const sources = mention(paragraph, mentions, 'sources familiar with the talks');
    assert.strictEqual(sources.kind, 'anonymous');
    assert.strictEqual(sources.form, 'description');
  });

  it('reads an appositive role, a title reference and a surname', () => {
    const { paragraph, mentions } = read(gulf, 'Helena Marsh');
    const role = 'a senior analyst at the Caspian Policy Institute';
    assert.deepStrictEqual(mention(paragraph, mentions, 'Helena Marsh').roles, [{ ...at(paragraph, role), text: role, origin: 'appositive' }]);
    const emir = mention(paragraph, mentions, 'the Emir');
    assert.strictEqual(emir.kind, 'title');
    assert.strictEqual(emir.name, 'emir');
    const marsh = mention(paragraph, mentions, 'Marsh', 2);
    assert.strictEqual(marsh.form, 'surname');
    assert.strictEqual(marsh.tentative, true, 'a lone surname waits for the resolver');
  });

  it('marks pronouns inside a quotation', () => {
    const paragraph = gulf.find((p) => p.startsWith('Helena Marsh')) as string;
    const quote = at(paragraph, '“He will not walk away now,”');
    const { mentions } = read(gulf, 'Helena Marsh', [{ ...quote, kind: 'direct', inner: { start: quote.start + 1, end: quote.end - 1 } }]);
    const he = mention(paragraph, mentions, 'He');
    assert.strictEqual(he.kind, 'pronoun');
    assert.strictEqual(he.gender, 'male');
    assert.strictEqual(he.inQuote, true);
    assert.strictEqual(mention(paragraph, mentions, 'his').inQuote, false);
  });

  it('reads a possessive and a "who is" predicate role', () => {
    const { paragraph, mentions } = read(gulf, 'Marsh’s assessment');
    const marsh = mention(paragraph, mentions, 'Marsh’s');
    assert.strictEqual(marsh.form, 'possessive');
    assert.strictEqual(marsh.name, 'Marsh');
    const role = 'the head of the regional monitoring mission';
    assert.deepStrictEqual(mention(paragraph, mentions, 'Victor Okafor').roles, [{ ...at(paragraph, role), text: role, origin: 'predicate' }]);
    assert.strictEqual(mention(paragraph, mentions, 'She').gender, 'female');
  });

  it('reads an "is" predicate role and a company named by one word next to its cue', () => {
    const { paragraph, mentions } = read(gulf, 'Brightwell');
    const role = 'the company’s chief executive';
    assert.deepStrictEqual(mention(paragraph, mentions, 'Margaret Pruitt').roles, [{ ...at(paragraph, role), text: role, origin: 'predicate' }]);
    const company = mention(paragraph, mentions, 'Brightwell');
    assert.strictEqual(company.tentative, true);
    assert.strictEqual(company.nearCue, true);
    assert.strictEqual(mention(paragraph, mentions, 'the company’s').anaphor, 'company');
  });

  it('tells a named group from anonymous officials', () => {
    const { paragraph, mentions } = read(gulf, 'Omani officials');
    assert.strictEqual(mention(paragraph, mentions, 'Omani officials').kind, 'group');
    assert.strictEqual(mention(paragraph, mentions, 'Officials').kind, 'anonymous');
  });

  it('reads "a person familiar with the matter" after "according to", and "the minister" as a title', () => {
    const { paragraph, mentions } = read(gulf, 'The Emir told');
    assert.strictEqual(mention(paragraph, mentions, 'a person familiar with the matter').kind, 'anonymous');
    assert.strictEqual(mention(paragraph, mentions, 'the minister').kind, 'title');
    assert.strictEqual(mention(paragraph, mentions, 'The Emir').kind, 'title');
  });

  it('recognises a militant group by "the group" and an unnamed-source anaphor', () => {
    const { paragraph, mentions } = read(gulf, 'Tarvex');
    const group = mention(paragraph, mentions, 'The group');
    assert.strictEqual(group.kind, 'organization');
    assert.strictEqual(group.anaphor, 'group');
    assert.strictEqual(mention(paragraph, mentions, 'Tarvex').tentative, true);
  });

  it('keeps title words, places and dates out of names', () => {
    const { paragraph, mentions } = read(gulf, 'Secretary of State');
    assert.deepStrictEqual(texts(paragraph, mentions, 'person'), ['Miriam Castell', 'Ahmed Darwish O’Neill']);
    assert.deepStrictEqual(mention(paragraph, mentions, 'Miriam Castell').roles.map((r) => r.text), ['Secretary of State']);
    assert.deepStrictEqual(mention(paragraph, mentions, 'Ahmed Darwish O’Neill').roles.map((r) => r.text), ['a former envoy to the region']);
    const washington = mention(paragraph, mentions, 'Washington');
    assert.strictEqual(washington.place, true);
    assert.ok(!mentions.some((m) => paragraph.slice(m.start, m.end) === 'March'));
  });

  it('reads particles, hyphens and suffixes, and honorifics with their gender', () => {
    const engineer = read(newsroom, 'Jean-Luc');
    const full = mention(engineer.paragraph, engineer.mentions, 'Jean-Luc de la Fontaine Jr.');
    assert.strictEqual(full.name, 'Jean-Luc de la Fontaine Jr.');
    assert.deepStrictEqual(full.roles.map((r) => r.text), ['the project’s chief engineer']);
    assert.strictEqual(mention(engineer.paragraph, engineer.mentions, 'De la Fontaine').kind, 'person');
    const critics = read(newsroom, 'Mr. Okonkwo');
    const mr = mention(critics.paragraph, critics.mentions, 'Mr. Okonkwo');
    assert.strictEqual(mr.name, 'Okonkwo');
    assert.strictEqual(mr.gender, 'male');
    assert.strictEqual(mention(critics.paragraph, critics.mentions, 'Mrs. Haldane').gender, 'female');
  });

  it('reads party members as a group and a title before a name', () => {
    const council = read(newsroom, 'Democrats');
    assert.strictEqual(mention(council.paragraph, council.mentions, 'Democrats on the council').kind, 'group');
    assert.strictEqual(mention(council.paragraph, council.mentions, 'a senior city official').kind, 'anonymous');
    const raman = read(newsroom, 'Councillor');
    assert.deepStrictEqual(mention(raman.paragraph, raman.mentions, 'Priya Raman').roles.map((r) => r.text), ['Councillor']);
  });

  /** Mentions of one invented paragraph, read on its own. */
  const readLine = (paragraph: string) => ({ paragraph, mentions: findMentions(paragraph, sentencesOf(paragraph), []) });
  const rolesOf = (paragraph: string, name: string) => {
    const { mentions } = readLine(paragraph);
    return mention(paragraph, mentions, name).roles.map((r) => [r.text, r.origin]);
  };

  it('reads a title set before the name with its of-complement: "The leader of the Green Party, Rosa Alvarez,"', () => {
    assert.deepStrictEqual(rolesOf('The leader of the Green Party, Rosa Alvarez, said the count was flawed.', 'Rosa Alvarez'), [
      ['The leader of the Green Party', 'appositive'],
    ]);
    assert.deepStrictEqual(rolesOf('Crews left early, and the agency’s director, Ines Roa, said the pumps were old.', 'Ines Roa'), [
      ['the agency’s director', 'appositive'],
    ]);
    // no title head before the complement: no role
    assert.deepStrictEqual(rolesOf('A report of the Harbour Board, Rosa Alvarez said, was late.', 'Rosa Alvarez'), []);
  });

  it('reads a lowercase hyphenated title and a surname shaped like a pronoun: "vice-minister Zhao He said"', () => {
    const { paragraph, mentions } = readLine('On Monday vice-minister Zhao He said the ferry would run again.');
    const zhao = mention(paragraph, mentions, 'Zhao He');
    assert.deepStrictEqual([zhao.kind, zhao.name, zhao.roles.map((r) => r.text)], ['person', 'Zhao He', ['vice-minister']]);
    assert.deepStrictEqual(texts(paragraph, mentions, 'pronoun'), []);
    // a sentence-initial "He" stays a pronoun
    const next = readLine('Zhao Min spoke first. He said the ferry would run again.');
    assert.deepStrictEqual(texts(next.paragraph, next.mentions, 'pronoun'), ['He']);
  });

  it('reads a role stated in a relative clause: "who was then serving as harbour master"', () => {
    assert.deepStrictEqual(rolesOf('Piet Smit, who was then serving as harbour master, said the quay was safe.', 'Piet Smit'), [
      ['harbour master', 'predicate'],
    ]);
    assert.deepStrictEqual(rolesOf('Lotte Brink, who now works as a ferry inspector, said the quay was safe.', 'Lotte Brink'), [
      ['a ferry inspector', 'predicate'],
    ]);
  });

  it('keeps a lower-case particle inside a name: "Ruud van Dijk"', () => {
    const { paragraph, mentions } = readLine('Inspector Ruud van Dijk said the dam held.');
    assert.deepStrictEqual(texts(paragraph, mentions, 'person'), ['Ruud van Dijk']);
  });

  it('reads a bare plural of people as an unnamed source, not a capitalised word as an organisation', () => {
    const { paragraph, mentions } = readLine('Consumer advocates said the new fee was unfair.');
    assert.strictEqual(mention(paragraph, mentions, 'Consumer advocates').kind, 'anonymous');
    const spokesperson = readLine('A spokesperson for Northline Freight said the terminal was closed.');
    assert.strictEqual(mention(spokesperson.paragraph, spokesperson.mentions, 'A spokesperson for Northline Freight').kind, 'anonymous');
  });

  it('reads a company name with no company word by its name or its context, and keeps a person who speaks in a statement', () => {
    for (const [line, name] of [
      ['Kestrel Dynamics said the drones met every test.', 'Kestrel Dynamics'],
      ['Tallis Brandt said in a statement that the drones met every test.', 'Tallis Brandt'],
      ['Shares of Tallis Brandt fell 4 percent on Tuesday.', 'Tallis Brandt'],
      ['Tallis Brandt said its profits fell in the spring.', 'Tallis Brandt'],
    ]) {
      const read = readLine(line);
      assert.strictEqual(mention(read.paragraph, read.mentions, name).kind, 'organization', line);
    }
    for (const line of ['Tallis Brandt said in a statement that he would resign.', 'Tallis Brandt said the drones met every test.']) {
      const read = readLine(line);
      assert.strictEqual(mention(read.paragraph, read.mentions, 'Tallis Brandt').kind, 'person', line);
    }
  });

  it('reads a name a which-clause describes as an organisation, and codes, credits and places as no people', () => {
    const { paragraph, mentions } = readLine('Corvane Ostley, which runs two terminals in Porthaven, said it would appeal.');
    assert.strictEqual(mention(paragraph, mentions, 'Corvane Ostley').kind, 'organization');
    const person = readLine('Marta Cole, which surprised nobody, said she would appeal.');
    assert.strictEqual(mention(person.paragraph, person.mentions, 'Marta Cole').kind, 'person');
    for (const line of [
      'Flight ZX4410 landed in Porthaven after a long delay.',
      'Crowds gathered at Sabbet Palm Beach and in Orrin Harbor Tower on Sunday.',
      'A crowd waits outside the hall. Tomas Vell via Wirefoto Images',
    ]) {
      const read = readLine(line);
      assert.deepStrictEqual(texts(read.paragraph, read.mentions, 'person'), [], line);
    }
    const posted = readLine('The notice came from Ines Roa via Twitter on Friday.');
    assert.deepStrictEqual(texts(posted.paragraph, posted.mentions, 'person'), ['Ines Roa']);
  });

  it('reads a title-case headline whose content words the dictionary lacks as no names', () => {
    const { paragraph, mentions } = readLine('Council Members Loudly Reject The Plan Of A Toll Bridge Levy');
    assert.deepStrictEqual(texts(paragraph, mentions, 'person'), []);
  });

  it('never throws and finds nothing in empty or odd text', () => {
    assert.deepStrictEqual(findMentions('', [], []), []);
    for (const odd of ['\u0000\u0001\uffff', '“'.repeat(500), 'A '.repeat(20000), 'Sheikh bin bin bin al-']) {
      assert.ok(Array.isArray(findMentions(odd, [{ start: 0, end: odd.length }], [])));
    }
  });
});
