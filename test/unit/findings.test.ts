import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { findFindings } from '../../server/src/engine/findings/findings';
import { findSuppressions } from '../../server/src/engine/findings/suppressions';
import type {
  Actor,
  ArticleModel,
  Attribution,
  Finding,
  MentionForm,
  Quote,
  Span,
} from '../../server/src/engine/model';
import { readFixture } from '../support/fixtures';
import { segmentLines } from '../support/handModel';
import { spanOf as at, textsOf } from '../support/spans';


/**
 * A model built by hand from a text: one paragraph per non-blank line (the first one a headline), sentences as
 * `segmentLines` cuts them, quotes between curly marks. Actors and attributions are given by the test.
 */
function handModel(text: string, actors: Actor[] = [], attributions: Attribution[] = []): Omit<ArticleModel, 'findings'> {
  const { paragraphs, sentences } = segmentLines(text);
  const marked = paragraphs.flatMap((p) => [...text.slice(p.start, p.end).matchAll(/“[^”]*”/g)].map((q) => ({ paragraph: p.index, start: p.start + q.index, end: p.start + q.index + q[0].length })));
  const quotes = marked.map(({ paragraph, start, end }, i): Quote => ({
    id: `q${i + 1}`,
    kind: 'direct',
    start,
    end,
    inner: { start: start + 1, end: end - 1 },
    paragraphs: [paragraph],
  }));
  return { text, paragraphs, sentences, quotes, actors, attributions, suppressed: findSuppressions(text) };
}

const person = (id: string, name: string, mentions: [Span, MentionForm][], kind: Actor['kind'] = 'person'): Actor => ({
  id,
  name,
  kind,
  roles: [],
  mentions: mentions.map(([span, form]) => ({ ...span, actor: id, form })),
});

const byCode = (findings: Finding[], code: Finding['code']): Finding[] => findings.filter((f) => f.code === code);

describe('findings on a hand-built model of a wire story', () => {
  const text = readFixture('findings-harbor-lease.article');
  const quote = (words: string) => at(text, words);
  const castellanos = person('a1', 'Miriam Castellanos', [
    [at(text, 'Miriam Castellanos'), 'full'],
    [at(text, 'Castellanos said'), 'surname'],
  ]);
  castellanos.mentions[1].end = castellanos.mentions[1].start + 'Castellanos'.length;
  const okafor = person('a2', 'Daniel Okafor', [
    [{ start: at(text, 'Okafor, the').start, end: at(text, 'Okafor, the').start + 6 }, 'surname'],
    [at(text, 'Daniel Okafor'), 'full'],
  ]);
  const people = person('a3', 'two people familiar with the talks', [[at(text, 'two people familiar with the talks'), 'description']], 'anonymous');
  const official = person('a4', 'a port official', [[at(text, 'a port official'), 'description']], 'anonymous');
  const rushQuote = quote('“We will not rush this,”');
  const publicQuote = quote('“The terminal belongs to the public.”');
  const offerQuote = quote('“This is the best offer we have had,”');
  const attributions: Attribution[] = [
    { id: 't1', kind: 'direct', source: castellanos.mentions[1], cue: at(text, 'said at'), content: rushQuote, actor: 'a1', quote: 'q1' },
    { id: 't2', kind: 'direct', source: null, cue: null, content: publicQuote, actor: 'a1', quote: 'q2' },
    {
      id: 't3',
      kind: 'indirect',
      source: people.mentions[0],
      cue: at(text, 'said. The union'),
      content: at(text, 'The union plans to strike next month if the talks fail'),
      actor: 'a3',
    },
    { id: 't4', kind: 'direct', source: official.mentions[0], cue: at(text, 'said a port'), content: offerQuote, actor: 'a4', quote: 'q3' },
  ];
  for (const a of attributions) if (a.cue) a.cue.end = a.cue.start + 4;
  const model = handModel(text, [castellanos, okafor, people, official], attributions);
  const findings = findFindings(model, []);

  it('flags the claims nobody is cited for, sentence by sentence, and nothing else', () => {
    const claims = byCode(findings, 'unattributed-claim');
    assert.deepStrictEqual(textsOf(text, claims), [
      'PORTVILLE (AP) — Port Authority Director Miriam Castellanos is resisting a proposal to lease the northern terminal to a private operator.',
      'The authority has been quietly negotiating with two shipping companies since spring.',
      'The strike would likely close the port for weeks.',
    ]);
    assert.deepStrictEqual(
      claims.map((c) => [c.severity, c.data?.category, c.data?.confidence]),
      [
        ['warning', 'intention', 'high'],
        ['warning', 'deliberation', 'high'],
        ['information', 'prediction', 'medium'],
      ],
    );
    assert.match(claims[0].message, /plans or wants/);
    assert.match(claims[1].message, /in private/);
    assert.match(claims[2].message, /prediction/);
  });

  it('lets an attribution earlier in the paragraph source the sentences after it', () => {
    const want = at(text, 'The union wants a new contract');
    assert.ok(!findings.some((f) => f.start <= want.start && want.start < f.end));
  });

  it('offers the nearest preceding speaker first, then speakers, then the rest, in reading order', () => {
    const [first, , last] = byCode(findings, 'unattributed-claim');
    assert.deepStrictEqual(first.data?.candidates, ['a1', 'a3', 'a4', 'a2']);
    assert.deepStrictEqual(last.data?.candidates, ['a4', 'a1', 'a3', 'a2']);
  });

  it('puts the insertion point before the final full stop', () => {
    const last = byCode(findings, 'unattributed-claim')[2];
    assert.strictEqual(last.data?.insertAt, at(text, 'for weeks.').end - 1);
  });

  it('flags weasel sources by their words', () => {
    const vague = byCode(findings, 'vague-attribution');
    assert.deepStrictEqual(textsOf(text, vague), ['Critics say']);
    assert.deepStrictEqual([vague[0].start, vague[0].end], [at(text, 'Critics say').start, at(text, 'Critics say').end]);
  });

  it('notes each anonymous source with the count, and whether the story says why', () => {
    const anonymous = byCode(findings, 'anonymous-source');
    assert.deepStrictEqual(textsOf(text, anonymous), ['two people familiar with the talks', 'a port official']);
    assert.ok(anonymous.every((f) => f.data?.count === 2 && f.severity === 'information'));
    assert.match(anonymous[0].message, /elsewhere/);
    assert.match(anonymous[1].message, /says why anonymity was granted/);
  });

  it('notes a person first named by surname alone', () => {
    const [surname, ...rest] = byCode(findings, 'surname-first');
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual([surname.start, surname.end, surname.data?.actor], [at(text, 'Okafor, the').start, at(text, 'Okafor, the').start + 6, 'a2']);
    assert.match(surname.message, /Daniel Okafor/);
  });

  it('honours the suppression markers and never judges the marker text', () => {
    const considering = at(text, 'The authority is considering');
    const worried = at(text, 'Officials are worried');
    assert.ok(!findings.some((f) => f.start === considering.start || f.start === worried.start));
    const markers = findSuppressions(text).map((s) => s.marker);
    assert.ok(!findings.some((f) => markers.some((m) => f.start < m.end && m.start < f.end)));
  });

  it('finds no unattributed quote when every quote has a speaker', () => {
    assert.deepStrictEqual(byCode(findings, 'unattributed-quote'), []);
  });

  describe('a quote in a paragraph of its own that no attribution reports', () => {
    const story = 'Headline\n“We will not rush this,” Castellanos said.\n“The terminal belongs to the public.”\n';
    const speaker = person('a1', 'Castellanos', [[at(story, 'Castellanos'), 'surname']]);
    const rush = at(story, '“We will not rush this,”');
    const spoken: Attribution = { id: 't1', kind: 'direct', source: speaker.mentions[0], cue: at(story, 'said'), content: rush, actor: 'a1', quote: 'q1' };
    const orphan = at(story, '“The terminal belongs to the public.”');

    it('is flagged, with the last speaker offered first and the insertion point before the final stop', () => {
      const [flag, ...rest] = byCode(findFindings(handModel(story, [speaker], [spoken]), []), 'unattributed-quote');
      assert.deepStrictEqual(rest, []);
      assert.deepStrictEqual([flag.start, flag.end], [orphan.start, orphan.end]);
      assert.deepStrictEqual(flag.data?.candidates, ['a1']);
      assert.strictEqual(flag.data?.insertAt, orphan.end - 2);
    });

    it('is not flagged when the quote finder calls it a scare quote or a title', () => {
      for (const kind of ['scare', 'title'] as const) {
        const model = handModel(story, [speaker], [spoken]);
        model.quotes[1].kind = kind;
        assert.deepStrictEqual(byCode(findFindings(model, []), 'unattributed-quote'), []);
      }
    });

    it('is not flagged when a colon introduces it', () => {
      const introduced = story.replace('“The terminal', 'The mayor’s answer was blunt: “The terminal');
      assert.deepStrictEqual(byCode(findFindings(handModel(introduced, [speaker], [spoken]), []), 'unattributed-quote'), []);
    });

    it('is not flagged when its words read as a title', () => {
      const titled = story.replace('The terminal belongs to the public.', 'All Hands On Deck');
      assert.deepStrictEqual(byCode(findFindings(handModel(titled, [speaker], [spoken]), []), 'unattributed-quote'), []);
    });

    it('reads a title as the other title tests do: its first word capitalised, its letters beyond ASCII by their case', () => {
      const quoted = (words: string) => byCode(findFindings(handModel(story.replace('The terminal belongs to the public.', words), [speaker], [spoken]), []), 'unattributed-quote');
      assert.strictEqual(quoted('up and over').length, 1);
      assert.deepStrictEqual(quoted('Élan Over Ostvik'), []);
    });
  });

  it('reports unbalanced quotation marks, saying which end is missing', () => {
    const opening = at(text, '“We will');
    const [flag] = byCode(findFindings(model, [{ start: opening.start, end: opening.start + 1 }]), 'unbalanced-quote');
    assert.strictEqual(flag.start, opening.start);
    assert.match(flag.message, /never closed/);
    const closing = { start: rushQuote.end - 1, end: rushQuote.end };
    assert.match(byCode(findFindings(model, [closing]), 'unbalanced-quote')[0].message, /no matching opening/);
    const straight = 'Headline\nHe said "we will win and left. Later she said it was over."';
    const [open, close] = [straight.indexOf('"we'), straight.lastIndexOf('"')];
    const messages = byCode(findFindings(handModel(straight), [{ start: open, end: open + 1 }, { start: close, end: close + 1 }]), 'unbalanced-quote');
    assert.deepStrictEqual(messages.map((f) => /never closed/.test(f.message)), [true, false]);
  });
});

describe('attribution scope', () => {
  const claimsIn = (text: string, attributions: Attribution[] = []) =>
    textsOf(text, byCode(findFindings(handModel(text, [], attributions), []), 'unattributed-claim'));

  it('counts the next sentence’s attribution as support for the claim before it', () => {
    const text = 'Headline\nThe mayor wants to resign. Her aides confirmed it on Monday.';
    assert.deepStrictEqual(claimsIn(text), []);
  });

  it('does not let a next sentence that opens on a turn source the claim before it', () => {
    const text = 'Headline\nThe mayor wants to resign. However, her aides said the budget comes first.';
    assert.deepStrictEqual(claimsIn(text), ['The mayor wants to resign.']);
  });

  it('does not carry sourcing over into the next paragraph', () => {
    const text = 'Headline\nThe budget passed, officials said.\nThe mayor wants to resign.';
    assert.deepStrictEqual(claimsIn(text), ['The mayor wants to resign.']);
  });

  it('treats a sentence covered by an attribution’s content as sourced, even without a cue word', () => {
    const text = 'Headline\nThe mayor wants to resign, two aides hinted.';
    const content = at(text, 'The mayor wants to resign');
    const attribution: Attribution = { id: 't1', kind: 'indirect', source: at(text, 'two aides'), cue: at(text, 'hinted'), content, actor: null };
    assert.deepStrictEqual(claimsIn(text), ['The mayor wants to resign, two aides hinted.']);
    assert.deepStrictEqual(claimsIn(text, [attribution]), []);
  });

  it('does not count an intention or a private act as its own source', () => {
    const text = 'Headline\nThe mayor wants to resign.\nThe minister has privately urged rebels to disarm.';
    const cueOf = (source: string, cue: string, content: string): Attribution => ({
      id: 't',
      kind: 'indirect',
      source: at(text, source),
      cue: at(text, cue),
      content: at(text, content),
      actor: null,
    });
    const attributions = [cueOf('The mayor', 'wants', 'to resign'), cueOf('The minister', 'urged', 'rebels to disarm')];
    assert.deepStrictEqual(claimsIn(text, attributions), [
      'The mayor wants to resign.',
      'The minister has privately urged rebels to disarm.',
    ]);
  });

  it('never judges headlines or words inside quotation marks', () => {
    const text = 'Mayor wants to resign\n“The mayor wants to resign and the council is resisting,” Jones wrote.';
    assert.deepStrictEqual(claimsIn(text), []);
  });
});

describe('surname-first', () => {
  const text = 'Headline\nDoe’s plan passed. Jane Doe, the mayor, spoke later. Mr. Roe’s aide left. Sam Roe stayed.';
  const surnames = (doeFirst: MentionForm) =>
    byCode(
      findFindings(
        handModel(text, [
          person('a1', 'Jane Doe', [[at(text, 'Doe’s'), doeFirst], [at(text, 'Jane Doe'), 'full']]),
          person('a2', 'Sam Roe', [[at(text, 'Mr. Roe’s'), 'possessive'], [at(text, 'Sam Roe'), 'full']]),
        ]),
        [],
      ),
      'surname-first',
    ).map((f) => [text.slice(f.start, f.end), f.data?.actor]);

  it('notes a possessive surname before the full name, honorific or not', () => {
    assert.deepStrictEqual(surnames('possessive'), [['Doe’s', 'a1'], ['Mr. Roe’s', 'a2']]);
  });

  it('leaves a surname in a quote alone', () => {
    const quoted = 'Headline\n“Doe will win,” Sam Roe said. Jane Doe spoke later. Doe left.';
    const doe = person('a1', 'Jane Doe', [[at(quoted, 'Doe will'), 'surname'], [at(quoted, 'Jane Doe'), 'full'], [at(quoted, 'Doe left'), 'surname']]);
    assert.deepStrictEqual(byCode(findFindings(handModel(quoted, [doe]), []), 'surname-first'), []);
  });

  it('leaves a full first reference alone', () => {
    const full = 'Headline\nJane Doe’s plan passed. Doe spoke later. Jane Doe left.';
    const actor = person('a1', 'Jane Doe', [[at(full, 'Jane Doe’s'), 'possessive'], [at(full, 'Doe spoke'), 'surname'], [at(full, 'Jane Doe left'), 'full']]);
    assert.deepStrictEqual(byCode(findFindings(handModel(full, [actor]), []), 'surname-first'), []);
  });
});

describe('findSuppressions', () => {
  it('a marker alone on its line silences the next paragraph, for every code', () => {
    const text = 'First paragraph.\n<!-- sourcing-lens: ignore -->\n\nThe mayor wants to resign.\nNext.';
    const [s] = findSuppressions(text);
    assert.deepStrictEqual(s.marker, at(text, '<!-- sourcing-lens: ignore -->'));
    assert.deepStrictEqual([s.start, s.end, s.codes], [s.marker.start, at(text, 'resign.').end, null]);
  });

  it('a marker after a sentence silences that sentence only', () => {
    const text = 'One claim. The mayor wants to resign. <!-- sourcing-lens: ignore --> Another sentence.';
    const [s] = findSuppressions(text);
    assert.deepStrictEqual([s.start, s.end], [at(text, 'The mayor').start, s.marker.end]);
  });

  it('a marker inside a sentence silences the sentence it stands in', () => {
    const text = 'One claim. The mayor <!-- sourcing-lens: ignore --> wants to resign. Another.';
    const [s] = findSuppressions(text);
    assert.deepStrictEqual([s.start, s.end], [at(text, 'The mayor').start, at(text, 'resign.').end]);
  });

  it('names the codes it silences; other codes still show', () => {
    const text = 'Headline\nCritics say the mayor wants to resign. <!-- sourcing-lens: ignore unattributed-claim, surname-first -->';
    assert.deepStrictEqual(findSuppressions(text)[0].codes, ['unattributed-claim', 'surname-first']);
    const findings = findFindings(handModel(text), []);
    assert.deepStrictEqual(findings.map((f) => f.code), ['vague-attribution']);
  });

  it('is case-insensitive about the marker and ignores unknown words by silencing everything', () => {
    const [s] = findSuppressions('Claim. <!--Sourcing-Lens: IGNORE please-->');
    assert.strictEqual(s.codes, null);
  });

  it('never judges the marker’s own words', () => {
    const text = 'Headline\n<!-- sourcing-lens: ignore surname-first, critics say -->\nThe mayor wants to resign.';
    const findings = findFindings(handModel(text), []);
    assert.deepStrictEqual(findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['unattributed-claim', 'The mayor wants to resign.']]);
  });

  it('copes with markers at the edges, unclosed and nested', () => {
    for (const text of [
      '<!-- sourcing-lens: ignore -->',
      'Claim. <!-- sourcing-lens: ignore',
      '<!-- <!-- sourcing-lens: ignore --> -->\n',
      '\n\n<!-- sourcing-lens: ignore -->\n\n',
    ]) {
      for (const s of findSuppressions(text)) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, text);
      assert.deepStrictEqual(findFindings(handModel(text), []), []);
    }
  });

  it('stays fast on a long line full of markers', () => {
    const text = 'A claim. <!-- sourcing-lens: ignore --> '.repeat(10000);
    const started = Date.now();
    assert.strictEqual(findSuppressions(text).length, 10000);
    assert.ok(Date.now() - started < 10_000, 'linear-ish: a quadratic reach would take minutes');
  });
});

describe('findings through the real pipeline', () => {
  const text = readFixture('findings-harbor-lease.article');
  const model = analyze(text);
  const claims = textsOf(text, byCode(model.findings, 'unattributed-claim'));

  it('flags the three unsourced claims and nothing sourced or suppressed', () => {
    const expected = [
      'Port Authority Director Miriam Castellanos is resisting a proposal to lease the northern terminal to a private operator.',
      'The authority has been quietly negotiating with two shipping companies since spring.',
      'The strike would likely close the port for weeks.',
    ];
    assert.strictEqual(claims.length, expected.length, JSON.stringify(claims));
    expected.forEach((sentence, i) => assert.ok(claims[i].endsWith(sentence), `${claims[i]} ≠ ${sentence}`));
  });

  it('flags the weasel source', () => {
    assert.deepStrictEqual(textsOf(text, byCode(model.findings, 'vague-attribution')), ['Critics say']);
  });

  const nameOf = (id: string | undefined) => model.actors.find((a) => a.id === id)?.name;

  // How far a source reaches into its restrictive relative clause ("a port official who spoke on condition …")
  // is the mention finder's call; these tests hold the findings to its head.
  it('notes the two unnamed sources, but not the weasel one', () => {
    const anonymous = textsOf(text, byCode(model.findings, 'anonymous-source'));
    assert.strictEqual(anonymous.length, 2, JSON.stringify(anonymous));
    assert.strictEqual(anonymous[0], 'two people familiar with the talks');
    assert.ok(anonymous[1].startsWith('a port official'), anonymous[1]);
    assert.ok(byCode(model.findings, 'anonymous-source').every((f) => f.data?.count === 2));
  });

  it('notes the surname used before the full name', () => {
    const [surname, ...rest] = byCode(model.findings, 'surname-first');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(text.slice(surname.start, surname.end), 'Okafor');
    assert.strictEqual(nameOf(surname.data?.actor), 'Daniel Okafor');
  });

  it('offers the nearest preceding speaker first', () => {
    const strike = byCode(model.findings, 'unattributed-claim')[2];
    assert.ok(nameOf(strike.data?.candidates?.[0])?.startsWith('a port official'));
    assert.strictEqual(strike.data?.insertAt, text.indexOf('for weeks.') + 'for weeks'.length);
  });

  it('gives the same findings, at CRLF offsets, for the story saved with Windows line ends', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const findings = analyze(crlf).findings;
    const read = (t: string, fs: Finding[]) => fs.map((f) => [f.code, t.slice(f.start, f.end)]);
    assert.deepStrictEqual(read(crlf, findings), read(text, model.findings));
    for (const f of byCode(findings, 'unattributed-claim')) assert.strictEqual(crlf[f.data?.insertAt ?? -1], '.');
  });

  it('keeps every finding inside the text with a message', () => {
    for (const f of model.findings) {
      assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length && f.message.length > 0, JSON.stringify(f));
    }
  });
});

describe('poll shares are no anonymous sources', () => {
  const text = [
    'Ferry Levy Splits Tarrow Islanders',
    'A Tarrow Courier poll of 600 islanders found deep doubts about the ferry levy.',
    'Sixty-six percent of islanders said the levy made no difference to them. Another 12 percent said they would leave the island.',
    'Two harbour officials, who were not authorised to speak, said the board would drop the levy.',
  ].join('\n\n');
  const model = analyze(text);

  it('notes the unnamed officials and not the shares who answered', () => {
    assert.deepStrictEqual(textsOf(text, byCode(model.findings, 'anonymous-source')), ['Two harbour officials']);
  });
});

describe('findings through the real pipeline on a Gulf mediation story', () => {
  const text = readFixture('findings-gulf-mediation.article');
  const model = analyze(text);
  const found = (code: Finding['code']) => textsOf(text, byCode(model.findings, code));

  // words given to a weasel source ("Analysts say") are the weasel's finding only; a belief one passes on ("It is
  // widely believed") credits nobody, so that claim is flagged too
  it('flags the private act, the intention and the passed-on belief nobody is cited for', () => {
    assert.deepStrictEqual(found('unattributed-claim'), [
      'Qatar’s Foreign Minister Sheikh Khalid bin Rashid Al-Mansouri has been privately urging both delegations to accept a prisoner exchange.',
      'Al-Mansouri wants a deal before the holy month begins.',
      'It is widely believed in the region that the rebels are running short of fuel.',
    ]);
  });

  it('leaves sourced claims alone: an estimate a UN agency gives, a meeting a diplomat describes', () => {
    const flagged = byCode(model.findings, 'unattributed-claim');
    for (const words of ['Nearly a third', 'The envoy met']) {
      const at = text.indexOf(words);
      assert.ok(!flagged.some((f) => f.start <= at && at < f.end), words);
    }
  });

  it('flags both weasel sources', () => {
    assert.deepStrictEqual(found('vague-attribution'), ['It is widely believed', 'Analysts say']);
  });

  it('notes the anonymous diplomat and that the story says why', () => {
    const [diplomat, ...rest] = byCode(model.findings, 'anonymous-source');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(text.slice(diplomat.start, diplomat.end), 'a senior diplomat');
    assert.match(diplomat.message, /says why anonymity was granted/);
  });

  it('notes the possessive surname before the full Gulf name', () => {
    assert.deepStrictEqual(found('surname-first'), ['Al-Mansouri’s']);
  });
});
