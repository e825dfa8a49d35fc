/**
 * The sourcing report's HTML (client/src/reportHtml.ts): what it shows for an analysed story, that it escapes the
 * article's text, that the chart scales to the most used source, and that the page obeys its strict CSP.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { chartHtml, articleReportHtml, reportPage, shareHtml, workspaceReportHtml } from '../../client/src/reportHtml';
import { analyze } from '../../server/src/engine/analyze';
import { articleSummary, workspaceSummary } from '../../server/src/lsp/features/sourcingSummary';
import type { ArticleSummary } from '../../server/src/protocol/summary';
import { trusteesModel } from '../lsp/trusteesModel';

const URI = 'file:///desk/ferry%20fares.article';
const text = readFileSync(join(__dirname, '../../../test/fixtures/articles/summary-ferry-fares.article'), 'utf8');
const summary = (uri = URI): ArticleSummary => articleSummary(analyze(text), TextDocument.create(uri, 'news-article', 1, text));

/** The widths of the <rect>s in an SVG bar, in order. */
const widths = (svg: string) => [...svg.matchAll(/<rect class="(\w+)" x="[\d.]+" y="0" width="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]);

describe('sourcing report HTML', () => {
  it('charts each source with its quotes and paraphrases, and lists what they said', () => {
    const html = articleReportHtml(summary(), 'ferry fares.article');
    assert.ok(html.includes('<h1>ferry fares.article</h1>'));
    assert.match(html, /<strong>\d+<\/strong> named · <strong>\d+<\/strong> anonymous · <strong>2<\/strong> unsourced/);
    const okafor = summary().actors.find((a) => a.name === 'Helen Okafor')!;
    // The chart row and the detail heading both jump to Okafor's first mention.
    assert.strictEqual(html.split(`data-uri="${URI}" data-actor="${okafor.id}"`).length - 1, 2);
    assert.ok(html.includes('Transportation Commissioner'));
    assert.ok(html.includes('aria-label="Helen Okafor: 1 quote · 1 paraphrase"'));
    assert.ok(html.includes('<li>“This will empty the islands,”</li>'));
    assert.ok(html.includes('<h4>Paraphrases</h4><ul><li>the council would sue</li></ul>'));
  });

  it('counts high and medium claims apart, and lists private states apart from the sources', () => {
    const library = articleSummary(trusteesModel(), TextDocument.create(URI, 'news-article', 1, trusteesModel().text));
    const html = articleReportHtml(library, 'library.article');
    assert.match(html, /<strong>1<\/strong> unsourced \+ <strong>1<\/strong> medium<\/p>/);
    assert.ok(html.includes('<h2>Private states, not sources</h2>'));
    assert.ok(html.includes('<li><strong>what several trustees privately want — nobody is credited for it</strong>: to sell the building to a hotel developer</li>'));
    assert.ok(html.includes('<li><strong>what Tomas Adeyemi hopes — credited to Priya Lindqvist</strong>: to close the deal by spring</li>'));
    // The trustees and Adeyemi hold private states but said nothing: no bar, no entry among the sources.
    assert.deepStrictEqual([...html.matchAll(/aria-label="([^"]*): \d+ quotes? · \d+ paraphrases?"/g)].map((m) => m[1]), ['Priya Lindqvist']);
    assert.ok(html.includes('aria-label="100% named sources (2)"'), 'the share counts the two things Lindqvist said, not the private states');
    const desk = workspaceReportHtml(workspaceSummary([library]), () => 'library.article');
    assert.ok(desk.includes('<th class="num">Unsourced</th><th class="num">Medium</th>'));
    assert.match(desk, /<td class="num warn">1<\/td>\n<td class="num">1<\/td><\/tr>/);
  });

  it('escapes the article text it shows', () => {
    const evil = summary();
    evil.actors[0] = { ...evil.actors[0], name: '<img src=x onerror=alert(1)>', roles: ['"boss" & co'] };
    const html = articleReportHtml(evil, '<script>');
    assert.ok(!html.includes('<img') && !html.includes('<script>'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;') && html.includes('&quot;boss&quot; &amp; co'));
  });

  it('scales the bars to the most used source, quotes then paraphrases, most used first', () => {
    const target = { uri: URI };
    const html = chartHtml([
      { label: 'Lee', kind: 'person', detail: 'Mayor', quotes: 1, paraphrases: 1, target },
      { label: 'Two aides', kind: 'anonymous', detail: 'anonymous', quotes: 0, paraphrases: 4, target },
    ]);
    const bars = html.match(/<svg class="bar"[^]*?<\/svg>/g)!;
    assert.deepStrictEqual(bars.map(widths), [
      [['quote', 0], ['paraphrase', 100]],
      [['quote', 25], ['paraphrase', 25]],
    ]);
  });

  it('shows the named and anonymous share in whole percent', () => {
    const html = shareHtml({ person: 2, organization: 1, group: 0, anonymous: 1, unresolved: 0 });
    assert.ok(html.includes('aria-label="75% named sources (3), 25% anonymous sources (1)"'));
    assert.deepStrictEqual(widths(html), [['named', 75], ['anonymous', 25]]);
    assert.ok(shareHtml({ person: 0, organization: 0, group: 0, anonymous: 0, unresolved: 0 }).includes('No attributions yet'));
  });

  it('lists the workspace by article and merges a source quoted in two stories', () => {
    const other = 'file:///desk/ferry-follow-up.article';
    const html = workspaceReportHtml(workspaceSummary([summary(), summary(other)]), (uri) => uri.slice(uri.lastIndexOf('/') + 1));
    assert.ok(html.includes(`<button class="file" data-uri="${other}">ferry-follow-up.article</button>`));
    assert.ok(html.includes('Transportation Commissioner · 2 stories'));
    assert.ok(html.includes('aria-label="Helen Okafor: 2 quotes · 2 paraphrases"'));
  });

  it('builds a page whose only script and style run by nonce, with nothing loaded from elsewhere', () => {
    const page = reportPage({ cspSource: 'vscode-webview:', nonce: 'abc123', title: 'Sourcing' });
    const csp = /content="(default-src 'none';[^"]*)"/.exec(page)?.[1];
    assert.strictEqual(csp, "default-src 'none'; style-src vscode-webview: 'nonce-abc123'; script-src 'nonce-abc123';");
    assert.deepStrictEqual(page.match(/<(script|style)[^>]*>/g), ['<style nonce="abc123">', '<script nonce="abc123">']);
    assert.ok(!/\sstyle="/.test(page + articleReportHtml(summary(), 'x')), 'inline style attributes would break the CSP');
    assert.ok(!/(?:src|href)="https?:/.test(page));
  });
});
