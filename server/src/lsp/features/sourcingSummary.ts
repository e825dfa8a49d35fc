/**
 * The sourcing summary: who the article quotes and how, at a glance — the report view and the status bar read it.
 * `summarize` is a pure view of the ArticleModel; `registerSourcingSummary` answers the custom requests
 * `sourcingLens/summary` ({ uri } → ArticleSummary | null) and `sourcingLens/workspaceSummary` (→ WorkspaceSummary).
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../../engine/model';
import { speechOf } from '../../engine/actors/speech';
import { chosenSeverity, claimConfidence } from '../../engine/findings/severityKeys';
import { excerpt } from './lookup';
import { SUMMARY_REQUEST, WORKSPACE_SUMMARY_REQUEST } from '../../protocol/requests';
import type { ActorSourcing, ArticleSummary, Passage, SourceKindCounts, SourcingSummary, WorkspaceSummary } from '../../protocol/summary';
import { toRange } from './positions';
import { communicative, isPrivateState, privateStateLine } from './privateStates';
import type { Settings } from './settings';
import type { ArticleReading, WorkspaceArticles } from './workspaceCheck';

const PASSAGE_LENGTH = 160;

function passage(model: ArticleModel, span: Span): Passage {
  return { start: span.start, end: span.end, text: excerpt(model.text.slice(span.start, span.end), PASSAGE_LENGTH) };
}

export function summarize(model: ArticleModel): SourcingSummary {
  const kinds = new Map(model.actors.map((a) => [a.id, a.kind]));
  const bySourceKind: SourceKindCounts = { person: 0, organization: 0, group: 0, anonymous: 0, unresolved: 0 };
  const sourcing = communicative(model);
  for (const attribution of sourcing) bySourceKind[kinds.get(attribution.actor ?? '') ?? 'unresolved']++;

  const actors = model.actors
    .filter((actor) => actor.mentions.length > 0)
    .map((actor): ActorSourcing => {
      const speech = speechOf(model, actor.id);
      const first = actor.mentions[0];
      return {
        id: actor.id,
        name: actor.name || model.text.slice(first.start, first.end),
        kind: actor.kind,
        roles: [...new Set(actor.roles.map((r) => r.text))],
        quotes: speech.quotes.map((q) => passage(model, q.span)),
        paraphrases: speech.paraphrases.map((p) => passage(model, p)),
        firstMention: { start: first.start, end: first.end },
      };
    })
    .sort((a, b) => a.firstMention.start - b.firstMention.start);

  const used = actors.filter((a) => a.quotes.length + a.paraphrases.length > 0);
  const claims = model.findings.filter((f) => f.code === 'unattributed-claim');
  const privateStates = model.attributions
    .filter(isPrivateState)
    .map((a) => ({ ...passage(model, a.content), label: privateStateLine(model, a) }))
    .sort((a, b) => a.start - b.start);
  return {
    actors,
    attributionsBySourceKind: bySourceKind,
    privateStates,
    counts: {
      named: used.filter((a) => a.kind !== 'anonymous').length,
      anonymous: used.filter((a) => a.kind === 'anonymous').length,
      unsourced: claims.filter((f) => claimConfidence(f) === 'high').length,
      unsourcedMedium: claims.filter((f) => claimConfidence(f) === 'medium').length,
    },
  };
}

/** The model as the user sees it in Problems: findings the settings switch off are left out. */
export function visibleFindings(model: ArticleModel, settings: Settings): ArticleModel {
  return { ...model, findings: model.findings.filter((f) => chosenSeverity(f, settings.severity) !== 'off') };
}

export function articleSummary(model: ArticleModel, doc: TextDocument): ArticleSummary {
  const summary = summarize(model);
  return {
    ...summary,
    uri: doc.uri,
    version: doc.version,
    actors: summary.actors.map((a) => ({ ...a, firstMentionRange: toRange(doc, a.firstMention) })),
  };
}

export function workspaceSummary(articles: ArticleSummary[]): WorkspaceSummary {
  const counts = { named: 0, anonymous: 0, unsourced: 0, unsourcedMedium: 0 };
  const bySourceKind: SourceKindCounts = { person: 0, organization: 0, group: 0, anonymous: 0, unresolved: 0 };
  for (const article of articles) {
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += article.counts[key];
    for (const key of Object.keys(bySourceKind) as (keyof SourceKindCounts)[]) bySourceKind[key] += article.attributionsBySourceKind[key];
  }
  return { articles, counts, attributionsBySourceKind: bySourceKind };
}

export function registerSourcingSummary(connection: Connection, articles: WorkspaceArticles): void {
  const summaryOf = (a: ArticleReading) => articleSummary(visibleFindings(a.model, a.settings), a.doc);
  connection.onRequest(SUMMARY_REQUEST, async (params: { uri?: unknown } | undefined) => {
    if (typeof params?.uri !== 'string') return null;
    const article = await articles.article(params.uri);
    return article ? summaryOf(article) : null;
  });
  connection.onRequest(WORKSPACE_SUMMARY_REQUEST, async () => workspaceSummary((await articles.all()).map(summaryOf)));
}
