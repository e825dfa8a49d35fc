/**
 * The editor surface of issue 8, in memory, on a hand-built model (trusteesModel.ts): claim flags graded by
 * confidence (severity settings, Diagnostic.data, hover, quick fixes) and private-state attributions shown as
 * claims about their holders, never as sources.
 */
import * as assert from 'assert';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../../server/src/engine/model';
import { codeActions } from '../../server/src/lsp/features/codeActions';
import { toDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { semanticTokens } from '../../server/src/lsp/features/semanticTokens';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/features/settings';
import { decodeTokens, hoverOf } from '../support/views';
import { spanOf as at } from '../support/spans';
import { trusteesModel } from './trusteesModel';

const URI = 'file:///desk/library.article';
const WISH = 'Several trustees privately want to sell the building to a hotel developer.';
const EVALUATION = 'The move would be the biggest change to the town\'s libraries in decades.';

describe('claims by confidence, and private states, in the editor (in memory)', () => {
  let model: ArticleModel;
  let doc: TextDocument;
  beforeEach(() => {
    model = trusteesModel();
    doc = TextDocument.create(URI, 'news-article', 1, model.text);
  });
  const offsetOf = (needle: string, nth = 1) => at(model.text, needle, nth).start;
  const diagnostics = (severity: object = {}) => toDiagnostics(model, doc, readSettings({ severity }));
  const graded = (severity: object = {}) => diagnostics(severity).map((d) => [doc.getText(d.range), d.severity]);

  describe('diagnostics', () => {
    it('are warnings for high-confidence claims and information for medium ones by default', () => {
      assert.deepStrictEqual(graded(), [
        [WISH, DiagnosticSeverity.Warning],
        [EVALUATION, DiagnosticSeverity.Information],
      ]);
    });

    it('carry the category and confidence in data, with the candidates the quick fixes read', () => {
      assert.deepStrictEqual(
        diagnostics().map((d) => d.data),
        [
          { candidates: ['a1'], insertAt: offsetOf(WISH) + WISH.length - 1, category: 'intention', confidence: 'high' },
          { insertAt: offsetOf(EVALUATION) + EVALUATION.length - 1, category: 'causal', confidence: 'medium' },
        ],
      );
    });

    it('grade a claim the engine gives no confidence as high', () => {
      const { confidence: _, ...ungraded } = model.findings[0].data!;
      model.findings[0] = { ...model.findings[0], data: ungraded };
      const [wish] = toDiagnostics(model, doc, DEFAULT_SETTINGS);
      assert.strictEqual(wish.severity, DiagnosticSeverity.Warning);
      assert.strictEqual((wish.data as { confidence?: string }).confidence, 'high');
      assert.deepStrictEqual(graded({ 'unattributed-claim-medium': 'off' }).map(([text]) => text), [WISH]);
    });

    it('take high and medium severities apart from the settings', () => {
      assert.deepStrictEqual(graded({ 'unattributed-claim-medium': 'error' }), [
        [WISH, DiagnosticSeverity.Warning],
        [EVALUATION, DiagnosticSeverity.Error],
      ]);
      assert.deepStrictEqual(graded({ 'unattributed-claim': 'hint', 'unattributed-claim-medium': 'warning' }), [
        [WISH, DiagnosticSeverity.Hint],
        [EVALUATION, DiagnosticSeverity.Warning],
      ]);
      assert.deepStrictEqual(graded({ 'unattributed-claim-medium': 'off' }), [[WISH, DiagnosticSeverity.Warning]]);
    });

    it('move medium claims one step below unattributed-claim when only that is set, and off with it', () => {
      assert.deepStrictEqual(graded({ 'unattributed-claim': 'error' }), [
        [WISH, DiagnosticSeverity.Error],
        [EVALUATION, DiagnosticSeverity.Warning],
      ]);
      assert.deepStrictEqual(graded({ 'unattributed-claim': 'hint' }), [
        [WISH, DiagnosticSeverity.Hint],
        [EVALUATION, DiagnosticSeverity.Hint],
      ]);
      assert.deepStrictEqual(graded({ 'unattributed-claim': 'off' }), []);
    });
  });

  describe('hover', () => {
    const hover = (offset: number) => hoverOf(model, doc, offset);

    it('on a private state says whose it is and that nobody is credited for it, with the claim it makes', () => {
      const { value, range } = hover(offsetOf('privately want') + 2);
      assert.strictEqual(range, 'privately want');
      assert.match(value, /\*\*Private state:\*\* what several trustees privately want — nobody is credited for it/);
      assert.match(value, /\*\*Claim with no source\*\*/);
      assert.match(value, /Category: intention — a private plan, position or wish of others/);
      assert.match(value, /Confidence: high — an editor would certainly ask who says so/);
      assert.doesNotMatch(value, /\*\*Sourcing:\*\*/);
    });

    it('on a private state someone reports, names who is credited for it', () => {
      const { value } = hover(offsetOf('hopes'));
      assert.match(value, /\*\*Private state:\*\* what Tomas Adeyemi hopes — credited to Priya Lindqvist/);
      assert.doesNotMatch(value, /Claim with no source/);
    });

    it('on a medium flag gives its category and confidence', () => {
      const { value, range } = hover(offsetOf('biggest'));
      assert.strictEqual(range, EVALUATION);
      assert.match(value, /Category: causal — cause or evaluation stated as fact/);
      assert.match(value, /Confidence: medium — an editor may well ask who says so/);
    });

    it('on a claim the engine gives no category still says how sure it is', () => {
      model.findings[1] = { ...model.findings[1], data: {} };
      const { value } = hover(offsetOf('biggest'));
      assert.doesNotMatch(value, /Category/);
      assert.match(value, /Confidence: high/);
    });

    it('on an actor counts private states apart from what they said', () => {
      assert.match(hover(offsetOf('Lindqvist said')).value, /Quoted: 0 direct · 0 partial · 2 paraphrased/);
      const adeyemi = hover(offsetOf('Tomas Adeyemi')).value;
      assert.match(adeyemi, /Quoted: 0 direct · 0 partial · 0 paraphrased/);
      assert.match(adeyemi, /Private states: 1 — what the reporter says they want, fear or plan; not a source/);
    });
  });

  describe('quick fixes', () => {
    const fixes = (text: string): CodeAction[] => {
      const diagnostic = diagnostics().find((d) => doc.getText(d.range) === text) as Diagnostic;
      return codeActions(model, doc, [diagnostic]);
    };

    it('offer the engine’s candidates first, then the placeholder and the ignore marker, on a high flag', () => {
      assert.deepStrictEqual(fixes(WISH).map((a) => a.title), [
        'Attribute to Priya Lindqvist',
        'Attribute to Several trustees',
        'Attribute to Tomas Adeyemi',
        'Add attribution placeholder',
        'Ignore this claim',
      ]);
    });

    it('keep working on a medium flag, ranking speakers before the holder of a private state', () => {
      const actions = fixes(EVALUATION);
      // The trustees hold the private state just before the claim, but they said nothing: Lindqvist spoke.
      assert.deepStrictEqual(actions.map((a) => a.title).slice(0, 2), ['Attribute to Priya Lindqvist', 'Attribute to Several trustees']);
      assert.deepStrictEqual(actions.slice(-2).map((a) => a.title), ['Add attribution placeholder', 'Ignore this claim']);
      const edited = TextDocument.applyEdits(doc, actions[0].edit?.changes?.[URI] ?? []);
      assert.match(edited, /in decades, Lindqvist said\.\n/);
      const ignored = TextDocument.applyEdits(doc, actions[actions.length - 1].edit?.changes?.[URI] ?? []);
      assert.match(ignored, /in decades\. <!-- sourcing-lens: ignore unattributed-claim -->\n/);
    });
  });

  it('paint no speaker or cue for a private state', () => {
    const { data } = semanticTokens(model, doc);
    const typed = decodeTokens(doc, data).map((t) => [t.text, t.type]);
    assert.deepStrictEqual(typed, [
      ['Priya Lindqvist', 'speaker'],
      ['told the Gazette', 'cue'],
      ['Several trustees', 'actor'],
      ['Lindqvist', 'speaker'],
      ['said', 'cue'],
      ['Tomas Adeyemi', 'actor'],
    ]);
  });
});
