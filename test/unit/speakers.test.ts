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

  it('a bare office is still whoever holds it: "The governor said" after Quill is no epithet of Quill', () => {
    const story = 'Dana Quill met the ferry board on Monday. The governor said the pier would close.';
    assert.notStrictEqual(speakerOf(story, 'The governor'), 'Dana Quill');
  });
});
