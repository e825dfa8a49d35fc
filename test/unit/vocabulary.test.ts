/**
 * A house style's cue verbs and titles (`.sourcinglens.json`), from the vocabulary value through the engine's
 * stages, the paragraph caches, and both commands. The built-in vocabulary reads the same text without them.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { analyze, ParagraphCache, ParagraphCaches, readParagraph } from '../../server/src/engine/analyze';
import { EMPTY_HOUSE_STYLE } from '../../server/src/houseStyle/houseStyle';
import type { ArticleModel, Span } from '../../server/src/engine/model';
import { classifyClaim } from '../../server/src/engine/findings/claims';
import { inflections } from '../../server/src/engine/lexicon/inflections';
import { BUILT_IN_VOCABULARY, extendVocabulary, vocabularyKey } from '../../server/src/engine/lexicon/vocabulary';
import { CLI, readFixture } from '../support/fixtures';
import { flaggedIn } from '../support/claimFixtures';
import { Desk } from '../support/workspace';
import { spanOf as at } from '../support/spans';

const HOUSE = { cueVerbs: ['kvetch', 'weigh in'], titles: ['Harbormaster', 'Alderwoman', 'Port Warden'] };
const house = extendVocabulary(BUILT_IN_VOCABULARY, HOUSE);
const STORY = readFixture('vocabulary-breakwater.article');

/** The span of `needle` in `text` (the first one), failing loudly on a typo. */
/** Each attribution as the words of its source, cue and content, and the name of its actor. */
const readable = (model: ArticleModel) =>
  model.attributions.map((a) => {
    const words = (s: Span | null) => (s ? model.text.slice(s.start, s.end) : null);
    const actor = model.actors.find((x) => x.id === a.actor)?.name ?? null;
    return { kind: a.kind, source: words(a.source), cue: words(a.cue), content: words(a.content), actor };
  });

const person = (model: ArticleModel, name: string) => model.actors.find((a) => a.kind === 'person' && a.name === name);

describe('house vocabulary: the value', () => {
  it('inflects a base-form verb regularly', () => {
    assert.deepStrictEqual(inflections('opine'), ['opine', 'opines', 'opined', 'opining']);
    assert.deepStrictEqual(inflections('quip'), ['quip', 'quips', 'quipped', 'quipping']);
    assert.deepStrictEqual(inflections('deny'), ['deny', 'denies', 'denied', 'denying']);
    assert.deepStrictEqual(inflections('agree'), ['agree', 'agrees', 'agreed', 'agreeing']);
    assert.deepStrictEqual(inflections('hiss'), ['hiss', 'hisses', 'hissed', 'hissing']);
    assert.deepStrictEqual(inflections('relay'), ['relay', 'relays', 'relayed', 'relaying']);
    assert.deepStrictEqual(inflections('mutter'), ['mutter', 'mutters', 'muttered', 'muttering']);
    assert.deepStrictEqual(inflections('Weigh  In'), ['weigh in', 'weighs in', 'weighed in', 'weighing in']);
    assert.deepStrictEqual(inflections('propel'), ['propel', 'propels', 'propelled', 'propelling']);
    assert.deepStrictEqual(inflections('fuel'), ['fuel', 'fuels', 'fueled', 'fueling', 'fuelled', 'fuelling']);
  });

  it('gives an unstressed final "-al" the British doubled forms beside the American ones, as "-el" and "-il" have', () => {
    assert.deepStrictEqual(inflections('signal'), ['signal', 'signals', 'signaled', 'signaling', 'signalled', 'signalling']);
    assert.deepStrictEqual(inflections('equal'), ['equal', 'equals', 'equaled', 'equaling', 'equalled', 'equalling']);
    // a vowel before the "-al" is no unstressed syllable of its own: no doubling
    assert.deepStrictEqual(inflections('reveal'), ['reveal', 'reveals', 'revealed', 'revealing']);
    assert.deepStrictEqual(inflections('detail'), ['detail', 'details', 'detailed', 'detailing']);
  });

  it('knows a verb that is also a common noun by its past and gerund in both spellings, never by the noun', () => {
    for (const form of ['signaled', 'signalled', 'signalling', 'labeled', 'labelled', 'labeling', 'labelling', 'posted']) {
      assert.strictEqual(BUILT_IN_VOCABULARY.cueClass(form), 'speech', form);
    }
    for (const noun of ['signal', 'signals', 'label', 'labels', 'post']) assert.strictEqual(BUILT_IN_VOCABULARY.cueClass(noun), undefined, noun);
  });

  it('doubles the last consonant of a longer verb stressed on its last syllable, and only there', () => {
    const pastAndGerund = (verb: string) => inflections(verb).slice(2);
    assert.deepStrictEqual(pastAndGerund('admit'), ['admitted', 'admitting']);
    assert.deepStrictEqual(pastAndGerund('occur'), ['occurred', 'occurring']);
    assert.deepStrictEqual(pastAndGerund('confer'), ['conferred', 'conferring']);
    assert.deepStrictEqual(pastAndGerund('patrol'), ['patrolled', 'patrolling']);
    assert.deepStrictEqual(pastAndGerund('regret'), ['regretted', 'regretting']);
    assert.deepStrictEqual(pastAndGerund('equip'), ['equipped', 'equipping']);
    assert.deepStrictEqual(pastAndGerund('rebut'), ['rebutted', 'rebutting']);
    assert.deepStrictEqual(pastAndGerund('appal'), ['appalled', 'appalling']);
    // the same letters unstressed: no doubling
    assert.deepStrictEqual(pastAndGerund('limit'), ['limited', 'limiting']);
    assert.deepStrictEqual(pastAndGerund('suffer'), ['suffered', 'suffering']);
    assert.deepStrictEqual(pastAndGerund('budget'), ['budgeted', 'budgeting']);
    assert.deepStrictEqual(pastAndGerund('debut'), ['debuted', 'debuting']);
    assert.deepStrictEqual(pastAndGerund('enter'), ['entered', 'entering']);
    assert.deepStrictEqual(pastAndGerund('posit'), ['posited', 'positing']);
  });

  it('knows a verb of thought stressed on its last syllable in all its forms, the doubled ones too', () => {
    for (const form of ['regret', 'regrets', 'regretted', 'regretting', 'prefer', 'preferred', 'preferring']) {
      assert.strictEqual(BUILT_IN_VOCABULARY.cueClass(form), 'thought', form);
    }
  });

  it('knows every form of a cue verb listed by its base, where a hand-spelt list had left some out', () => {
    const classes: [string[], string][] = [
      [['wish', 'wishes', 'wished', 'wishing'], 'thought'],
      [['slam', 'slams', 'slammed', 'slamming', 'blast', 'blasts', 'blasted', 'liken', 'likened'], 'stance'],
      [['sides with', 'balk at', 'lash out at', 'touch on', 'favours', 'favouring'], 'stance'],
      [['spell out', 'spelling out', 'rail against', 'talk about'], 'speech'],
    ];
    for (const [forms, cueClass] of classes) for (const form of forms) assert.strictEqual(BUILT_IN_VOCABULARY.cueClass(form), cueClass, form);
  });

  it('knows "discusses" beside "discussed" and "discussing": a verb with no noun of that spelling', () => {
    for (const form of ['discussed', 'discusses', 'discussing']) assert.strictEqual(BUILT_IN_VOCABULARY.cueClass(form), 'stance', form);
  });

  it('reads a wish as a thought with its clause', () => {
    const model = analyze('Most growers on the estate wish the co-op would sell the old mill.');
    assert.deepStrictEqual(readable(model).map(({ source, cue, content }) => ({ source, cue, content })), [
      { source: 'Most growers on the estate', cue: 'wish', content: 'the co-op would sell the old mill' },
    ]);
  });

  it('keeps the hard c of a final "-ic" with a k', () => {
    assert.deepStrictEqual(inflections('panic'), ['panic', 'panics', 'panicked', 'panicking']);
  });

  it('knows every inflection and any form the desk lists, as speech; a built-in form keeps its class', () => {
    const extended = extendVocabulary(BUILT_IN_VOCABULARY, { cueVerbs: ['opine', 'spake', 'believe'], titles: [] });
    for (const form of ['opine', 'opines', 'Opined', 'opining', 'spake']) assert.strictEqual(extended.cueClass(form), 'speech', form);
    assert.strictEqual(extended.cueClass('believed'), 'thought');
    assert.strictEqual(BUILT_IN_VOCABULARY.cueClass('opined'), undefined);
    assert.strictEqual(extended.cueClass('said'), 'speech');
  });

  it('takes a title’s last word as its head, singular or plural', () => {
    assert.strictEqual(house.roleHead('harbormaster'), 'harbormaster');
    assert.strictEqual(house.roleHead('harbormasters'), 'harbormaster');
    assert.strictEqual(house.roleHead('alderwomen'), 'alderwoman');
    assert.strictEqual(house.roleHead('warden'), 'warden');
    assert.strictEqual(house.roleHead('minister'), 'minister');
    assert.strictEqual(BUILT_IN_VOCABULARY.roleHead('harbormaster'), undefined);
    // words an object would answer from its prototype are no role heads
    assert.strictEqual(BUILT_IN_VOCABULARY.roleHead('constructor'), undefined);
    assert.strictEqual(BUILT_IN_VOCABULARY.roleHead('__proto__'), undefined);
  });

  it('keys a vocabulary by its normalised lists; no additions is the built-in vocabulary itself', () => {
    const shuffled = { cueVerbs: ['Weigh in', ' kvetch '], titles: ['port warden', 'ALDERWOMAN', 'Harbormaster', 'Harbormaster'] };
    assert.strictEqual(vocabularyKey(shuffled), vocabularyKey(HOUSE));
    assert.notStrictEqual(vocabularyKey({ ...HOUSE, titles: [] }), vocabularyKey(HOUSE));
    assert.strictEqual(vocabularyKey(EMPTY_HOUSE_STYLE), '');
    assert.strictEqual(extendVocabulary(BUILT_IN_VOCABULARY, EMPTY_HOUSE_STYLE), BUILT_IN_VOCABULARY);
  });

  it('reads a cue verb holding pattern characters literally, without throwing', () => {
    const odd = extendVocabulary(BUILT_IN_VOCABULARY, { cueVerbs: ['(?:grr', 'tsk+'], titles: ['Dep.'] });
    assert.strictEqual(odd.cueClass('(?:grr'), 'speech');
    const reading = readParagraph('Whitfield tsk+ed that it was late. Whitfield (?:grr the wall.', odd);
    assert.ok(Array.isArray(reading.attributions));
  });
});

describe('house vocabulary: cue verbs in a paragraph', () => {
  it('"Whitfield kvetched that …" is an attribution only with the verb added', () => {
    const text = 'Whitfield kvetched that the breakwater would fail.';
    assert.deepStrictEqual(readParagraph(text).attributions, []);
    assert.deepStrictEqual(readParagraph(text, house).attributions, [
      { kind: 'indirect', source: at(text, 'Whitfield'), cue: at(text, 'kvetched'), content: at(text, 'that the breakwater would fail') },
    ]);
  });

  it('"“…,” Whitfield kvetched." attributes the quote only with the verb added', () => {
    const text = '“We are patching a sieve,” Whitfield kvetched.';
    assert.deepStrictEqual(readParagraph(text).attributions, []);
    assert.deepStrictEqual(readParagraph(text, house).attributions, [
      { kind: 'direct', source: at(text, 'Whitfield'), cue: at(text, 'kvetched'), content: at(text, '“We are patching a sieve,”'), quote: 0 },
    ]);
  });

  it('a quotation after a house verb is the speech itself, not a partial quote', () => {
    const text = 'Whitfield kvetched “the old wall is finished and the tide knows it.”';
    assert.strictEqual(readParagraph(text).quoteScan.quotes[0]?.kind, 'partial');
    assert.strictEqual(readParagraph(text, house).quoteScan.quotes[0]?.kind, 'direct');
  });
});

describe('house vocabulary: cue verbs in the claim judge', () => {
  it('"…, the warden kvetched." sources the claim before it only with the verb added', () => {
    const sentence = 'The ferry crews are furious about the new tariff, the warden kvetched.';
    assert.strictEqual(classifyClaim(sentence), 'motive');
    assert.strictEqual(classifyClaim(sentence, house), null);
  });

  it('"That is what the warden kvetched." sources the sentence before it only with the verb added', () => {
    const text = 'The ferry crews are furious about the new tariff. That is what the warden kvetched.';
    assert.deepStrictEqual(flaggedIn(analyze(text)), ['The ferry crews are furious about the new tariff.']);
    assert.deepStrictEqual(flaggedIn(analyze(text, new ParagraphCache(house))), []);
  });

  it('a built-in speech verb the desk lists again sources a claim; a verb of thought it lists does not', () => {
    const desk = extendVocabulary(BUILT_IN_VOCABULARY, { cueVerbs: ['fume', 'believe'], titles: [] });
    assert.strictEqual(classifyClaim('The ferry crews are furious about the new tariff, the warden fumed.', desk), null);
    assert.strictEqual(classifyClaim('The ferry crews are furious about the new tariff, the warden believes.', desk), 'motive');
  });
});

describe('house vocabulary: titles in a paragraph', () => {
  const text = 'Harbormaster Dana Whitfield said the port would close.';
  const people = (reading: ReturnType<typeof readParagraph>) =>
    reading.mentions.filter((m) => m.kind === 'person').map(({ start, end, name, roles }) => ({ start, end, name, roles }));

  it('without the title, it is read as part of the name', () => {
    assert.deepStrictEqual(people(readParagraph(text)), [{ ...at(text, 'Harbormaster Dana Whitfield'), name: 'Harbormaster Dana Whitfield', roles: [] }]);
  });

  it('with the title added, it is the role and the name is clean', () => {
    assert.deepStrictEqual(people(readParagraph(text, house)), [
      { ...at(text, 'Dana Whitfield'), name: 'Dana Whitfield', roles: [{ ...at(text, 'Harbormaster'), text: 'Harbormaster', origin: 'title' }] },
    ]);
  });

  it('an abbreviated title written with its full stop ends no sentence and is the role', () => {
    const abbreviated = 'Ald. Rosa Quint said the city could not wait.';
    const ald = extendVocabulary(BUILT_IN_VOCABULARY, { cueVerbs: [], titles: ['Ald.'] });
    assert.strictEqual(readParagraph(abbreviated).sentences.length, 2, 'built in, "Ald." ends a sentence');
    const reading = readParagraph(abbreviated, ald);
    assert.deepStrictEqual(reading.sentences, [{ start: 0, end: abbreviated.length }]);
    assert.deepStrictEqual(people(reading), [
      { ...at(abbreviated, 'Rosa Quint'), name: 'Rosa Quint', roles: [{ ...at(abbreviated, 'Ald.'), text: 'Ald.', origin: 'title' }] },
    ]);
    assert.notStrictEqual(vocabularyKey({ cueVerbs: [], titles: ['Ald.'] }), vocabularyKey({ cueVerbs: [], titles: ['Ald'] }));
  });
});

describe('house vocabulary: a whole story', () => {
  it('reads the desk’s verbs and titles, and "the harbormaster" refers back to her', () => {
    const model = analyze(STORY, new ParagraphCache(house));
    assert.deepStrictEqual(person(model, 'Dana Whitfield')?.roles.map((r) => r.text), ['Harbormaster']);
    assert.deepStrictEqual(person(model, 'Rosa Quint')?.roles.map((r) => r.text), ['Alderwoman']);
    assert.deepStrictEqual(person(model, 'Ilse Marr')?.roles.map((r) => r.text), ['Port Warden']);
    assert.deepStrictEqual(readable(model), [
      { kind: 'indirect', source: 'Dana Whitfield', cue: 'kvetched', content: 'that the old granite breakwater would not survive another winter of storms', actor: 'Dana Whitfield' },
      { kind: 'direct', source: 'Whitfield', cue: 'kvetched', content: '“We are patching a sieve,”', actor: 'Dana Whitfield' },
      { kind: 'direct', source: 'Whitfield', cue: 'kvetched', content: '“Every tide takes a little more of it.”', actor: 'Dana Whitfield' },
      { kind: 'direct', source: 'Rosa Quint', cue: 'weighed in', content: '“The city cannot wait for a federal grant,”', actor: 'Rosa Quint' },
      { kind: 'indirect', source: 'The harbormaster', cue: 'quipped', content: 'that the gulls had already moved out', actor: 'Dana Whitfield' },
      { kind: 'indirect', source: 'Ilse Marr', cue: 'said', content: 'the board would vote in March', actor: 'Ilse Marr' },
    ]);
    assert.deepStrictEqual(model.findings.filter((f) => f.code === 'unattributed-quote'), []);
  });

  it('the built-in vocabulary leaves the same quotes unattributed and the titles in the names', () => {
    const model = analyze(STORY);
    assert.ok(person(model, 'Harbormaster Dana Whitfield'));
    assert.strictEqual(person(model, 'Dana Whitfield'), undefined);
    const unattributed = model.findings.filter((f) => f.code === 'unattributed-quote').map((f) => STORY.slice(f.start, f.end));
    assert.deepStrictEqual(unattributed, ['“We are patching a sieve,”', '“Every tide takes a little more of it.”', '“The city cannot wait for a federal grant,”']);
  });

  it('a multi-paragraph quote introduced by a house verb carries on', () => {
    const text = 'Whitfield kvetched:\n\n“The wall is finished. We knew it in the spring.”\n';
    const [attribution] = analyze(text, new ParagraphCache(house)).attributions;
    assert.strictEqual(attribution?.kind, 'direct');
    assert.deepStrictEqual(attribution?.source, at(text, 'Whitfield'));
    assert.deepStrictEqual(attribution?.cue, at(text, 'kvetched'));
    // the built-in words know no such verb: only the colon that ends the clause introduces the quote paragraph
    assert.deepStrictEqual(analyze(text).attributions.map((a) => a.cue), [at(text, 'kvetched:')]);
  });

  it('a plural house title makes an unnamed source', () => {
    const text = 'Two harbormasters said the channel was too shallow for the new ferry.';
    const sources = (model: ArticleModel) => model.actors.filter((a) => a.kind === 'anonymous').map((a) => a.name);
    assert.deepStrictEqual(sources(analyze(text, new ParagraphCache(house))), ['Two harbormasters']);
    assert.deepStrictEqual(sources(analyze(text)), []);
  });
});

describe('house vocabulary: paragraph caches', () => {
  it('a cache reads with its own vocabulary, whatever another cache read the same paragraphs with', () => {
    const plain = new ParagraphCache();
    const desk = new ParagraphCache(house);
    for (let round = 0; round < 2; round++) {
      assert.ok(person(analyze(STORY, plain), 'Harbormaster Dana Whitfield'), `round ${round}: built-in`);
      assert.ok(person(analyze(STORY, desk), 'Dana Whitfield'), `round ${round}: house`);
    }
    assert.ok(plain.hits > 0 && desk.hits > 0, 'the second round was served from the caches');
  });

  it('ParagraphCaches gives one cache per distinct vocabulary, and never one made with another', () => {
    const caches = new ParagraphCaches();
    const deskCache = caches.for(HOUSE);
    assert.strictEqual(caches.for({ cueVerbs: ['KVETCH', 'weigh in'], titles: ['port warden', 'alderwoman', 'harbormaster'] }), deskCache);
    assert.strictEqual(deskCache.vocabulary.key, vocabularyKey(HOUSE));
    const plainCache = caches.for(EMPTY_HOUSE_STYLE);
    assert.notStrictEqual(plainCache, deskCache);
    assert.strictEqual(plainCache.vocabulary, BUILT_IN_VOCABULARY);
    // interleaved, as the server reads stories under two desks' styles
    for (const [additions, name] of [[HOUSE, 'Dana Whitfield'], [EMPTY_HOUSE_STYLE, 'Harbormaster Dana Whitfield'], [HOUSE, 'Dana Whitfield']] as const) {
      assert.ok(person(analyze(STORY, caches.for(additions)), name), name);
    }
  });

  it('keeps only the most recently used vocabularies', () => {
    const caches = new ParagraphCaches(2);
    const first = caches.for({ cueVerbs: ['opine'], titles: [] });
    caches.for({ cueVerbs: ['intone'], titles: [] });
    assert.strictEqual(caches.for({ cueVerbs: ['opine'], titles: [] }), first, 'still kept');
    caches.for({ cueVerbs: ['intone'], titles: [] });
    caches.for({ cueVerbs: ['harrumph'], titles: [] });
    assert.notStrictEqual(caches.for({ cueVerbs: ['opine'], titles: [] }), first, 'dropped, and made again');
  });
});

describe('house vocabulary in sourcing-lens analyze and check', () => {
  let desk: Desk;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: desk.root, encoding: 'utf8' });

  before(() => {
    desk = new Desk('vocabulary', {
      '.sourcinglens.json': JSON.stringify(HOUSE),
      // the wire folder keeps no house words: the same story, read with the built-in vocabulary in the same run
      [join('wire', '.sourcinglens.json')]: '{}',
      [join('stories', 'breakwater.article')]: STORY,
      [join('wire', 'breakwater.article')]: STORY,
    });
  });

  after(() => desk.dispose());

  it('check reads each story with the vocabulary of its own house style', () => {
    const { status, stdout } = run('check', '--format', 'json', '.');
    assert.strictEqual(status, 1, 'the wire copy has unattributed quotes');
    const reports: { file: string; actors: { name: string; roles: { text: string }[] }[]; diagnostics: { code: string }[] }[] = JSON.parse(stdout);
    const byFile = new Map(reports.map((r) => [r.file, r]));
    const ours = byFile.get('stories/breakwater.article');
    const wire = byFile.get('wire/breakwater.article');
    assert.deepStrictEqual(ours?.actors.find((a) => a.name === 'Dana Whitfield')?.roles.map((r) => r.text), ['Harbormaster']);
    assert.deepStrictEqual(ours?.diagnostics.filter((d) => d.code === 'unattributed-quote'), []);
    assert.ok(wire?.actors.some((a) => a.name === 'Harbormaster Dana Whitfield'));
    assert.strictEqual(wire?.diagnostics.filter((d) => d.code === 'unattributed-quote').length, 3);
  });

  it('analyze applies the nearest house style too', () => {
    const { status, stdout } = run('analyze', join('stories', 'breakwater.article'));
    assert.strictEqual(status, 0);
    assert.match(stdout, /Dana Whitfield \[person\] — Harbormaster \(line 3\)/);
    assert.match(stdout, /“We are patching a sieve,” — Dana Whitfield \(direct\)/);
    assert.match(run('analyze', join('wire', 'breakwater.article')).stdout, /“We are patching a sieve,” — no speaker \(direct\)/);
  });

  it('analyze names a broken house-style file on stderr and still reports', () => {
    const broken = new Desk('vocabulary-broken', { '.sourcinglens.json': '{ "titels": ["Harbormaster"] }', 'breakwater.article': STORY });
    try {
      const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, 'analyze', 'breakwater.article'], { cwd: broken.root, encoding: 'utf8' });
      assert.strictEqual(status, 0);
      assert.match(stderr, /\.sourcinglens\.json:1:3: unknown setting "titels" .*\(house style ignored\)/);
      assert.match(stdout, /Harbormaster Dana Whitfield \[person\]/);
    } finally {
      broken.dispose();
    }
  });
});
