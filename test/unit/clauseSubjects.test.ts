/**
 * Who speaks through a cue that names no source of its own, when the clause it stands in is not the sentence's:
 * a relative clause still open at the cue. Every sentence is invented.
 */
import * as assert from 'assert';
import { attributionTriples } from '../support/attributionTriples';

/** The [source, cue, content] the stage reads at `cue`, or undefined. */
const at = (paragraph: string, cue: string) => attributionTriples(paragraph).find(([, c]) => c === cue);

describe('clause subjects: a cue inside an open relative clause speaks through the relative pronoun', () => {
  it('a coordinated verb: "Ines Roa, who toured the quay last spring and called …"', () => {
    const text = 'The harbour board hired Ines Roa, who toured the quay last spring and called it a hazard.';
    assert.deepStrictEqual(at(text, 'called'), ['who', 'called', 'it a hazard']);
  });

  it('an infinitive: "Pim Lodde, who was slow to endorse …"', () => {
    const text = 'Councillor Pim Lodde, who was slow to endorse the ferry plan, spoke first.';
    assert.deepStrictEqual(at(text, 'endorse'), ['who', 'endorse', 'the ferry plan']);
  });

  it('a participle after "by": "Quell, who opened her campaign by declaring …"', () => {
    const text = 'Voters cheered Mara Quell, who opened her campaign by declaring that the tolls would go.';
    assert.deepStrictEqual(at(text, 'declaring'), ['who', 'declaring', 'that the tolls would go']);
  });

  it('a "which" set off by a comma: "the guild, which sent a letter to members stating …"', () => {
    const text = 'The rules came from the pilots’ guild, which sent a letter to members stating that fees would rise.';
    assert.deepStrictEqual(at(text, 'stating'), ['which', 'stating', 'that fees would rise']);
  });

  it('a comma closes the relative clause: the sentence subject speaks', () => {
    const text = 'Osei, who chairs the dock board, attacked the levy, saying it would cost jobs.';
    assert.deepStrictEqual(at(text, 'saying'), ['Osei', 'saying', 'it would cost jobs']);
  });

  it('a subordinate clause with a subject of its own closes it: "who sued after the board failed to respond"', () => {
    const text = 'The suit came from Ada Brell, who sued after the harbour board failed to respond to her letters.';
    assert.deepStrictEqual(at(text, 'respond'), ['the harbour board', 'respond', 'her letters']);
  });

  it('after "which" an infinitive is its object’s: "which allows riders to mark …" keeps the sentence subject', () => {
    const text = 'The ferry line launched a tool, which allows riders in a harbour district to mark themselves as safe.';
    assert.deepStrictEqual(at(text, 'mark'), ['The ferry line', 'mark', 'themselves as safe']);
  });
});

describe('clause subjects: the state after a place’s comma belongs to the opening that sets the scene', () => {
  it('"At a rally in Tarrow, Iowa, on Friday, Ines Roa …, saying": the state is no subject', () => {
    const text = 'At a rally in Tarrow, Iowa, on Friday, Ines Roa toured the quay, saying it would cost jobs.';
    assert.deepStrictEqual(at(text, 'saying'), ['Ines Roa', 'saying', 'it would cost jobs']);
  });

  it('an abbreviated state: "In a court in Tarrow, Va., Lund …, offering"', () => {
    const text = 'In a court in Tarrow, Va., Lund, in a grey suit, said little, offering only short answers.';
    assert.deepStrictEqual(at(text, 'offering'), ['Lund', 'offering', 'only short answers']);
  });

  it('a name after the place’s comma is the subject, not a state', () => {
    const text = 'At a rally in Tarrow, Ada Brell, the mayor, toured the quay, saying it would cost jobs.';
    assert.deepStrictEqual(at(text, 'saying'), ['Ada Brell', 'saying', 'it would cost jobs']);
  });
});

describe('clause subjects: "Like …," and "Unlike …," open the scene, not the subject', () => {
  it('"Like Mayor Brell, she has toured the quay, saying …": the pronoun speaks, not the comparison', () => {
    const text = 'Like Mayor Brell, she has toured the quay twice, saying the pier is unsafe.';
    assert.deepStrictEqual(at(text, 'saying'), ['she', 'saying', 'the pier is unsafe']);
  });

  it('"Unlike in the spring, Ines Roa … before attacking": "Unlike" is no source', () => {
    const text = 'Unlike in the spring, Ines Roa spoke only briefly about the ferry before attacking the levy.';
    assert.deepStrictEqual(at(text, 'attacking'), ['Ines Roa', 'attacking', 'the levy']);
  });
});

describe('clause subjects: an adverbial of means between the relative pronoun and its verb', () => {
  it('"Okoro, who through her lawyer refused …": the pronoun speaks, not the lawyer’s owner', () => {
    const text = 'Ada Okoro, who through her lawyer refused to comment, was born in Tarrow.';
    assert.deepStrictEqual(at(text, 'refused'), ['who', 'refused', 'to comment']);
  });

  it('"Lodde, who via a spokesman denied …"', () => {
    const text = 'Pim Lodde, who via a spokesman denied the report, stayed home.';
    assert.deepStrictEqual(at(text, 'denied'), ['who', 'denied', 'the report']);
  });
});
