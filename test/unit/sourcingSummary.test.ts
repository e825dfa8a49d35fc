/**
 * The sourcing summary (report view and status bar): read from analyze() of the summary fixtures, and from a
 * hand-built model where every figure is known.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze';
import type { Actor, ArticleModel, Attribution, Finding, Span } from '../../server/src/engine/model';
import { readSettings } from '../../server/src/lsp/features/settings';
import { articleSummary, summarize, visibleFindings, workspaceSummary } from '../../server/src/lsp/features/sourcingSummary';
import type { ActorSourcing } from '../../server/src/protocol/summary';
import { spanOf as at } from '../support/spans';

const FIXTURES = join(__dirname, '../../../test/fixtures/articles');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('sourcing summary', () => {
  describe('of an analysed story (summary-ferry-fares)', () => {
    const text = fixture('summary-ferry-fares.article');
    const summary = summarize(analyze(text));
    const actor = (name: string): ActorSourcing => {
      const found = summary.actors.find((a) => a.name === name);
      assert.ok(found, `no actor “${name}” in ${summary.actors.map((a) => a.name).join(', ')}`);
      return found;
    };
    const texts = (passages: { text: string }[]) => passages.map((p) => p.text);

    it('lists a named official with kind, role, quote and paraphrase, first mention at the full name', () => {
      const okafor = actor('Helen Okafor');
      assert.strictEqual(okafor.kind, 'person');
      assert.deepStrictEqual(okafor.roles, ['Transportation Commissioner']);
      assert.deepStrictEqual(texts(okafor.quotes), ['“We looked at every other option, and none of them kept the boats running,”']);
      assert.deepStrictEqual(texts(okafor.paraphrases), ['the increase was the only way to keep the winter schedule']);
      assert.deepStrictEqual(okafor.firstMention, at(text, 'Helen Okafor'));
    });

    it('lists only the quoted words of a partial quote, and direct quotes before paraphrase in reading order', () => {
      const moreau = actor('Daniel Moreau');
      assert.deepStrictEqual(texts(moreau.quotes), ['“This will empty the islands,”', '“a betrayal of every family out here.”']);
      assert.deepStrictEqual(moreau.quotes[1], { ...at(text, '“a betrayal of every family out here.”'), text: '“a betrayal of every family out here.”' });
      assert.deepStrictEqual(texts(moreau.paraphrases), ['the council would sue']);
    });

    it('keeps anonymous sources apart from named ones', () => {
      const officials = actor('Two officials familiar with the budget talks');
      assert.strictEqual(officials.kind, 'anonymous');
      assert.deepStrictEqual(texts(officials.paraphrases), ['the subsidy was cut at the last minute']);
      // Okafor twice, Moreau three times.
      assert.strictEqual(summary.attributionsBySourceKind.person, 5);
    });

    it('counts the claims nobody is cited for: the private opposition and the residents’ fury', () => {
      assert.strictEqual(summary.counts.unsourced, 2);
    });

    it('lists actors in order of first mention', () => {
      const starts = summary.actors.map((a) => a.firstMention.start);
      assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
    });
  });

  describe('of a hand-built model', () => {
    const text =
      'Mayor Ann Lee said the bridge would reopen. “It is safe,” Lee said. Two aides said the repairs ran late. ' +
      'A resident, Bo Park, watched. The contractor cut corners. Critics say the bill doubled. The council knew. ' +
      'Some residents fear the bridge will close again.';
    const mention = (needle: string, nth = 1) => ({ ...at(text, needle, nth), actor: '', form: 'full' as const });
    const actors: Actor[] = [
      { id: 'a1', name: 'Ann Lee', kind: 'person', roles: [{ ...at(text, 'Mayor'), text: 'Mayor', origin: 'title' }, { ...at(text, 'Mayor'), text: 'Mayor', origin: 'config' }], mentions: [mention('Ann Lee'), mention('Lee', 2)] },
      { id: 'a2', name: 'Two aides', kind: 'anonymous', roles: [], mentions: [mention('Two aides')] },
      { id: 'a3', name: 'Bo Park', kind: 'person', roles: [{ ...at(text, 'A resident'), text: 'A resident', origin: 'appositive' }], mentions: [mention('Bo Park')] },
      { id: 'a4', name: 'Ghost', kind: 'organization', roles: [], mentions: [] },
    ];
    const attribution = (id: string, kind: Attribution['kind'], content: Span, actor: string | null, quote?: string): Attribution => ({
      id, kind, source: null, cue: null, content, actor, ...(quote ? { quote } : {}),
    });
    const finding = (code: Finding['code'], needle: string): Finding => ({ ...at(text, needle), code, severity: 'warning', message: code });
    const model: ArticleModel = {
      text,
      paragraphs: [],
      sentences: [],
      quotes: [{ id: 'q1', kind: 'direct', ...at(text, '“It is safe,”'), inner: at(text, 'It is safe,'), paragraphs: [0] }],
      actors,
      attributions: [
        attribution('t1', 'indirect', at(text, 'the bridge would reopen'), 'a1'),
        attribution('t2', 'direct', at(text, '“It is safe,”'), 'a1', 'q1'),
        attribution('t3', 'indirect', at(text, 'the repairs ran late'), 'a2'),
        attribution('t4', 'according-to', at(text, 'the bill doubled'), null),
        { ...attribution('t5', 'private-state', at(text, 'the bridge will close again'), null), source: at(text, 'Some residents'), cue: at(text, 'fear') },
      ],
      findings: [
        finding('unattributed-claim', 'The contractor cut corners.'),
        finding('vague-attribution', 'Critics say'),
        { ...finding('unattributed-claim', 'The council knew.'), severity: 'information', data: { category: 'belief', confidence: 'medium' } },
        { ...finding('unattributed-claim', 'Some residents fear the bridge will close again.'), data: { category: 'motive', confidence: 'high' } },
      ],
      suppressed: [],
    };
    const summary = summarize(model);

    it('gives the status bar its figures: named actors used, anonymous sources used, unsourced claims high and medium apart', () => {
      // Bo Park is mentioned but never quoted or paraphrased: not counted. A claim the engine did not grade is high.
      assert.deepStrictEqual(summary.counts, { named: 1, anonymous: 1, unsourced: 2, unsourcedMedium: 1 });
    });

    it('lists private states apart, as claims about their holders, and counts them as no source', () => {
      assert.deepStrictEqual(summary.privateStates, [
        { ...at(text, 'the bridge will close again'), text: 'the bridge will close again', label: 'what some residents fear — nobody is credited for it' },
      ]);
    });

    it('shares attributions out by the kind of their source, unresolved ones apart (private states are none)', () => {
      assert.deepStrictEqual(summary.attributionsBySourceKind, { person: 2, organization: 0, group: 0, anonymous: 1, unresolved: 1 });
    });

    it('lists every mentioned actor once, roles without repeats, quotes and paraphrases split', () => {
      assert.deepStrictEqual(
        summary.actors.map((a) => [a.id, a.name, a.kind, a.roles, a.quotes.map((q) => q.text), a.paraphrases.map((p) => p.text)]),
        [
          ['a1', 'Ann Lee', 'person', ['Mayor'], ['“It is safe,”'], ['the bridge would reopen']],
          ['a2', 'Two aides', 'anonymous', [], [], ['the repairs ran late']],
          ['a3', 'Bo Park', 'person', ['A resident'], [], []],
        ],
      );
    });

    it('cuts a long passage to one line', () => {
      const long = `He said ${'very '.repeat(60)}long.\n  And more.`;
      const content = { start: 8, end: long.length };
      const one = summarize({ ...model, text: long, actors: [{ ...actors[0], mentions: [{ start: 0, end: 2, actor: 'a1', form: 'pronoun' }] }], attributions: [attribution('t1', 'indirect', content, 'a1')] });
      const passage = one.actors[0].paraphrases[0];
      assert.strictEqual(passage.text.length, 160);
      assert.ok(passage.text.endsWith('…') && !passage.text.includes('\n'));
      assert.deepStrictEqual([passage.start, passage.end], [content.start, content.end]);
    });

    it('leaves out findings the settings switch off, medium claims with the claims unless set apart', () => {
      const counts = (severity: object) => summarize(visibleFindings(model, readSettings({ severity }))).counts;
      assert.deepStrictEqual([counts({ 'unattributed-claim': 'off' }).unsourced, counts({ 'unattributed-claim': 'off' }).unsourcedMedium], [0, 0]);
      assert.deepStrictEqual([counts({ 'unattributed-claim-medium': 'off' }).unsourced, counts({ 'unattributed-claim-medium': 'off' }).unsourcedMedium], [2, 0]);
      const apart = counts({ 'unattributed-claim': 'off', 'unattributed-claim-medium': 'hint' });
      assert.deepStrictEqual([apart.unsourced, apart.unsourcedMedium], [0, 1]);
      assert.deepStrictEqual([counts({}).unsourced, counts({}).unsourcedMedium], [2, 1]);
    });

    it('carries each first mention as an LSP range on the wire, with the document version', () => {
      // A line break before the story moves every mention to line 1.
      const shifted = { ...model, text: `\n${text}`, actors: actors.map((a) => ({ ...a, mentions: a.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })) })) };
      const doc = TextDocument.create('file:///desk/bridge.article', 'news-article', 7, shifted.text);
      const wire = articleSummary(shifted, doc);
      assert.strictEqual(wire.version, 7);
      assert.strictEqual(wire.uri, 'file:///desk/bridge.article');
      assert.deepStrictEqual(wire.actors[1].firstMentionRange, { start: { line: 1, character: at(text, 'Two aides').start }, end: { line: 1, character: at(text, 'Two aides').end } });
    });

    it('adds up a workspace', () => {
      const doc = TextDocument.create('file:///desk/bridge.article', 'news-article', 1, text);
      const one = articleSummary(model, doc);
      const total = workspaceSummary([one, one]);
      assert.deepStrictEqual(total.counts, { named: 2, anonymous: 2, unsourced: 4, unsourcedMedium: 2 });
      assert.deepStrictEqual(total.attributionsBySourceKind, { person: 4, organization: 0, group: 0, anonymous: 2, unresolved: 2 });
      assert.strictEqual(total.articles.length, 2);
    });
  });
});
