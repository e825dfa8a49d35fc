import * as assert from 'assert';
import { attributionTriples as found } from '../support/attributionTriples';

describe('evidence sources: a long description of the evidence that shows or finds', () => {
  it('a participle in the description ("records kept by …") does not stop the source', () => {
    assert.deepStrictEqual(found('Tide gauge records kept by the Brevik port office show the quay flooded twice last winter.'), [
      ['Tide gauge records kept by the Brevik port office', 'show', 'the quay flooded twice last winter'],
    ]);
  });

  it('an end attribution: "…, audits carried out for the co-op show."', () => {
    assert.deepStrictEqual(found('The orchard lost money in three seasons, audits carried out for the Tarrow co-op show.'), [
      ['audits carried out for the Tarrow co-op', 'show', 'The orchard lost money in three seasons'],
    ]);
  });

  it('"polling" is evidence: "Exit polling shows …"', () => {
    assert.deepStrictEqual(found('Exit polling shows Osei carried most voters under thirty.'), [
      ['Exit polling', 'shows', 'Osei carried most voters under thirty'],
    ]);
  });

  it('a stretch with no evidence in it, or a verb that shows no finding, is no source', () => {
    // whatever else reads these sentences (the phrase walk still takes the agent nearest the verb), the description
    // is no evidence, so it is never the source as a whole
    const sourcesOf = (text: string) => found(text).map(([source]) => source);
    const divers = sourcesOf('Divers sent down by the harbour board in May found the wreck near the cape.');
    assert.ok(!divers.includes('Divers sent down by the harbour board in May'), `sources: ${JSON.stringify(divers)}`);
    const team = sourcesOf('A dive team sent down by the harbour board in May showed the wreck to reporters.');
    assert.ok(!team.includes('A dive team sent down by the harbour board in May'), `sources: ${JSON.stringify(team)}`);
    assert.deepStrictEqual(found('Audits carried out for the Tarrow co-op cost the growers a season of profit.'), []);
  });
});

describe('"according to" set off by commas: an aside after the source leaves the clause before as the content', () => {
  it('a relative or an appositive on the source, or a clause the writer adds, is not what the source said', () => {
    assert.deepStrictEqual(found('The harbour guild has long pressed for night ferries, according to the Tarrow Institute, which tracks ferry routes.'), [
      ['the Tarrow Institute', 'according to', 'The harbour guild has long pressed for night ferries'],
    ]);
    assert.deepStrictEqual(found('Brevik Mills lost its contract, according to the port office, although the mill stayed open.'), [
      ['the port office', 'according to', 'Brevik Mills lost its contract'],
    ]);
  });

  it('a sentence the source interrupts is still read whole', () => {
    assert.deepStrictEqual(found('Brevik Mills receives, according to one ledger, $4 million a year from the port.'), [
      ['one ledger', 'according to', 'Brevik Mills receives'], ['one ledger', 'according to', '$4 million a year from the port'],
    ]);
  });
});
