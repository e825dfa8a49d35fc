/**
 * Broadcast transcript turns (attributions/transcriptTurns.ts): a paragraph that opens on a speaker's name in
 * capitals and a colon, and runs on for more than one sentence, is that speaker's speech. Every sentence is invented.
 */
import * as assert from 'assert';
import { analyze, readParagraph } from '../../server/src/engine/analyze';

/** The paragraph's attributions cued by a colon, as [source, content] texts. */
const turns = (paragraph: string) =>
  readParagraph(paragraph)
    .attributions.filter((a) => a.cue && paragraph.slice(a.cue.start, a.cue.end) === ':')
    .map((a) => [a.source ? paragraph.slice(a.source.start, a.source.end) : null, paragraph.slice(a.content.start, a.content.end)]);

describe('transcript turns: a speaker label in capitals opens the speech', () => {
  const cases: [string, string, string][] = [
    ['OKORO: We never shut the pier. The board did, and it knows that.', 'OKORO', 'We never shut the pier. The board did, and it knows that'],
    ['DANA MARSH: Well, I think the levy was a mistake. Growers on the islands paid twice.', 'DANA MARSH', 'Well, I think the levy was a mistake. Growers on the islands paid twice'],
    ['QUELL: Ask the ferry crews. They will tell you the schedule is a mess.', 'QUELL', 'Ask the ferry crews. They will tell you the schedule is a mess'],
  ];
  for (const [paragraph, source, content] of cases) {
    it(paragraph, () => assert.deepStrictEqual(turns(paragraph), [[source, content]]));
  }
  // the speaker holds the whole turn: in the article, the views voiced inside it are reported by the turn
  it('a turn holds the views voiced inside it', () => {
    const text = 'OKORO: I think the pier will reopen. We want the ferries back by June.';
    assert.deepStrictEqual(
      analyze(text).attributions.map((a) => text.slice(a.content.start, a.content.end)),
      ['I think the pier will reopen. We want the ferries back by June'],
    );
  });
  // desk labels, unnamed interviewers, headings in capitals and names in mixed case are no transcript speakers
  for (const paragraph of [
    'UPDATE: The pier reopened on Friday. Ferries run again from Tarrow.',
    'Q: Did the board shut the pier? Why did it wait so long?',
    'UN: HARBOUR TALKS STALL. MORE TO FOLLOW.',
    'Pier Levy: The board voted in May. The growers sued in June.',
  ]) {
    it(paragraph, () => assert.deepStrictEqual(turns(paragraph), []));
  }
});

describe('transcript turns: the label names a person on the programme', () => {
  /** The kind and name of the actor each colon-cued turn resolves to, and the story's finding codes. */
  const speakers = (text: string) => {
    const model = analyze(text);
    const actors = new Map(model.actors.map((a) => [a.id, a]));
    const turnActors = model.attributions
      .filter((a) => a.cue && text.slice(a.cue.start, a.cue.end) === ':')
      .map((a) => (a.actor ? [actors.get(a.actor)!.kind, actors.get(a.actor)!.name] : null));
    return { turnActors, findings: model.findings.map((f) => f.code) };
  };
  it('a surname in capitals is the person the story named in full, or a person of its own', () => {
    const named = 'Ada Marsh, a pier pilot, joined the evening show on Tarrow Radio.\n\nMARSH: Thanks for having me. The levy is a mistake.';
    assert.deepStrictEqual(speakers(named).turnActors, [['person', 'Ada Marsh']]);
    const alone = 'MARSH: Thanks for having me. The levy is a mistake, and the council knows it.';
    assert.deepStrictEqual(speakers(alone).turnActors, [['person', 'MARSH']]);
  });
  it('a role in capitals is a person known by the role, no unnamed source to justify', () => {
    const text = 'HOST: Welcome back. Tonight we talk about the harbour levy.\n\nHOST: Why a mistake? Tell us more.';
    const { turnActors, findings } = speakers(text);
    assert.deepStrictEqual(turnActors, [['person', 'HOST'], ['person', 'HOST']]);
    assert.ok(!findings.includes('anonymous-source'), JSON.stringify(findings));
    const host = analyze(text).actors.find((a) => a.name === 'HOST')!;
    assert.deepStrictEqual(host.roles.map((r) => r.text), ['host']);
  });
});
