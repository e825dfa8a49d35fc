/**
 * The LSP feature views, in memory: pure functions of an ArticleModel and a TextDocument, tested on a hand-built
 * model of the harbour-talks fixture (what a perfect engine reads there).
 */
import * as assert from 'assert';
import { DiagnosticSeverity, SymbolKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze';
import type { ArticleModel, Finding } from '../../server/src/engine/model';
import { attributionEdit, attributionPhrase, codeActions, SELECT_RANGE_COMMAND } from '../../server/src/lsp/features/codeActions';
import { oversizeDiagnostic, toDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/documentSymbols';
import { hoverAt } from '../../server/src/lsp/features/hover';
import { inlayHints } from '../../server/src/lsp/features/inlayHints';
import { definition, prepareRename, references, rename } from '../../server/src/lsp/features/navigation';
import { splitByLine, toRange } from '../../server/src/lsp/features/positions';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/lsp/features/semanticTokens';
import { DEFAULT_SETTINGS, isEnabledFor, readSettings } from '../../server/src/lsp/features/settings';
import { fuzzyMatch, workspaceSymbols } from '../../server/src/lsp/features/workspaceSymbols';
import { quoteAt, segmentLines } from '../support/handModel';
import { decodeTokens, hoverOf } from '../support/views';
import { spanOf as at } from '../support/spans';
import { harbourModel } from './harbourModel';

const URI = 'file:///desk/harbour.article';
const docOf = (model: ArticleModel, uri = URI) => TextDocument.create(uri, 'news-article', 1, model.text);
const apply = (doc: TextDocument, edits: TextEdit[]) => TextDocument.applyEdits(doc, edits);
const editsOf = (action: CodeAction) => action.edit?.changes?.[URI] ?? [];

describe('LSP features (in memory)', () => {
  let model: ArticleModel;
  let doc: TextDocument;
  beforeEach(() => {
    model = harbourModel();
    doc = docOf(model);
  });
  const offsetOf = (needle: string, nth = 1) => at(model.text, needle, nth).start;

  describe('diagnostics', () => {
    it('carries each finding with its code, source and default severity', () => {
      const diagnostics = toDiagnostics(model, doc, DEFAULT_SETTINGS);
      assert.deepStrictEqual(
        diagnostics.map((d) => [d.code, d.source, d.severity, doc.getText(d.range)]),
        [
          ['unattributed-claim', 'sourcing-lens', DiagnosticSeverity.Warning, 'The harbour council secretly plans to abandon its demand for a veto.'],
          ['anonymous-source', 'sourcing-lens', DiagnosticSeverity.Information, 'Two officials familiar with the talks'],
        ],
      );
    });

    it('takes the severity per code from the settings, and "off" hides the code', () => {
      const settings = readSettings({ severity: { 'unattributed-claim': 'error', 'anonymous-source': 'off', bogus: 'loud' } });
      assert.deepStrictEqual(toDiagnostics(model, doc, settings).map((d) => [d.code, d.severity]), [['unattributed-claim', DiagnosticSeverity.Error]]);
    });

    it('point a surname used first to where the full name comes', () => {
      const text = 'Reyes said the port was closed.\nPort chief Jonas Reyes confirmed it later.\n';
      const { paragraphs, sentences } = segmentLines(text);
      const reyes: ArticleModel = {
        text,
        paragraphs,
        sentences,
        quotes: [],
        actors: [{ id: 'a1', name: 'Jonas Reyes', kind: 'person', roles: [], mentions: [{ ...at(text, 'Reyes'), actor: 'a1', form: 'surname' }, { ...at(text, 'Jonas Reyes'), actor: 'a1', form: 'full' }] }],
        attributions: [],
        findings: [{ ...at(text, 'Reyes'), code: 'surname-first', severity: 'information', message: '', data: { actor: 'a1' } }],
        suppressed: [],
      };
      const reyesDoc = TextDocument.create(URI, 'news-article', 1, text);
      const [diagnostic] = toDiagnostics(reyes, reyesDoc, DEFAULT_SETTINGS);
      assert.deepStrictEqual(diagnostic.relatedInformation?.map((r) => [reyesDoc.getText(r.location.range), r.message]), [
        ['Jonas Reyes', 'Jonas Reyes is named in full here'],
      ]);
    });

    it('says why a large file is skipped', () => {
      const notice = oversizeDiagnostic(2_500_000, 1024 * 1024);
      assert.strictEqual(String(notice.message).split('. ')[0], 'Sourcing Lens skipped this file: 2441 KB is over the sourcingLens.maxFileSize limit (1024 KB)');
      assert.strictEqual(notice.severity, DiagnosticSeverity.Information);
      assert.deepStrictEqual(notice.range.start, { line: 0, character: 0 });
    });
  });

  describe('hover', () => {
    const hover = (offset: number) => hoverOf(model, doc, offset);

    it('on a surname names the actor, kind, each role with its line, quote counts and first mention', () => {
      const { value, range } = hover(offsetOf('Marchetti told') + 3);
      assert.strictEqual(range, 'Marchetti');
      assert.match(value, /^\*\*Elena Marchetti\*\* · person/);
      assert.match(value, /- Foreign Minister — line 3: “PORT ALDER \(Wire\) — Foreign Minister Elena Marchetti said/);
      assert.match(value, /Quoted: 2 direct · 1 partial · 0 paraphrased/);
      assert.match(value, /First mention: line 3 — “Elena Marchetti”/);
    });

    it('on a possessive and on a resolved pronoun shows the same actor', () => {
      assert.match(hover(offsetOf('Marchetti’s')).value, /\*\*Elena Marchetti\*\*/);
      assert.match(hover(offsetOf('He added')).value, /\*\*Daniel Okafor\*\* · person[\s\S]*the harbour master — line 11/);
    });

    it('on a stated role shows the actor it belongs to', () => {
      const { value, range } = hover(offsetOf('Foreign Minister') + 3);
      assert.strictEqual(range, 'Foreign Minister');
      assert.match(value, /^\*\*Elena Marchetti\*\*/);
      assert.strictEqual(doc.getText(definition(model, doc, doc.positionAt(offsetOf('harbour master')))?.range), 'Daniel Okafor');
    });

    it('on a quote gives speaker with role, cue and kind', () => {
      const { value, range } = hover(offsetOf('narrowed'));
      assert.strictEqual(range, '“We have narrowed the gaps on every major point,”');
      assert.match(value, /\*\*Direct quote\*\*/);
      assert.match(value, /Speaker: Elena Marchetti \(Foreign Minister\)/);
      assert.match(value, /Cue: “told reporters”/);
    });

    it('on a continued quote says it continues the last speaker', () => {
      assert.match(hover(offsetOf('still work')).value, /Cue: none — continues the last speaker/);
    });

    it('on an anonymous sourcing phrase says so and counts the anonymous sources', () => {
      const { value } = hover(offsetOf('familiar'));
      assert.match(value, /\*\*Sourcing:\*\* anonymous source — “Two officials familiar with the talks”/);
      assert.match(value, /This article cites 1 anonymous source\./);
    });

    it('on a cue describes the sourcing of a named source', () => {
      assert.match(hover(offsetOf('told reporters') + 1).value, /\*\*Sourcing:\*\* named source — “Marchetti”/);
    });

    it('on plain reporting is empty', () => {
      assert.strictEqual(hoverAt(model, doc, offsetOf('harbour dispute')), null);
    });
  });

  describe('code actions', () => {
    const claimDiagnostic = (): Diagnostic => toDiagnostics(model, doc, DEFAULT_SETTINGS)[0];

    it('offer "Attribute to" each actor, most relevant first, then the placeholder and the ignore marker', () => {
      const actions = codeActions(model, doc, [claimDiagnostic()]);
      assert.deepStrictEqual(actions.map((a) => a.title), [
        'Attribute to Two officials familiar with the talks',
        'Attribute to Elena Marchetti',
        'Attribute to Daniel Okafor',
        'Add attribution placeholder',
        'Ignore this claim',
      ]);
      assert.deepStrictEqual(actions.map((a) => a.isPreferred === true), [true, false, false, false, false]);
      assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'unattributed-claim'));
    });

    it('insert a grammatical attribution before the final period', () => {
      const actions = codeActions(model, doc, [claimDiagnostic()]);
      const sentenceOf = (action: CodeAction) => apply(doc, editsOf(action)).split('\n')[8];
      assert.strictEqual(sentenceOf(actions[0]), 'The harbour council secretly plans to abandon its demand for a veto, according to two officials familiar with the talks.');
      assert.strictEqual(sentenceOf(actions[1]), 'The harbour council secretly plans to abandon its demand for a veto, Marchetti said.');
      assert.strictEqual(sentenceOf(actions[2]), 'The harbour council secretly plans to abandon its demand for a veto, Okafor said.');
    });

    it('put the attribution after a closing quote, turning its period into a comma', () => {
      const q3 = model.quotes[2];
      const finding: Finding = { ...q3, code: 'unattributed-quote', severity: 'warning', message: '', data: { insertAt: q3.end - 2 } };
      const edited = apply(doc, [attributionEdit(doc, model, finding, 'Marchetti said')]);
      assert.match(edited, /“There is still work to do,” Marchetti said\.\n/);
      const question = TextDocument.create(URI, 'news-article', 1, '“Is it over?” ');
      const asked: Finding = { start: 0, end: 14, code: 'unattributed-quote', severity: 'warning', message: '', data: { insertAt: 11 } };
      assert.strictEqual(apply(question, [attributionEdit(question, { ...model, text: question.getText() }, asked, 'Okafor said')]), '“Is it over?” Okafor said. ');
    });

    it('name organisations with the article they take in the text', () => {
      const org = { ...model.actors[0], kind: 'organization' as const, name: 'Harbour Council', mentions: [{ ...at(model.text, 'harbour council'), actor: 'a1', form: 'full' as const }] };
      assert.strictEqual(attributionPhrase(model, org), 'the Harbour Council said');
    });

    it('select the placeholder after inserting it', () => {
      const placeholder = codeActions(model, doc, [claimDiagnostic()]).find((a) => a.title === 'Add attribution placeholder');
      assert.ok(placeholder?.command);
      assert.strictEqual(placeholder.command.command, SELECT_RANGE_COMMAND);
      const after = TextDocument.create(URI, 'news-article', 2, apply(doc, editsOf(placeholder)));
      assert.strictEqual(after.getText(placeholder.command.arguments?.[1]), '[source]');
      assert.match(after.getText(), /for a veto, \[source\] said\.\n/);
    });

    it('ignore the claim with the marker the engine honours', () => {
      const ignore = codeActions(model, doc, [claimDiagnostic()]).find((a) => a.title === 'Ignore this claim');
      assert.ok(ignore);
      const edited = apply(doc, editsOf(ignore));
      assert.match(edited, /for a veto\. <!-- sourcing-lens: ignore unattributed-claim -->\n/);
      const before = analyze(model.text).findings.filter((f) => f.code === 'unattributed-claim').length;
      const after = analyze(edited).findings.filter((f) => f.code === 'unattributed-claim').length;
      assert.strictEqual(after, before - 1);
    });

    it('give a surname-first mention its full name and title', () => {
      const surname = model.actors[0].mentions[1];
      const finding: Finding = { ...surname, code: 'surname-first', severity: 'information', message: '', data: { actor: 'a1' } };
      const withFinding = { ...model, findings: [finding] };
      const [diagnostic] = toDiagnostics(withFinding, doc, DEFAULT_SETTINGS);
      const [fix] = codeActions(withFinding, doc, [diagnostic]);
      assert.strictEqual(fix.title, 'Use full name and role');
      assert.strictEqual(fix.isPreferred, true);
      assert.match(apply(doc, editsOf(fix)), /“We have narrowed the gaps on every major point,” Foreign Minister Elena Marchetti told reporters/);

    });

    it('give an appositive role after the name, and keep a possessive', () => {
      const okafor = model.actors[2];
      const finding: Finding = { ...okafor.mentions[2], code: 'surname-first', severity: 'information', message: '', data: { actor: 'a3' } };
      const withFinding = { ...model, findings: [finding] };
      const [fix] = codeActions(withFinding, doc, toDiagnostics(withFinding, doc, DEFAULT_SETTINGS));
      assert.match(apply(doc, editsOf(fix)), /closure,” Daniel Okafor, the harbour master, said\./);
      const possessive = model.actors[0].mentions[2];
      const owned: ArticleModel = { ...model, findings: [{ ...possessive, code: 'surname-first', severity: 'information', message: '', data: { actor: 'a1' } }] };
      const [own] = codeActions(owned, doc, toDiagnostics(owned, doc, DEFAULT_SETTINGS));
      assert.match(apply(doc, editsOf(own)), /Foreign Minister Elena Marchetti’s office/);
    });

    it('match a diagnostic sent back with byte columns (Neovim 0.7) by code and overlap', () => {
      const text = 'Résumé of the café’s week: the owners privately want to sell the pier. The crews secretly plan to strike.\n';
      const ferry = TextDocument.create(URI, 'news-article', 1, text);
      const ferryModel = analyze(text);
      const diagnostics = toDiagnostics(ferryModel, ferry, DEFAULT_SETTINGS);
      assert.deepStrictEqual(diagnostics.map((d) => d.code), ['unattributed-claim', 'unattributed-claim']);
      const lineStart = ferry.offsetAt({ line: 0, character: 0 });
      const byteColumn = (character: number) => Buffer.byteLength(text.slice(lineStart, lineStart + character), 'utf8');
      const inBytes = (d: Diagnostic): Diagnostic => ({
        ...d,
        range: { start: { line: 0, character: byteColumn(d.range.start.character) }, end: { line: 0, character: byteColumn(d.range.end.character) } },
      });
      for (const diagnostic of diagnostics) {
        const exact = codeActions(ferryModel, ferry, [diagnostic]);
        const sentBack = codeActions(ferryModel, ferry, [inBytes(diagnostic)]);
        assert.ok(exact.length > 0);
        assert.deepStrictEqual(sentBack.map((a) => editsOf(a)), exact.map((a) => editsOf(a)), 'the same fixes, for the same sentence');
      }
      const otherCode = { ...diagnostics[0], code: 'vague-attribution' };
      assert.deepStrictEqual(codeActions(ferryModel, ferry, [otherCode]), [], 'the code must match');
    });

    it('offer nothing for a diagnostic that no longer matches a finding', () => {
      const stale = { ...claimDiagnostic(), range: toRange(doc, { start: 0, end: 4 }) };
      assert.deepStrictEqual(codeActions(model, doc, [stale]), []);
    });
  });

  describe('document symbols', () => {
    it('list actors in order of first appearance with kind icon, role detail and quotes as children', () => {
      const symbols = documentSymbols(model, doc);
      assert.deepStrictEqual(symbols.map((s) => [s.name, s.kind, s.detail, doc.getText(s.selectionRange)]), [
        ['Elena Marchetti', SymbolKind.Class, 'Foreign Minister', 'Elena Marchetti'],
        ['Two officials familiar with the talks', SymbolKind.Key, 'anonymous', 'Two officials familiar with the talks'],
        ['Daniel Okafor', SymbolKind.Class, 'the harbour master', 'Daniel Okafor'],
      ]);
      assert.deepStrictEqual(symbols[0].children?.map((c) => [c.name, c.kind, doc.getText(c.range)]), [
        ['getting closer', SymbolKind.String, '“getting closer”'],
        ['We have narrowed the gaps on every major point,', SymbolKind.String, '“We have narrowed the gaps on every major point,”'],
        ['There is still work to do.', SymbolKind.String, '“There is still work to do.”'],
      ]);
      for (const s of symbols) {
        for (const child of [s.selectionRange, ...(s.children ?? []).map((c) => c.range)]) {
          assert.ok(doc.offsetAt(child.start) >= doc.offsetAt(s.range.start) && doc.offsetAt(child.end) <= doc.offsetAt(s.range.end));
        }
      }
    });
  });

  describe('semantic tokens', () => {
    it('mark speakers, anonymous sources, cues and quotes without overlaps', () => {
      const tokens = decodeTokens(doc, semanticTokens(model, doc).data);
      const of = (type: string) => tokens.filter((t) => t.type === type).map((t) => t.text);
      assert.deepStrictEqual(of('cue'), ['said', 'told reporters', 'told the Wire', 'said', 'added', 'said']);
      assert.deepStrictEqual(of('speaker'), ['Foreign Minister', 'Elena Marchetti', 'Marchetti', 'Daniel Okafor', 'He', 'Okafor', 'Marchetti’s']);
      assert.deepStrictEqual(of('anonymousSource'), ['Two officials familiar with the talks']);
      assert.deepStrictEqual(of('quote'), [
        '“getting closer”',
        '“We have narrowed the gaps on every major point,”',
        '“There is still work to do.”',
        '“Nobody wants another closure,”',
      ]);
      const declaration = 1 << SEMANTIC_TOKENS_LEGEND.tokenModifiers.indexOf('declaration');
      assert.deepStrictEqual(tokens.filter((t) => t.modifiers & declaration).map((t) => t.text), ['Elena Marchetti', 'Two officials familiar with the talks', 'Daniel Okafor']);
    });

    it('cut a quote around the names in it and at each line break', () => {
      const text = 'Sara Lind said:\r\n“We will go on, as Lind\r\nhas said.”\r\n';
      const { paragraphs, sentences } = segmentLines(text);
      const quote = { ...quoteAt(text, 'q1', '“We will go on, as Lind\r\nhas said.”', 'direct'), paragraphs: [1, 2] };
      const lind: ArticleModel = {
        text,
        paragraphs,
        sentences,
        quotes: [quote],
        actors: [{ id: 'a1', name: 'Sara Lind', kind: 'person', roles: [], mentions: [{ ...at(text, 'Sara Lind'), actor: 'a1', form: 'full' }, { ...at(text, 'Lind', 2), actor: 'a1', form: 'surname' }] }],
        attributions: [{ id: 't1', kind: 'direct', source: at(text, 'Sara Lind'), cue: at(text, 'said:'), content: quote, actor: 'a1', quote: 'q1' }],
        findings: [],
        suppressed: [],
      };
      const crlf = TextDocument.create(URI, 'news-article', 1, text);
      const tokens = decodeTokens(crlf, semanticTokens(lind, crlf).data);
      assert.deepStrictEqual(tokens.map((t) => [t.line, t.type, t.text]), [
        [0, 'speaker', 'Sara Lind'],
        [0, 'cue', 'said:'],
        [1, 'quote', '“We will go on, as'],
        [1, 'speaker', 'Lind'],
        [2, 'quote', 'has said.”'],
      ]);
      const onlyLine2 = decodeTokens(crlf, semanticTokens(lind, crlf, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }).data);
      assert.deepStrictEqual(onlyLine2.map((t) => t.text), ['has said.”']);
    });
  });

  describe('inlay hints', () => {
    it('name the speaker after a quote whose sentence does not', () => {
      const hints = inlayHints(model, doc);
      assert.deepStrictEqual(hints.map((h) => [h.label, doc.getText().slice(doc.offsetAt(h.position) - 4, doc.offsetAt(h.position))]), [['— Marchetti', 'do.”']]);
      assert.strictEqual(hints[0].tooltip, 'Speaker: Elena Marchetti, Foreign Minister');
      assert.strictEqual(hints[0].paddingLeft, true);
    });

    it('count a pronoun as not naming the speaker', () => {
      model.attributions[6] = { ...model.attributions[6], source: model.actors[2].mentions[1] };
      model.actors[2].mentions[2] = { ...model.actors[2].mentions[2], form: 'pronoun' };
      assert.deepStrictEqual(inlayHints(model, doc).map((h) => h.label), ['— Marchetti', '— Okafor']);
    });

    it('stay inside the requested range', () => {
      assert.deepStrictEqual(inlayHints(model, doc, { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }), []);
    });
  });

  describe('definition, references and rename', () => {
    const pos = (needle: string, nth = 1) => doc.positionAt(offsetOf(needle, nth) + 2);

    it('go from a surname to the mention that introduces the person with a role', () => {
      const location = definition(model, doc, pos('Marchetti’s'));
      assert.ok(location);
      assert.strictEqual(doc.getText(location.range), 'Elena Marchetti');
      assert.strictEqual(location.range.start.line, 2);
    });

    it('find every mention, with or without the declaration', () => {
      assert.deepStrictEqual(references(model, doc, pos('Okafor', 2), true).map((l) => doc.getText(l.range)), ['Daniel Okafor', 'He', 'Okafor']);
      assert.deepStrictEqual(references(model, doc, pos('Okafor', 2), false).map((l) => doc.getText(l.range)), ['He', 'Okafor']);
    });

    it('rename every name-form: full name, surname, possessive', () => {
      const prepared = prepareRename(model, doc, pos('Marchetti’s'));
      assert.deepStrictEqual(prepared && [doc.getText(prepared.range), prepared.placeholder], ['Marchetti', 'Marchetti']);
      const edit = rename(model, doc, pos('Marchetti’s'), 'Rossi');
      const renamed = apply(doc, edit?.changes?.[URI] ?? []);
      assert.match(renamed, /Foreign Minister Elena Rossi said/);
      assert.match(renamed, /,” Rossi told reporters/);
      assert.match(renamed, /^Rossi’s office declined/m);
      assert.doesNotMatch(renamed, /Marchetti/);
      const fromFull = apply(doc, rename(model, doc, pos('Elena Marchetti'), 'Clara Bianchi')?.changes?.[URI] ?? []);
      assert.match(fromFull, /Foreign Minister Clara Bianchi said[\s\S]*Bianchi told[\s\S]*Bianchi’s office/);
    });

    it('refuse to rename a pronoun or plain text', () => {
      assert.strictEqual(prepareRename(model, doc, pos('He added')), null);
      assert.strictEqual(rename(model, doc, pos('harbour dispute'), 'x'), null);
    });
  });

  describe('workspace symbols', () => {
    it('find actors of all open articles by a fuzzy query on name or role', () => {
      const other = harbourModel();
      const symbols = workspaceSymbols([{ model, doc }, { model: other, doc: docOf(other, 'file:///desk/second%20story.article') }], 'harbmas');
      assert.deepStrictEqual(symbols.map((s) => [s.name, s.containerName]), [
        ['Daniel Okafor', 'the harbour master · harbour.article'],
        ['Daniel Okafor', 'the harbour master · second story.article'],
      ]);
      assert.ok(fuzzyMatch('', 'anything'));
      assert.ok(!fuzzyMatch('zq', 'Elena Marchetti'));
    });
  });

  describe('settings', () => {
    it('fall back to defaults field by field', () => {
      const settings = readSettings({ languages: { markdown: 'always', plaintext: 'sometimes' }, maxFileSize: -3, include: ['stories/', 7] });
      assert.deepStrictEqual(settings.languages, { ...DEFAULT_SETTINGS.languages, markdown: 'always' });
      assert.strictEqual(settings.maxFileSize, 1024 * 1024);
      assert.deepStrictEqual(settings.include, ['stories/']);
      assert.deepStrictEqual(readSettings(null), DEFAULT_SETTINGS);
      assert.deepStrictEqual(readSettings({ languages: ['latex'] }).languages.latex, 'always');
    });

    it('read a story in Markdown but leave a README alone', () => {
      const story = harbourModel().text;
      const readme = '# harbour-tools\n\nInstall with `npm install harbour-tools`, then run:\n\n```sh\nharbour --port 8080\n```\n\nThe server said nothing? Check the logs. '.repeat(4);
      assert.ok(isEnabledFor(DEFAULT_SETTINGS, { path: 'story.md', languageId: 'markdown', text: story }));
      assert.ok(!isEnabledFor(DEFAULT_SETTINGS, { path: 'README.md', languageId: 'markdown', text: readme }));
      assert.ok(isEnabledFor(DEFAULT_SETTINGS, { path: 'x.article', languageId: 'news-article', text: '' }));
      assert.ok(!isEnabledFor(DEFAULT_SETTINGS, { path: 'main.ts', languageId: 'typescript', text: story }));
      assert.ok(isEnabledFor(readSettings({ include: ['drafts/'] }), { path: 'drafts/notes.txt', languageId: 'plaintext', text: 'short' }));
    });

    it('take the plain-text ids of other editors, and the extension for an id they do not name', () => {
      const story = harbourModel().text;
      const notes = 'Call the harbour office on Monday.\nBuy a new notebook.\n';
      for (const languageId of ['text', 'txt', 'plaintext', 'markdown']) {
        assert.ok(isEnabledFor(DEFAULT_SETTINGS, { path: 'story.txt', languageId, text: story }), `${languageId}: a story is read`);
        assert.ok(!isEnabledFor(DEFAULT_SETTINGS, { path: 'notes.txt', languageId, text: notes }), `${languageId}: notes are not`);
      }
      assert.ok(isEnabledFor(DEFAULT_SETTINGS, { path: 'desk/story.txt', languageId: 'asciidoc', text: story }), 'an unnamed id: .txt is plain text');
      assert.ok(!isEnabledFor(DEFAULT_SETTINGS, { path: 'desk/notes.txt', languageId: 'asciidoc', text: notes }));
      assert.ok(isEnabledFor(DEFAULT_SETTINGS, { path: 'wire.news', languageId: 'unknown', text: notes }), 'an unnamed id: .news is an article');
      assert.ok(!isEnabledFor(DEFAULT_SETTINGS, { path: 'story', languageId: 'unknown', text: story }), 'no id and no extension to go by');
      assert.ok(isEnabledFor(DEFAULT_SETTINGS, { path: 'story.txt', languageId: 'constructor', text: story }), 'an Object property name is an unnamed id too');
      assert.ok(!isEnabledFor(readSettings({ languages: { text: 'never' } }), { path: 'story.txt', languageId: 'text', text: story }), 'a named id keeps its mode');
    });
  });

  describe('positions', () => {
    it('split a span at CRLF, LF and CR line breaks and leave the breaks out', () => {
      const doc = TextDocument.create(URI, 'plaintext', 1, 'ab\r\ncd\nef\rgh');
      assert.deepStrictEqual(splitByLine(doc, { start: 1, end: 12 }), [
        { line: 0, character: 1, length: 1 },
        { line: 1, character: 0, length: 2 },
        { line: 2, character: 0, length: 2 },
        { line: 3, character: 0, length: 2 },
      ]);
      assert.deepStrictEqual(splitByLine(doc, { start: 2, end: 4 }), []);
    });
  });
});
