/**
 * The sourcing report's HTML, as pure functions of the server's summaries (no `vscode` here, so the unit tests read
 * it). The page is a fixed shell — theme-coloured CSS, one nonce'd script, a strict CSP, no external assets — and
 * each update swaps the report fragment inside it, so the reader keeps their scroll position while the story changes.
 */
import type { ActorKind } from '../../server/src/engine/model';
import type { ActorSourcing, ArticleSummary, PrivateStatePassage, SourceKindCounts, WorkspaceSummary } from '../../server/src/protocol/summary';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const KIND_LABEL: Record<ActorKind, string> = {
  person: 'person',
  organization: 'organisation',
  group: 'group',
  anonymous: 'anonymous',
};

/** What a click on a row reveals: an actor's first mention in an article, or the article itself. */
interface Target {
  uri: string;
  actor?: string;
}

const targetAttributes = (t: Target) => `data-uri="${escapeHtml(t.uri)}"${t.actor ? ` data-actor="${escapeHtml(t.actor)}"` : ''}`;

/** One bar of the chart: who, and how much the story leans on them. */
export interface ChartRow {
  label: string;
  kind: ActorKind;
  detail: string;
  quotes: number;
  paraphrases: number;
  target: Target;
}

const percent = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/**
 * A bar of coloured segments, each `value / scale` of the width. Inline SVG: its geometry is markup, not inline
 * CSS, so the strict CSP (styles by nonce only) allows it, and the colours come from the theme through classes.
 */
function stackedBar(cls: string, label: string, segments: [string, number][], scale: number): string {
  let x = 0;
  const rects = segments.map(([segment, value]) => {
    const width = percent(value, scale);
    const rect = `<rect class="${segment}" x="${x.toFixed(1)}" y="0" width="${width.toFixed(1)}" height="10"/>`;
    x += width;
    return rect;
  });
  return `<svg class="${cls}" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">${rects.join('')}</svg>`;
}

/** Horizontal bars, most used source first: quotes and paraphrases as two segments, scaled to the longest bar. */
export function chartHtml(rows: ChartRow[]): string {
  const sorted = [...rows].sort((a, b) => b.quotes + b.paraphrases - (a.quotes + a.paraphrases));
  const longest = Math.max(1, ...sorted.map((r) => r.quotes + r.paraphrases));
  const bars = sorted.map((row) => {
    const said = [plural(row.quotes, 'quote'), plural(row.paraphrases, 'paraphrase')].join(' · ');
    return `<div class="row">
  <button class="actor kind-${row.kind}" ${targetAttributes(row.target)} title="Go to the first mention">
    <span class="name">${escapeHtml(row.label)}</span><span class="detail">${escapeHtml(row.detail)}</span>
  </button>
  <div class="measure">
    ${stackedBar('bar', `${row.label}: ${said}`, [['quote', row.quotes], ['paraphrase', row.paraphrases]], longest)}
    <span class="count">${said}</span>
  </div>
</div>`;
  });
  return `<div class="chart">${bars.join('\n')}</div>
<p class="legend"><span class="key quote"></span>direct and partial quotes <span class="key paraphrase"></span>paraphrase and “according to”</p>`;
}

/** Named (people, organisations, groups) against anonymous sources, as one stacked bar of attributions. */
export function shareHtml(bySourceKind: SourceKindCounts): string {
  const named = bySourceKind.person + bySourceKind.organization + bySourceKind.group;
  const parts: [string, string, number][] = [
    ['named', 'named sources', named],
    ['anonymous', 'anonymous sources', bySourceKind.anonymous],
    ['unresolved', 'source not identified', bySourceKind.unresolved],
  ];
  const total = named + bySourceKind.anonymous + bySourceKind.unresolved;
  if (total === 0) return '<p class="empty">No attributions yet.</p>';
  const shown = parts.filter(([, , n]) => n > 0);
  const label = shown.map(([, text, n]) => `${Math.round(percent(n, total))}% ${text} (${n})`).join(', ');
  return `${stackedBar('share', label, shown.map(([cls, , n]) => [cls, n]), total)}
<p class="legend">${shown
    .map(([cls, text, n]) => `<span class="key ${cls}"></span>${Math.round(percent(n, total))}% ${text} <span class="muted">(${plural(n, 'attribution')})</span>`)
    .join(' ')}</p>`;
}

const countsHtml = (counts: ArticleSummary['counts']) =>
  `<p class="counts"><strong>${counts.named}</strong> named · <strong>${counts.anonymous}</strong> anonymous · ` +
  `<strong>${counts.unsourced}</strong> unsourced + <strong>${counts.unsourcedMedium}</strong> medium</p>`;

/** What the reporter says others want, fear or plan: claims about their holders, listed apart from the sources. */
function privateStatesHtml(states: PrivateStatePassage[]): string {
  if (states.length === 0) return '';
  const items = states.map((s) => `<li><strong>${escapeHtml(s.label)}</strong>: ${escapeHtml(s.text)}</li>`);
  return `<h2>Private states, not sources</h2>
<p class="muted">What the story says others want, fear, believe or plan. Sourced only when someone in a position to know is credited for it.</p>
<ul>${items.join('')}</ul>`;
}

function actorDetailHtml(actor: ActorSourcing, uri: string): string {
  const list = (title: string, items: { text: string }[]) =>
    items.length === 0 ? '' : `<h4>${title}</h4><ul>${items.map((i) => `<li>${escapeHtml(i.text)}</li>`).join('')}</ul>`;
  const roles = actor.roles.length > 0 ? ` — ${escapeHtml(actor.roles.join('; '))}` : '';
  return `<section class="actor-detail">
  <h3><button class="actor kind-${actor.kind}" ${targetAttributes({ uri, actor: actor.id })} title="Go to the first mention">${escapeHtml(actor.name)}</button>
  <span class="badge">${KIND_LABEL[actor.kind]}</span>${roles}</h3>
  ${list('Direct quotes', actor.quotes)}${list('Paraphrases', actor.paraphrases)}
</section>`;
}

const sourced = (a: ActorSourcing) => a.quotes.length + a.paraphrases.length > 0;

export function articleReportHtml(summary: ArticleSummary, title: string): string {
  const used = summary.actors.filter(sourced);
  const mentioned = summary.actors.filter((a) => !sourced(a));
  const rows = used.map<ChartRow>((a) => ({
    label: a.name,
    kind: a.kind,
    detail: a.roles[0] ?? KIND_LABEL[a.kind],
    quotes: a.quotes.length,
    paraphrases: a.paraphrases.length,
    target: { uri: summary.uri, actor: a.id },
  }));
  const alsoMentioned = mentioned.length === 0 ? '' :
    `<p class="muted">Also mentioned, never quoted: ${mentioned
      .map((a) => `<button class="actor kind-${a.kind}" ${targetAttributes({ uri: summary.uri, actor: a.id })}>${escapeHtml(a.name)}</button>`)
      .join(', ')}</p>`;
  return `<h1>${escapeHtml(title)}</h1>
${countsHtml(summary.counts)}
<h2>Who the story quotes</h2>
${rows.length > 0 ? chartHtml(rows) : '<p class="empty">Nobody is quoted or paraphrased.</p>'}
<h2>Named vs anonymous</h2>
${shareHtml(summary.attributionsBySourceKind)}
<h2>Sources</h2>
${used.map((a) => actorDetailHtml(a, summary.uri)).join('\n')}
${alsoMentioned}
${privateStatesHtml(summary.privateStates)}`;
}

/** The desk's sources across stories: one row per actor name and kind, with how many stories use them. */
function deskRows(summary: WorkspaceSummary): ChartRow[] {
  const rows = new Map<string, ChartRow & { stories: number }>();
  for (const article of summary.articles) {
    for (const actor of article.actors.filter(sourced)) {
      const key = `${actor.kind}\u0000${actor.name.toLowerCase()}`;
      const row = rows.get(key) ?? { label: actor.name, kind: actor.kind, detail: '', quotes: 0, paraphrases: 0, stories: 0, target: { uri: article.uri, actor: actor.id } };
      row.quotes += actor.quotes.length;
      row.paraphrases += actor.paraphrases.length;
      row.stories++;
      row.detail = `${actor.roles[0] ?? KIND_LABEL[actor.kind]} · ${plural(row.stories, 'story', 'stories')}`;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

export function workspaceReportHtml(summary: WorkspaceSummary, fileName: (uri: string) => string): string {
  const articles = [...summary.articles].sort((a, b) => fileName(a.uri).localeCompare(fileName(b.uri)));
  const table = articles
    .map((a) => `<tr><td><button class="file" ${targetAttributes({ uri: a.uri })}>${escapeHtml(fileName(a.uri))}</button></td>
<td class="num">${a.counts.named}</td><td class="num">${a.counts.anonymous}</td><td class="num${a.counts.unsourced > 0 ? ' warn' : ''}">${a.counts.unsourced}</td>
<td class="num">${a.counts.unsourcedMedium}</td></tr>`)
    .join('\n');
  const rows = deskRows(summary);
  return `<h1>Sourcing across the workspace</h1>
<p class="muted">${plural(articles.length, 'article')} (open ones and those “Check All Articles” read).</p>
${countsHtml(summary.counts)}
<h2>Named vs anonymous</h2>
${shareHtml(summary.attributionsBySourceKind)}
<h2>Articles</h2>
${articles.length === 0 ? '<p class="empty">No articles yet: open one, or run “Sourcing Lens: Check All Articles”.</p>' :
  `<table><thead><tr><th>Article</th><th class="num">Named</th><th class="num">Anonymous</th><th class="num">Unsourced</th><th class="num">Medium</th></tr></thead><tbody>${table}</tbody></table>`}
<h2>Most used sources</h2>
${rows.length > 0 ? chartHtml(rows.sort((a, b) => b.quotes + b.paraphrases - (a.quotes + a.paraphrases)).slice(0, 30)) : '<p class="empty">Nobody is quoted yet.</p>'}`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 20px 24px; line-height: 1.45; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 22px 0 8px; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); padding-bottom: 4px; }
h3 { font-size: 1em; font-weight: 600; margin: 14px 0 4px; }
h4 { font-size: .9em; font-weight: 600; margin: 6px 0 2px; color: var(--vscode-descriptionForeground); }
ul { margin: 2px 0 6px; padding-left: 20px; }
.muted, .detail, .count, .legend { color: var(--vscode-descriptionForeground); }
.counts { font-size: 1.1em; margin: 4px 0 8px; }
.empty { font-style: italic; color: var(--vscode-descriptionForeground); }
button.actor, button.file { background: none; border: none; padding: 0; font: inherit; color: var(--vscode-textLink-foreground);
  cursor: pointer; text-align: left; }
button.actor:hover .name, button.actor:hover, button.file:hover { text-decoration: underline; }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button.kind-anonymous { font-style: italic; }
.chart { display: grid; grid-template-columns: minmax(8em, 35%) 1fr; gap: 8px 12px; align-items: center; max-width: 60em; }
.measure { display: flex; flex-direction: column; gap: 2px; }
.row { display: contents; }
.row .actor { display: flex; flex-direction: column; }
.row .detail { font-size: .85em; }
svg.bar, svg.share { display: block; width: 100%; height: 14px; border-radius: 2px; }
svg.share { height: 20px; max-width: 40em; }
rect.quote { fill: var(--vscode-charts-blue); }
rect.paraphrase { fill: var(--vscode-charts-purple); }
rect.named { fill: var(--vscode-charts-green); }
rect.anonymous { fill: var(--vscode-charts-orange); }
rect.unresolved { fill: var(--vscode-descriptionForeground); }
.key.quote { background: var(--vscode-charts-blue); }
.key.paraphrase { background: var(--vscode-charts-purple); }
.key.named { background: var(--vscode-charts-green); }
.key.anonymous { background: var(--vscode-charts-orange); }
.key.unresolved { background: var(--vscode-descriptionForeground); }
.count { font-size: .85em; white-space: nowrap; }
.legend { font-size: .85em; margin: 6px 0; }
.key { display: inline-block; width: .8em; height: .8em; margin: 0 4px 0 10px; vertical-align: baseline; border-radius: 2px; }
.key:first-child { margin-left: 0; }
.badge { font-size: .8em; font-weight: normal; padding: 0 6px; margin-left: 6px; border-radius: 8px;
  background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
table { border-collapse: collapse; }
th, td { padding: 2px 12px 2px 0; text-align: left; }
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
.num { text-align: right; }
td.warn { color: var(--vscode-editorWarning-foreground); font-weight: 600; }
`;

/**
 * The shell: the report arrives by message ({ type: 'render', html }) once the page says it is ready, and clicks
 * on an actor or a file go back as { type: 'reveal', uri, actor? }.
 */
export function reportPage(options: { cspSource: string; nonce: string; title: string }): string {
  const { cspSource, nonce, title } = options;
  // Nothing loads from anywhere; the one stylesheet and the one script run by nonce.
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="report" aria-live="polite"><p class="empty">Reading the article…</p></main>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const report = document.getElementById('report');
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'render') report.innerHTML = event.data.html;
});
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-uri]') : null;
  if (target) vscode.postMessage({ type: 'reveal', uri: target.dataset.uri, actor: target.dataset.actor });
});
vscode.postMessage({ type: 'ready' });
</script>
</body>
</html>`;
}
