/**
 * The editor features, through VS Code's own command API, on a story that introduces
 * "US Secretary of State Daniel Okafor" and "Portuguese Foreign Minister Inês Carvalho", quotes both, cites two
 * anonymous diplomats, and states one thing nobody is cited for.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  closeAllEditors,
  codeOf,
  hoverText,
  openCopyOfFixture,
  openFixture,
  openUntitled,
  positionOf,
  sourcingDiagnostics,
  waitFor,
} from './helpers';

const STORY = 'river-talks.article';
const CLAIM = 'The delegations secretly plan to abandon the treaty before the election.';

async function claimDiagnostic(document: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const line = positionOf(document, CLAIM).line;
  return waitFor(`an unattributed-claim diagnostic on line ${line + 1}`, () =>
    sourcingDiagnostics(document.uri).find(d => codeOf(d) === 'unattributed-claim' && d.range.start.line === line),
  );
}

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** The LSP's relative encoding (5 numbers per token) back to absolute positions and names. */
function decodeTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const decoded: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    decoded.push({ line, character, length, type: legend.tokenTypes[type], modifiers });
  }
  return decoded;
}

function tokenAt(tokens: Token[], at: vscode.Position): Token | undefined {
  return tokens.find(t => t.line === at.line && t.character <= at.character && at.character < t.character + t.length);
}

describe('Features on a story', () => {
  let story: vscode.TextDocument;

  before(async () => {
    story = await openFixture(STORY);
    await waitFor('the first diagnostics', () => sourcingDiagnostics(story.uri).length > 0, 30_000);
  });
  after(closeAllEditors);

  it('flags the claim nobody is cited for, as a warning from sourcing-lens', async () => {
    const diagnostic = await claimDiagnostic(story);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diagnostic.message.length > 20, diagnostic.message);
    // Quoted and attributed statements are not claims without a source.
    const quoteLine = positionOf(story, 'We are closer').line;
    assert.ok(!sourcingDiagnostics(story.uri).some(d => codeOf(d) === 'unattributed-claim' && d.range.start.line === quoteLine));
  });

  it('hovers a surname with the role the article states and where', async () => {
    const at = positionOf(story, 'Okafor said', '“We are closer');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', story.uri, at));
    assert.match(text, /Daniel Okafor/);
    assert.match(text, /Secretary of State/);
    assert.match(text, new RegExp(`line ${positionOf(story, 'US Secretary of State').line + 1}\\b`));
  });

  it('hovers a quote with its speaker', async () => {
    const at = positionOf(story, 'Closer is not the same');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', story.uri, at));
    assert.match(text, /Carvalho/);
  });

  it('lists the actors in the Outline in order of appearance, roles as detail, quotes as children', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', story.uri);
    const names = symbols.map(s => s.name);
    const okafor = symbols.find(s => s.name === 'Daniel Okafor');
    const carvalho = symbols.find(s => s.name === 'Inês Carvalho');
    assert.ok(okafor && carvalho, `Outline: ${names.join(', ')}`);
    assert.ok(names.indexOf('Daniel Okafor') < names.indexOf('Inês Carvalho'));
    assert.match(okafor.detail, /Secretary of State/);
    assert.match(carvalho.detail, /Foreign Minister/);
    const quote = okafor.children.find(child => child.name.includes('We are closer than we have ever been'));
    assert.ok(quote, `Okafor's children: ${okafor.children.map(c => c.name).join(' | ')}`);
    assert.ok(quote.range.contains(positionOf(story, 'We are closer')));
  });

  it('colours speakers, cues, quotes and anonymous sources with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend', story.uri);
    const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', story.uri);
    const tokens = decodeTokens(result, legend);
    const typeAt = (needle: string, after?: string) => tokenAt(tokens, positionOf(story, needle, after))?.type;
    assert.strictEqual(typeAt('Okafor said', '“We are closer'), 'speaker');
    assert.strictEqual(typeAt('said.', 'been,” Okafor'), 'cue');
    assert.strictEqual(typeAt('We are closer'), 'quote');
    assert.strictEqual(typeAt('two European diplomats'), 'anonymousSource');
  });

  it('names the speaker in an inlay hint after a quote attributed by pronoun', async () => {
    const whole = new vscode.Range(0, 0, story.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', story.uri, whole);
    const quoteLine = positionOf(story, 'Closer is not the same').line;
    const label = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map(p => p.value).join(''));
    const hint = hints.find(h => h.position.line === quoteLine);
    assert.ok(hint, `hints: ${hints.map(h => `${h.position.line + 1}:${label(h)}`).join(', ')}`);
    assert.strictEqual(label(hint).trim(), '— Carvalho');
    // Okafor is named in his quote's sentence: no hint there.
    assert.ok(!hints.some(h => h.position.line === positionOf(story, 'We are closer').line));
  });
});

describe('Quick fixes', () => {
  afterEach(closeAllEditors);

  it('"Attribute to …" inserts a grammatical attribution and the diagnostic goes away', async () => {
    const document = await openCopyOfFixture(STORY);
    const diagnostic = await claimDiagnostic(document);
    const fixes = await quickFixes(document, diagnostic);
    const titles = fixes.map(f => f.title);
    const attribute = fixes.find(f => f.title.startsWith('Attribute to '));
    assert.ok(attribute?.edit, `quick fixes: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Add attribution placeholder') && titles.includes('Ignore this claim'), titles.join(' | '));
    // Most relevant first: the nearest preceding speaker is Carvalho, quoted in the paragraph before.
    assert.strictEqual(attribute.title, 'Attribute to Inês Carvalho');

    assert.ok(await vscode.workspace.applyEdit(attribute.edit));
    const line = document.lineAt(diagnostic.range.start.line).text;
    assert.strictEqual(line, `${CLAIM.slice(0, -1)}, Carvalho said.`);
    await waitFor('the diagnostic to clear', () =>
      !sourcingDiagnostics(document.uri).some(d => codeOf(d) === 'unattributed-claim' && d.range.start.line === diagnostic.range.start.line));
  });

  it('"Ignore this claim" writes a suppression comment the server honours', async () => {
    const document = await openCopyOfFixture(STORY);
    const diagnostic = await claimDiagnostic(document);
    const ignore = (await quickFixes(document, diagnostic)).find(f => f.title === 'Ignore this claim');
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.match(document.lineAt(diagnostic.range.start.line).text, /<!-- sourcing-lens: ignore unattributed-claim -->$/);
    await waitFor('the diagnostic to clear', () =>
      !sourcingDiagnostics(document.uri).some(d => codeOf(d) === 'unattributed-claim'));
  });
});

describe('Which files are read', () => {
  afterEach(closeAllEditors);

  it('leaves a short plain-text note alone until "Analyze This File" turns it on', async () => {
    const document = await openUntitled('notes.txt', `Notes for Friday.\n\n${CLAIM}\n`, 'plaintext');
    // Give the server time to (not) publish: a plain-text note is read only when it looks like an article.
    await new Promise(resolve => setTimeout(resolve, 1500));
    const open = vscode.workspace.textDocuments.map(d => `${d.uri} (${d.languageId}, v${d.version})`).join(', ');
    assert.deepStrictEqual(sourcingDiagnostics(document.uri).map(d => d.message), [], `${document.uri}; open: ${open}`);
    await vscode.commands.executeCommand('sourcingLens.analyzeThisFile');
    await waitFor('diagnostics after Analyze This File', () =>
      sourcingDiagnostics(document.uri).some(d => codeOf(d) === 'unattributed-claim'));
  });

  it('reads another language once sourcingLens.languages names it (the client restarts with a wider selector)', async () => {
    const settings = vscode.workspace.getConfiguration('sourcingLens');
    await settings.update('languages', { latex: 'always' }, vscode.ConfigurationTarget.Global);
    try {
      const document = await openUntitled('story.tex', `${CLAIM}\n`, 'latex');
      await waitFor('diagnostics on a LaTeX story', () =>
        sourcingDiagnostics(document.uri).some(d => codeOf(d) === 'unattributed-claim'));
    } finally {
      await settings.update('languages', undefined, vscode.ConfigurationTarget.Global);
      // The client restarts again for the narrower selector; later tests need it running.
      await vscode.extensions.getExtension<{ whenReady(): Promise<void> }>(EXTENSION_ID)!.exports.whenReady();
    }
  });
});
