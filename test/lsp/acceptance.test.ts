/**
 * Issue 3's acceptance checks on the real engine, in memory: analyze() a fixture in wire style, then read it
 * through the feature views as the editor would.
 */
import * as assert from 'assert';
import { SymbolKind, type MarkupContent, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze';
import { codeActions } from '../../server/src/lsp/features/codeActions';
import { toDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/documentSymbols';
import { hoverAt } from '../../server/src/lsp/features/hover';
import { inlayHints } from '../../server/src/lsp/features/inlayHints';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/features/settings';
import { readFixture } from '../support/fixtures';
import { spanOf as at } from '../support/spans';

const URI = 'file:///desk/ceasefire.article';
const TEXT = readFixture('lsp-ceasefire-talks.article');
const CLAIM = 'The militia’s leaders privately want to delay any deal until after the harvest.';

describe('LSP acceptance on the real engine', () => {
  const model = analyze(TEXT);
  const doc = TextDocument.create(URI, 'news-article', 1, TEXT);
  const claimDiagnostic = () => {
    const diagnostic = toDiagnostics(model, doc, DEFAULT_SETTINGS).find((d) => d.code === 'unattributed-claim');
    assert.ok(diagnostic, 'the engine flags the unsourced claim');
    assert.strictEqual(doc.getText(diagnostic.range), CLAIM);
    return diagnostic;
  };

  it('hover on the surname names the role the article states', () => {
    const hover = hoverAt(model, doc, at(TEXT, 'Delgado told').start + 1);
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /\*\*Mara Delgado\*\* · person/);
    assert.match(value, /- US Secretary of State — line 3/);
    assert.match(value, /Quoted: 2 direct · 1 partial · 0 paraphrased/);
  });

  it('"Attribute to …" offers the nearest preceding speaker first and its edit removes the diagnostic', () => {
    const actions = codeActions(model, doc, [claimDiagnostic()]);
    assert.strictEqual(actions[0].title, 'Attribute to A senior administration official');
    const edited = TextDocument.applyEdits(doc, actions[0].edit?.changes?.[URI] as TextEdit[]);
    assert.match(edited, /until after the harvest, according to a senior administration official\.\n/);
    assert.ok(!analyze(edited).findings.some((f) => f.code === 'unattributed-claim'));
  });

  it('"Ignore this claim" writes a marker the engine honours', () => {
    const ignore = codeActions(model, doc, [claimDiagnostic()]).find((a) => a.title === 'Ignore this claim');
    const edited = TextDocument.applyEdits(doc, ignore?.edit?.changes?.[URI] as TextEdit[]);
    assert.ok(!analyze(edited).findings.some((f) => f.code === 'unattributed-claim'));
  });

  it('the outline lists every person with a role as detail', () => {
    const people = documentSymbols(model, doc).filter((s) => s.kind === SymbolKind.Class);
    assert.deepStrictEqual(people.map((s) => [s.name, s.detail]), [
      ['Mara Delgado', 'US Secretary of State'],
      ['Jonas Reyes', 'a former UN envoy to the region'],
    ]);
  });

  it('inlay hints name the speaker of a quote attributed by pronoun or by continuation', () => {
    const hints = inlayHints(model, doc).map((h) => [h.label, TEXT.slice(doc.offsetAt(h.position) - 8, doc.offsetAt(h.position))]);
    assert.deepStrictEqual(hints, [
      ['— Delgado', 's week.”'],
      ['— Reyes', 'xcuses,”'],
    ]);
  });
});
