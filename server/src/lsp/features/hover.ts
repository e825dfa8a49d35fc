/**
 * Hover: who an actor is (name, kind, roles with the line that states each, how often they are quoted, first
 * mention), who speaks a quote and how, what kind of source a sourcing phrase cites — or, for a private state
 * ("the trustees want …"), that its holder is no source — and what kind of claim a flagged sentence makes.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ActorKind, ArticleModel, Attribution, ClaimCategory, ClaimConfidence, Finding, Quote, Span } from '../../engine/model';
import { claimConfidence } from '../../engine/findings/severityKeys';
import { speechOf } from '../../engine/actors/speech';
import { HOUSE_STYLE_FILE } from '../../houseStyle/files';
import { actorAt, actorById, attributionOfQuote, covers, excerpt, quoteAt, sentenceAt, sourcingAt } from './lookup';
import { toRange } from './positions';
import { isPrivateState, privateStateLine } from './privateStates';

/** Markdown-safe text from the article. */
const md = (text: string): string => text.replace(/[\\`*_{}[\]<>#|~]/gu, '\\$&');

const KIND_LABEL: Record<ActorKind, string> = {
  person: 'person',
  organization: 'organisation',
  group: 'group',
  anonymous: 'anonymous source',
};

const SOURCE_LABEL: Record<ActorKind, string> = {
  person: 'named source',
  organization: 'organisation',
  group: 'named group, no individual',
  anonymous: 'anonymous source',
};

/** The claims guidelines' categories, in an editor's words. */
const CATEGORY_LABEL: Record<ClaimCategory, string> = {
  intention: 'intention — a private plan, position or wish of others',
  deliberation: 'deliberation — private talks, what happened behind closed doors',
  motive: 'motive — a feeling, fear or hope of others',
  belief: 'belief — what others believe, stated as fact',
  accusation: 'accusation — an evaluation or accusation stated as fact',
  figure: 'figure — a number that is not public record',
  prediction: 'prediction — a confident forecast stated as fact',
  causal: 'causal — cause or evaluation stated as fact',
};

const CONFIDENCE_LABEL: Record<ClaimConfidence, string> = {
  high: 'high — an editor would certainly ask who says so',
  medium: 'medium — an editor may well ask who says so',
};

const lineOf = (doc: TextDocument, offset: number): number => doc.positionAt(offset).line + 1;

function quoted(model: ArticleModel, span: Span): string {
  return `“${md(excerpt(model.text.slice(span.start, span.end)))}”`;
}

function actorSection(model: ArticleModel, doc: TextDocument, actor: Actor): string {
  const lines = [`**${md(actor.name)}** · ${KIND_LABEL[actor.kind]}`, ''];
  for (const role of actor.roles) {
    // A role from the desk's known people stands nowhere in the article: say where it comes from instead.
    if (role.origin === 'config') {
      lines.push(`- ${md(role.text)} — from the house style in \`${HOUSE_STYLE_FILE}\`; the article gives no role`);
      continue;
    }
    const sentence = sentenceAt(model, role.start) ?? role;
    lines.push(`- ${md(role.text)} — line ${lineOf(doc, role.start)}: ${quoted(model, sentence)}`);
  }
  const { quotes, paraphrases } = speechOf(model, actor.id);
  const direct = quotes.filter((q) => q.kind === 'direct').length;
  const partial = quotes.length - direct;
  const states = model.attributions.filter((a) => a.actor === actor.id && isPrivateState(a)).length;
  if (actor.roles.length) lines.push('');
  lines.push(`Quoted: ${direct} direct · ${partial} partial · ${paraphrases.length} paraphrased`);
  if (states) lines.push('', `Private states: ${states} — what the reporter says they want, fear or plan; not a source`);
  const first = actor.mentions[0];
  if (first) lines.push('', `First mention: line ${lineOf(doc, first.start)} — ${quoted(model, first)}`);
  return lines.join('\n');
}

function speakerLabel(model: ArticleModel, attribution: Attribution | undefined): string {
  const speaker = actorById(model, attribution?.actor);
  if (!speaker) return 'no identifiable speaker';
  const role = speaker.roles[0];
  return role ? `${md(speaker.name)} (${md(role.text)})` : md(speaker.name);
}

function quoteSection(model: ArticleModel, quote: Quote): string {
  const attribution = attributionOfQuote(model, quote);
  const cue = attribution?.cue ? quoted(model, attribution.cue) : attribution ? 'none — continues the last speaker' : 'none';
  const spread = quote.paragraphs.length > 1 ? ` · runs over ${quote.paragraphs.length} paragraphs` : '';
  return [
    `**${quote.kind[0].toUpperCase()}${quote.kind.slice(1)} quote**${spread}`,
    '',
    `Speaker: ${speakerLabel(model, attribution)}  `,
    `Cue: ${cue}  `,
    `Attribution: ${attribution?.kind ?? 'none'}`,
  ].join('\n');
}

/** A private state is a claim about its holder, not a source: say whose state it is and who, if anyone, told. */
function privateStateSection(model: ArticleModel, attribution: Attribution): string {
  return [
    `**Private state:** ${md(privateStateLine(model, attribution))}`,
    '',
    'What someone wants, fears, believes or plans is sourced only when someone in a position to know is credited for it (“…, two aides said”).',
  ].join('\n');
}

function sourcingSection(model: ArticleModel, attribution: Attribution): string {
  if (isPrivateState(attribution)) return privateStateSection(model, attribution);
  const actor = actorById(model, attribution.actor);
  const anonymous = model.actors.filter((a) => a.kind === 'anonymous').length;
  const phrase = attribution.source ?? attribution.cue ?? attribution.content;
  const kind = actor ? SOURCE_LABEL[actor.kind] : 'unresolved source';
  const lines = [`**Sourcing:** ${kind} — ${quoted(model, phrase)}`, ''];
  lines.push(`This article cites ${anonymous} anonymous source${anonymous === 1 ? '' : 's'}.`);
  if (actor?.kind === 'anonymous') lines.push('Readers should learn why anonymity was granted.');
  return lines.join('\n');
}

/** A flagged claim: its category (when the engine gives one) and how sure the engine is that an editor would ask. */
function claimSection(finding: Finding): string {
  const category = finding.data?.category;
  return [
    '**Claim with no source**',
    '',
    ...(category ? [`Category: ${CATEGORY_LABEL[category]}  `] : []),
    `Confidence: ${CONFIDENCE_LABEL[claimConfidence(finding)]}`,
  ].join('\n');
}

/** Everything that stands at the offset, most specific first; null when nothing does. */
export function hoverAt(model: ArticleModel, doc: TextDocument, offset: number): Hover | null {
  const sections: string[] = [];
  const spans: Span[] = [];
  const hit = actorAt(model, offset);
  if (hit) {
    sections.push(actorSection(model, doc, hit.actor));
    spans.push(hit.span);
  }
  const sourcing = sourcingAt(model, offset);
  if (sourcing) {
    sections.push(sourcingSection(model, sourcing.attribution));
    spans.push(sourcing.span);
  }
  const quote = quoteAt(model, offset);
  if (quote && !hit) {
    sections.push(quoteSection(model, quote));
    spans.push(quote);
  }
  const claim = model.findings.find((f) => f.code === 'unattributed-claim' && covers(f, offset));
  if (claim) {
    sections.push(claimSection(claim));
    spans.push(claim);
  }
  if (!sections.length) return null;
  const range = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(doc, range) };
}
